"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._paging import next_page as _next_page
from ._policy import Request as _Request
from .models import CloudError, ColorList, Consistency, ShelfWidgetList, TagList, Widget, WidgetList

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[a-z]+\\Z", _re.ASCII)


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str
    api_version: str
    polling_interval: float = 30.0
    """Seconds between two polls of a long-running operation without ``Retry-After``."""


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    _validation.check_str("api_version", config.api_version, required=True)


def build_widgets_export_request(
    config: ClientConfig,
) -> _Request:
    """POST /widgets/export"""
    _url = config.endpoint + "/widgets/export"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request("POST", _url, _params, _headers)


def handle_widgets_export_response(response: httpx.Response) -> WidgetList | None:
    """The result of Widgets_Export, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_Export response 200")
        if _body is None:
            return _t.cast("WidgetList", _serde.empty_body("Widgets_Export response 200"))
        return WidgetList.from_dict(_body)
    if _status == 202:
        return None
    raise _error_from_response(response, CloudError.from_dict)


def page_widgets_export(response: httpx.Response) -> tuple[list[Widget], str | None]:
    """The items and the next link of a page of Widgets_Export, or the error it raises."""
    _page = finish_widgets_export(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_widgets_export_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
) -> _Request:
    """The request of the page a next link of Widgets_Export names."""
    _base = config.endpoint
    return _next_page(_first, _link, _base, ("api-version", _serde.to_wire(config.api_version)))


def build_widgets_list_by_shelf_request(
    config: ClientConfig,
    shelf: str,
    x_ms_consistency: Consistency | str | None,
) -> _Request:
    """GET /shelves/{shelf}/widgets"""
    _validation.check_str("shelf", shelf, required=True, pattern=_PATTERN_1)
    _validation.check_enum("x_ms_consistency", x_ms_consistency, required=False)
    _url = (
        config.endpoint
        + "/shelves/"
        + _serde.path_segment("shelf", _serde.to_wire(shelf))
        + "/widgets"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if x_ms_consistency is not None:
        _headers["x-ms-consistency"] = _serde.to_wire(x_ms_consistency)
    return _Request("GET", _url, _params, _headers)


def handle_widgets_list_by_shelf_response(response: httpx.Response) -> ShelfWidgetList:
    """The result of Widgets_ListByShelf, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_ListByShelf response 200")
        if _body is None:
            return _t.cast("ShelfWidgetList", _serde.empty_body("Widgets_ListByShelf response 200"))
        return ShelfWidgetList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def page_widgets_list_by_shelf(response: httpx.Response) -> tuple[list[Widget], str | None]:
    """The items and the next link of a page of Widgets_ListByShelf, or the error it raises."""
    _page = handle_widgets_list_by_shelf_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.items or ()), _page.odata_next_link or None


def next_widgets_list_by_shelf_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    shelf: str,
    x_ms_consistency: Consistency | str | None,
) -> _Request:
    """The request of the page a next link of Widgets_ListByShelf names."""
    _base = config.endpoint
    return _next_page(_first, _link, _base, None)


def build_widgets_list_request(
    config: ClientConfig,
    top: int | None,
) -> _Request:
    """GET /widgets"""
    _validation.check_number("top", top, required=False, minimum=1, maximum=2147483647)
    _url = config.endpoint + "/widgets"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    if top is not None:
        _params.append(("$top", _serde.to_wire(top)))
    return _Request("GET", _url, _params, _headers)


def handle_widgets_list_response(response: httpx.Response) -> WidgetList:
    """The result of Widgets_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_List response 200")
        if _body is None:
            return _t.cast("WidgetList", _serde.empty_body("Widgets_List response 200"))
        return WidgetList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def page_widgets_list(response: httpx.Response) -> tuple[list[Widget], str | None]:
    """The items and the next link of a page of Widgets_List, or the error it raises."""
    _page = handle_widgets_list_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_widgets_list_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    top: int | None,
) -> _Request:
    """The request of the page a next link of Widgets_List names."""
    _base = config.endpoint
    return _next_page(_first, _link, _base, ("api-version", _serde.to_wire(config.api_version)))


def build_colors_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /colors"""
    _url = config.endpoint + "/colors"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_colors_list_response(response: httpx.Response) -> ColorList:
    """The result of Colors_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Colors_List response 200")
        if _body is None:
            return _t.cast("ColorList", _serde.empty_body("Colors_List response 200"))
        return ColorList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def page_colors_list(response: httpx.Response) -> tuple[list[str], str | None]:
    """The items and the next link of a page of Colors_List, or the error it raises."""
    _page = handle_colors_list_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), None


def next_colors_list_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
) -> _Request:
    """The request of the page a next link of Colors_List names."""
    _base = config.endpoint
    return _next_page(_first, _link, _base, None)


def build_tags_list_next_request(
    config: ClientConfig,
    next_link: str,
    prefix: str | None,
) -> _Request:
    """GET /tags/{nextLink}?next"""
    _validation.check_str("next_link", next_link, required=True)
    _validation.check_str("prefix", prefix, required=False)
    _url = config.endpoint + "/tags/" + _serde.to_wire(next_link) + "?next"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if prefix is not None:
        _params.append(("prefix", _serde.to_wire(prefix)))
    return _Request("GET", _url, _params, _headers)


def handle_tags_list_next_response(response: httpx.Response) -> TagList:
    """The result of Tags_ListNext, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Tags_ListNext response 200")
        if _body is None:
            return _t.cast("TagList", _serde.empty_body("Tags_ListNext response 200"))
        return TagList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def page_tags_list_next(response: httpx.Response) -> tuple[list[str], str | None]:
    """The items and the next link of a page of Tags_ListNext, or the error it raises."""
    _page = handle_tags_list_next_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_tags_list_next_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    next_link: str,
    prefix: str | None,
) -> _Request:
    """The request of the page a next link of Tags_ListNext names."""
    return build_tags_list_next_request(config, _link, prefix)


def build_tags_list_request(
    config: ClientConfig,
    prefix: str | None,
) -> _Request:
    """GET /tags"""
    _validation.check_str("prefix", prefix, required=False)
    _url = config.endpoint + "/tags"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if prefix is not None:
        _params.append(("prefix", _serde.to_wire(prefix)))
    return _Request("GET", _url, _params, _headers)


def handle_tags_list_response(response: httpx.Response) -> TagList:
    """The result of Tags_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Tags_List response 200")
        if _body is None:
            return _t.cast("TagList", _serde.empty_body("Tags_List response 200"))
        return TagList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def page_tags_list(response: httpx.Response) -> tuple[list[str], str | None]:
    """The items and the next link of a page of Tags_List, or the error it raises."""
    _page = handle_tags_list_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_tags_list_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    prefix: str | None,
) -> _Request:
    """The request of the page a next link of Tags_List names."""
    return build_tags_list_next_request(config, _link, prefix)


def finish_widgets_export(response: httpx.Response, failed: bool = False) -> WidgetList | None:
    """The result of the long-running Widgets_Export from its final
    response; or its error (``failed``: the operation ended Failed or Canceled)."""
    if failed:
        raise _error_from_response(response, CloudError.from_dict)
    if not 200 <= response.status_code < 300:
        handle_widgets_export_response(response)
        raise _error_from_response(response, CloudError.from_dict)
    _body = _serde.json_body(response.content, "Widgets_Export final response")
    if _body is None:
        return None
    return WidgetList.from_dict(_body)
