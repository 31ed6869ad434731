"""The widgets operations of Widget Catalog: request building, response
handling and the sync ``WidgetsOperations`` class (reach it as ``client.widgets``)."""

from __future__ import annotations

import re as _re
import typing as _t

from .. import _lro, _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._paging import ItemPaged
from .._paging import next_page as _next_page
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CloudError, ShelfWidgetList, WidgetList

if _t.TYPE_CHECKING:
    import httpx

    from ..models._enums_1 import Consistency
    from ..models._models_1 import Widget

_PATTERN_1 = _re.compile("^[a-z]+\\Z", _re.ASCII)

__all__ = ["WidgetsOperations"]


def build_widgets_export_request(
    config: ClientConfig,
) -> _Request:
    """POST /widgets/export"""
    _url = config.endpoint + "/widgets/export"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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


class WidgetsOperations:
    """The widgets operations. Reach them as ``client.widgets``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def begin_export(
        self,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.LROPoller[ItemPaged[Widget]]:
        """Exports every widget; the exported ones, page by page, once it is done.

        A long-running operation: this sends its first request and returns a poller;
        ``poller.result()`` waits for the operation to end and returns its result.

        :keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.
        :keyword deadline: Seconds for each request, retries and waits included.
        :keyword retries: Retry budget for each request, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``). The first request and every poll carry it.
        :return: A poller whose result is an iterator over the items of every page: the first page
            is the operation's final response, each next one is requested when iteration reaches it.
        :rtype: LROPoller[ItemPaged[Widget]]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_widgets_export_request(
            self._config,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )

        def _pages(_final: httpx.Response, failed: bool) -> ItemPaged[Widget]:
            if failed or not 200 <= _final.status_code < 300:
                finish_widgets_export(_final, failed)

            def _page(_link: str | None) -> tuple[list[Widget], str | None]:
                if _link is None:
                    _response = _final
                else:
                    _next = next_widgets_export_request(
                        self._config,
                        _request,
                        _link,
                    )
                    _response = self._pipeline.send(
                        _next,
                        timeout=timeout,
                        deadline=deadline,
                        retries=retries,
                        client_request_id=client_request_id,
                    )
                if self._pipeline.strict_responses:
                    return _serde.strictly(page_widgets_export, _response)
                return page_widgets_export(_response)

            return ItemPaged(_page)

        _polling = _lro.Polling(
            _request,
            _response,
            _pages,
            final_state_via="location",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.LROPoller(
            self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries
        )

    def list_by_shelf(
        self,
        shelf: str,
        *,
        x_ms_consistency: Consistency | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[Widget]:
        """Widgets_ListByShelf

        :param shelf:
        :type shelf: str
        :param x_ms_consistency:  Optional.
        :type x_ms_consistency: Consistency | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of the shelf's widgets.
        :rtype: ItemPaged[Widget]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_widgets_list_by_shelf_request(
            self._config,
            shelf,
            x_ms_consistency,
        )

        def _page(_link: str | None) -> tuple[list[Widget], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_widgets_list_by_shelf_request(
                    self._config,
                    _first,
                    _link,
                    shelf,
                    x_ms_consistency,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_widgets_list_by_shelf, _response)
            return page_widgets_list_by_shelf(_response)

        return ItemPaged(_page)

    def list(
        self,
        *,
        top: int | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[Widget]:
        """Every widget, page by page.

        :param top: Widgets per page. Optional.
        :type top: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of widgets.
        :rtype: ItemPaged[Widget]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_widgets_list_request(
            self._config,
            top,
        )

        def _page(_link: str | None) -> tuple[list[Widget], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_widgets_list_request(
                    self._config,
                    _first,
                    _link,
                    top,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_widgets_list, _response)
            return page_widgets_list(_response)

        return ItemPaged(_page)
