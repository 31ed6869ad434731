"""One operation call: the request, its attempts, retries, redirects and deadline.

What the sync and async pipelines share. Only the I/O differs between :mod:`._pipeline`
and :mod:`.aio._pipeline`; every decision (what to retry, how long to wait, which headers
to send, whether a token may travel, what may be logged) is made here, once, in
:class:`Call`, with the help of :mod:`._urls`, :mod:`._credentials` and :mod:`._log`.

httpx is imported when a client is created, not when the package is imported, so that
``import`` of this package stays fast.
"""

from __future__ import annotations

import math as _math
import os as _os
import random as _random
import sys as _sys
import time as _time
import typing as _t
from dataclasses import dataclass

from ._config import REQUEST_ID_HEADER, RESPONSE_ID_HEADER, RETRY_AFTER_MS_HEADERS
from ._errors import ServiceRequestError
from ._log import DEBUG as _DEBUG
from ._log import loggable_body, logger, redacted_url
from ._meta import GENERATOR_VERSION, PACKAGE, VERSION
from ._urls import _urljoin, _urlsplit, plain_params, same_origin, url_with_query

if _t.TYPE_CHECKING:
    import httpx

    from ._auth import Plan

TimeoutTypes = _t.Union[float, "httpx.Timeout"]
CONNECT_TIMEOUT = 10.0
"""Default seconds to connect."""
READ_TIMEOUT = 60.0
"""Default seconds to read, write, or wait for a pooled connection."""

