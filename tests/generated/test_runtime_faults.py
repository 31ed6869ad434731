"""Fault injection against real HTTP servers on 127.0.0.1: retries (ARM rules for
idempotent methods and for POST), Retry-After, deadlines and timeouts, resets, truncated
bodies, token expiry, async concurrency and cancellation.

The seed operation (``retrieve_registration_token``) is a POST.  The idempotent-method
rules are tested on ``RetryPolicy`` directly and end to end with a small GET/DELETE/POST
client generated from ``tests/golden/operations/spec.yaml`` into a temporary folder.
Every wait is short (a ``RetryPolicy`` with a tiny back-off) except where the test is
about the wait itself.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import importlib
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parents[1]
sys.path.insert(0, str(ROOT / "generated"))

from desktopvirtualization import (  # noqa: E402
    DeserializationError,
    DesktopVirtualizationAPIClient,
    HttpResponseError,
    RetryPolicy,
    ServiceRequestError,
    _credentials,  # noqa: E402
    _policy,  # noqa: E402
)
from desktopvirtualization import aio as dv_aio  # noqa: E402
from desktopvirtualization.models import CloudError  # noqa: E402

from tests.support.http_server import RecordingServer, Reply  # noqa: E402

SUBSCRIPTION = "daefabc0-95b4-48b3-b645-8a753a63c4fa"
RG = "resourceGroup1"
POOL = "hostPool1"
SAMPLE = {
    "expirationTime": "2008-09-22T14:01:54.9571247Z",
    "token": "token",
    "registrationTokenOperation": "Update",
}
FAST = RetryPolicy(total=3, backoff_factor=0.01)
"""ARM rules with a back-off of about 10, 20, 40 ms, so that retry tests stay fast."""


# --------------------------------------------------------------------------- helpers


class _Token:
    def __init__(self, token: str, expires_on: int) -> None:
        self.token = token
        self.expires_on = expires_on


class Credential:
    """A TokenCredential; ``lifetimes`` gives the lifetime of each token in turn (the last repeats)."""

    def __init__(self, *lifetimes: int) -> None:
        self.lifetimes = list(lifetimes or (3600,))
        self.calls: list[tuple[str, ...]] = []
        self.issued: list[_Token] = []
        self._lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        with self._lock:
            self.calls.append(scopes)
            n = len(self.calls)
            lifetime = self.lifetimes[min(n, len(self.lifetimes)) - 1]
            token = _Token(f"tok-{n}", int(time.time()) + lifetime)
            self.issued.append(token)
            return token


class AsyncCredential:
    """An AsyncTokenCredential whose ``get_token`` takes a while, so concurrent callers pile up."""

    def __init__(self, *lifetimes: int, delay: float = 0.05) -> None:
        self.lifetimes = list(lifetimes or (3600,))
        self.delay = delay
        self.calls: list[tuple[str, ...]] = []
        self.issued: list[_Token] = []

    async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        self.calls.append(scopes)
        n = len(self.calls)
        await asyncio.sleep(self.delay)
        lifetime = self.lifetimes[min(n, len(self.lifetimes)) - 1]
        token = _Token(f"atok-{n}", int(time.time()) + lifetime)
        self.issued.append(token)
        return token


@pytest.fixture
def server():
    with RecordingServer(default=Reply.json(SAMPLE)) as srv:
        yield srv


def make_client(server: RecordingServer, credential=None, **kwargs) -> DesktopVirtualizationAPIClient:
    kwargs.setdefault("endpoint", server.url)
    kwargs.setdefault("retries", FAST)
    kwargs.setdefault("timeout", 10.0)
    return DesktopVirtualizationAPIClient(credential or Credential(), SUBSCRIPTION, **kwargs)


def make_async_client(server: RecordingServer, credential=None, **kwargs) -> dv_aio.DesktopVirtualizationAPIClient:
    kwargs.setdefault("endpoint", server.url)
    kwargs.setdefault("retries", FAST)
    kwargs.setdefault("timeout", 10.0)
    return dv_aio.DesktopVirtualizationAPIClient(credential or AsyncCredential(), SUBSCRIPTION, **kwargs)


def call(client, **kwargs):
    return client.host_pools.retrieve_registration_token(RG, POOL, **kwargs)


def cloud_error(status: int, message: str = "try later", headers: dict[str, str] | None = None) -> Reply:
    return Reply.json({"error": {"code": f"E{status}", "message": message}}, status=status, headers=headers)


def request_ids(server: RecordingServer) -> list[str]:
    return [r.headers["x-ms-client-request-id"] for r in server.requests]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pool_state(http_client: httpx.AsyncClient | httpx.Client) -> tuple[int, int, int]:
    """(requests in flight, connections busy or half-open, connections idle) of httpx's pool."""
    pool = http_client._transport._pool  # type: ignore[attr-defined]
    busy = sum(1 for c in pool.connections if not (c.is_idle() or c.is_closed()))
    idle = sum(1 for c in pool.connections if c.is_idle())
    return len(pool._requests), busy, idle


