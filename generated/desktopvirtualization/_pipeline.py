"""Sending requests (sync). Every decision is :class:`._policy.Call`'s; this is the I/O."""

from __future__ import annotations

import threading as _threading
import time as _time
import typing as _t

from . import _auth, _credentials, _policy, _urls
from ._auth import Credentials, Scheme
from ._config import REQUEST_ID_HEADER
from ._credentials import AccessToken, TokenCredential
from ._policy import Request, RetryPolicy, TimeoutTypes

if _t.TYPE_CHECKING:
    import httpx


class _TokenCache:
    """One ``get_token`` until the token is within five minutes of expiry."""

    def __init__(self, credential: TokenCredential, scopes: tuple[str, ...]) -> None:
        self._credential = credential
        self._scopes = scopes
        self._token: AccessToken | None = None
        self._lock = _threading.Lock()

    def get(self) -> str:
        token = self._token
        if not _credentials.token_is_fresh(token):
            with self._lock:
                token = self._token
                if not _credentials.token_is_fresh(token):
                    token = self._token = self._credential.get_token(*self._scopes)
        assert token is not None
        return token.token


class Pipeline:
    def __init__(
        self,
        *,
        auth: Credentials | None = None,
        http_client: httpx.Client | None,
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
            else httpx.Client(timeout=self._timeout, headers=headers)
        )
        self._headers = headers if http_client is not None else {}
        self._owns_client = http_client is None
        self._transport_error = httpx.TransportError
        self._auth = auth if auth is not None else Credentials({})
        self._tokens: dict[tuple[str, tuple[str, ...]], _TokenCache] = {}
        """One token cache per credential and scopes: a token serves only the scopes it was asked for."""
        self._deadline = deadline
        self._retry = retry
        self._log_bodies = log_bodies
        self._auto_request_id = auto_request_id
        self._request_id_header = request_id_header
        self.strict_responses = strict_responses
        """Decode responses in strict mode (``_serde.strictly``): deviations from the spec raise."""

    def _token(self, scheme: Scheme) -> str:
        """The ``Authorization`` value of a bearer callable or an ``oauth2`` credential."""
        keyword, kind = scheme[0], scheme[1]
        value = self._auth.value(keyword)
        if kind == "bearer":
            return _auth.bearer(value)
        scopes = self._auth.scopes(scheme)
        cache = self._tokens.get((keyword, scopes))
        if cache is None:
            credential = _t.cast(TokenCredential, value)
            cache = self._tokens.setdefault((keyword, scopes), _TokenCache(credential, scopes))
        return "Bearer " + cache.get()

    def send(
        self,
        request: Request,
        *,
        timeout: TimeoutTypes | None,
        deadline: float | None,
        retries: int | None,
        client_request_id: str | None,
    ) -> httpx.Response:
        """Send ``request``, retrying as :class:`RetryPolicy` says and following redirects;
        return the last response."""
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
                tokens = {scheme[3]: self._token(scheme) for scheme in sent.tokens}
                url, params, headers = _auth.authorized(call, sent, tokens)
            try:
                response = self._client.send(
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
                _time.sleep(call.failed(exc))
                continue
            if not call.unread(response):
                try:
                    response.read()
                except self._transport_error as exc:
                    response.close()
                    _time.sleep(call.failed(exc))
                    continue
                except BaseException:
                    response.close()
                    raise
            delay = call.answered(response)
            if delay is None:
                return response
            _time.sleep(delay)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()
