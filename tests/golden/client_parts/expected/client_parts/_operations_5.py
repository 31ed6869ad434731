"""A part of the client's own operations (Notes): request building,
response handling and the sync methods of ``NotesClient`` that ``_client.py``'s
``_PARTS`` lists for ``_operations_5`` (imported when one of them is first used)."""

from __future__ import annotations

import typing as _t

from . import _serde
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from ._policy import TimeoutTypes

if _t.TYPE_CHECKING:
    import httpx

    from ._operations import ClientConfig
    from ._pipeline import Pipeline


__all__ = ["_Operations5"]


def build_ping_request(
    config: ClientConfig,
) -> _Request:
    """GET /ping"""
    _url = config.endpoint + "/ping"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_ping_response(response: httpx.Response) -> str:
    """The result of Ping, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Ping response 200")
        if _body is None:
            return _t.cast("str", _serde.empty_body("Ping response 200"))
        return (
            _body
            if type(_body) is str
            else _serde.wrong_type(_body, "Ping response 200", "a string")
        )
    raise _error_from_response(response)


class _Operations5:
    """Methods of ``NotesClient``: reach them on the client; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def ping(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> str:
        """Ping

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Pong.
        :rtype: str
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_ping_request(
            self._config,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_ping_response, _response)
        return handle_ping_response(_response)
