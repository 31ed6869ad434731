"""Remote ``$ref`` targets (http, https): refused unless asked for with ``--allow-remote-refs``.

When asked, each document is fetched once with :mod:`urllib` (redirects only to http or
https), at most :data:`MAX_BYTES` bytes and :data:`TIMEOUT` seconds each, at most
:data:`MAX_DOCUMENTS` documents per run, and loaded exactly as a local file is (the
same safe loader and limits).  A remote document lives in the resolver under a
pseudo-path below :data:`REMOTE_ROOT` (never read from or written to disk) that mirrors
its URL, and its own references are resolved against its URL: a relative reference in
a remote document is another URL on its server, never a local file.
"""

from __future__ import annotations

import time
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from generator import __version__
from generator.diagnostics import GenerationError

if TYPE_CHECKING:
    import urllib.request

REMOTE_ROOT = Path("/<remote>")
MAX_BYTES = 16 * 1024 * 1024
TIMEOUT = 10.0  # seconds for one document (a read under way may take one more TIMEOUT)
MAX_DOCUMENTS = 100
SCHEMES = ("http", "https")


class RemoteError(ValueError):
    """A remote document that cannot be had; the message says why."""


def _opener() -> urllib.request.OpenerDirector:
    """An opener that follows redirects to http and https only.  urllib (with http.client
    and ssl: ~50 ms) is imported by a run that fetches, not with this module."""
    import urllib.request

    class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            if urlsplit(newurl).scheme not in SCHEMES:
                raise RemoteError(f"redirected to {newurl!r}; only http and https are followed")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(HttpOnlyRedirects)


class Fetcher:
    """Fetches and loads remote documents, once each; maps URLs to resolver paths."""

    def __init__(self, timeout: float | None = None, max_bytes: int | None = None, max_documents: int | None = None) -> None:
        self.timeout = TIMEOUT if timeout is None else timeout
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self.max_documents = MAX_DOCUMENTS if max_documents is None else max_documents
        self.sources: dict[str, bytes] = {}  # URL -> the bytes fetched
        self._data: dict[str, Any] = {}
        self._failed: dict[str, RemoteError] = {}  # asked again (validation, then resolving): not refetched
        self._urls: dict[Path, str] = {}
        self._opener: urllib.request.OpenerDirector | None = None

    # -- URLs and paths ----------------------------------------------------------------
    def path_for(self, url: str) -> Path:
        """The resolver path of the document at ``url`` (no fragment)."""
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES or not parts.netloc:
            raise RemoteError(f"{url!r}: only http and https references can be fetched")
        segments = [unquote(s) for s in PurePosixPath(parts.path or "/").parts[1:]] or ["index"]
        if parts.query:
            segments[-1] += "?" + parts.query
        path = Path(REMOTE_ROOT, parts.scheme, parts.netloc, *(s.replace("/", "%2F") for s in segments))
        self._urls[path] = url
        return path

    def url_for(self, path: Path) -> str | None:
        """The URL of a resolver path :meth:`path_for` made; None for a local file."""
        return self._urls.get(path)

    def join(self, ref: str, base: Path) -> tuple[str, str] | None:
        """``(document URL, fragment)`` when ``ref`` written in ``base`` is remote, else None."""
        base_url = self.url_for(base)
        parts = urlsplit(ref)
        if base_url is None and not (parts.scheme or parts.netloc):
            return None
        url, fragment = urldefrag(urljoin(base_url or "", ref))
        return url, fragment

    # -- fetching ------------------------------------------------------------------------
    def load(self, url: str) -> Any:
        """The data of the document at ``url``: fetched and loaded the first time."""
        if url in self._failed:
            raise self._failed[url]
        if url not in self._data:
            try:
                self._data[url] = self._load(url)
            except RemoteError as exc:
                self._failed[url] = exc
                raise
        return self._data[url]

    def _load(self, url: str) -> Any:
        from generator.spec.load import parse_bytes  # load imports nothing from here

        if len(self.sources) >= self.max_documents:
            raise RemoteError(f"more than {self.max_documents} remote documents; {url!r} not fetched")
        raw = self.fetch(url)
        self.sources[url] = raw
        try:
            return parse_bytes(raw, url, is_json=urlsplit(url).path.lower().endswith(".json"))
        except GenerationError as exc:
            raise RemoteError(exc.diagnostics[0].message) from None

    def fetch(self, url: str) -> bytes:
        import http.client
        import urllib.error
        import urllib.request

        if urlsplit(url).scheme not in SCHEMES:
            raise RemoteError(f"{url!r}: only http and https references can be fetched")
        if self._opener is None:
            self._opener = _opener()
        request = urllib.request.Request(
            url, headers={"User-Agent": f"opgen/{__version__}", "Accept": "application/json, application/yaml, text/yaml, */*"}
        )
        deadline = time.monotonic() + self.timeout
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                declared = response.headers.get("Content-Length")
                if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
                    raise RemoteError(f"{url} is {declared} bytes, more than the {self.max_bytes} allowed")
                body = bytearray()
                while chunk := response.read1(65536):
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise RemoteError(f"{url} is more than the {self.max_bytes} bytes allowed")
                    if time.monotonic() > deadline:
                        raise RemoteError(f"{url} took more than {self.timeout:g} s to fetch")
                return bytes(body)
        except RemoteError:
            raise
        except urllib.error.HTTPError as exc:
            raise RemoteError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise RemoteError(f"{url} took more than {self.timeout:g} s to fetch") from None
            raise RemoteError(f"{url}: cannot fetch ({reason})") from None
        except TimeoutError:
            raise RemoteError(f"{url} took more than {self.timeout:g} s to fetch") from None
        except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad URL, bad status line...
            raise RemoteError(f"{url}: cannot fetch ({exc})") from None
