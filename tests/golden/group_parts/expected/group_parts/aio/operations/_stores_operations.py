"""The async stores operations of Pet Shop (reach them as ``client.stores``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._paging import AsyncItemPaged
from ..._policy import TimeoutTypes
from ...operations import _stores_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import Pet, Store

__all__ = ["StoresOperations"]


class StoresOperations:
    """The stores operations. Reach them as ``client.stores``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get(
        self,
        store: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Store:
        """Read a store.

        :param store:
        :type store: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The store.
        :rtype: Store
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_stores_get_request(
            self._config,
            store,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_stores_get_response, _response)
        return _operations.handle_stores_get_response(_response)

    def list_pets(
        self,
        store: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> AsyncItemPaged[Pet]:
        """The pets of a store, a page at a time (the next pages are asked for as the Pets group asks for its own).

        :param store:
        :type store: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of pets.
        :rtype: AsyncItemPaged[Pet]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_stores_list_pets_request(
            self._config,
            store,
        )

        async def _page(_link: str | None) -> tuple[list[Pet], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_stores_list_pets_request(
                    self._config,
                    _first,
                    _link,
                    store,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_stores_list_pets, _response)
            return _operations.page_stores_list_pets(_response)

        return AsyncItemPaged(_page)