def wait_until(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


async def async_wait_until(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return predicate()


# --------------------------------------------------------------------------- the GET client


@pytest.fixture(scope="module")
def widgets(tmp_path_factory):
    """A client with GET, DELETE and a POST with a body, generated from the 'operations'
    golden spec into a temporary folder with the templates of this checkout."""
    from generator.emit.write import write_files
    from generator.pipeline import generate

    package = "faults_widgets"
    out = tmp_path_factory.mktemp("widgets")
    write_files(out / package, generate(ROOT / "tests" / "golden" / "operations" / "spec.yaml", package).files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def widget_client(widgets, server: RecordingServer, **kwargs):
    # Each generated package has its own RetryPolicy class.
    kwargs.setdefault("retries", widgets.RetryPolicy(total=3, backoff_factor=0.01))
    kwargs.setdefault("timeout", 10.0)
    # Not an Azure spec: its calls carry a client request id only in a header the client names.
    kwargs.setdefault("request_id_header", "x-ms-client-request-id")
    return widgets.WidgetStoreClient(endpoint=server.url, **kwargs)


WIDGET = {"name": "w1", "size": 3}


# --------------------------------------------------------------------------- RetryPolicy


def test_retry_policy_documented_defaults():
    policy = RetryPolicy()
    assert (policy.total, policy.backoff_factor, policy.backoff_max, policy.retry_after_max) == (3, 0.8, 60.0, 60.0)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])
def test_idempotent_methods_retry_exactly_the_arm_statuses(method):
    policy = RetryPolicy()
    retried = {s for s in range(400, 600) if policy.retry_status(method, httpx.Response(s))}
    assert retried == {408, 429, 500, 502, 503, 504}
    # A retry-after header does not make another status retryable for idempotent methods.
    assert not policy.retry_status(method, httpx.Response(400, headers={"Retry-After": "1"}))
    assert not policy.retry_status(method, httpx.Response(200, headers={"Retry-After": "1"}))


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_retry_only_the_safe_statuses_or_a_5xx_with_retry_after(method):
    policy = RetryPolicy()
    retried = {s for s in range(200, 600) if policy.retry_status(method, httpx.Response(s))}
    assert retried == {429, 500, 503, 504}
    for name in ("Retry-After", "retry-after-ms", "x-ms-retry-after-ms"):
        asked = {name: "10"}
        assert policy.retry_status(method, httpx.Response(502, headers=asked))
        assert policy.retry_status(method, httpx.Response(501, headers=asked))
        # Never on a 4xx other than 429, retry-after or not; never on a success.
        for status in (400, 401, 403, 404, 408, 409, 412, 413, 422):
            assert not policy.retry_status(method, httpx.Response(status, headers=asked)), (status, name)
        assert not policy.retry_status(method, httpx.Response(200, headers=asked))
        assert not policy.retry_status(method, httpx.Response(202, headers=asked))


def test_retry_error_rules():
    request = httpx.Request("GET", "http://127.0.0.1/")
    never_sent = [httpx.ConnectError("refused", request=request), httpx.ConnectTimeout("t", request=request)]
    maybe_sent = [
        httpx.ReadTimeout("t", request=request),
        httpx.WriteTimeout("t", request=request),
        httpx.ReadError("reset", request=request),
        httpx.RemoteProtocolError("peer closed", request=request),
    ]
    for error in never_sent + maybe_sent:
        for method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS"):
            assert RetryPolicy.retry_error(method, error), (method, error)
    for error in maybe_sent:
        for method in ("POST", "PATCH"):
            assert not RetryPolicy.retry_error(method, error), (method, error)
    # A connection that was never made cannot have sent anything: safe for POST too.
    for error in never_sent:
        assert RetryPolicy.retry_error("POST", error)


def test_retry_after_forms_precedence_and_cap():
    policy = RetryPolicy(retry_after_max=60)

    def asked(**headers: str) -> float | None:
        return policy.retry_after(httpx.Headers({k.replace("_", "-"): v for k, v in headers.items()}))

    assert asked() is None
    assert asked(retry_after="7") == 7.0
    assert asked(retry_after="1.5") == 1.5
    assert asked(retry_after_ms="250") == 0.25
    assert asked(x_ms_retry_after_ms="1250") == 1.25
    # The millisecond headers are more precise and win over Retry-After.
    assert asked(retry_after="9", retry_after_ms="100") == 0.1
    assert asked(retry_after="9", x_ms_retry_after_ms="200") == 0.2
    # HTTP-date, in the future and in the past.
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    future = email.utils.format_datetime(now + dt.timedelta(seconds=30), usegmt=True)
    assert 28.0 <= asked(retry_after=future) <= 30.5
    assert asked(retry_after="Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    # Capped by retry_after_max; never negative; unreadable values ignored.
    assert asked(retry_after="3600") == 60.0
    assert RetryPolicy(retry_after_max=2).retry_after(httpx.Headers({"retry-after-ms": "999999"})) == 2.0
    assert asked(retry_after="-5") == 0.0
    for bad in ("soon", "nan", "inf", ""):
        assert asked(retry_after=bad) is None, bad
    assert asked(retry_after_ms="nan", retry_after="3") == 3.0


def test_backoff_is_exponential_with_jitter_and_capped():
    policy = RetryPolicy(backoff_factor=0.8, backoff_max=60)
    for retry, base in ((1, 0.8), (2, 1.6), (3, 3.2), (4, 6.4)):
        delays = [policy.backoff(retry) for _ in range(200)]
        assert all(base * 0.8 <= d <= base * 1.2 for d in delays), retry
        assert len(set(delays)) > 1  # jittered
    assert all(policy.backoff(20) == 60 for _ in range(20))


# --------------------------------------------------------------------------- retries (seed POST)


def test_503_twice_then_200_takes_three_attempts_with_one_request_id(server):
    server.respond(cloud_error(503), cloud_error(503))
    credential = Credential()
    with make_client(server, credential) as client:
        info = call(client)
        assert info.token == "token"
        assert len(server.requests) == 3
        assert len(set(request_ids(server))) == 1
        # A caller's request id is kept across attempts too.
        server.reset()
        server.respond(cloud_error(503), cloud_error(503))
        call(client, client_request_id="caller-id-7")
    assert request_ids(server) == ["caller-id-7"] * 3
    first = server.requests[0]
    for req in server.requests:
        assert (req.method, req.target, req.body) == (first.method, first.target, first.body)
        assert req.headers["authorization"] == "Bearer tok-1"
        assert req.headers["user-agent"] == first.headers["user-agent"]
    assert len(credential.calls) == 1


def test_429_with_retry_after_1_waits_about_one_second(server):
    server.respond(cloud_error(429, headers={"Retry-After": "1"}))
    with make_client(server) as client:  # back-off alone would wait about 10 ms
        started = time.monotonic()
        call(client)
        elapsed = time.monotonic() - started
    first, second = server.requests
    gap = second.received - first.received
    assert 0.95 <= gap <= 2.5, gap
    assert elapsed < 3.0


@pytest.mark.parametrize("header", ["retry-after-ms", "x-ms-retry-after-ms"])
def test_millisecond_retry_after_headers_are_honoured(server, header):
    server.respond(cloud_error(503, headers={header: "300"}))
    with make_client(server) as client:
        call(client)
    first, second = server.requests
    assert 0.28 <= second.received - first.received <= 1.5


def test_retry_after_is_capped_by_retry_after_max(server):
    server.respond(cloud_error(429, headers={"Retry-After": "30"}))
    policy = RetryPolicy(total=1, backoff_factor=0.01, retry_after_max=0.2)
    with make_client(server, retries=policy) as client:
        call(client)
    first, second = server.requests
    assert 0.18 <= second.received - first.received <= 1.5


def test_500_cloud_error_forever_gives_up_after_the_retries_with_the_last_body(server):
    server.respond(*(cloud_error(500, f"attempt {n}", {"x-ms-request-id": f"srv-{n}"}) for n in (1, 2, 3, 4)))
    server.set_default(cloud_error(500, "never reached"))
    with make_client(server) as client:
        started = time.monotonic()
        with pytest.raises(HttpResponseError) as raised:
            call(client)
        assert time.monotonic() - started < 2.0
    error = raised.value
    assert type(error) is HttpResponseError
    assert error.attempts == 4  # the first attempt and the policy's 3 retries
    assert len(server.requests) == 4
    assert error.status_code == 500
    assert (error.code, error.message, error.request_id) == ("E500", "attempt 4", "srv-4")
    assert error.body == server_body(500, "attempt 4")
    assert error.response is not None and error.response.status_code == 500
    assert error.response.content == error.body
    assert isinstance(error.model, CloudError) and error.model.error.message == "attempt 4"
    assert "attempt 4" in str(error)


def server_body(status: int, message: str) -> bytes:
    return cloud_error(status, message).body


def test_per_call_retries_override_the_client_budget(server):
    server.set_default(cloud_error(500))
    with make_client(server) as client:
        with pytest.raises(HttpResponseError) as once:
            call(client, retries=0)
        assert once.value.attempts == 1 and len(server.requests) == 1
        server.reset()
        with pytest.raises(HttpResponseError) as twice:
            call(client, retries=1)
        assert twice.value.attempts == 2 and len(server.requests) == 2
    server.reset()
    with make_client(server, retries=RetryPolicy(total=5, backoff_factor=0.001)) as client:
        with pytest.raises(HttpResponseError) as six:
            call(client)
    assert six.value.attempts == 6 and len(server.requests) == 6


@pytest.mark.parametrize("status", [400, 408, 409, 412, 501, 502])
def test_post_is_not_retried_on_other_statuses(server, status):
    server.set_default(cloud_error(status))
    with make_client(server) as client:
        with pytest.raises(HttpResponseError) as raised:
            call(client)
    assert raised.value.status_code == status
    assert raised.value.attempts == 1
    assert len(server.requests) == 1


def test_post_retries_a_5xx_carrying_retry_after_but_never_another_4xx(server):
    server.respond(cloud_error(502, headers={"retry-after-ms": "10"}))
    with make_client(server) as client:
        call(client)
        assert len(server.requests) == 2
        server.reset()
        server.set_default(cloud_error(400, headers={"Retry-After": "0"}))
        with pytest.raises(HttpResponseError) as raised:
            call(client)
    assert raised.value.status_code == 400 and raised.value.attempts == 1
    assert len(server.requests) == 1


def test_post_connection_reset_mid_response_is_not_retried(server):
    server.respond(Reply.reset())
    with make_client(server) as client:
        with pytest.raises(ServiceRequestError) as raised:
            call(client)
        assert raised.value.attempts == 1
        assert isinstance(raised.value.__cause__, httpx.TransportError)
        assert len(server.requests) == 1
        # The client recovers: the next call opens a new connection and succeeds.
        assert call(client).token == "token"


def test_truncated_json_body_raises_deserialization_error_without_retry(server):
    server.respond(Reply.raw(b'{"expirationTime": "2008-09-22T14:01:54Z", "token": "abc', headers={"Content-Type": "application/json"}))
    with make_client(server) as client:
        with pytest.raises(DeserializationError) as raised:
            call(client)
    assert raised.value.where == "HostPools_RetrieveRegistrationToken response 200"
    assert "not valid JSON" in str(raised.value)
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- timeouts and deadlines


def test_server_that_never_answers_times_out_within_the_deadline(server):
    server.set_default(Reply.hang())
    with make_client(server, timeout=30.0) as client:
        started = time.monotonic()
        with pytest.raises(ServiceRequestError) as raised:
            call(client, deadline=0.5)
        elapsed = time.monotonic() - started
        assert 0.45 <= elapsed < 1.5, elapsed
        assert raised.value.attempts == 1  # a POST whose request was sent is not retried
        assert "ReadTimeout" in str(raised.value)
        assert len(server.requests) == 1
        # The per-call timeout, seconds or httpx.Timeout, works without a deadline.
        for timeout in (0.3, httpx.Timeout(30.0, read=0.3)):
            started = time.monotonic()
            with pytest.raises(ServiceRequestError):
                call(client, timeout=timeout)
            assert 0.25 <= time.monotonic() - started < 1.5
        assert pool_state(client._pipeline._client)[:2] == (0, 0)


def test_client_deadline_applies_to_every_call(server):
    server.set_default(Reply.hang())
    with make_client(server, timeout=30.0, deadline=0.4) as client:
        started = time.monotonic()
        with pytest.raises(ServiceRequestError):
            call(client)
        assert 0.35 <= time.monotonic() - started < 1.5
        # A per-call deadline overrides the client's.
        started = time.monotonic()
        with pytest.raises(ServiceRequestError):
            call(client, deadline=0.8)
        assert 0.75 <= time.monotonic() - started < 2.0


def test_deadline_covers_waits_between_retries(server):
    server.set_default(cloud_error(503, headers={"Retry-After": "5"}))
    with make_client(server, retries=RetryPolicy(total=3)) as client:
        started = time.monotonic()
        with pytest.raises(HttpResponseError) as raised:
            call(client, deadline=1.0)
        # A wait that would pass the deadline is not started: the 503 comes back at once.
        assert time.monotonic() - started < 0.9
    assert raised.value.status_code == 503 and raised.value.attempts == 1


# --------------------------------------------------------------------------- idempotent methods (GET client)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_retries_the_arm_statuses(widgets, server, status):
    server.respond(Reply.json({"error": {"code": "Busy"}}, status=status))
    server.set_default(Reply.json(WIDGET))
    with widget_client(widgets, server) as client:
        widget = client.widgets.get("w1")
    assert widget.name == "w1" and widget.size == 3
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert len(set(request_ids(server))) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 412, 501, 505])
def test_get_is_never_retried_on_other_statuses(widgets, server, status):
    server.set_default(Reply.json({"error": {"code": "No", "message": "no"}}, status=status))
    with widget_client(widgets, server) as client:
        with pytest.raises(widgets.HttpResponseError) as raised:
            client.widgets.get("w1")
    assert raised.value.attempts == 1 and len(server.requests) == 1
    if status == 404:
        assert isinstance(raised.value, widgets.ResourceNotFoundError)
        assert raised.value.code == "No"


