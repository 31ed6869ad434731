"""Long-running operations (``x-ms-long-running-operation``): ARM's polling, sync and async.

:class:`Polling` makes every decision (what to GET next, how long to wait, when the
operation is over, which response holds its result); :class:`LROPoller` and
:class:`AsyncLROPoller` only send its requests. As ARM and azure-core's ``ARMPolling``:

- the ``Azure-AsyncOperation`` header is polled first (its body's ``status``), else the
  ``Location`` header (202: still running; 200, 201, 204: done), else, for PUT and PATCH,
  the original URL (its body's ``properties.provisioningState``);
- a PUT or PATCH answered 200 or 201 with a final ``provisioningState`` is done at once,
  and so is any other 200, 201 or 204 without a polling header;
- ``Succeeded``, ``Failed`` and ``Canceled`` are final (in any case); Failed and Canceled
  raise :class:`HttpResponseError` with the body's error;
- once succeeded, the result is read from a final GET: of the original URL for PUT and
  PATCH, of the ``Location`` for POST (``final-state-via`` may say otherwise), else from the
  last response;
- each poll waits ``Retry-After`` (or ``retry-after-ms``), else the polling interval;
- a poll goes with the call's client request id, and with the token and API keys only to
  the origin of the call itself.
"""

from __future__ import annotations

import json as _json
import time as _time
import typing as _t

from . import _serde
from ._config import REQUEST_ID_HEADER
from ._errors import HttpResponseError
from ._policy import Request, RetryPolicy, TimeoutTypes
from ._urls import _urljoin, same_origin, url_with_query

if _t.TYPE_CHECKING:
    import httpx

    from ._pipeline import Pipeline
    from .aio._pipeline import AsyncPipeline

T = _t.TypeVar("T")

Finish = _t.Callable[["httpx.Response", bool], T]
"""An operation's ``finish_*`` function: the result of its final response, or (``True``:
the operation failed) the error it raises."""

_TERMINAL = frozenset({"succeeded", "failed", "canceled"})
_RETRY_AFTER = RetryPolicy(retry_after_max=float("inf"))


def _json_or_none(response: httpx.Response) -> _t.Any:
    if not response.content:
        return None
    try:
        return _json.loads(response.content)
    except (ValueError, RecursionError):
        return None


def provisioning_state(body: _t.Any) -> str | None:
    """``properties.provisioningState`` (or a top-level ``provisioningState``) of a JSON body."""
    if not isinstance(body, dict):
        return None
    properties = body.get("properties")
    state = properties.get("provisioningState") if isinstance(properties, dict) else None
    if state is None:
        state = body.get("provisioningState")
    return state if isinstance(state, str) and state else None


