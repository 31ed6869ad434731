"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import Widget

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_widgets_get_request(
    config: ClientConfig,
    widget_name: str,
) -> _Request:
    """GET /widgets/{widgetName}"""
    _validation.check_str("widget_name", widget_name, required=True, min_length=1)
    _url = (
        config.endpoint
        + "/widgets/"
        + _serde.path_segment("widget_name", _serde.to_wire(widget_name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_widgets_get_response(response: httpx.Response) -> Widget:
    """The result of Widgets_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_Get response 200")
        if _body is None:
            return _t.cast("Widget", _serde.empty_body("Widgets_Get response 200"))
        return Widget.from_dict(_body)
    raise _error_from_response(response)


def build_widgets_delete_request(
    config: ClientConfig,
    widget_name: str,
) -> _Request:
    """DELETE /widgets/{widgetName}"""
    _validation.check_str("widget_name", widget_name, required=True, min_length=1)
    _url = (
        config.endpoint
        + "/widgets/"
        + _serde.path_segment("widget_name", _serde.to_wire(widget_name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("DELETE", _url, _params, _headers)


def handle_widgets_delete_response(response: httpx.Response) -> None:
    """The result of Widgets_Delete, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_widgets_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /widgets"""
    _url = config.endpoint + "/widgets"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_widgets_list_response(response: httpx.Response) -> list[Widget]:
    """The result of Widgets_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_List response 200")
        if _body is None:
            return _t.cast("list[Widget]", _serde.empty_body("Widgets_List response 200"))
        return [Widget.from_dict(_i0) for _i0 in _serde.as_list(_body, "Widgets_List response 200")]
    raise _error_from_response(response)


def build_health_request(
    config: ClientConfig,
) -> _Request:
    """GET /health"""
    _url = config.endpoint + "/health"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_health_response(response: httpx.Response) -> str:
    """The result of Health, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return response.text
    raise _error_from_response(response)


def build_post_upload_request(
    config: ClientConfig,
    body: bytes | _t.IO[bytes] | None,
) -> _Request:
    """POST /upload"""
    _validation.check_binary("body", body, required=False)
    _url = config.endpoint + "/upload"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/octet-stream"
        _content = _serde.binary_content(body)
    return _Request("POST", _url, _params, _headers, _content)


def handle_post_upload_response(response: httpx.Response) -> None:
    """The result of post_upload, or the error it raises."""
    _status = response.status_code
    if _status == 202:
        return None
    raise _error_from_response(response)
