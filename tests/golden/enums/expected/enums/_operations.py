"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import Level, Mode, Palette

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_colors_list_request(
    config: ClientConfig,
    mode: Mode | str,
    level: Level | int | None,
) -> _Request:
    """GET /colors/{mode}"""
    _validation.check_enum("mode", mode, required=True, allowed=("light", "dark"))
    _validation.check_enum("level", level, required=False, allowed=(1, 2, 3))
    _url = config.endpoint + "/colors/" + _serde.path_segment("mode", _serde.to_wire(mode))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("kind", _serde.to_wire("fixed")))
    if level is not None:
        _params.append(("level", _serde.to_wire(level)))
    return _Request("GET", _url, _params, _headers)


def handle_colors_list_response(response: httpx.Response) -> Palette:
    """The result of Colors_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Colors_List response 200")
        if _body is None:
            return _t.cast("Palette", _serde.empty_body("Colors_List response 200"))
        return Palette.from_dict(_body)
    raise _error_from_response(response)
