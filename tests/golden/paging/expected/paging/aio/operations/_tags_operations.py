"""The async tags operations of Widget Catalog (reach them as ``client.tags``)."""

from __future__ import annotations

from ... import _serde
from ..._operations import ClientConfig
from ..._paging import AsyncItemPaged
from ..._policy import TimeoutTypes
from ...operations import _tags_operations as _operations
from .._pipeline import AsyncPipeline

__all__ = ["TagsOperations"]


class TagsOperations:
    """The tags operations. Reach them as ``client.tags``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
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
    ) -> AsyncItemPaged[str]:
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
        :rtype: AsyncItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_tags_list_next_request(
            self._config,
            next_link,
            prefix,
        )

        async def _page(_link: str | None) -> tuple[list[str], str | None]:
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
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_tags_list_next, _response)
            return _operations.page_tags_list_next(_response)

        return AsyncItemPaged(_page)

    def list(
        self,
        *,
        prefix: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> AsyncItemPaged[str]:
        """Tags_List

        :param prefix:  Optional.
        :type prefix: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of tags.
        :rtype: AsyncItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_tags_list_request(
            self._config,
            prefix,
        )

        async def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_tags_list_request(
                    self._config,
                    _first,
                    _link,
                    prefix,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_tags_list, _response)
            return _operations.page_tags_list(_response)

        return AsyncItemPaged(_page)
