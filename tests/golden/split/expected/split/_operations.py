"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


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
