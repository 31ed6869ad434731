"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str
    x_fleet_key: str | None = _dc.field(repr=False)


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    _validation.check_str("x_fleet_key", config.x_fleet_key, required=False)


def build_health_request(
    config: ClientConfig,
) -> _Request:
    """GET /health"""
    _url = config.endpoint + "/health"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if config.x_fleet_key is not None:
        _headers["X-Fleet-Key"] = _serde.to_wire(config.x_fleet_key)
    return _Request("GET", _url, _params, _headers, secret_headers=("X-Fleet-Key",))


def handle_health_response(response: httpx.Response) -> None:
    """The result of health, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)
