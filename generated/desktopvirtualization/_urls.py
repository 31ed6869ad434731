"""URLs: the query string of a request, parsed URLs kept for reuse, origins, loopback hosts.

``urllib.parse`` is imported when first needed (see :mod:`._log`); httpx when a client
sends its first request.
"""

from __future__ import annotations

import functools as _functools
import typing as _t

from ._serde import unreserved

if _t.TYPE_CHECKING:
    from urllib.parse import SplitResult

    import httpx

    from ._policy import Request


def _urlsplit(url: str) -> SplitResult:
    from urllib.parse import urlsplit

    return urlsplit(url)


def _urljoin(base: str, url: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, url)


class Unencoded(str):
    """A query value put into the URL as it is, not percent-encoded (the spec marks its
    parameter so). An ``http_client`` with default ``params`` has httpx
    rebuild the query, which encodes it after all."""

    __slots__ = ()


def url_with_query(request: Request) -> str:
    """``request.url`` with its query string, encoded exactly as httpx encodes ``params=``.

    Given a finished URL, httpx parses it once per attempt instead of twice and skips
    merging parameters: about a third of its work for a small request.
    """
    if not request.params:
        return request.url
    separator = "&" if "?" in request.url else "?"  # a next link brings a query of its own
    # Names and values made only of unreserved characters (api-version=2025-10-10) read
    # the same encoded or not: joined as they are, without building httpx.QueryParams.
    joined = []
    for name, value in request.params:
        if type(value) is not str or not unreserved(name) or not unreserved(value):
            break
        joined.append(name + "=" + value)
    else:
        return request.url + separator + "&".join(joined)
    import httpx

    if not any(isinstance(value, Unencoded) for _, value in request.params):
        return f"{request.url}{separator}{httpx.QueryParams(request.params)}"
    query = []
    for name, value in request.params:
        if isinstance(value, Unencoded):
            query.append(
                f"{httpx.QueryParams([(name, '')])}{value}"
            )  # "name=" and the value as it is
        else:
            query.append(str(httpx.QueryParams([(name, value)])))
    return request.url + separator + "&".join(query)


_URL_CACHE_MAX_LENGTH = 2048


def parsed_url(url: str) -> httpx.URL | str:
    """``url`` for ``build_request``: an ``httpx.URL`` parsed once for the calls that
    repeat it (polling, the same resource again and again).

    httpx checks a URL string character by character each time it is sent, about a
    sixth of a small call's instructions; an ``httpx.URL`` is immutable and passes
    through unparsed. The last 128 URLs under 2 KB are kept; a longer one goes as it is.
    """
    return _parse_url(url) if len(url) <= _URL_CACHE_MAX_LENGTH else url


@_functools.lru_cache(maxsize=128)
def _parse_url(url: str) -> httpx.URL:
    import httpx

    return httpx.URL(url)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = _urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return parts.scheme, parts.hostname or "", port or {"http": 80, "https": 443}.get(parts.scheme)


def same_origin(url: str, other: str) -> bool:
    """Whether two absolute URLs have the same scheme, host and port: where a token may follow."""
    return _origin(url) == _origin(other)


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
