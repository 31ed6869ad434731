"""The owners operations of Zoo: request building, response
handling and the sync ``OwnersOperations`` class (reach it as ``client.owners``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Owner

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["OwnersOperations"]


def build_owners_create_request(
    config: ClientConfig,
    body: Owner,
) -> _Request:
    """POST /owners"""
    _validation.check_model("body", body, required=True, model=Owner)
    _url = config.endpoint + "/owners"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("POST", _url, _params, _headers, _content)


def handle_owners_create_response(response: httpx.Response) -> Owner:
    """The result of Owners_Create, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Owners_Create response 200")
        if _body is None:
            return _t.cast("Owner", _serde.empty_body("Owners_Create response 200"))
        return Owner.from_dict(_body)
    raise _error_from_response(response)


class OwnersOperations:
    """The owners operations. Reach them as ``client.owners``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def create(
        self,
        body: Owner,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Owner:
        """Owners_Create

        :param body:
        :type body: Owner
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The owner.
        :rtype: Owner
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_owners_create_request(
            self._config,
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
            return _serde.strictly(handle_owners_create_response, _response)
        return handle_owners_create_response(_response)