class Polling(_t.Generic[T]):
    """ARM's polling algorithm for one operation, without I/O.

    The pollers loop: :meth:`next` (the request to send, or None when over), :meth:`delay`
    (seconds to wait first), then :meth:`update` with the response.
    """

    def __init__(
        self,
        request: Request,
        response: httpx.Response,
        finish: Finish[T],
        *,
        final_state_via: str,
        interval: float,
    ) -> None:
        self.method = request.method
        self.original = url_with_query(request)
        self._auth = request.auth
        self._finish = finish
        self._via = final_state_via
        self._interval = interval
        self.request_id: str | None = (
            response.request.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None
        )
        self.response = response
        """The last response: once :attr:`phase` is ``done``, the one holding the result."""
        self.status = "InProgress"
        """The operation's status as last seen (``InProgress``, ``Succeeded``, ``Failed``...)."""
        self.phase = "polling"
        """``polling``, ``final`` (a final GET is next) or ``done``."""
        self.mode = ""
        """What is polled: ``async`` (Azure-AsyncOperation), ``location``, ``body`` or nothing."""
        self.error: Exception | None = None
        self._poll_url = ""
        self._final_url: str | None = None
        self._location: str | None = None
        code = response.status_code
        if not 200 <= code < 300:
            self._fail(response, failed=False)
        base = str(response.request.url)
        async_url = response.headers.get("azure-asyncoperation")
        location = response.headers.get("location")
        if location:
            self._location = _urljoin(base, location.strip())
        state = provisioning_state(_json_or_none(response)) if code in (200, 201) else None
        if self.method in ("PUT", "PATCH") and state is not None and state.lower() in _TERMINAL:
            self.status = state  # a final state at once: its polling headers are not followed
        elif async_url:
            self.mode, self._poll_url = "async", _urljoin(base, async_url.strip())
        elif self._location:
            self.mode, self._poll_url = "location", self._location
        elif self.method in ("PUT", "PATCH"):
            self.mode, self._poll_url = "body", self.original
            if code == 202 or (code == 201 and state is None):
                self.status = "InProgress"
            else:
                self.status = state or "Succeeded"
        elif code == 202:
            self._bad(
                response,
                "202 Accepted without an Azure-AsyncOperation or Location header: nothing to poll",
            )
        else:
            self.status = "Succeeded"
        self._settle()

    def _bad(self, response: httpx.Response, why: str) -> _t.NoReturn:
        self.phase = "done"
        self.error = HttpResponseError(
            response.status_code,
            message=f"{response.request.method} {response.request.url}: long-running operation: {why}",
            request_id=response.headers.get("x-ms-request-id"),
            body=response.content,
            headers=response.headers,
            response=response,
        )
        raise self.error

    def _fail(self, response: httpx.Response, *, failed: bool) -> _t.NoReturn:
        """Raise the operation's error for ``response`` (``failed``: a Failed or Canceled status)."""
        self.phase = "done"
        try:
            self._finish(response, failed)
        except Exception as exc:
            self.error = exc
            raise
        self._bad(response, f"status {self.status}")

    def _settle(self) -> None:
        """After a status change: stay, fail, or go on to the final GET."""
        status = self.status.lower()
        if status not in _TERMINAL:
            return
        if status != "succeeded":
            self._fail(self.response, failed=True)
        self._final_url = self._final_get()
        self.phase = "done" if self._final_url is None else "final"

    def _final_get(self) -> str | None:
        if self.mode == "async":
            if self._via == "azure-async-operation" and self.method == "POST":
                return None
            if self._via == "location" and self._location:
                return self._location
            if self._via == "original-uri" or self.method in ("PUT", "PATCH"):
                return self.original
            if self.method == "POST" and self._location:
                return self._location
        elif self.mode == "location" and self._via == "original-uri":
            return self.original
        return None

    def next(self) -> Request | None:
        """The next GET to send, or None: the operation is over."""
        if self.error is not None:
            raise self.error
        if self.phase == "done":
            return None
        url = (
            self._final_url
            if self.phase == "final" and self._final_url is not None
            else self._poll_url
        )
        authorize = same_origin(url, self.original)
        return Request(
            "GET",
            url,
            [],
            {},
            authorize=authorize,
            auth=self._auth,
        )

    def delay(self) -> float:
        """Seconds to wait before :meth:`next`'s request: ``Retry-After``, else the interval."""
        if self.phase == "final":
            return 0.0
        asked = _RETRY_AFTER.retry_after(self.response.headers)
        return self._interval if asked is None else asked

    def update(self, response: httpx.Response) -> None:
        """Take the answer to :meth:`next`'s request."""
        code = response.status_code
        if not 200 <= code < 300:
            self.response = response
            self._fail(response, failed=False)
        self.response = response
        if self.phase == "final":
            self.phase = "done"
            return
        if self.mode == "async":
            body = _json_or_none(response)
            status = body.get("status") if isinstance(body, dict) else None
            if not isinstance(status, str) or not status:
                self._bad(response, "the Azure-AsyncOperation response has no status")
            self.status = status
        elif self.mode == "location":
            location = response.headers.get("location")
            if location:
                self._poll_url = self._location = _urljoin(
                    str(response.request.url), location.strip()
                )
            self.status = "InProgress" if code == 202 else "Succeeded"
        else:
            if code == 202:
                self.status = "InProgress"
            else:
                body = _json_or_none(response)
                if body is None:
                    self._bad(response, "the polled resource has no JSON body")
                self.status = provisioning_state(body) or "Succeeded"
        self._settle()

    def result(self) -> T:
        """The operation's result, once :attr:`phase` is ``done``."""
        if self.error is not None:
            raise self.error
        return self._finish(self.response, False)


