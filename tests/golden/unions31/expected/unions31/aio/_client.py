"""Async client of Shapes."""

from __future__ import annotations

import functools as _functools
import typing as _t
from types import TracebackType

from .. import _operations
from .._policy import RetryPolicy, TimeoutTypes
from .._policy import user_agent as _user_agent
from ._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    import httpx

    from .operations._drawings_operations import DrawingsOperations
    from .operations._shapes_operations import ShapesOperations

__all__ = ["ShapesClient"]


class ShapesClient:
    """OpenAPI 3.1 unions: type arrays, null members, a discriminator with implicit names.

    :keyword endpoint: The service's base URL (default ``https://shapes.example.com``).
    :keyword http_client: An ``httpx.AsyncClient`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword request_id_header: A header to send each call's client request id in: a new
        UUID, or the call's ``client_request_id`` (default: none; nothing is sent).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the official SDKs read them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    """

    def __init__(
        self,
        *,
        endpoint: str = "https://shapes.example.com",
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        request_id_header: str | None = None,
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
            request_id_header=request_id_header,
            strict_responses=strict_responses,
        )

    @_functools.cached_property
    def shapes(self) -> ShapesOperations:
        """ShapesOperations: the shapes operations (their module is imported on first use)."""
        from .operations import _shapes_operations

        return _shapes_operations.ShapesOperations(self._pipeline, self._config)

    @_functools.cached_property
    def drawings(self) -> DrawingsOperations:
        """DrawingsOperations: the drawings operations (their module is imported on first use)."""
        from .operations import _drawings_operations

        return _drawings_operations.DrawingsOperations(self._pipeline, self._config)

    async def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        await self._pipeline.close()

    async def __aenter__(self) -> ShapesClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