def test_get_retries_a_connection_reset_mid_response(widgets, server):
    server.respond(Reply.reset(b'{"name": "half a widget, then a reset"}'))
    server.set_default(Reply.json(WIDGET))
    with widget_client(widgets, server) as client:
        assert client.widgets.get("w1").name == "w1"
    assert len(server.requests) == 2
    assert len(set(request_ids(server))) == 1


def test_get_retries_a_read_timeout(widgets, server):
    server.respond(Reply.hang())
    server.set_default(Reply.json(WIDGET))
    with widget_client(widgets, server, timeout=0.3) as client:
        started = time.monotonic()
        assert client.widgets.get("w1").size == 3
        assert time.monotonic() - started < 2.0
    assert len(server.requests) == 2


def test_get_deadline_covers_all_retries(widgets, server):
    server.set_default(Reply.hang())
    with widget_client(widgets, server, timeout=0.2, retries=widgets.RetryPolicy(total=50, backoff_factor=0.01)) as client:
        started = time.monotonic()
        with pytest.raises(widgets.ServiceRequestError) as raised:
            client.widgets.get("w1", deadline=1.0)
        elapsed = time.monotonic() - started
    # It gives up once the next back-off would not fit, so a little before the deadline;
    # without the deadline, 51 attempts of 0.2 s would take over 10 s. The upper bound is
    # loose: a loaded machine (shared CI) stretches every step.
    assert 0.6 <= elapsed < 5.0, elapsed
    assert raised.value.attempts >= 2
    assert len(server.requests) == raised.value.attempts


