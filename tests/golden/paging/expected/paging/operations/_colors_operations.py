"""The colors operations of Widget Catalog: request building, response
handling and the sync ``ColorsOperations`` class (reach it as ``client.colors``)."""

from __future__ import annotations

import typing as _t

from .. import _serde
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._paging import ItemPaged
from .._paging import next_page as _next_page
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CloudError, ColorList

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["ColorsOperations"]


def build_colors_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /colors"""
    _url = config.endpoint + "/colors"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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


class ColorsOperations:
    """The colors operations. Reach them as ``client.colors``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[str]:
        """Colors_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: Every color at once.
        :rtype: ItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_colors_list_request(
            self._config,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_colors_list_request(
                    self._config,
                    _first,
                    _link,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_colors_list, _response)
            return page_colors_list(_response)

        return ItemPaged(_page)