class LROPoller(_t.Generic[T]):
    """A long-running operation, started: :meth:`result` waits for it and returns its result.

    Polling happens in the calling thread, while :meth:`result` or :meth:`wait` runs.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        polling: Polling[T],
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._polling = polling
        self._timeout = timeout
        self._deadline = deadline
        self._retries = retries
        self._done = False
        self._value: T | None = None

    def status(self) -> str:
        """The status last seen: ``InProgress``, ``Succeeded``, ``Failed``, ``Canceled``..."""
        return self._polling.status

    def done(self) -> bool:
        """Whether the operation is over (no more requests to send)."""
        return self._polling.phase == "done"

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation is over; raise its error if it failed.

        :param timeout: seconds to poll at most; ``TimeoutError`` when a wait would go past
            them (call again to go on polling).
        """
        end = None if timeout is None else _time.monotonic() + timeout
        while True:
            request = self._polling.next()
            if request is None:
                return
            delay = self._polling.delay()
            if end is not None and _time.monotonic() + delay > end:
                raise TimeoutError(
                    f"the long-running operation is still {self._polling.status} after {timeout} s"
                )
            if delay > 0:
                _time.sleep(delay)
            response = self._pipeline.send(
                request,
                timeout=self._timeout,
                deadline=self._deadline,
                retries=self._retries,
                client_request_id=self._polling.request_id,
            )
            self._polling.update(response)

    def result(self, timeout: float | None = None) -> T:
        """Wait for the operation (see :meth:`wait`) and return its result."""
        self.wait(timeout)
        if not self._done:
            if self._pipeline.strict_responses:
                self._value = _serde.strictly(self._polling.result)
            else:
                self._value = self._polling.result()
            self._done = True
        return _t.cast(T, self._value)


class AsyncLROPoller(_t.Generic[T]):
    """A long-running operation, started (async): ``await poller.result()`` (or
    ``await poller``) waits for it and returns its result."""

    def __init__(
        self,
        pipeline: AsyncPipeline,
        polling: Polling[T],
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._polling = polling
        self._timeout = timeout
        self._deadline = deadline
        self._retries = retries
        self._done = False
        self._value: T | None = None

    def status(self) -> str:
        """The status last seen: ``InProgress``, ``Succeeded``, ``Failed``, ``Canceled``..."""
        return self._polling.status

    def done(self) -> bool:
        """Whether the operation is over (no more requests to send)."""
        return self._polling.phase == "done"

    async def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation is over; raise its error if it failed.

        :param timeout: seconds to poll at most; ``TimeoutError`` when a wait would go past
            them (call again to go on polling).
        """
        import asyncio

        end = None if timeout is None else _time.monotonic() + timeout
        while True:
            request = self._polling.next()
            if request is None:
                return
            delay = self._polling.delay()
            if end is not None and _time.monotonic() + delay > end:
                raise TimeoutError(
                    f"the long-running operation is still {self._polling.status} after {timeout} s"
                )
            if delay > 0:
                await asyncio.sleep(delay)
            response = await self._pipeline.send(
                request,
                timeout=self._timeout,
                deadline=self._deadline,
                retries=self._retries,
                client_request_id=self._polling.request_id,
            )
            self._polling.update(response)

    async def result(self, timeout: float | None = None) -> T:
        """Wait for the operation (see :meth:`wait`) and return its result."""
        await self.wait(timeout)
        if not self._done:
            if self._pipeline.strict_responses:
                self._value = _serde.strictly(self._polling.result)
            else:
                self._value = self._polling.result()
            self._done = True
        return _t.cast(T, self._value)

    def __await__(self) -> _t.Generator[_t.Any, None, T]:
        return self.result().__await__()