def test_get_retries_connection_errors_then_gives_up(widgets):
    port = free_port()
    with widgets.WidgetStoreClient(endpoint=f"http://127.0.0.1:{port}", retries=widgets.RetryPolicy(total=2, backoff_factor=0.01)) as client:
        with pytest.raises(widgets.ServiceRequestError) as raised:
            client.widgets.get("w1")
    assert raised.value.attempts == 3
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_delete_retries_502_and_404_is_resource_not_found(widgets, server):
    server.respond(Reply.json({}, status=502), Reply.raw(b"", status=204))
    with widget_client(widgets, server) as client:
        assert client.widgets.delete("w1") is None
        assert [r.method for r in server.requests] == ["DELETE", "DELETE"]
        server.reset()
        server.set_default(Reply.json({"error": {"code": "NotFound"}}, status=404))
        with pytest.raises(widgets.ResourceNotFoundError):
            client.widgets.get("gone")
    assert len(server.requests) == 1


def test_post_body_is_resent_identically_on_each_attempt(widgets, server):
    body = bytes(range(256)) * 40  # 10 KiB, every byte value
    server.respond(Reply.json({}, status=503), Reply.json({}, status=500))
    server.set_default(Reply.raw(b"", status=202))
    with widget_client(widgets, server) as client:
        assert client.post_upload(body=body) is None
    assert len(server.requests) == 3
    for req in server.requests:
        assert req.method == "POST"
        assert req.body == body
        assert req.headers["content-type"] == "application/octet-stream"
        assert req.headers["content-length"] == str(len(body))
    assert len(set(request_ids(server))) == 1


