"""The drawings operations of Shapes: request building, response
handling and the sync ``DrawingsOperations`` class (reach it as ``client.drawings``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Drawing

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["DrawingsOperations"]


def build_drawings_create_request(
    config: ClientConfig,
    body: Drawing,
) -> _Request:
    """POST /drawings"""
    _validation.check_model("body", body, required=True, model=Drawing)
    _url = config.endpoint + "/drawings"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("POST", _url, _params, _headers, _content)


def handle_drawings_create_response(response: httpx.Response) -> Drawing:
    """The result of Drawings_Create, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Drawings_Create response 200")
        if _body is None:
            return _t.cast("Drawing", _serde.empty_body("Drawings_Create response 200"))
        return Drawing.from_dict(_body)
    raise _error_from_response(response)


class DrawingsOperations:
    """The drawings operations. Reach them as ``client.drawings``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def create(
        self,
        body: Drawing,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Drawing:
        """Drawings_Create

        :param body:
        :type body: Drawing
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The drawing.
        :rtype: Drawing
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_drawings_create_request(
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
            return _serde.strictly(handle_drawings_create_response, _response)
        return handle_drawings_create_response(_response)
