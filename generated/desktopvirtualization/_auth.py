"""Security schemes: which credentials an operation sends, and how each travels.

Each operation's request carries its plan (:data:`Plan`): the alternatives its security
requirement lists, each a tuple of the schemes it needs. The client's :class:`Credentials`
picks the first alternative whose keywords were all given, before any I/O, and says what
it puts on the wire; the pipelines add what is fetched per attempt (OAuth2 tokens, bearer
callables), only while the request may carry credentials (:attr:`._policy.Call.authorize`).
"""

from __future__ import annotations

import base64 as _base64
import typing as _t
import warnings as _warnings

from ._wire import cookie_header, url_component

if _t.TYPE_CHECKING:
    from ._policy import Call

Scheme = tuple[str, str, str, str, tuple[str, ...]]
"""``(keyword, kind, where, name, scopes)``: the constructor keyword holding the secret;
its kind, ``apiKey`` (``where`` is ``header``, ``query`` or ``cookie``, ``name`` the
header, parameter or cookie), ``basic``, ``bearer`` or ``oauth2`` (``header``
``Authorization``); the scopes an ``oauth2`` token is asked for."""
Plan = tuple[tuple[Scheme, ...], ...]
"""An operation's alternatives, in the spec's order; ``()`` (no security) or an empty
alternative (optional security) lets it go without credentials."""


_T = _t.TypeVar("_T")


def require(keyword: str, value: object) -> None:
    """A constructor keyword every use of the client needs: None is refused at once."""
    if value is None:
        raise TypeError(f"the client needs {keyword}= (a credential, not None)")


def renamed(keyword: str, value: _T, old: str, old_value: _T | None) -> _T | None:
    """``keyword``'s value, or that of its deprecated former name ``old`` (with a warning)."""
    if old_value is None:
        return value
    if value is not None:
        raise TypeError(f"pass {keyword}= only (not also its former name {old}=)")
    _warnings.warn(f"{old}= is deprecated: pass {keyword}=", DeprecationWarning, stacklevel=3)
    return old_value


def join_cookies(headers: dict[str, str], cookies: _t.Iterable[tuple[str, str]]) -> None:
    """Add ``cookies`` to the request's one ``Cookie`` header (``_wire.cookie_header``),
    after any cookie it has already (a cookie parameter's)."""
    added = cookie_header(cookies)
    if not added:
        return
    name = next((n for n in headers if n.lower() == "cookie"), "Cookie")
    headers[name] = f"{headers[name]}; {added}" if headers.get(name) else added


class Sent(_t.NamedTuple):
    """What an alternative puts on the wire besides the per-attempt tokens."""

    headers: dict[str, str]
    query: list[tuple[str, str]]
    cookies: list[tuple[str, str]]
    tokens: tuple[Scheme, ...]
    """``oauth2`` schemes and bearer callables: the pipelines fetch these per attempt."""


class Credentials:
    """The secrets a client was given, by keyword: never shown by ``repr``."""

    __slots__ = ("_values", "_scopes", "_default_scopes", "_chosen")

    def __init__(
        self,
        values: _t.Mapping[str, object],
        *,
        scopes: _t.Sequence[str] | None = None,
        default_scopes: tuple[str, ...] = (),
    ) -> None:
        self._values = {k: v for k, v in values.items() if v is not None}
        self._scopes = tuple(scopes) if scopes else None
        self._default_scopes = default_scopes
        self._chosen: dict[Plan, tuple[Scheme, ...]] = {}

    def __repr__(self) -> str:
        return f"Credentials({', '.join(sorted(self._values))})"

    def value(self, keyword: str) -> object:
        return self._values[keyword]

    def scopes(self, scheme: Scheme) -> tuple[str, ...]:
        """What an ``oauth2`` token is asked for: the client's ``credential_scopes``, else
        the requirement's, else the client's default (``_credentials.scopes_for``)."""
        return self._scopes or scheme[4] or self._default_scopes

    def choose(self, plan: Plan, method: str, url: str) -> tuple[Scheme, ...]:
        """The first alternative of ``plan`` whose keywords were all given; a ValueError
        naming the keywords missing when there is none (before anything is sent)."""
        chosen = self._chosen.get(plan)
        if chosen is not None:
            return chosen
        for alternative in plan:
            if all(scheme[0] in self._values for scheme in alternative):
                self._chosen[plan] = alternative
                return alternative
        if not plan:
            return ()
        wanted = [" and ".join(dict.fromkeys(s[0] + "=" for s in a)) for a in plan]
        raise ValueError(
            f"{method} {url} needs a credential the client was not given: {' or '.join(wanted)}"
        )

    def sent(self, alternative: tuple[Scheme, ...]) -> Sent:
        """The headers, query parameters and cookies of ``alternative``'s static secrets."""
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        tokens: list[Scheme] = []
        for scheme in alternative:
            keyword, kind, where, name, _ = scheme
            value = self._values[keyword]
            if kind == "apiKey" and where == "query":
                query.append((name, str(value)))
            elif kind == "apiKey" and where == "cookie":
                cookies.append((name, str(value)))
            elif kind == "apiKey":
                headers[name] = str(value)
            elif kind == "basic":
                headers[name] = basic(value)
            elif kind == "bearer" and isinstance(value, str):
                headers[name] = "Bearer " + value
            else:
                tokens.append(scheme)
        return Sent(headers, query, cookies, tuple(tokens))


def basic(value: object) -> str:
    """``Basic base64(user:password)`` of a ``(user, password)`` pair."""
    if not isinstance(value, tuple) or len(value) != 2:
        raise TypeError("HTTP basic credentials are a (username, password) tuple")
    pair = f"{value[0]}:{value[1]}".encode()
    return "Basic " + _base64.b64encode(pair).decode("ascii")


def bearer(value: object) -> str:
    """The ``Authorization`` value of a bearer callable's token (called per request)."""
    token = value() if callable(value) else value
    if not isinstance(token, str):
        raise TypeError(f"a bearer token callable must return a str, not {type(token).__name__}")
    return "Bearer " + token


def authorized(
    call: Call, sent: Sent, tokens: _t.Mapping[str, str]
) -> tuple[str, list[tuple[str, str | int | float | bool | None]] | None, dict[str, str]]:
    """The URL, parameters and headers of ``call``'s attempt with its credentials on:
    ``tokens`` are the per-attempt headers (``Authorization``)."""
    headers = {**call.headers, **sent.headers, **tokens}
    join_cookies(headers, sent.cookies)
    url, params = call.url, call.params
    if sent.query:
        if params is not None:
            params = [*params, *sent.query]
        else:  # as every query value: a space is %20, never + (``_urls.url_with_query``)
            pairs = (f"{url_component(name)}={url_component(value)}" for name, value in sent.query)
            url += ("&" if "?" in url else "?") + "&".join(pairs)
    return url, params, headers
