"""Sending requests (async). Every decision is :class:`.._policy.Call`'s; this is the I/O."""

from __future__ import annotations

import asyncio as _asyncio
import typing as _t

from .. import _auth, _credentials, _policy, _urls
from .._auth import Credentials, Scheme
from .._config import REQUEST_ID_HEADER
from .._credentials import AccessToken, AsyncTokenCredential
from .._policy import Request, RetryPolicy, TimeoutTypes

if _t.TYPE_CHECKING:
    import httpx


class _AsyncTokenCache:
    """One ``get_token`` until near expiry; concurrent calls share one refresh."""

    def __init__(self, credential: AsyncTokenCredential, scopes: tuple[str, ...]) -> None:
        self._credential = credential
        self._scopes = scopes
        self._token: AccessToken | None = None
        self._lock: _asyncio.Lock | None = None

    async def get(self) -> str:
        token = self._token
        if not _credentials.token_is_fresh(token):
            if self._lock is None:  # created here: it belongs to the running event loop
                self._lock = _asyncio.Lock()
            async with self._lock:
                token = self._token
                if not _credentials.token_is_fresh(token):
                    token = self._token = await self._credential.get_token(*self._scopes)
        assert token is not None
        return token.token


class AsyncPipeline:
    def __init__(
        self,
        *,
        auth: Credentials | None = None,
        http_client: httpx.AsyncClient | None,
        timeout: TimeoutTypes | None,
        deadline: float | None,
        retry: RetryPolicy,
        user_agent: str,
        log_bodies: bool,
        auto_request_id: bool = True,
        request_id_header: str | None = REQUEST_ID_HEADER,
        strict_responses: bool = False,
    ) -> None:
        import httpx

        self._timeout = _policy.make_timeout(timeout)
        headers = _policy.identity_headers(user_agent)
        # A client made here carries the identity headers as its own (httpx merges those
        # into a request for less than it takes per-request ones); a caller's client is
        # left as it is, and they go with each request instead.
        self._client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=self._timeout, headers=headers)
        )
        self._headers = headers if http_client is not None else {}
        self._owns_client = http_client is None
        self._transport_error = httpx.TransportError
        self._auth = auth if auth is not None else Credentials({})
        self._tokens: dict[tuple[str, tuple[str, ...]], _AsyncTokenCache] = {}
        """One token cache per credential and scopes: a token serves only the scopes it was asked for."""
        self._deadline = deadline
        self._retry = retry
        self._log_bodies = log_bodies
        self._auto_request_id = auto_request_id
        self._request_id_header = request_id_header
        self.strict_responses = strict_responses
        """Decode responses in strict mode (``_serde.strictly``): deviations from the spec raise."""

    async def _token(self, scheme: Scheme) -> str:
        """The ``Authorization`` value of a bearer callable or an ``oauth2`` credential."""
        keyword, kind = scheme[0], scheme[1]
        value = self._auth.value(keyword)
        if kind == "bearer":
            return _auth.bearer(value)
        scopes = self._auth.scopes(scheme)
        cache = self._tokens.get((keyword, scopes))
        if cache is None:
            credential = _t.cast(AsyncTokenCredential, value)
            cache = self._tokens.setdefault((keyword, scopes), _AsyncTokenCache(credential, scopes))
        return "Bearer " + await cache.get()

    async def send(
        self,
        request: Request,
        *,
        timeout: TimeoutTypes | None,
        deadline: float | None,
        retries: int | None,
        client_request_id: str | None,
    ) -> httpx.Response:
        """Send ``request``, retrying as :class:`RetryPolicy` says and following redirects;
        return the last response.

        Cancelling the task cancels the request in flight; httpx releases its connection.
        """
        alternative = self._auth.choose(request.auth, request.method, request.url)
        sent = self._auth.sent(alternative) if alternative else None
        call = _policy.Call(
            request,
            retry=self._retry,
            retries=retries,
            timeout=self._timeout if timeout is None else _policy.make_timeout(timeout),
            deadline=self._deadline if deadline is None else deadline,
            headers=self._headers,
            client_request_id=client_request_id,
            log_bodies=self._log_bodies,
            merge_params=not self._owns_client and bool(self._client.params),
            auto_request_id=self._auto_request_id,
            request_id_header=self._request_id_header,
        )
        if sent is not None:
            call.secret_params = tuple(name for name, _ in sent.query)
        while True:
            attempt_timeout = call.attempt()
            url, params, headers = call.url, call.params, call.headers
            if sent is not None and call.authorize:
                _credentials.check_token_transport(call.url)
                tokens = {scheme[3]: await self._token(scheme) for scheme in sent.tokens}
                url, params, headers = _auth.authorized(call, sent, tokens)
            try:
                response = await self._client.send(
                    self._client.build_request(
                        call.method,
                        _urls.parsed_url(url),
                        params=params,
                        headers=headers,
                        content=call.content,
                        timeout=attempt_timeout,
                    ),
                    stream=True,
                    follow_redirects=False,  # redirects are followed by Call's rules, not httpx's
                )
            except self._transport_error as exc:
                await _asyncio.sleep(call.failed(exc))
                continue
            if not call.unread(response):
                try:
                    await response.aread()
                except self._transport_error as exc:
                    await response.aclose()
                    await _asyncio.sleep(call.failed(exc))
                    continue
                except BaseException:
                    await response.aclose()
                    raise
            delay = call.answered(response)
            if delay is None:
                return response
            await _asyncio.sleep(delay)

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()
