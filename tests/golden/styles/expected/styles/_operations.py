"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models._models_1 import Color, Nested

if _t.TYPE_CHECKING:
    import httpx

    from .models._enums_1 import CookiesTheme


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_query_request(
    config: ClientConfig,
    id: list[int] | None,
    ids: list[int] | None,
    color: Color | None,
    spaced: list[str] | None,
    piped: list[str] | None,
    filter: Color | None,
    tags: dict[str, str] | None,
    flags: list[bool] | None,
    raw: str | None,
    q: str | None,
) -> _Request:
    """GET /query"""
    _validation.check_list("id", id, required=False)
    _validation.check_list("ids", ids, required=False)
    _validation.check_model("color", color, required=False, model=Color)
    _validation.check_list("spaced", spaced, required=False)
    _validation.check_list("piped", piped, required=False)
    _validation.check_model("filter", filter, required=False, model=Color)
    _validation.check_dict("tags", tags, required=False)
    _validation.check_list("flags", flags, required=False)
    _validation.check_str("raw", raw, required=False)
    _validation.check_str("q", q, required=False)
    _url = config.endpoint + "/query"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if id is not None:
        _params.extend(_serde.query_param("id", id, "form", True))
    if ids is not None:
        _params.extend(_serde.query_param("ids", ids, "form", False))
    if color is not None:
        _params.extend(_serde.query_param("color", color.to_dict(), "form", False))
    if spaced is not None:
        _params.extend(_serde.query_param("spaced", spaced, "spaceDelimited", False))
    if piped is not None:
        _params.extend(_serde.query_param("piped", piped, "pipeDelimited", False))
    if filter is not None:
        _params.extend(_serde.query_param("filter", filter.to_dict(), "deepObject", True))
    if tags is not None:
        _params.extend(_serde.query_param("tags", tags, "deepObject", False))
    if flags is not None:
        _params.extend(_serde.query_param("flags", flags, "form", False))
    if raw is not None:
        _params.extend(_serde.query_param("raw", raw, "form", True, allow_reserved=True))
    if q is not None:
        _params.append(("q", _serde.to_wire(q)))
    return _Request("GET", _url, _params, _headers)


def handle_query_response(response: httpx.Response) -> None:
    """The result of query, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_path_request(
    config: ClientConfig,
    simple: list[int],
    label: list[int],
    matrix: list[int],
    object_: Color,
) -> _Request:
    """GET /path/{simple}/{label}/{matrix}/{object}"""
    _validation.check_list("simple", simple, required=True)
    _validation.check_list("label", label, required=True)
    _validation.check_list("matrix", matrix, required=True)
    _validation.check_model("object_", object_, required=True, model=Color)
    _url = (
        config.endpoint
        + "/path/"
        + _serde.path_param("simple", simple, "simple", False)
        + "/"
        + _serde.path_param("label", label, "label", True)
        + "/"
        + _serde.path_param("matrix", matrix, "matrix", False)
        + "/"
        + _serde.path_param("object", object_.to_dict(), "simple", True)
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_path_response(response: httpx.Response) -> None:
    """The result of path, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_headers_request(
    config: ClientConfig,
    x_ids: list[int] | None,
    x_color: Color | None,
) -> _Request:
    """GET /headers"""
    _validation.check_list("x_ids", x_ids, required=False)
    _validation.check_model("x_color", x_color, required=False, model=Color)
    _url = config.endpoint + "/headers"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if x_ids is not None:
        _headers["X-Ids"] = _serde.header_param("X-Ids", x_ids, "simple", False)
    if x_color is not None:
        _headers["X-Color"] = _serde.header_param("X-Color", x_color.to_dict(), "simple", True)
    return _Request("GET", _url, _params, _headers)


def handle_headers_response(response: httpx.Response) -> None:
    """The result of headers, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_cookies_request(
    config: ClientConfig,
    session: str,
    prefs: list[str] | None,
    theme: CookiesTheme | str | None,
) -> _Request:
    """GET /cookies"""
    _validation.check_str("session", session, required=True)
    _validation.check_list("prefs", prefs, required=False)
    _validation.check_enum("theme", theme, required=False, allowed=("dark", "light"))
    _url = config.endpoint + "/cookies"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _cookies.extend(_serde.cookie_param("session", session, "form", True))
    if prefs is not None:
        _cookies.extend(_serde.cookie_param("prefs", prefs, "form", False))
    if theme is not None:
        _cookies.extend(_serde.cookie_param("theme", theme, "form", True))
    if _cookies:
        _headers["Cookie"] = _serde.cookie_header(_cookies)
    return _Request("GET", _url, _params, _headers)


def handle_cookies_response(response: httpx.Response) -> None:
    """The result of cookies, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_json_request(
    config: ClientConfig,
    q: Color | None,
    x_ids: list[int] | None,
) -> _Request:
    """GET /json"""
    _validation.check_model("q", q, required=False, model=Color)
    _validation.check_list("x_ids", x_ids, required=False)
    _url = config.endpoint + "/json"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if q is not None:
        _params.append(("q", _serde.json_text(q.to_dict())))
    if x_ids is not None:
        _headers["X-Ids"] = _serde.json_text(x_ids)
    return _Request("GET", _url, _params, _headers)


def handle_json_response(response: httpx.Response) -> None:
    """The result of json, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_unsupported_request(
    config: ClientConfig,
    nested: Nested | None,
    x_nested: Nested | None,
    grid: list[list[int]] | None,
    plain: str | None,
) -> _Request:
    """GET /unsupported"""
    _validation.check_model("nested", nested, required=False, model=Nested)
    _validation.check_model("x_nested", x_nested, required=False, model=Nested)
    _validation.check_list("grid", grid, required=False)
    _validation.check_str("plain", plain, required=False)
    _url = config.endpoint + "/unsupported"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if nested is not None:
        _params.extend(_serde.query_param("nested", nested.to_dict(), "deepObject", True))
    if x_nested is not None:
        _headers["X-Nested"] = _serde.header_param("X-Nested", x_nested.to_dict(), "simple", False)
    if grid is not None:
        _params.extend(_serde.query_param("grid", [_i0 for _i0 in grid], "form", True))
    if plain is not None:
        _params.extend(_serde.query_param("plain", _serde.json_text(plain), "content", True))
    return _Request("GET", _url, _params, _headers)


def handle_unsupported_response(response: httpx.Response) -> None:
    """The result of unsupported, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)