def test_post_with_body_not_retried_on_502_or_reset(widgets, server):
    server.respond(Reply.json({}, status=502))
    with widget_client(widgets, server) as client:
        with pytest.raises(widgets.HttpResponseError):
            client.post_upload(body=b"payload")
        assert len(server.requests) == 1
        server.reset()
        server.respond(Reply.reset())
        with pytest.raises(widgets.ServiceRequestError):
            client.post_upload(body=b"payload")
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- tokens


def _wait_until_stale(token: _Token) -> None:
    assert wait_until(lambda: not _credentials.token_is_fresh(token), timeout=3.0)


def test_token_expiring_during_a_run_is_refreshed_once(server):
    # The first token is within the refresh margin one or two seconds after it is issued.
    credential = Credential(_credentials.TOKEN_REFRESH_MARGIN + 2, 3600)
    with make_client(server, credential) as client:
        for _ in range(3):
            call(client)
        assert len(credential.calls) == 1
        _wait_until_stale(credential.issued[0])
        for _ in range(5):
            call(client)
    assert len(credential.calls) == 2
    auth = [r.headers["authorization"] for r in server.requests]
    assert auth == ["Bearer tok-1"] * 3 + ["Bearer tok-2"] * 5


def test_async_token_expiring_during_a_run_is_refreshed_once_for_concurrent_calls(server):
    credential = AsyncCredential(_credentials.TOKEN_REFRESH_MARGIN + 2, 3600)

    async def main():
        async with make_async_client(server, credential) as client:
            await asyncio.gather(*(call(client) for _ in range(10)))
            assert len(credential.calls) == 1
            await async_wait_until(lambda: not _credentials.token_is_fresh(credential.issued[0]), timeout=3.0)
            await asyncio.gather(*(call(client) for _ in range(30)))

    asyncio.run(main())
    assert len(credential.calls) == 2
    auth = [r.headers["authorization"] for r in server.requests]
    assert auth == ["Bearer atok-1"] * 10 + ["Bearer atok-2"] * 30


