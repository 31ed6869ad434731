"""Security schemes on the wire (tests/golden/security/spec.yaml): one client keyword per
scheme, sent as each operation's requirement says, against a real server on 127.0.0.1.

API keys in a header, the query or the Cookie header; HTTP basic and bearer; OAuth2
tokens asked for the operation's scopes and reused until five minutes before expiry;
operation-level security, ``security: []``, alternatives and optional security; a
missing keyword refused before anything is sent; secrets kept out of reprs, logs, other
origins and plain http.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from generator.emit.write import write_files
from generator.pipeline import generate
from tests.support.http_server import RecordingServer, Reply

SPEC = Path(__file__).resolve().parents[1] / "golden" / "security" / "spec.yaml"
KEY, QUERY_KEY, SESSION, TENANT = "h-s3cret", "q s3cret&x", "c-s3cret", "t-s3cret"
USER, PASSWORD = "ann", "pa:ss wörd"
SECRETS = (KEY, "q+s3cret", "q%20s3cret", QUERY_KEY, SESSION, TENANT, PASSWORD, "bearer-s3cret", "tok-")


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("security")
    generated = generate(SPEC, "secure_pkg")
    write_files(out / "secure_pkg", generated.files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("secure_pkg")
    finally:
        sys.path.remove(str(out))


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer(default=Reply()) as srv:
        yield srv


class Token(NamedTuple):
    token: str
    expires_on: int


class Credential:
    """A TokenCredential whose tokens name the scopes they were asked for."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.asked: list[tuple[str, ...]] = []
        self.lifetime = lifetime

    def get_token(self, *scopes: str, **kwargs: Any) -> Token:
        self.asked.append(scopes)
        return Token(f"tok-{'+'.join(scopes)}-{len(self.asked)}", int(time.time()) + self.lifetime)


class AsyncCredential(Credential):
    async def get_token(self, *scopes: str, **kwargs: Any) -> Token:  # type: ignore[override]
        return Credential.get_token(self, *scopes)


def client(pkg: ModuleType, server: RecordingServer, **keywords: Any) -> Any:
    keywords.setdefault("api_key_header", KEY)
    return pkg.SecureClient(endpoint=server.url, retries=0, **keywords)


def sent_headers(server: RecordingServer) -> list[dict[str, str]]:
    return [r.headers for r in server.requests]


# -- each scheme kind ---------------------------------------------------------------------


def test_api_key_in_a_header(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server) as c:
        c.get_header()
    (request,) = server.requests
    assert request.headers["x-api-key"] == KEY
    assert "authorization" not in request.headers and "cookie" not in request.headers


def test_api_key_in_the_query(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, api_key_query=QUERY_KEY) as c:
        c.get_query()
    (request,) = server.requests
    assert request.target == "/query?api_key=q%20s3cret%26x"
    assert "x-api-key" not in request.headers  # the operation's own security replaces the top-level one


def test_api_keys_in_cookies_share_one_cookie_header(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, api_key_cookie=SESSION, tenant_cookie=TENANT) as c:
        c.get_cookies()
    (request,) = server.requests
    assert [v for k, v in request.raw_headers if k.lower() == "cookie"] == [f"session={SESSION}; tenant={TENANT}"]


def test_http_basic(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, basic_auth=(USER, PASSWORD)) as c:
        c.get_basic()
    expected = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode("ascii")
    assert server.requests[0].headers["authorization"] == "Basic " + expected


def test_http_bearer_text(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, bearer_auth="bearer-s3cret") as c:
        c.get_bearer()
    assert server.requests[0].headers["authorization"] == "Bearer bearer-s3cret"


def test_http_bearer_callable_is_called_per_request(pkg: ModuleType, server: RecordingServer) -> None:
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return f"bearer-{len(calls)}"

    with client(pkg, server, bearer_auth=token) as c:
        c.get_bearer()
        c.get_bearer()
    assert [h["authorization"] for h in sent_headers(server)] == ["Bearer bearer-1", "Bearer bearer-2"]


def test_oauth2_scopes_per_operation_and_token_reuse(pkg: ModuleType, server: RecordingServer) -> None:
    credential = Credential()
    with client(pkg, server, oauth=credential) as c:
        c.read()
        c.read()
        c.write()
        c.write()
    assert credential.asked == [("read",), ("read", "write")]  # one token per set of scopes
    assert [h["authorization"] for h in sent_headers(server)] == [
        "Bearer tok-read-1", "Bearer tok-read-1", "Bearer tok-read+write-2", "Bearer tok-read+write-2"
    ]


def test_oauth2_token_renewed_within_five_minutes_of_expiry(pkg: ModuleType, server: RecordingServer) -> None:
    credential = Credential(lifetime=300)  # already within the margin: asked again every time
    with client(pkg, server, oauth=credential) as c:
        c.read()
        c.read()
    assert credential.asked == [("read",), ("read",)]
    assert [h["authorization"] for h in sent_headers(server)] == ["Bearer tok-read-1", "Bearer tok-read-2"]


def test_credential_scopes_replace_the_requirements(pkg: ModuleType, server: RecordingServer) -> None:
    credential = Credential()
    with client(pkg, server, oauth=credential, credential_scopes=["api://app/.default"]) as c:
        c.read()
        c.write()
    assert credential.asked == [("api://app/.default",)]


