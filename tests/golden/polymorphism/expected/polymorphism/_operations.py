"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import AquariumError, Fish, Tank

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[A-Z]+\\Z", _re.ASCII)
_PATTERN_2 = _re.compile("^[a-z]+\\Z", _re.ASCII)


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_fish_get_request(
    config: ClientConfig,
) -> _Request:
    """GET /fish"""
    _url = config.endpoint + "/fish"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_fish_get_response(response: httpx.Response) -> Fish:
    """The result of Fish_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Fish_Get response 200")
        if _body is None:
            return _t.cast("Fish", _serde.empty_body("Fish_Get response 200"))
        return Fish.from_dict(_body)
    raise _error_from_response(response, AquariumError.from_dict)


def build_fish_put_request(
    config: ClientConfig,
    fish: Fish,
) -> _Request:
    """PUT /fish"""
    _validation.check_model("fish", fish, required=True, model=Fish)
    _url = config.endpoint + "/fish"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if fish is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(fish.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_fish_put_response(response: httpx.Response) -> Fish:
    """The result of Fish_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Fish_Put response 200")
        if _body is None:
            return _t.cast("Fish", _serde.empty_body("Fish_Put response 200"))
        return Fish.from_dict(_body)
    raise _error_from_response(response, AquariumError.from_dict)


def build_tanks_put_request(
    config: ClientConfig,
    tank: Tank,
) -> _Request:
    """PUT /tanks"""
    _validation.check_model("tank", tank, required=True, model=Tank)
    _url = config.endpoint + "/tanks"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if tank is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(tank.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_tanks_put_response(response: httpx.Response) -> Tank:
    """The result of Tanks_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Tanks_Put response 200")
        if _body is None:
            return _t.cast("Tank", _serde.empty_body("Tanks_Put response 200"))
        return Tank.from_dict(_body)
    raise _error_from_response(response)