# --------------------------------------------------------------------------- async


def test_100_concurrent_async_calls_all_succeed_with_one_token_fetch(server):
    credential = AsyncCredential()

    async def main():
        async with make_async_client(server, credential) as client:
            results = await asyncio.gather(*(call(client) for _ in range(100)))
            return results, pool_state(client._pipeline._client)

    results, (in_flight, busy, _idle) = asyncio.run(main())
    assert len(results) == 100 and all(r.token == "token" for r in results)
    assert len(credential.calls) == 1
    assert len(server.requests) == 100
    assert len(set(request_ids(server))) == 100
    assert {r.headers["authorization"] for r in server.requests} == {"Bearer atok-1"}
    assert (in_flight, busy) == (0, 0)


def test_async_retries_follow_the_same_rules(server):
    server.respond(cloud_error(503), cloud_error(503))

    async def main():
        async with make_async_client(server) as client:
            info = await call(client)
            server.respond(Reply.reset())
            with pytest.raises(ServiceRequestError) as raised:
                await call(client)
            return info, raised.value

    info, error = asyncio.run(main())
    assert info.token == "token"
    assert len(set(request_ids(server)[:3])) == 1
    assert error.attempts == 1 and len(server.requests) == 4


def test_async_call_to_a_server_that_never_answers_times_out_within_the_deadline(server):
    server.set_default(Reply.hang())

    async def main():
        async with make_async_client(server, timeout=30.0) as client:
            started = time.monotonic()
            with pytest.raises(ServiceRequestError):
                await call(client, deadline=0.5)
            return time.monotonic() - started, pool_state(client._pipeline._client)

    elapsed, (in_flight, busy, _idle) = asyncio.run(main())
    assert 0.45 <= elapsed < 1.5
    assert (in_flight, busy) == (0, 0)


