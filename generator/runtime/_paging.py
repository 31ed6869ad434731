"""Pageable operations (``x-ms-pageable``): the next page's request and the iterators.

Only packages with a pageable operation have this module; the other runtime modules never
import it.
"""

from __future__ import annotations

import typing as _t

from ._policy import Request
from ._urls import _urlsplit, same_origin


def next_page(first: Request, link: str, base: str, api_version: tuple[str, str] | None) -> Request:
    """The GET of a page's next link, as AutoRest's clients send it.

    A relative link is resolved against ``base`` (the endpoint: ``/a/b`` and ``a/b`` both
    go under it, as azure-core's ``format_url`` does); its fragment is dropped and its
    query kept as the service wrote it, but for ``api_version``, which replaces the
    link's own (whatever its case). The first request's headers are sent again (not its
    body). The token and the API keys go only to the endpoint's origin.
    """
    from urllib.parse import unquote

    link = link.strip()
    parts = _urlsplit(link)
    target = link if parts.scheme and parts.netloc else base.rstrip("/") + "/" + link.lstrip("/")
    target = target.partition("#")[0]
    url, _, query = target.partition("?")
    pieces = [piece for piece in query.split("&") if piece]
    params: list[tuple[str, str | int | float | bool | None]] = []
    if api_version is not None:
        name = api_version[0].lower()
        pieces = [piece for piece in pieces if unquote(piece.partition("=")[0]).lower() != name]
        params.append(api_version)
    if pieces:
        url += "?" + "&".join(pieces)
    authorize = same_origin(url, base)
    headers = {
        name: value for name, value in first.headers.items() if name.lower() != "content-type"
    }
    return Request(
        "GET",
        url,
        params,
        headers,
        authorize=authorize,
        auth=first.auth,
    )


_T = _t.TypeVar("_T")
_Page = tuple[list[_T], str | None]


class ItemPaged(_t.Iterator[_T]):
    """The items of every page of a pageable operation, requested as you iterate.

    Each page is one request (with its own retries, timeouts and errors); the next one is
    requested only when the items of the one before are used up. :meth:`by_page` gives
    the pages themselves.
    """

    def __init__(self, fetch: _t.Callable[[str | None], _Page[_T]]) -> None:
        self._fetch = fetch
        self._items: _t.Iterator[_T] | None = None

    def by_page(self, continuation_token: str | None = None) -> PageIterator[_T]:
        """An iterator of pages, each an iterator of its items; ``continuation_token``
        (a next link, ``PageIterator.continuation_token``) starts from that page."""
        return PageIterator(self._fetch, continuation_token)

    def __iter__(self) -> ItemPaged[_T]:
        return self

    def __next__(self) -> _T:
        if self._items is None:
            self._items = (item for page in self.by_page() for item in page)
        return next(self._items)


class PageIterator(_t.Iterator[_t.Iterator[_T]]):
    """The pages of a pageable operation; ``continuation_token`` is the next link of the
    page last returned (None after the last page)."""

    def __init__(
        self, fetch: _t.Callable[[str | None], _Page[_T]], continuation_token: str | None
    ) -> None:
        self._fetch = fetch
        self.continuation_token = continuation_token
        self._done = False

    def __iter__(self) -> PageIterator[_T]:
        return self

    def __next__(self) -> _t.Iterator[_T]:
        if self._done:
            raise StopIteration
        items, link = self._fetch(self.continuation_token)
        self.continuation_token = link or None
        self._done = not link
        return iter(items)


class AsyncItemPaged(_t.AsyncIterator[_T]):
    """The items of every page of a pageable operation (async clients): ``async for``.

    Each page is one request, sent when the items of the one before are used up.
    :meth:`by_page` gives the pages themselves.
    """

    def __init__(self, fetch: _t.Callable[[str | None], _t.Awaitable[_Page[_T]]]) -> None:
        self._fetch = fetch
        self._pages: AsyncPageIterator[_T] | None = None
        self._page: _t.Iterator[_T] = iter(())

    def by_page(self, continuation_token: str | None = None) -> AsyncPageIterator[_T]:
        """An async iterator of pages, each an async iterator of its items;
        ``continuation_token`` (a next link) starts from that page."""
        return AsyncPageIterator(self._fetch, continuation_token)

    def __aiter__(self) -> AsyncItemPaged[_T]:
        return self

    async def __anext__(self) -> _T:
        if self._pages is None:
            self._pages = self.by_page()
        while True:
            for item in self._page:
                return item
            self._page = iter(await self._pages.next_items())


class AsyncList(_t.AsyncIterator[_T]):
    """One page's items (async clients), as an async iterator."""

    def __init__(self, items: list[_T]) -> None:
        self._items = iter(items)

    def __aiter__(self) -> AsyncList[_T]:
        return self

    async def __anext__(self) -> _T:
        for item in self._items:
            return item
        raise StopAsyncIteration


class AsyncPageIterator(_t.AsyncIterator[AsyncList[_T]]):
    """The pages of a pageable operation (async clients); ``continuation_token`` is the
    next link of the page last returned (None after the last page)."""

    def __init__(
        self,
        fetch: _t.Callable[[str | None], _t.Awaitable[_Page[_T]]],
        continuation_token: str | None,
    ) -> None:
        self._fetch = fetch
        self.continuation_token = continuation_token
        self._done = False

    def __aiter__(self) -> AsyncPageIterator[_T]:
        return self

    async def __anext__(self) -> AsyncList[_T]:
        return AsyncList(await self.next_items())

    async def next_items(self) -> list[_T]:
        """The items of the next page (``StopAsyncIteration`` after the last)."""
        if self._done:
            raise StopAsyncIteration
        items, link = await self._fetch(self.continuation_token)
        self.continuation_token = link or None
        self._done = not link
        return items
