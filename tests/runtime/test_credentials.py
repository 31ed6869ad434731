"""``_credentials`` and the pipelines' token caches: scopes, the refresh margin, where a
token may go."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import pytest

from tests.runtime.conftest import Clock, Runtime


@dataclass(frozen=True)
class Token:
    token: str
    expires_on: int


class Credential:
    def __init__(self, clock: Clock, lifetime: int) -> None:
        self.clock, self.lifetime = clock, lifetime
        self.calls: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs: object) -> Token:
        self.calls.append(scopes)
        return Token(f"t{len(self.calls)}", int(self.clock.now) + self.lifetime)


class AsyncCredential(Credential):
    async def get_token(self, *scopes: str, **kwargs: object) -> Token:  # type: ignore[override]
        await asyncio.sleep(0)
        return Credential.get_token(self, *scopes)


def test_the_refresh_margin_is_five_minutes(
    credentials: ModuleType, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(credentials, "_time", clock)
    assert credentials.TOKEN_REFRESH_MARGIN == 300
    now = int(clock.now)
    assert credentials.token_is_fresh(Token("x", now + 301))
    assert not credentials.token_is_fresh(Token("x", now + 300))  # exactly the margin: renewed
    assert not credentials.token_is_fresh(Token("x", now - 10))
    assert not credentials.token_is_fresh(None)


def test_default_scope_is_the_endpoint_and_the_suffix(credentials: ModuleType) -> None:
    assert credentials.scopes_for("https://management.azure.com/", None) == (
        "https://management.azure.com/.default",
    )
    assert credentials.scopes_for("https://h", []) == ("https://h/.default",)
    assert credentials.scopes_for("https://h", ["a", "b"]) == ("a", "b")


def test_the_specs_scopes_come_before_the_endpoint(make_runtime: Callable[..., Runtime]) -> None:
    module = make_runtime(scopes=("api://app/.default",), scope_suffix="/ignored").module(
        "_credentials"
    )
    assert module.scopes_for("https://h", None) == ("api://app/.default",)
    assert module.scopes_for("https://h", ("mine",)) == ("mine",)


@pytest.mark.parametrize(
    "url",
    [
        "https://h/p",
        "HTTPS://h/p",  # a scheme is case-insensitive
        "Https://management.azure.com/",
        "http://127.0.0.1:8080/p?q",
        "http://localhost/",
        "http://LOCALHOST:1",
        "http://[::1]:5000/x",
        "http://127.9.9.9",
    ],
)
def test_a_token_may_go_over_https_or_to_loopback(credentials: ModuleType, url: str) -> None:
    credentials.check_token_transport(url)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://example.com/p", "over http to 'example.com'"),
        ("HTTP://example.com/p", "over http to 'example.com'"),
        ("http://10.0.0.1:80/", "over http to '10.0.0.1'"),
        ("http://localhost.example.com/", "over http"),
        ("ftp://127.0.0.1/", "over ftp"),
    ],
)
def test_a_token_never_goes_over_plain_http_elsewhere(
    credentials: ModuleType, url: str, said: str
) -> None:
    with pytest.raises(ValueError, match="use https") as caught:
        credentials.check_token_transport(url)
    assert said in str(caught.value)


def test_the_sync_cache_fetches_once_until_the_margin(
    rt: Runtime, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt.module("_credentials"), "_time", clock)
    credential = Credential(clock, lifetime=3600)
    cache = rt.module("_pipeline")._TokenCache(credential, ("s1", "s2"))
    assert [cache.get() for _ in range(3)] == ["t1", "t1", "t1"]
    clock.advance(3600 - 301)
    assert cache.get() == "t1"
    clock.advance(1)
    assert cache.get() == "t2"
    assert credential.calls == [("s1", "s2"), ("s1", "s2")]


def test_a_token_shorter_than_the_margin_is_fetched_every_time(
    rt: Runtime, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt.module("_credentials"), "_time", clock)
    credential = Credential(clock, lifetime=200)
    cache = rt.module("_pipeline")._TokenCache(credential, ("s",))
    assert [cache.get() for _ in range(3)] == ["t1", "t2", "t3"]


def test_the_async_cache_shares_one_refresh(
    rt: Runtime, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt.module("_credentials"), "_time", clock)
    credential = AsyncCredential(clock, lifetime=3600)
    cache = rt.module("aio._pipeline")._AsyncTokenCache(credential, ("s",))

    async def main() -> list[str]:
        first = await asyncio.gather(*(cache.get() for _ in range(10)))
        clock.advance(3600 - 300)
        second = await asyncio.gather(*(cache.get() for _ in range(10)))
        return [*first, *second]

    tokens = asyncio.run(main())
    assert tokens == ["t1"] * 10 + ["t2"] * 10
    assert len(credential.calls) == 2
