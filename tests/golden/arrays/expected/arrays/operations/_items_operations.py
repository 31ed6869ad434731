"""The items operations of Array Service: request building, response
handling and the sync ``ItemsOperations`` class (reach it as ``client.items``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Item

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["ItemsOperations"]


def build_items_create_request(
    config: ClientConfig,
    tags: list[str] | None,
    body: list[Item] | None,
) -> _Request:
    """POST /items"""
    _validation.check_list("tags", tags, required=False, max_items=5, unique_items=True)
    for _tags_item in tags or ():
        _validation.check_str("tags[]", _tags_item, required=True, max_length=10)
    _validation.check_list("body", body, required=False, min_items=1)
    for _body_item in body or ():
        _validation.check_model("body[]", _body_item, required=True, model=Item)
    _url = config.endpoint + "/items"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if tags is not None:
        _params.extend(_serde.query_param("tags", tags, "form", True))
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes([_i0.to_dict(exclude_readonly=True) for _i0 in body])
    return _Request("POST", _url, _params, _headers, _content)


def handle_items_create_response(response: httpx.Response) -> list[Item]:
    """The result of Items_Create, or the error it raises."""
    _status = response.status_code
    if _status == 201:
        _body = _serde.json_body(response.content, "Items_Create response 201")
        if _body is None:
            return _t.cast("list[Item]", _serde.empty_body("Items_Create response 201"))
        return [Item.from_dict(_i0) for _i0 in _serde.as_list(_body, "Items_Create response 201")]
    raise _error_from_response(response)


class ItemsOperations:
    """The items operations. Reach them as ``client.items``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def create(
        self,
        *,
        tags: list[str] | None = None,
        body: list[Item] | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Item]:
        """Items_Create

        :param tags:  Optional.
        :type tags: list[str]
        :param body:  Optional.
        :type body: list[Item]
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Created items.
        :rtype: list[Item]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_items_create_request(
            self._config,
            tags,
            body,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_items_create_response, _response)
        return handle_items_create_response(_response)
