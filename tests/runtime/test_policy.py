"""``_policy``: the retry policy's arithmetic and one :class:`Call`'s bookkeeping (request
ids, headers, deadlines, budgets, redirects), without a network."""

from __future__ import annotations

import email.utils
import uuid
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.runtime.conftest import Clock

URL = "https://h.example/items/1"


def _headers(**headers: str) -> httpx.Headers:
    return httpx.Headers({k.replace("_", "-"): v for k, v in headers.items()})


# -- RetryPolicy ----------------------------------------------------------------------------


def test_an_unreadable_millisecond_header_falls_through_to_the_next(policy: ModuleType) -> None:
    retry = policy.RetryPolicy()
    assert retry.retry_after(_headers(retry_after_ms="soon", x_ms_retry_after_ms="500")) == 0.5
    assert retry.retry_after(_headers(retry_after_ms="inf", retry_after="4")) == 4.0
    assert retry.retry_after(_headers(retry_after_ms="-20")) == 0.0
    assert retry.retry_after(_headers(retry_after_ms="soon")) is None


def test_an_http_date_is_counted_from_now(
    policy: ModuleType, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy, "_time", clock)
    retry = policy.RetryPolicy(retry_after_max=120)
    in_90 = email.utils.formatdate(clock.now + 90, usegmt=True)
    assert retry.retry_after(_headers(retry_after=in_90)) == pytest.approx(90.0)
    in_900 = email.utils.formatdate(clock.now + 900, usegmt=True)
    assert retry.retry_after(_headers(retry_after=in_900)) == 120.0
    assert retry.retry_after(_headers(retry_after="Wed, 99 Foo 2015 07:28:00 GMT")) is None