def test_async_client(pkg: ModuleType, server: RecordingServer) -> None:
    aio = importlib.import_module("secure_pkg.aio")
    credential = AsyncCredential()

    async def main() -> None:
        async with aio.SecureClient(
            endpoint=server.url, retries=0, api_key_header=KEY, oauth=credential, bearer_auth=lambda: "b"
        ) as c:
            await c.get_header()
            await c.read()
            await c.either()

    asyncio.run(main())
    assert [h.get("x-api-key") for h in sent_headers(server)] == [KEY, None, None]
    assert [h.get("authorization") for h in sent_headers(server)] == [None, "Bearer tok-read-1", "Bearer b"]


# -- which schemes an operation sends -------------------------------------------------------

ALL = {
    "api_key_query": QUERY_KEY,
    "api_key_cookie": SESSION,
    "tenant_cookie": TENANT,
    "basic_auth": (USER, PASSWORD),
    "bearer_auth": "bearer-s3cret",
}


def test_security_empty_sends_nothing(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, oauth=Credential(), **ALL) as c:
        c.public()
    (request,) = server.requests
    assert request.target == "/public"
    assert not {"authorization", "cookie", "x-api-key"} & set(request.headers)


def test_first_alternative_given_is_used(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, **ALL) as c:
        c.either()
    with client(pkg, server, api_key_query=QUERY_KEY, api_key_cookie=SESSION) as c:
        c.either()
    first, second = server.requests
    assert first.target == "/either" and first.headers["authorization"] == "Bearer bearer-s3cret"
    assert "cookie" not in first.headers
    assert second.target == "/either?api_key=q%20s3cret%26x" and second.headers["cookie"] == f"session={SESSION}"
    assert "authorization" not in second.headers


def test_optional_security_may_send_nothing(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server) as c:
        c.maybe()
    with client(pkg, server, basic_auth=(USER, PASSWORD)) as c:
        c.maybe()
    assert [h.get("authorization", "")[:6] for h in sent_headers(server)] == ["", "Basic "]


def test_an_unsupported_scheme_is_not_sent(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server, **ALL) as c:
        c.get_digest()
    assert not {"authorization", "cookie", "x-api-key"} & set(server.requests[0].headers)


# -- missing keywords -----------------------------------------------------------------------


def test_a_keyword_every_operation_needs_is_required(pkg: ModuleType) -> None:
    with pytest.raises(TypeError, match="api_key_header"):
        pkg.SecureClient()
    with pytest.raises(TypeError, match="api_key_header"):
        pkg.SecureClient(api_key_header=None)


def test_a_keyword_some_operations_need_is_checked_before_sending(pkg: ModuleType, server: RecordingServer) -> None:
    with client(pkg, server) as c:
        with pytest.raises(ValueError, match="api_key_query="):
            c.get_query()
        with pytest.raises(ValueError, match=r"bearer_auth= or api_key_query= and api_key_cookie="):
            c.either()
        with pytest.raises(ValueError, match="oauth="):
            c.read()
    assert server.requests == []


def test_former_keywords_still_work_with_a_warning(pkg: ModuleType, server: RecordingServer) -> None:
    with pytest.deprecated_call(match="x_api_key= is deprecated: pass api_key_header="):
        c = pkg.SecureClient(endpoint=server.url, x_api_key=KEY)
    with pytest.deprecated_call(match="credential= is deprecated: pass oauth="):
        c2 = pkg.SecureClient(Credential(), endpoint=server.url, api_key_header=KEY)
    with c, c2:
        c.get_header()
        c2.read()
    assert server.requests[0].headers["x-api-key"] == KEY
    assert server.requests[1].headers["authorization"] == "Bearer tok-read-1"


# -- where secrets never go -----------------------------------------------------------------


def test_secrets_are_not_in_reprs_or_logs(
    pkg: ModuleType, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="secure_pkg")
    with client(pkg, server, oauth=Credential(), **ALL) as c:
        c.get_header(), c.get_query(), c.get_cookies(), c.get_basic(), c.get_bearer(), c.read()
        shown = repr(c) + repr(c._config) + repr(c._pipeline._auth) + repr(vars(c._pipeline))
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("secure_pkg"))
    assert "/query?api_key=***" in logged
    for secret in SECRETS:
        assert secret not in shown and secret not in logged


def test_no_secret_follows_a_redirect_to_another_origin(pkg: ModuleType, server: RecordingServer) -> None:
    with RecordingServer(default=Reply()) as other:
        server.respond(*[Reply(status=307, headers=(("Location", other.url + "/moved"),))] * 3)
        with client(pkg, server, oauth=Credential(), **ALL) as c:
            c.get_header()
            c.get_query()
            c.read()
        assert all(r.headers.get("x-api-key") == KEY or r.path != "/header" for r in server.requests)
        for request in other.requests:
            assert request.target == "/moved"
            assert not {"authorization", "cookie", "x-api-key"} & set(request.headers)
        assert len(other.requests) == 3


def test_no_secret_goes_over_plain_http_to_another_host(pkg: ModuleType) -> None:
    c = pkg.SecureClient(endpoint="http://api.example.test", api_key_header=KEY, retries=0)
    with c, pytest.raises(ValueError, match="use https"):
        c.get_header()  # refused before connecting (no such host is ever looked up)
