"""Credentials: the token protocols a client takes, its default scopes, when a cached
token is renewed, and where a token may be sent."""

from __future__ import annotations

import functools as _functools
import time as _time
import typing as _t

from ._config import SCOPE_SUFFIX, SCOPES
from ._urls import _urlsplit, is_loopback

TOKEN_REFRESH_MARGIN = 300
"""A cached token is renewed when it has less than this many seconds left."""


class AccessToken(_t.Protocol):
    """What ``get_token`` returns: a token and when it expires (epoch seconds)."""

    @property
    def token(self) -> str: ...

    @property
    def expires_on(self) -> int: ...


class TokenCredential(_t.Protocol):
    """Any object with ``get_token(*scopes)`` returning an :class:`AccessToken`."""

    def get_token(self, *scopes: str, **kwargs: _t.Any) -> AccessToken: ...


class AsyncTokenCredential(_t.Protocol):
    """Any object with ``async get_token(*scopes)`` returning an :class:`AccessToken`."""

    async def get_token(self, *scopes: str, **kwargs: _t.Any) -> AccessToken: ...


def scopes_for(endpoint: str, credential_scopes: _t.Sequence[str] | None) -> tuple[str, ...]:
    """The scopes to ask tokens for: the caller's, else the spec's, else ``<endpoint>/.default``."""
    if credential_scopes:
        return tuple(credential_scopes)
    if SCOPES:
        return SCOPES
    return (endpoint.rstrip("/") + SCOPE_SUFFIX,)


def token_is_fresh(token: AccessToken | None) -> bool:
    """Whether a cached token has more than :data:`TOKEN_REFRESH_MARGIN` seconds left."""
    return token is not None and token.expires_on - _time.time() > TOKEN_REFRESH_MARGIN


def check_token_transport(url: str) -> None:
    """Refuse to send a credential (a token, an API key, a password) over plain http,
    except to this machine."""
    if url.startswith("https://"):
        return
    # The answer depends on the scheme and host only: decided once per origin.
    origin = "/".join(url.split("/", 3)[:3])
    if _plain_http_allowed(origin):
        return
    parts = _urlsplit(origin)
    raise ValueError(
        f"refusing to send a credential over {parts.scheme or 'a non-https'} to {parts.hostname!r}: use https"
    )


@_functools.lru_cache(maxsize=32)
def _plain_http_allowed(origin: str) -> bool:
    parts = _urlsplit(origin)  # the scheme lowercased: HTTPS:// is https too
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or ""))
