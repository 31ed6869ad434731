"""The async colors operations of Widget Catalog (reach them as ``client.colors``)."""

from __future__ import annotations

from ... import _serde
from ..._operations import ClientConfig
from ..._paging import AsyncItemPaged
from ..._policy import TimeoutTypes
from ...operations import _colors_operations as _operations
from .._pipeline import AsyncPipeline

__all__ = ["ColorsOperations"]


class ColorsOperations:
    """The colors operations. Reach them as ``client.colors``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> AsyncItemPaged[str]:
        """Colors_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: Every color at once.
        :rtype: AsyncItemPaged[str]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_colors_list_request(
            self._config,
        )

        async def _page(_link: str | None) -> tuple[list[str], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_colors_list_request(
                    self._config,
                    _first,
                    _link,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_colors_list, _response)
            return _operations.page_colors_list(_response)

        return AsyncItemPaged(_page)
