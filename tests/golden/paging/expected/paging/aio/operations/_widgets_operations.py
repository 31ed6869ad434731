"""The async widgets operations of Widget Catalog (reach them as ``client.widgets``)."""

from __future__ import annotations

import typing as _t

from ... import _lro, _serde
from ..._operations import ClientConfig
from ..._paging import AsyncItemPaged
from ..._policy import TimeoutTypes
from ...operations import _widgets_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    import httpx

    from ...models._enums_1 import Consistency
    from ...models._models_1 import Widget

__all__ = ["WidgetsOperations"]


class WidgetsOperations:
    """The widgets operations. Reach them as ``client.widgets``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def begin_export(
        self,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.AsyncLROPoller[AsyncItemPaged[Widget]]:
        """Exports every widget; the exported ones, page by page, once it is done.

        A long-running operation: this sends its first request and returns a poller;
        ``await poller.result()`` waits for the operation to end and returns its result.

        :keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.
        :keyword deadline: Seconds for each request, retries and waits included.
        :keyword retries: Retry budget for each request, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``). The first request and every poll carry it.
        :return: A poller whose result is an iterator over the items of every page: the first page
            is the operation's final response, each next one is requested when iteration reaches it.
        :rtype: AsyncLROPoller[AsyncItemPaged[Widget]]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_widgets_export_request(
            self._config,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )

        def _pages(_final: httpx.Response, failed: bool) -> AsyncItemPaged[Widget]:
            if failed or not 200 <= _final.status_code < 300:
                _operations.finish_widgets_export(_final, failed)

            async def _page(_link: str | None) -> tuple[list[Widget], str | None]:
                if _link is None:
                    _response = _final
                else:
                    _next = _operations.next_widgets_export_request(
                        self._config,
                        _request,
                        _link,
                    )
                    _response = await self._pipeline.send(
                        _next,
                        timeout=timeout,
                        deadline=deadline,
                        retries=retries,
                        client_request_id=client_request_id,
                    )
                if self._pipeline.strict_responses:
                    return _serde.strictly(_operations.page_widgets_export, _response)
                return _operations.page_widgets_export(_response)

            return AsyncItemPaged(_page)

        _polling = _lro.Polling(
            _request,
            _response,
            _pages,
            final_state_via="location",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.AsyncLROPoller(
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
    ) -> AsyncItemPaged[Widget]:
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
        :rtype: AsyncItemPaged[Widget]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_widgets_list_by_shelf_request(
            self._config,
            shelf,
            x_ms_consistency,
        )

        async def _page(_link: str | None) -> tuple[list[Widget], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_widgets_list_by_shelf_request(
                    self._config,
                    _first,
                    _link,
                    shelf,
                    x_ms_consistency,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_widgets_list_by_shelf, _response)
            return _operations.page_widgets_list_by_shelf(_response)

        return AsyncItemPaged(_page)

    def list(
        self,
        *,
        top: int | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> AsyncItemPaged[Widget]:
        """Every widget, page by page.

        :param top: Widgets per page. Optional.
        :type top: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of widgets.
        :rtype: AsyncItemPaged[Widget]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_widgets_list_request(
            self._config,
            top,
        )

        async def _page(_link: str | None) -> tuple[list[Widget], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_widgets_list_request(
                    self._config,
                    _first,
                    _link,
                    top,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_widgets_list, _response)
            return _operations.page_widgets_list(_response)

        return AsyncItemPaged(_page)
