"""Sending requests (sync): authorisation, retries, timeouts, logging."""

from __future__ import annotations

import threading as _threading
import time as _time
import typing as _t

import httpx

from . import _policy
from ._errors import ServiceRequestError
from ._policy import AccessToken, Request, RetryPolicy, TimeoutTypes, TokenCredential


class _TokenCache:
    """One ``get_token`` until the token is within five minutes of expiry."""

    def __init__(self, credential: TokenCredential, scopes: tuple[str, ...]) -> None:
        self._credential = credential
        self._scopes = scopes
        self._token: AccessToken | None = None
        self._lock = _threading.Lock()

    def get(self) -> str:
        token = self._token
        if not _policy.token_is_fresh(token):
            with self._lock:
                token = self._token
                if not _policy.token_is_fresh(token):
                    token = self._token = self._credential.get_token(*self._scopes)
        assert token is not None
        return token.token


class Pipeline:
    def __init__(
        self,
        *,
        credential: TokenCredential | None,
        scopes: tuple[str, ...],
        http_client: httpx.Client | None,
        timeout: TimeoutTypes,
        retry: RetryPolicy,
        user_agent: str,
    ) -> None:
        self._client = http_client if http_client is not None else httpx.Client(timeout=timeout)
        self._owns_client = http_client is None
        self._timeout = timeout
        self._tokens = _TokenCache(credential, scopes) if credential is not None else None
        self._retry = retry
        self._user_agent = user_agent

    def send(
        self,
        request: Request,
        *,
        timeout: TimeoutTypes | None,
        retries: int | None,
        client_request_id: str | None,
    ) -> httpx.Response:
        """Send ``request``, retrying as :class:`RetryPolicy` says; return the last response."""
        headers = _policy.request_headers(request, self._user_agent, client_request_id)
        budget = self._retry.total if retries is None else retries
        attempt = 0
        while True:
            attempt += 1
            if self._tokens is not None:
                _policy.check_token_transport(request.url)
                headers["Authorization"] = "Bearer " + self._tokens.get()
            started = _time.monotonic()
            try:
                response = self._client.request(
                    request.method,
                    request.url,
                    params=request.params,
                    headers=headers,
                    content=request.content,
                    timeout=self._timeout if timeout is None else timeout,
                )
            except httpx.TransportError as exc:
                _policy.log_error(request, exc, attempt)
                if attempt > budget or not self._retry.retry_error(request.method, exc):
                    raise ServiceRequestError(
                        f"{request.method} {request.url}: {type(exc).__name__}: {exc}",
                        attempts=attempt,
                    ) from exc
                _time.sleep(self._retry.delay(attempt, None))
                continue
            _policy.log_response(request, response, _time.monotonic() - started, attempt)
            if attempt <= budget and self._retry.retry_status(request.method, response):
                _time.sleep(self._retry.delay(attempt, response))
                continue
            response.extensions["opgen.attempts"] = attempt
            return response

    def close(self) -> None:
        if self._owns_client:
            self._client.close()