def test_backoff_doubles_from_the_factor_within_the_jitter(
    policy: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    bounds: list[tuple[float, float]] = []

    class Jitter:
        @staticmethod
        def uniform(low: float, high: float) -> float:
            bounds.append((low, high))
            return high

    monkeypatch.setattr(policy, "_random", Jitter)
    retry = policy.RetryPolicy(backoff_factor=0.5, backoff_max=3.0)
    assert [retry.backoff(n) for n in (1, 2, 3, 4)] == [
        pytest.approx(0.6),
        pytest.approx(1.2),
        pytest.approx(2.4),
        3.0,
    ]
    assert set(bounds) == {(0.8, 1.2)}
    assert policy.RetryPolicy(backoff_factor=0).backoff(5) == 0.0


def test_a_bool_is_not_a_number_of_retries(policy: ModuleType) -> None:
    with pytest.raises(TypeError, match="bool"):
        policy.RetryPolicy.of(True)


# -- Call: headers and URL -------------------------------------------------------------------


def _call(policy: ModuleType, request: Any = None, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "retry": policy.RetryPolicy(backoff_factor=0.0),
        "retries": None,
        "timeout": httpx.Timeout(60.0, connect=10.0),
        "deadline": None,
        "headers": {"Accept": "application/json"},
        "client_request_id": None,
        "log_bodies": False,
    }
    settings.update(options)
    if request is None:
        request = policy.Request("GET", URL, [("api-version", "1")], {})
    return policy.Call(request, **settings)


def test_each_call_gets_a_new_request_id_unless_given_or_turned_off(policy: ModuleType) -> None:
    first, second = _call(policy), _call(policy)
    assert first.request_id != second.request_id
    assert uuid.UUID(first.request_id).version == 4
    assert first.headers["x-ms-client-request-id"] == first.request_id
    given = _call(policy, client_request_id="mine")
    assert given.request_id == given.headers["x-ms-client-request-id"] == "mine"
    off = _call(policy, auto_request_id=False)
    assert "x-ms-client-request-id" not in off.headers and off.request_id == "-"


def test_the_requests_own_headers_win(policy: ModuleType) -> None:
    request = policy.Request(
        "GET", URL, [], {"x-ms-client-request-id": "spec", "Accept": "text/plain"}
    )
    call = _call(policy, request, client_request_id="kw")
    assert call.headers == {"Accept": "text/plain", "x-ms-client-request-id": "spec"}
    assert call.request_id == "spec"


def test_a_finished_url_unless_the_client_merges_params(policy: ModuleType) -> None:
    call = _call(policy)
    assert (call.url, call.params) == (URL + "?api-version=1", None)
    merged = _call(policy, merge_params=True)
    assert (merged.url, merged.params) == (URL, [("api-version", "1")])


# -- Call: deadline and budget ----------------------------------------------------------------


def test_each_attempt_is_cut_to_what_is_left_of_the_deadline(
    policy: ModuleType, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy, "_time", clock)
    call = _call(policy, deadline=30.0, timeout=httpx.Timeout(20.0, connect=5.0, pool=None))
    first = call.attempt()
    assert (first.connect, first.read, first.write, first.pool) == (5.0, 20.0, 20.0, 30.0)
    clock.advance(18.0)
    second = call.attempt()
    assert (second.connect, second.read, second.write, second.pool) == (5.0, 12.0, 12.0, 12.0)
    clock.advance(12.0)
    with pytest.raises(
        policy.ServiceRequestError, match="deadline exceeded after 2 attempt"
    ) as caught:
        call.attempt()
    assert caught.value.attempts == 2


def test_without_a_deadline_the_timeout_is_the_clients(policy: ModuleType) -> None:
    timeout = httpx.Timeout(3.0)
    assert _call(policy, timeout=timeout).attempt() is timeout


def test_a_wait_that_would_not_fit_the_deadline_is_not_started(
    policy: ModuleType, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy, "_time", clock)
    call = _call(policy, deadline=10.0)
    call.attempt()
    clock.advance(5.0)
    assert (
        call.answered(
            httpx.Response(503, headers={"Retry-After": "4"}, request=httpx.Request("GET", URL))
        )
        == 4.0
    )
    call.attempt()
    response = httpx.Response(503, headers={"Retry-After": "5"}, request=httpx.Request("GET", URL))
    assert call.answered(response) is None  # exactly what is left: given back, not waited for
    assert response.extensions["opgen.attempts"] == 2


def test_the_retry_budget_counts_attempts_after_the_first(policy: ModuleType) -> None:
    call = _call(policy, retries=2)
    error = httpx.ConnectError("refused", request=httpx.Request("GET", URL))
    for _ in range(2):
        call.attempt()
        assert call.failed(error) == 0.0
    call.attempt()
    with pytest.raises(policy.ServiceRequestError, match="ConnectError: refused") as caught:
        call.failed(error)
    assert caught.value.attempts == 3 and caught.value.__cause__ is error


def test_a_response_is_given_back_with_its_attempts(policy: ModuleType) -> None:
    call = _call(policy, retries=0)
    call.attempt()
    response = httpx.Response(503, request=httpx.Request("GET", URL))
    assert call.answered(response) is None
    assert response.extensions["opgen.attempts"] == 1


# -- Call: redirects --------------------------------------------------------------------------


def _redirect(call: Any, status: int, location: str) -> float | None:
    call.attempt()
    request = httpx.Request(call.method, call.url)
    answer: float | None = call.answered(
        httpx.Response(status, headers={"Location": location}, request=request)
    )
    return answer


@pytest.mark.parametrize(
    ("method", "followed"), [("GET", True), ("HEAD", True), ("PUT", False), ("POST", False)]
)
@pytest.mark.parametrize("status", [300, 301, 302])
def test_300_to_302_are_followed_for_get_and_head_only(
    policy: ModuleType, status: int, method: str, followed: bool
) -> None:
    call = _call(policy, policy.Request(method, URL, [], {}))
    assert (_redirect(call, status, "/other") == 0.0) is followed
    assert call.url == ("https://h.example/other" if followed else URL)


def test_303_becomes_a_get_without_the_body(policy: ModuleType) -> None:
    request = policy.Request("POST", URL, [], {"Content-Type": "application/json"}, content=b"{}")
    call = _call(policy, request)
    assert _redirect(call, 303, "status/7") == 0.0
    assert (call.method, call.url, call.content) == (
        "GET",
        "https://h.example/items/status/7",
        None,
    )
    assert "Content-Type" not in call.headers
    head = _call(policy, policy.Request("HEAD", URL, [], {}))
    _redirect(head, 303, "/x")
    assert head.method == "HEAD"


@pytest.mark.parametrize("status", [307, 308])
def test_307_and_308_keep_the_method_and_body(policy: ModuleType, status: int) -> None:
    call = _call(
        policy, policy.Request("POST", URL, [], {"Content-Type": "application/json"}, content=b"{}")
    )
    assert _redirect(call, status, "https://h.example:443/moved") == 0.0
    assert (call.method, call.content, call.headers["Content-Type"]) == (
        "POST",
        b"{}",
        "application/json",
    )
    assert call.authorize  # the same origin


def test_another_origin_gets_no_authorization(policy: ModuleType) -> None:
    request = policy.Request(
        "GET",
        URL,
        [],
        {"Authorization": "Bearer t", "x-other": "o"},
    )
    call = _call(policy, request)
    _redirect(call, 307, "https://elsewhere.example/x")
    assert not call.authorize
    assert "Authorization" not in call.headers and call.headers["x-other"] == "o"
    _redirect(call, 307, "https://h.example/back")
    assert not call.authorize  # once lost, not regained


@pytest.mark.parametrize("location", ["", "ftp://h.example/x", "javascript:alert(1)"])
def test_a_redirect_without_an_http_target_is_the_answer(policy: ModuleType, location: str) -> None:
    assert _redirect(_call(policy), 302, location) is None


def test_redirects_keep_the_merged_params_apart(policy: ModuleType) -> None:
    call = _call(policy, merge_params=True)
    _redirect(call, 307, "/next?page=2&empty=#frag")
    assert (call.url, call.params) == ("https://h.example/next", [("page", "2"), ("empty", "")])


def test_at_most_ten_redirects_and_none_spends_the_retry_budget(policy: ModuleType) -> None:
    call = _call(policy, retries=0)
    for n in range(policy.MAX_REDIRECTS):
        assert _redirect(call, 302, f"/hop{n}") == 0.0
    with pytest.raises(policy.ServiceRequestError, match="more than 10 redirects") as caught:
        _redirect(call, 302, "/one-more")
    assert caught.value.attempts == 11
    fresh = _call(policy, retries=1)
    _redirect(fresh, 302, "/a")
    fresh.attempt()
    assert fresh.answered(httpx.Response(503, request=httpx.Request("GET", fresh.url))) == 0.0


# -- headers of a client --------------------------------------------------------------------


def test_user_agent_and_identity_headers(policy: ModuleType, rt: Any) -> None:
    agent = policy.user_agent(None)
    assert agent.startswith(f"{rt.name}/1.2.3 opgen/9.9.9 python/")
    assert policy.user_agent("myapp/2") == "myapp/2 " + agent
    assert policy.identity_headers(agent) == {"Accept": "application/json", "User-Agent": agent}


def test_make_timeout(policy: ModuleType) -> None:
    default = policy.make_timeout(None)
    assert (default.connect, default.read, default.write, default.pool) == (10.0, 60.0, 60.0, 60.0)
    assert policy.make_timeout(2.5) == httpx.Timeout(2.5)
    mine = httpx.Timeout(1.0)
    assert policy.make_timeout(mine) is mine
