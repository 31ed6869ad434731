"""Async client of Pet Shop."""

from __future__ import annotations

import functools as _functools
import typing as _t
from types import TracebackType

from .. import _operations, _serde
from .._paging import AsyncItemPaged
from .._policy import RetryPolicy, TimeoutTypes
from .._policy import user_agent as _user_agent
from ._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    import httpx

    from ..models._models_1 import Pet
    from .operations._pets_operations import PetsOperations
    from .operations._stores_operations import StoresOperations

__all__ = ["PetShopClient"]


class PetShopClient:
    """An operation group cut into parts (x-opgen-operations-budget), each imported on first use, next to a group and client operations that are not.

    :keyword endpoint: The service's base URL (default ``https://shop.example.com``).
    :keyword http_client: An ``httpx.AsyncClient`` to send with (proxies, certificates, HTTP/2);
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
    """

    def __init__(
        self,
        *,
        endpoint: str = "https://shop.example.com",
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
        )
        _operations.validate_client_config(self._config)
        self._pipeline = AsyncPipeline(
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )

    @_functools.cached_property
    def pets(self) -> PetsOperations:
        """PetsOperations: the pets operations (their module is imported on first use)."""
        from .operations import _pets_operations

        return _pets_operations.PetsOperations(self._pipeline, self._config)

    @_functools.cached_property
    def stores(self) -> StoresOperations:
        """StoresOperations: the stores operations (their module is imported on first use)."""
        from .operations import _stores_operations

        return _stores_operations.StoresOperations(self._pipeline, self._config)

    def list_all_pets(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> AsyncItemPaged[Pet]:
        """Every pet of every store, a page at a time (an operation of the client itself, whose next pages the Pets group asks for).

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of pets.
        :rtype: AsyncItemPaged[Pet]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_list_all_pets_request(
            self._config,
        )

        async def _page(_link: str | None) -> tuple[list[Pet], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_list_all_pets_request(
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
                return _serde.strictly(_operations.page_list_all_pets, _response)
            return _operations.page_list_all_pets(_response)

        return AsyncItemPaged(_page)

    async def ping(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> str:
        """Ping

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Pong.
        :rtype: str
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_ping_request(
            self._config,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_ping_response, _response)
        return _operations.handle_ping_response(_response)

    async def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        await self._pipeline.close()

    async def __aenter__(self) -> PetShopClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
