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


def build_get_header_request(
    config: ClientConfig,
) -> _Request:
    """GET /header"""
    _url = config.endpoint + "/header"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("api_key_header", "apiKey", "header", "X-API-Key", ()),),),
    )


def handle_get_header_response(response: httpx.Response) -> None:
    """The result of getHeader, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_get_query_request(
    config: ClientConfig,
) -> _Request:
    """GET /query"""
    _url = config.endpoint + "/query"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("api_key_query", "apiKey", "query", "api_key", ()),),),
    )


def handle_get_query_response(response: httpx.Response) -> None:
    """The result of getQuery, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_get_cookies_request(
    config: ClientConfig,
) -> _Request:
    """GET /cookies"""
    _url = config.endpoint + "/cookies"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=(
            (
                ("api_key_cookie", "apiKey", "cookie", "session", ()),
                ("tenant_cookie", "apiKey", "cookie", "tenant", ()),
            ),
        ),
    )


def handle_get_cookies_response(response: httpx.Response) -> None:
    """The result of getCookies, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_get_basic_request(
    config: ClientConfig,
) -> _Request:
    """GET /basic"""
    _url = config.endpoint + "/basic"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("basic_auth", "basic", "header", "Authorization", ()),),),
    )


def handle_get_basic_response(response: httpx.Response) -> None:
    """The result of getBasic, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_get_bearer_request(
    config: ClientConfig,
) -> _Request:
    """GET /bearer"""
    _url = config.endpoint + "/bearer"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("bearer_auth", "bearer", "header", "Authorization", ()),),),
    )


def handle_get_bearer_response(response: httpx.Response) -> None:
    """The result of getBearer, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_read_request(
    config: ClientConfig,
) -> _Request:
    """GET /read"""
    _url = config.endpoint + "/read"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("oauth", "oauth2", "header", "Authorization", ("read",)),),),
    )


def handle_read_response(response: httpx.Response) -> None:
    """The result of read, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_write_request(
    config: ClientConfig,
) -> _Request:
    """POST /write"""
    _url = config.endpoint + "/write"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=((("oauth", "oauth2", "header", "Authorization", ("read", "write")),),),
    )


def handle_write_response(response: httpx.Response) -> None:
    """The result of write, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_public_request(
    config: ClientConfig,
) -> _Request:
    """GET /public"""
    _url = config.endpoint + "/public"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_public_response(response: httpx.Response) -> None:
    """The result of public, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_either_request(
    config: ClientConfig,
) -> _Request:
    """GET /either"""
    _url = config.endpoint + "/either"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=(
            (("bearer_auth", "bearer", "header", "Authorization", ()),),
            (
                ("api_key_query", "apiKey", "query", "api_key", ()),
                ("api_key_cookie", "apiKey", "cookie", "session", ()),
            ),
        ),
    )


def handle_either_response(response: httpx.Response) -> None:
    """The result of either, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_maybe_request(
    config: ClientConfig,
) -> _Request:
    """GET /maybe"""
    _url = config.endpoint + "/maybe"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("basic_auth", "basic", "header", "Authorization", ()),), ()),
    )


def handle_maybe_response(response: httpx.Response) -> None:
    """The result of maybe, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)


def build_get_digest_request(
    config: ClientConfig,
) -> _Request:
    """GET /digest"""
    _url = config.endpoint + "/digest"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_get_digest_response(response: httpx.Response) -> None:
    """The result of getDigest, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    raise _error_from_response(response)
