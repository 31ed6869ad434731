"""The trees operations of Nested: request building, response
handling and the sync ``TreesOperations`` class (reach it as ``client.trees``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import ErrorResponse, Tree

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["TreesOperations"]


def build_trees_put_request(
    config: ClientConfig,
    name: str,
    body: Tree,
) -> _Request:
    """PUT /trees/{name}"""
    _validation.check_str("name", name, required=True)
    _validation.check_model("body", body, required=True, model=Tree)
    _url = config.endpoint + "/trees/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_trees_put_response(response: httpx.Response) -> Tree:
    """The result of Trees_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Trees_Put response 200")
        if _body is None:
            return _t.cast("Tree", _serde.empty_body("Trees_Put response 200"))
        return Tree.from_dict(_body)
    raise _error_from_response(response, ErrorResponse.from_dict)


class TreesOperations:
    """The trees operations. Reach them as ``client.trees``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def put(
        self,
        name: str,
        body: Tree,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Tree:
        """Trees_Put

        :param name:
        :type name: str
        :param body:
        :type body: Tree
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The stored tree.
        :rtype: Tree
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_trees_put_request(
            self._config,
            name,
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
            return _serde.strictly(handle_trees_put_response, _response)
        return handle_trees_put_response(_response)