def test_cancelled_async_calls_leak_no_connection(server):
    server.set_default(Reply.hang())

    async def main():
        async with make_async_client(server, timeout=30.0) as client:
            http_client = client._pipeline._client
            tasks = [asyncio.create_task(call(client)) for _ in range(5)]
            assert await async_wait_until(lambda: len(server.requests) == 5)
            assert pool_state(http_client)[:2] == (5, 5)
            for task in tasks:
                task.cancel()
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(o, asyncio.CancelledError) for o in outcomes)
            after_cancel = pool_state(http_client)
            # The server sees each abandoned connection closed by the client.
            assert await async_wait_until(lambda: server.abandoned == 5)

            # A timeout through asyncio.wait_for cancels just the same.
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(call(client), 0.2)
            after_wait_for = pool_state(http_client)
            assert await async_wait_until(lambda: server.abandoned == 6)

            # The client still works, and its pool is not exhausted.
            server.set_default(Reply.json(SAMPLE))
            infos = await asyncio.gather(*(call(client) for _ in range(3)))
            return after_cancel, after_wait_for, infos, pool_state(http_client)

    after_cancel, after_wait_for, infos, at_end = asyncio.run(main())
    assert after_cancel == (0, 0, 0)
    assert after_wait_for == (0, 0, 0)
    assert [i.token for i in infos] == ["token"] * 3
    assert at_end[:2] == (0, 0)


def test_cancelling_during_a_retry_wait_returns_at_once(server):
    server.set_default(cloud_error(503, headers={"Retry-After": "30"}))

    async def main():
        async with make_async_client(server, retries=RetryPolicy(total=3)) as client:
            task = asyncio.create_task(call(client))
            assert await async_wait_until(lambda: len(server.requests) == 1)
            await asyncio.sleep(0.05)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return time.monotonic() - started, pool_state(client._pipeline._client)

    elapsed, (in_flight, busy, _idle) = asyncio.run(main())
    assert elapsed < 0.5
    assert (in_flight, busy) == (0, 0)
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- the URL sent
# The pipeline hands httpx a finished URL (query encoded once per call) unless the
# http_client has default params of its own, which httpx would put in place of the URL's.


