"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import Animal, Feline, Robot, Swimmer

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_animals_get_request(
    config: ClientConfig,
) -> _Request:
    """GET /animals"""
    _url = config.endpoint + "/animals"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_animals_get_response(response: httpx.Response) -> Animal:
    """The result of Animals_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Animals_Get response 200")
        if _body is None:
            return _t.cast("Animal", _serde.empty_body("Animals_Get response 200"))
        return Animal.from_dict(_body)
    raise _error_from_response(response)


def build_swimmers_put_request(
    config: ClientConfig,
    body: Swimmer,
) -> _Request:
    """PUT /swimmers"""
    _validation.check_model("body", body, required=True, model=Swimmer)
    _url = config.endpoint + "/swimmers"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_swimmers_put_response(response: httpx.Response) -> Swimmer:
    """The result of Swimmers_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Swimmers_Put response 200")
        if _body is None:
            return _t.cast("Swimmer", _serde.empty_body("Swimmers_Put response 200"))
        return Swimmer.from_dict(_body)
    raise _error_from_response(response)


def build_cats_put_request(
    config: ClientConfig,
    body: Feline,
) -> _Request:
    """PUT /cats"""
    _validation.check_model("body", body, required=True, model=Feline)
    _url = config.endpoint + "/cats"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_cats_put_response(response: httpx.Response) -> Feline:
    """The result of Cats_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Cats_Put response 200")
        if _body is None:
            return _t.cast("Feline", _serde.empty_body("Cats_Put response 200"))
        return Feline.from_dict(_body)
    raise _error_from_response(response)


def build_robots_get_request(
    config: ClientConfig,
) -> _Request:
    """GET /robots"""
    _url = config.endpoint + "/robots"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_robots_get_response(response: httpx.Response) -> Robot:
    """The result of Robots_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Robots_Get response 200")
        if _body is None:
            return _t.cast("Robot", _serde.empty_body("Robots_Get response 200"))
        return Robot.from_dict(_body)
    raise _error_from_response(response)
