"""Client of Widget Catalog."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from . import _lro, _operations, _serde
from ._credentials import TokenCredential, scopes_for
from ._paging import ItemPaged
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent
from .models import Consistency, Widget

if _t.TYPE_CHECKING:
    import httpx

__all__ = ["WidgetCatalogClient"]


class WidgetsOperations:
    """The widgets operations. Reach them as ``client.widgets``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` with the first request and every poll (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: A poller whose result is an iterator over the items of every page: the first page
            is the operation's final response, each next one is requested when iteration reaches it.
        :rtype: LROPoller[ItemPaged[Widget]]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_widgets_export_request(
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
                _operations.finish_widgets_export(_final, failed)

            def _page(_link: str | None) -> tuple[list[Widget], str | None]:
                if _link is None:
                    _response = _final
                else:
                    _next = _operations.next_widgets_export_request(
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
                    return _serde.strictly(_operations.page_widgets_export, _response)
                return _operations.page_widgets_export(_response)

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
        _first = _operations.build_widgets_list_by_shelf_request(
            self._config,
            shelf,
            x_ms_consistency,
        )

        def _page(_link: str | None) -> tuple[list[Widget], str | None]:
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
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_widgets_list_by_shelf, _response)
            return _operations.page_widgets_list_by_shelf(_response)

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
        _first = _operations.build_widgets_list_request(
            self._config,
            top,
        )

        def _page(_link: str | None) -> tuple[list[Widget], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_widgets_list_request(
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
                return _serde.strictly(_operations.page_widgets_list, _response)
            return _operations.page_widgets_list(_response)

        return ItemPaged(_page)


class ColorsOperations:
    """The colors operations. Reach them as ``client.colors``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
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
        _first = _operations.build_colors_list_request(
            self._config,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_colors_list_request(
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
                return _serde.strictly(_operations.page_colors_list, _response)
            return _operations.page_colors_list(_response)

        return ItemPaged(_page)


class TagsOperations:
    """The tags operations. Reach them as ``client.tags``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
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
        _first = _operations.build_tags_list_next_request(
            self._config,
            next_link,
            prefix,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_tags_list_next_request(
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
                return _serde.strictly(_operations.page_tags_list_next, _response)
            return _operations.page_tags_list_next(_response)

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
        _first = _operations.build_tags_list_request(
            self._config,
            prefix,
        )

        def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_tags_list_request(
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
                return _serde.strictly(_operations.page_tags_list, _response)
            return _operations.page_tags_list(_response)

        return ItemPaged(_page)


class WidgetCatalogClient:
    """Widget Catalog client.

    :param credential: Any object with azure-core's ``TokenCredential`` protocol,
        for instance ``azure.identity.DefaultAzureCredential()``.
    :param api_version: The API version. Default: ``'2024-05-01'``.
    :keyword endpoint: The service's base URL (default ``https://management.example.com``).
    :keyword credential_scopes: Token scopes (default ``<endpoint>/.default``).
    :keyword http_client: An ``httpx.Client`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword auto_request_id: Send a new ``x-ms-client-request-id`` (a UUID) with every call
        not given one (default: on).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the Azure SDK reads them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    :keyword polling_interval: Seconds between two polls of a long-running operation when
        the service sends no ``Retry-After`` (default 30).
    """

    def __init__(
        self,
        credential: TokenCredential,
        *,
        api_version: str = "2024-05-01",
        endpoint: str = "https://management.example.com",
        credential_scopes: _t.Sequence[str] | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
        polling_interval: float = 30.0,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
            api_version=api_version,
            polling_interval=polling_interval,
        )
        _operations.validate_client_config(self._config)
        self._pipeline = Pipeline(
            credential=credential,
            scopes=scopes_for(endpoint, credential_scopes),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )
        self.widgets = WidgetsOperations(self._pipeline, self._config)
        """WidgetsOperations: the widgets operations."""
        self.colors = ColorsOperations(self._pipeline, self._config)
        """ColorsOperations: the colors operations."""
        self.tags = TagsOperations(self._pipeline, self._config)
        """TagsOperations: the tags operations."""

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> WidgetCatalogClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