@pytest.mark.parametrize(
    "api_version",
    ["2025-10-10", "a b+c", "x&y=z", "#frag", "100%", "%20", "é/ü?", "a\u2028b", "~!*'();:@$,"],
)
def test_query_reaches_the_server_exactly_as_httpx_params_encode_it(server, api_version):
    """As httpx encodes params, but a space: %20 in every query value, never + (issue 14)."""
    with make_client(server, api_version=api_version) as client:
        call(client)
    expected = httpx.URL(server.url + "/p", params=[("api-version", api_version)]).query.decode("ascii").replace("+", "%20")
    [req] = server.requests
    assert req.query == expected


def test_default_params_of_a_callers_http_client_are_kept_with_the_query(server):
    with httpx.Client(params={"extra": "1"}) as http_client:
        with make_client(server, http_client=http_client) as client:
            call(client)

    async def main():
        async with httpx.AsyncClient(params={"extra": "2"}) as http_client:
            async with make_async_client(server, http_client=http_client) as client:
                await call(client)

    asyncio.run(main())
    assert [r.query for r in server.requests] == ["extra=1&api-version=2025-10-10", "extra=2&api-version=2025-10-10"]


# --------------------------------------------------------------------------- identity and defaults


def test_identity_headers_with_a_callers_http_client(server):
    # A client the package makes carries Accept and User-Agent as its own headers; a
    # caller's client is not changed: they go with each request, over its own defaults.
    own = {"User-Agent": "theirs/1", "Accept": "text/plain", "X-Theirs": "kept"}
    with httpx.Client(headers=own) as http_client:
        with make_client(server, http_client=http_client, user_agent="app/1") as client:
            call(client)
        assert dict(http_client.headers) == {**dict(httpx.Client().headers), **{k.lower(): v for k, v in own.items()}}

    async def main():
        async with httpx.AsyncClient(headers=own) as http_client:
            async with make_async_client(server, http_client=http_client, user_agent="app/1") as client:
                await call(client)

    asyncio.run(main())
    with make_client(server, user_agent="app/1") as client:
        call(client)
        assert client._pipeline._client.headers["user-agent"].startswith("app/1 desktopvirtualization/")
    assert len(server.requests) == 3
    for req in server.requests:
        assert req.headers["user-agent"].startswith("app/1 desktopvirtualization/")
        assert req.headers["accept"] == "application/json"
        names = [name.lower() for name, _ in req.raw_headers]
        assert names.count("user-agent") == names.count("accept") == 1
    assert [r.headers.get("x-theirs") for r in server.requests] == ["kept", "kept", None]


def test_user_agent_accept_and_default_timeouts(server):
    import re

    import desktopvirtualization
    from desktopvirtualization import _meta

    with make_client(server, user_agent="myapp/1.2") as client:
        call(client)
        timeout = client._pipeline._client.timeout
    [req] = server.requests
    python = "{}.{}.{}".format(*sys.version_info[:3])
    assert req.headers["user-agent"] == (
        f"myapp/1.2 desktopvirtualization/{desktopvirtualization.__version__} "
        f"opgen/{_meta.GENERATOR_VERSION} python/{python}"
    )
    assert re.fullmatch(r"myapp/1\.2 desktopvirtualization/\S+ opgen/\S+ python/\d+\.\d+\.\d+", req.headers["user-agent"])
    assert req.headers["accept"] == "application/json"
    # The client was given timeout=10.0 (every phase); the defaults are 10 s connect, 60 s read.
    assert (timeout.connect, timeout.read) == (10.0, 10.0)
    default = _policy.make_timeout(None)
    assert (default.connect, default.read, default.write, default.pool) == (10.0, 60.0, 60.0, 60.0)
