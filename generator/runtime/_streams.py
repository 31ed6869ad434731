"""Streamed response bodies: the success body of an operation that returns a stream."""

from __future__ import annotations

import typing as _t

from ._errors import ServiceRequestError

if _t.TYPE_CHECKING:
    import httpx


class ByteStream:
    """A response body read from the network as you iterate over it, in ``bytes`` chunks.

    Close it when done (``with``, ``contextlib.closing``, or :meth:`close`), or read it to
    the end: either releases the connection. An async client's stream is read with
    ``async for`` and closed with ``async with`` or :meth:`aclose`.
    """

    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    def _failed(self, error: Exception) -> ServiceRequestError:
        request = self._response.request
        return ServiceRequestError(
            f"{request.method} {request.url}: reading the body: {type(error).__name__}: {error}"
        )

    def __iter__(self) -> _t.Iterator[bytes]:
        import httpx

        try:
            yield from self._response.iter_bytes()
        except httpx.TransportError as exc:
            raise self._failed(exc) from exc
        finally:
            self._response.close()

    def read(self) -> bytes:
        """The whole (rest of the) body."""
        return b"".join(self)

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> _t.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aiter__(self) -> _t.AsyncIterator[bytes]:
        import httpx

        try:
            async for chunk in self._response.aiter_bytes():
                yield chunk
        except httpx.TransportError as exc:
            raise self._failed(exc) from exc
        finally:
            await self._response.aclose()

    async def aread(self) -> bytes:
        """The whole (rest of the) body (async clients)."""
        return b"".join([chunk async for chunk in self])

    async def aclose(self) -> None:
        await self._response.aclose()

    async def __aenter__(self) -> _t.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