_IDEMPOTENT = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
_RETRY_IDEMPOTENT = frozenset({408, 429, 500, 502, 503, 504})
_RETRY_OTHER = frozenset({429, 500, 503, 504})
_REDIRECTS = frozenset({300, 301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
"""Redirects one call follows at most; one more is a :class:`ServiceRequestError`."""


@dataclass(slots=True)
class Request:
    """A request ready to send: validated, encoded, not yet authorised. Nothing changes it
    once built (not frozen only because a frozen dataclass takes four times as long to
    make, once per call)."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: bytes | None = None
    stream: bool = False
    """The success body is handed over unread (a :class:`ByteStream`); error bodies are read."""
    authorize: bool = True
    """Credentials may be sent: False for a next link or a long-running operation's poll to another origin than the call's."""
    auth: Plan = ()
    """The operation's security requirement: the credentials it may send (see :mod:`._auth`)."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to try again, and how long to wait first.

    :ivar total: retries after the first attempt (default 3).
    :ivar backoff_factor: first back-off in seconds, doubled each retry (default 0.8),
        with ±20% jitter.
    :ivar backoff_max: longest back-off in seconds (default 60).
    :ivar retry_after_max: longest wait the server may ask for through ``Retry-After``,
        or a header of ``_config.RETRY_AFTER_MS_HEADERS`` (default 60); longer asks are capped.
    """

    total: int = 3
    backoff_factor: float = 0.8
    backoff_max: float = 60.0
    retry_after_max: float = 60.0

    @classmethod
    def of(cls, retries: int | RetryPolicy) -> RetryPolicy:
        """A client's ``retries``: a number of retries, or a policy. A policy of another
        opgen package (its own RetryPolicy class, same fields) is copied, not mistaken
        for a number."""
        if isinstance(retries, cls):
            return retries
        if isinstance(retries, int) and not isinstance(retries, bool):
            return cls(total=retries)
        fields = ("total", "backoff_factor", "backoff_max", "retry_after_max")
        if all(hasattr(retries, name) for name in fields):
            return cls(**{name: getattr(retries, name) for name in fields})
        raise TypeError(f"retries must be an int or a RetryPolicy, not {type(retries).__name__}")

    def retry_status(self, method: str, response: httpx.Response) -> bool:
        """Idempotent methods retry 408/429/500/502/503/504; POST and PATCH only
        429/500/503/504 or a server error (5xx) carrying a retry-after header; never
        another 4xx, whatever its headers."""
        if method in _IDEMPOTENT:
            return response.status_code in _RETRY_IDEMPOTENT
        if response.status_code in _RETRY_OTHER:
            return True
        return response.status_code >= 500 and self.retry_after(response.headers) is not None

    @staticmethod
    def retry_error(method: str, error: Exception) -> bool:
        """A connection never made is safe to retry for any method; anything later only
        for idempotent ones."""
        import httpx

        if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return True
        return method in _IDEMPOTENT and isinstance(
            error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
        )

    def retry_after(self, headers: httpx.Headers) -> float | None:
        """The wait the server asks for, in seconds, capped; ``None`` if it asks none."""
        for name in RETRY_AFTER_MS_HEADERS:
            value = headers.get(name)
            if value is not None:
                try:
                    millis = float(value)
                except ValueError:
                    continue
                if _math.isfinite(millis):
                    return min(max(millis / 1000.0, 0.0), self.retry_after_max)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            seconds = float(value)
        except ValueError:
            import email.utils

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - _time.time()
        if not _math.isfinite(seconds):
            return None
        return min(max(seconds, 0.0), self.retry_after_max)

    def backoff(self, retry: int) -> float:
        """Exponential back-off with jitter before the ``retry``-th retry (1-based)."""
        delay: float = self.backoff_factor * (2.0 ** (retry - 1))
        return min(delay * _random.uniform(0.8, 1.2), self.backoff_max)


# Client request ids must be unique, not secret: drawn from a generator of
# their own, seeded from the OS (and again in a forked child, which would otherwise repeat
# its parent's ids), so random.seed() elsewhere cannot make two runs send the same ids.
_ids = _random.Random()
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_ids.seed)


_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)  # version 4, variant RFC 4122 (as uuid.UUID sets them)


def new_request_id() -> str:
    """A random (version 4) UUID, without uuid.uuid4()'s os.urandom call per id (as long
    as all of Call's other set-up)."""
    h = "%032x" % (_ids.getrandbits(128) & _UUID_CLEAR | _UUID_V4)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def make_timeout(timeout: TimeoutTypes | None) -> httpx.Timeout:
    import httpx

    if timeout is None:
        return httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _shorter(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    import httpx

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


def identity_headers(agent: str) -> dict[str, str]:
    """The headers every request carries besides the call's own."""
    return {"Accept": "application/json", "User-Agent": agent}


def user_agent(prefix: str | None) -> str:
    python = "{}.{}.{}".format(*_sys.version_info[:3])
    agent = f"{PACKAGE}/{VERSION} opgen/{GENERATOR_VERSION} python/{python}"
    return f"{prefix} {agent}" if prefix else agent


class Call:
    """The state of one operation call across its attempts.

    The pipelines ask it what to send (:meth:`attempt`: ``method``, ``url``, ``params``,
    ``headers``, ``content``, and the token only while ``authorize``) and, after each
    attempt, whether and how long to wait before the next (:meth:`failed`,
    :meth:`answered`), which may be a redirect's target.
    """

    def __init__(
        self,
        request: Request,
        *,
        retry: RetryPolicy,
        retries: int | None,
        timeout: httpx.Timeout,
        deadline: float | None,
        headers: _t.Mapping[str, str],
        client_request_id: str | None,
        log_bodies: bool,
        merge_params: bool = False,
        auto_request_id: bool = True,
        request_id_header: str | None = REQUEST_ID_HEADER,
    ) -> None:
        self.request = request
        self.method = request.method
        self.content = request.content
        # A client with default params would replace a URL's own query with them: it
        # gets the params to merge then, and otherwise a finished URL (faster to send).
        self._merge_params = merge_params
        self.url = request.url if merge_params else url_with_query(request)
        self.params: list[tuple[str, str | int | float | bool | None]] | None = (
            plain_params(request.params) if merge_params else None
        )
        self._shown = request.url  # the URL logs and errors name
        # The token may be sent: not to a next link or after a redirect to another origin.
        self.authorize = request.authorize
        self.redirects = 0
        self.attempts = 0
        self._retry = retry
        self._budget = retry.total if retries is None else retries
        self._timeout = timeout
        self._deadline = None if deadline is None else _time.monotonic() + deadline
        self._log_bodies = log_bodies
        self._started = 0.0
        # A call's id goes in request_id_header (the spec's convention, or the one a client
        # names); without one, nothing is sent and an id given still names the call in logs.
        if client_request_id is None and auto_request_id and request_id_header is not None:
            client_request_id = new_request_id()
        self.headers = dict(headers)  # identity_headers(), unless the client carries them
        if client_request_id is not None and request_id_header is not None:
            self.headers[request_id_header] = client_request_id
        self.headers.update(request.headers)
        # What logs name the call by (a spec's own parameter for that header included).
        sent = self.headers.get(request_id_header) if request_id_header is not None else None
        self.request_id = sent or client_request_id or "-"
        self.secret_params: tuple[str, ...] = ()
        """Query parameters carrying credentials (API keys): their values are not logged."""

    def _remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - _time.monotonic()

    def attempt(self) -> httpx.Timeout:
        """Start an attempt; the timeout it may use (within the call's deadline)."""
        remaining = self._remaining()
        if remaining is not None and remaining <= 0:
            raise ServiceRequestError(
                f"{self.method} {self._shown}: deadline exceeded after {self.attempts} attempt(s)",
                attempts=self.attempts,
            )
        self.attempts += 1
        self._started = _time.monotonic()
        if (log := logger()).isEnabledFor(_DEBUG):
            log.debug(
                "%s %s (client request id %s, attempt %d)%s",
                self.method,
                self._shown,
                self.request_id,
                self.attempts,
                " body: " + loggable_body(self.content) if self._log_bodies else "",
            )
        return self._timeout if remaining is None else _shorter(self._timeout, remaining)

    def _wait(self, delay: float) -> float | None:
        remaining = self._remaining()
        if remaining is not None and delay >= remaining:
            return None  # the next attempt could not finish in time
        return delay

    def failed(self, error: Exception) -> float:
        """The transport failed: seconds to wait before retrying, or raise."""
        if (log := logger()).isEnabledFor(_DEBUG):
            log.debug(
                "%s %s -> %s (client request id %s, %.1f ms, attempt %d)",
                self.method,
                self._shown,
                type(error).__name__,
                self.request_id,
                (_time.monotonic() - self._started) * 1000.0,
                self.attempts,
            )
        retried = self.attempts - self.redirects
        if retried <= self._budget and self._retry.retry_error(self.method, error):
            delay = self._wait(self._retry.backoff(retried))
            if delay is not None:
                return delay
        raise ServiceRequestError(
            f"{self.method} {self._shown}: {type(error).__name__}: {error}", attempts=self.attempts
        ) from error

    def unread(self, response: httpx.Response) -> bool:
        """Whether ``response``'s body is left for the caller to read: a success of an
        operation that returns a stream. The pipelines read every other body at once."""
        return self.request.stream and 200 <= response.status_code < 300

    def _response_body(self, response: httpx.Response) -> str:
        return "<stream>" if self.unread(response) else loggable_body(response.content)

    def answered(self, response: httpx.Response) -> float | None:
        """A response came: seconds to wait before retrying, or ``None`` to return it."""
        if (log := logger()).isEnabledFor(_DEBUG):
            log.debug(
                "%s %s -> %d (client request id %s, request id %s, %.1f ms, attempt %d)%s",
                self.method,
                redacted_url(str(response.request.url), self.secret_params),
                response.status_code,
                self.request_id,
                response.headers.get(RESPONSE_ID_HEADER, "-") if RESPONSE_ID_HEADER else "-",
                (_time.monotonic() - self._started) * 1000.0,
                self.attempts,
                " body: " + self._response_body(response) if self._log_bodies else "",
            )
        if self._redirect(response):
            return 0.0
        retried = self.attempts - self.redirects
        if retried <= self._budget and self._retry.retry_status(self.method, response):
            asked = self._retry.retry_after(response.headers)
            delay = self._wait(self._retry.backoff(retried) if asked is None else asked)
            if delay is not None:
                return delay
        response.extensions["opgen.attempts"] = self.attempts
        return None

    def _redirect(self, response: httpx.Response) -> bool:
        """Whether to follow ``response`` (then the next attempt goes to its ``Location``).

        300, 301 and 302 are followed for GET and HEAD only (a PUT, PATCH or POST gets the
        redirect as its answer); 303 as a GET without the body (a HEAD stays a HEAD); 307
        and 308 with the same method and body. A relative ``Location`` is resolved against
        the request's URL. The token and the API keys are not sent to another origin.
        """
        if response.status_code not in _REDIRECTS:
            return False
        location = response.headers.get("location")
        if not location:
            return False
        method = self.method
        if response.status_code == 303:
            method = "HEAD" if method == "HEAD" else "GET"
        elif response.status_code < 303 and method not in ("GET", "HEAD"):
            return False
        current = str(response.request.url)
        target = _urljoin(current, location.strip())
        if _urlsplit(target).scheme not in ("http", "https"):
            return False
        if self.redirects >= MAX_REDIRECTS:
            raise ServiceRequestError(
                f"{self.method} {self._shown}: more than {MAX_REDIRECTS} redirects",
                attempts=self.attempts,
            )
        if not same_origin(target, current):
            self.authorize = False
            self.headers.pop("Authorization", None)
        if method != self.method:
            self.content = None
            self.headers.pop("Content-Type", None)
        self.method, self._shown = method, target
        if self._merge_params:
            parts = _urlsplit(target)
            self.url = parts._replace(query="", fragment="").geturl()
            from urllib.parse import parse_qsl

            self.params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        else:
            self.url, self.params = target, None
        self.redirects += 1
        return True
