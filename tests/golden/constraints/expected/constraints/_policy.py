"""What the sync and async pipelines share: requests, headers, retries, tokens.

Only the I/O differs between :mod:`._pipeline` and :mod:`.aio._pipeline`; every decision
(what to retry, how long to wait, which headers to send, whether a token may travel)
is made here, once.
"""

from __future__ import annotations

import email.utils as _email_utils
import ipaddress as _ipaddress
import logging as _logging
import math as _math
import platform as _platform
import random as _random
import time as _time
import typing as _t
import uuid as _uuid
from dataclasses import dataclass
from urllib.parse import urlsplit as _urlsplit

import httpx

from ._meta import GENERATOR_VERSION, PACKAGE, VERSION

LOGGER = _logging.getLogger(PACKAGE)

TimeoutTypes = _t.Union[float, httpx.Timeout]
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""10 s to connect, 60 s to read, write or wait for a pooled connection."""
TOKEN_REFRESH_MARGIN = 300
"""A cached token is renewed when it has less than this many seconds left."""

_IDEMPOTENT = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
_RETRY_IDEMPOTENT = frozenset({408, 429, 500, 502, 503, 504})
_RETRY_OTHER = frozenset({429, 500, 503, 504})
_LOOPBACK_NAMES = frozenset({"localhost"})


class AccessToken(_t.Protocol):
    """What ``get_token`` returns (azure-core's ``AccessToken`` fits)."""

    @property
    def token(self) -> str: ...

    @property
    def expires_on(self) -> int: ...


class TokenCredential(_t.Protocol):
    """azure-core's ``TokenCredential`` protocol: ``DefaultAzureCredential()`` fits."""

    def get_token(self, *scopes: str, **kwargs: _t.Any) -> AccessToken: ...


class AsyncTokenCredential(_t.Protocol):
    """azure-core's ``AsyncTokenCredential`` protocol (``azure.identity.aio`` credentials)."""

    async def get_token(self, *scopes: str, **kwargs: _t.Any) -> AccessToken: ...


@dataclass(frozen=True, slots=True)
class Request:
    """A request ready to send: validated, encoded, not yet authorised."""

    method: str
    url: str
    params: list[tuple[str, str | int | float | bool | None]]
    headers: dict[str, str]
    content: bytes | None = None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to try again, and how long to wait first.

    :ivar total: retries after the first attempt (default 3).
    :ivar backoff_factor: first back-off in seconds, doubled each retry (default 0.8).
    :ivar backoff_max: longest back-off in seconds (default 60).
    :ivar retry_after_max: longest wait the server may ask for through ``Retry-After``
        (default 60); a longer request is capped to this.
    """

    total: int = 3
    backoff_factor: float = 0.8
    backoff_max: float = 60.0
    retry_after_max: float = 60.0

    def retry_status(self, method: str, response: httpx.Response) -> bool:
        """ARM rules: idempotent methods retry 408/429/5xx; POST and PATCH only 429/500/503/504
        or an explicit ``Retry-After``."""
        if method in _IDEMPOTENT:
            return response.status_code in _RETRY_IDEMPOTENT
        if response.status_code in _RETRY_OTHER:
            return True
        return response.status_code >= 400 and self.retry_after(response.headers) is not None

    @staticmethod
    def retry_error(method: str, error: httpx.TransportError) -> bool:
        """A connection never made is safe to retry for any method; anything later only
        for idempotent ones."""
        if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return True
        return method in _IDEMPOTENT and isinstance(
            error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
        )

    def retry_after(self, headers: httpx.Headers) -> float | None:
        """The wait the server asks for, in seconds: ``retry-after-ms``,
        ``x-ms-retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)."""
        for name in ("retry-after-ms", "x-ms-retry-after-ms"):
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
            try:
                when = _email_utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            seconds = when.timestamp() - _time.time()
        if not _math.isfinite(seconds):
            return None
        return min(max(seconds, 0.0), self.retry_after_max)

    def backoff(self, retry: int) -> float:
        """Exponential back-off with jitter for the ``retry``-th retry (1-based)."""
        delay: float = self.backoff_factor * (2.0 ** (retry - 1))
        return min(delay * _random.uniform(0.8, 1.2), self.backoff_max)

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        if response is not None:
            asked = self.retry_after(response.headers)
            if asked is not None:
                return asked
        return self.backoff(retry)


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return _ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token_transport(url: str) -> None:
    """Refuse to send a bearer token over plain http, except to this machine."""
    parts = _urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and is_loopback(parts.hostname or ""):
        return
    raise ValueError(
        f"refusing to send a bearer token over {parts.scheme or 'a non-https'} to {parts.hostname!r}: use https"
    )


def scopes_for(endpoint: str, credential_scopes: _t.Sequence[str] | None) -> tuple[str, ...]:
    if credential_scopes:
        return tuple(credential_scopes)
    return (endpoint.rstrip("/") + "/.default",)


def user_agent(prefix: str | None) -> str:
    agent = f"{PACKAGE}/{VERSION} opgen/{GENERATOR_VERSION} python/{_platform.python_version()}"
    return f"{prefix} {agent}" if prefix else agent


def request_headers(request: Request, agent: str, client_request_id: str | None) -> dict[str, str]:
    headers = {
        "Accept": "application/json",
        "User-Agent": agent,
        "x-ms-client-request-id": client_request_id or str(_uuid.uuid4()),
    }
    headers.update(request.headers)
    return headers


def token_is_fresh(token: AccessToken | None) -> bool:
    return token is not None and token.expires_on - _time.time() > TOKEN_REFRESH_MARGIN


def log_response(request: Request, response: httpx.Response, elapsed: float, attempt: int) -> None:
    if LOGGER.isEnabledFor(_logging.DEBUG):
        LOGGER.debug(
            "%s %s -> %d (request id %s, %.1f ms, attempt %d)",
            request.method,
            response.request.url,
            response.status_code,
            response.headers.get("x-ms-request-id", "-"),
            elapsed * 1000.0,
            attempt,
        )


def log_error(request: Request, error: Exception, attempt: int) -> None:
    if LOGGER.isEnabledFor(_logging.DEBUG):
        LOGGER.debug(
            "%s %s -> %s (attempt %d)", request.method, request.url, type(error).__name__, attempt
        )
