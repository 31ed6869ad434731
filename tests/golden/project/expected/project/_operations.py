"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

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


def build_health_request(
    config: ClientConfig,
) -> _Request:
    """GET /health"""
    _url = config.endpoint + "/health"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=(
            (("oauth", "oauth2", "header", "Authorization", ()),),
            (("key", "apiKey", "header", "X-Fleet-Key", ()),),
        ),
    )


def handle_health_response(response: httpx.Response) -> None:
    """The result of health, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)
