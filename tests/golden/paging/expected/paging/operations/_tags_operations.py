"""The tags operations of Widget Catalog: request building, response
handling and the sync ``TagsOperations`` class (reach it as ``client.tags``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._paging import ItemPaged
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CloudError, TagList

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["TagsOperations"]


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
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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


class TagsOperations:
    """The tags operations. Reach them as ``client.tags``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list_next(
        self,
        next_link: str,
        *,
        prefix: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[str]:
        """Tags_ListNext

        :param next_link:
        :type next_link: str
        :param prefix:  Optional.
        :type prefix: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of tags.
        :rtype: ItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_tags_list_next_request(
            self._config,
            next_link,
            prefix,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_tags_list_next_request(
                    self._config,
                    _first,
                    _link,
                    next_link,
                    prefix,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_tags_list_next, _response)
            return page_tags_list_next(_response)

        return ItemPaged(_page)

    def list(
        self,
        *,
        prefix: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[str]:
        """Tags_List

        :param prefix:  Optional.
        :type prefix: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of tags.
        :rtype: ItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_tags_list_request(
            self._config,
            prefix,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_tags_list_request(
                    self._config,
                    _first,
                    _link,
                    prefix,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_tags_list, _response)
            return page_tags_list(_response)

        return ItemPaged(_page)
