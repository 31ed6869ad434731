"""End-to-end tests of the generated ``desktopvirtualization`` client against a real HTTP
server on 127.0.0.1 (see ``tests/support/http_server.py``): what goes on the wire, and what comes back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parents[1] / "generated"))

import desktopvirtualization  # noqa: E402
from desktopvirtualization import (  # noqa: E402
    DeserializationError,
    DesktopVirtualizationAPIClient,
    HttpResponseError,
    ParameterValidationError,
    ResourceNotFoundError,
    ServiceRequestError,
)
from desktopvirtualization import aio as dv_aio  # noqa: E402
from desktopvirtualization._credentials import check_token_transport  # noqa: E402
from desktopvirtualization.models import (  # noqa: E402
    CloudError,
    CloudErrorProperties,
    RegistrationInfo,
    RegistrationTokenOperation,
)

from tests.support.http_server import RecordingServer, Reply  # noqa: E402

SUBSCRIPTION = "daefabc0-95b4-48b3-b645-8a753a63c4fa"
RG = "resourceGroup1"
POOL = "hostPool1"
API_VERSION = "2025-10-10"
EXPECTED_PATH = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RG}"
    f"/providers/Microsoft.DesktopVirtualization/hostPools/{POOL}/retrieveRegistrationToken"
)
SAMPLE = {
    "expirationTime": "2008-09-22T14:01:54.9571247Z",
    "token": "token",
    "registrationTokenOperation": "Update",
}


# --------------------------------------------------------------------------- helpers


class _Token:
    def __init__(self, token: str, expires_on: int) -> None:
        self.token = token
        self.expires_on = expires_on


class FakeCredential:
    """A TokenCredential that records every get_token call."""

    def __init__(self, lifetime: int = 3600, prefix: str = "tok") -> None:
        self.lifetime = lifetime
        self.prefix = prefix
        self.calls: list[tuple[str, ...]] = []
        self._lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        with self._lock:
            self.calls.append(scopes)
            n = len(self.calls)
        return _Token(f"{self.prefix}-{n}", int(time.time()) + self.lifetime)


class AsyncFakeCredential:
    """An AsyncTokenCredential that records every get_token call."""

    def __init__(self, lifetime: int = 3600, prefix: str = "atok") -> None:
        self.lifetime = lifetime
        self.prefix = prefix
        self.calls: list[tuple[str, ...]] = []

    async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        await asyncio.sleep(0)
        self.calls.append(scopes)
        return _Token(f"{self.prefix}-{len(self.calls)}", int(time.time()) + self.lifetime)


@pytest.fixture
def server():
    with RecordingServer(default=Reply.json(SAMPLE)) as srv:
        yield srv


@pytest.fixture
def credential():
    return FakeCredential()


def make_client(server: RecordingServer, credential=None, **kwargs) -> DesktopVirtualizationAPIClient:
    kwargs.setdefault("endpoint", server.url)
    kwargs.setdefault("retries", 0)
    kwargs.setdefault("timeout", 10.0)
    return DesktopVirtualizationAPIClient(credential or FakeCredential(), SUBSCRIPTION, **kwargs)


def call(client, resource_group_name=RG, host_pool_name=POOL, **kwargs):
    return client.host_pools.retrieve_registration_token(
        resource_group_name=resource_group_name, host_pool_name=host_pool_name, **kwargs
    )


def assert_sample(info: RegistrationInfo) -> None:
    assert isinstance(info, RegistrationInfo)
    assert info.expiration_time == dt.datetime(
        2008, 9, 22, 14, 1, 54, 957124, tzinfo=dt.UTC
    )
    assert info.expiration_time.tzinfo is not None
    assert info.expiration_time.utcoffset() == dt.timedelta(0)
    assert info.token == "token"
    assert info.registration_token_operation is RegistrationTokenOperation.UPDATE
    assert info.registration_token_operation == "Update"


# --------------------------------------------------------------------------- 1. request


def test_request_line_query_headers_and_empty_body(server, credential):
    with make_client(server, credential) as client:
        call(client)

    [req] = server.requests
    assert req.method == "POST"
    assert req.http_version == "HTTP/1.1"
    assert req.target == EXPECTED_PATH + "?api-version=2025-10-10"
    assert req.path == EXPECTED_PATH
    assert req.query == "api-version=2025-10-10"

    headers = req.headers
    assert headers["authorization"] == "Bearer tok-1"
    assert headers["accept"] == "application/json"
    request_id = headers["x-ms-client-request-id"]
    assert str(uuid.UUID(request_id)) == request_id.lower()
    assert headers["user-agent"].startswith("desktopvirtualization/")
    assert f"desktopvirtualization/{desktopvirtualization.__version__}" in headers["user-agent"]
    assert headers["host"] == f"127.0.0.1:{server.port}"
    # Each header name is sent once (no duplicate Accept / User-Agent from httpx defaults).
    names = [name.lower() for name, _ in req.raw_headers]
    for name in ("authorization", "accept", "user-agent", "x-ms-client-request-id"):
        assert names.count(name) == 1, name

    assert req.body == b""
    assert headers.get("content-length", "0") == "0"
    assert "content-type" not in headers
    assert "transfer-encoding" not in headers


def test_each_call_gets_a_new_client_request_id_unless_given(server, credential):
    with make_client(server, credential, user_agent="myapp/1.0") as client:
        call(client)
        call(client)
        call(client, client_request_id="my-id-123")

    ids = [r.headers["x-ms-client-request-id"] for r in server.requests]
    assert len(set(ids[:2])) == 2
    for value in ids[:2]:
        uuid.UUID(value)
    assert ids[2] == "my-id-123"
    for r in server.requests:
        assert r.headers["user-agent"].startswith("myapp/1.0 desktopvirtualization/")


def test_auto_request_id_off_sends_only_given_ids(server, credential):
    with make_client(server, credential, auto_request_id=False) as client:
        call(client)
        call(client, client_request_id="my-id-456")

    first, second = server.requests
    assert "x-ms-client-request-id" not in first.headers
    assert second.headers["x-ms-client-request-id"] == "my-id-456"


def test_trailing_slash_endpoint_gives_same_path_and_scope(server, credential):
    with make_client(server, credential, endpoint=server.url + "/") as client:
        call(client)
    [req] = server.requests
    assert req.path == EXPECTED_PATH
    assert credential.calls == [(f"{server.url}/.default",)]


# --------------------------------------------------------------------------- 2. response


def test_sample_response_is_deserialized(server, credential):
    server.respond(Reply.json(SAMPLE))
    with make_client(server, credential) as client:
        info = call(client)
    assert_sample(info)
    assert info.to_dict() == {
        "expirationTime": "2008-09-22T14:01:54.957124Z",
        "token": "token",
        "registrationTokenOperation": "Update",
    }


# --------------------------------------------------------------------------- 3. token cache


def test_token_is_fetched_once_with_endpoint_scope_and_cached(server):
    credential = FakeCredential(lifetime=3600)
    with make_client(server, credential) as client:
        call(client)
        call(client)

    assert credential.calls == [(f"http://127.0.0.1:{server.port}/.default",)]
    auth = [r.headers["authorization"] for r in server.requests]
    assert auth == ["Bearer tok-1", "Bearer tok-1"]


def test_token_near_expiry_is_refreshed(server):
    # expires_on is within the 5-minute refresh margin: every call asks again.
    credential = FakeCredential(lifetime=200)
    with make_client(server, credential) as client:
        call(client)
        call(client)

    scope = f"http://127.0.0.1:{server.port}/.default"
    assert credential.calls == [(scope,), (scope,)]
    auth = [r.headers["authorization"] for r in server.requests]
    assert auth == ["Bearer tok-1", "Bearer tok-2"]


def test_custom_credential_scopes_are_used(server, credential):
    with make_client(server, credential, credential_scopes=["api://x/.default"]) as client:
        call(client)
    assert credential.calls == [("api://x/.default",)]


# --------------------------------------------------------------------------- 4. validation


@pytest.mark.parametrize(
    ("kwargs", "parameter", "constraint"),
    [
        ({"host_pool_name": "ab"}, "host_pool_name", "min_length"),
        ({"host_pool_name": "a" * 65}, "host_pool_name", "max_length"),
        ({"host_pool_name": "bad/name"}, "host_pool_name", "pattern"),
        ({"host_pool_name": "name\n"}, "host_pool_name", "pattern"),
        ({"host_pool_name": "na\nme"}, "host_pool_name", "pattern"),
        ({"resource_group_name": ""}, "resource_group_name", "min_length"),
        ({"resource_group_name": "r" * 91}, "resource_group_name", "max_length"),
        ({"resource_group_name": None}, "resource_group_name", "required"),
        ({"host_pool_name": None}, "host_pool_name", "required"),
        ({"host_pool_name": 12345}, "host_pool_name", "type"),
    ],
    ids=[
        "pool-too-short",
        "pool-too-long",
        "pool-slash",
        "pool-trailing-newline",
        "pool-inner-newline",
        "rg-empty",
        "rg-91-chars",
        "rg-none",
        "pool-none",
        "pool-not-str",
    ],
)
def test_invalid_arguments_raise_before_sending(server, credential, kwargs, parameter, constraint):
    args = {"resource_group_name": RG, "host_pool_name": POOL, **kwargs}
    with make_client(server, credential) as client:
        with pytest.raises(ParameterValidationError) as info:
            client.host_pools.retrieve_registration_token(**args)

    err = info.value
    assert isinstance(err, ValueError)
    assert err.parameter == parameter
    assert err.constraint == constraint
    assert parameter in str(err)
    assert constraint in str(err)
    assert server.requests == []
    assert credential.calls == []


def test_boundary_lengths_are_accepted(server, credential):
    with make_client(server, credential) as client:
        call(client, host_pool_name="abc")
        call(client, host_pool_name="a" * 64)
        call(client, resource_group_name="r")
        call(client, resource_group_name="r" * 90)
        call(client, host_pool_name="A-z_0.9@ x")
    assert len(server.requests) == 5
    assert server.requests[4].path.endswith("/hostPools/A-z_0.9%40%20x/retrieveRegistrationToken")


@pytest.mark.parametrize(
    ("subscription_id", "constraint"),
    [
        ("not-a-uuid", "format"),
        ("daefabc0-95b4-48b3-b645-8a753a63c4fa\n", "format"),
        ("daefabc095b448b3b6458a753a63c4fa", "format"),
        (None, "required"),
    ],
)
def test_invalid_subscription_id_raises_at_construction(server, subscription_id, constraint):
    credential = FakeCredential()
    with pytest.raises(ParameterValidationError) as info:
        DesktopVirtualizationAPIClient(
            credential, subscription_id, endpoint=server.url, retries=0
        )
    assert isinstance(info.value, ValueError)
    assert info.value.parameter == "subscription_id"
    assert info.value.constraint == constraint
    assert "subscription_id" in str(info.value)
    assert server.requests == []
    assert credential.calls == []


# --------------------------------------------------------------------------- 5. path encoding


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#b", "a%23b"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("%2F", "%252F"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("a b", "a%20b"),
        ("a&api-version=1", "a%26api-version%3D1"),
    ],
)
def test_hostile_path_values_are_one_encoded_segment(server, credential, value, encoded):
    with make_client(server, credential) as client:
        info = call(client, resource_group_name=value)
    assert_sample(info)

    [req] = server.requests
    expected_path = EXPECTED_PATH.replace(f"/resourceGroups/{RG}/", f"/resourceGroups/{encoded}/")
    assert req.target == expected_path + "?api-version=2025-10-10"
    assert req.path == expected_path
    assert req.query == "api-version=2025-10-10"
    assert req.path.count("/") == EXPECTED_PATH.count("/")


# --------------------------------------------------------------------------- 6. errors


def test_404_raises_resource_not_found_with_details(server, credential):
    body = {"error": {"code": "ResourceNotFound", "message": "nope"}}
    reply = Reply.json(body, status=404, headers={"x-ms-request-id": "abc"})
    server.respond(reply)
    with make_client(server, credential) as client:
        with pytest.raises(HttpResponseError) as info:
            call(client)

    err = info.value
    assert type(err) is ResourceNotFoundError
    assert err.status_code == 404
    assert err.code == "ResourceNotFound"
    assert err.message == "nope"
    assert err.request_id == "abc"
    assert err.body == reply.body
    assert isinstance(err.body, bytes)
    assert err.headers.get("x-ms-request-id") == "abc"
    assert isinstance(err.model, CloudError)
    assert err.model.error == CloudErrorProperties(code="ResourceNotFound", message="nope")
    assert err.attempts == 1
    assert "404" in str(err) and "ResourceNotFound" in str(err) and "nope" in str(err)
    assert len(server.requests) == 1


def test_400_with_non_json_body_keeps_raw_body(server, credential):
    server.respond(Reply.raw("<html>oops</html>", status=400, headers={"Content-Type": "text/html"}))
    with make_client(server, credential) as client:
        with pytest.raises(HttpResponseError) as info:
            call(client)

    err = info.value
    assert type(err) is HttpResponseError
    assert err.status_code == 400
    assert err.code is None
    assert err.message is None
    assert err.model is None
    assert err.request_id is None
    assert err.body == b"<html>oops</html>"
    assert len(server.requests) == 1


def test_error_statuses_map_to_subclasses(server, credential):
    from desktopvirtualization import ClientAuthenticationError, ResourceExistsError

    server.respond(
        Reply.json({"error": {"code": "AuthFailed"}}, status=401),
        Reply.json({"error": {"code": "Forbidden"}}, status=403),
        Reply.json({"error": {"code": "Conflict"}}, status=409),
        Reply.raw(b"", status=418),
    )
    with make_client(server, credential) as client:
        raised = []
        for _ in range(4):
            with pytest.raises(HttpResponseError) as info:
                call(client)
            raised.append(info.value)
    assert [type(e) for e in raised] == [
        ClientAuthenticationError,
        ClientAuthenticationError,
        ResourceExistsError,
        HttpResponseError,
    ]
    assert [e.code for e in raised] == ["AuthFailed", "Forbidden", "Conflict", None]
    assert raised[3].body == b""


def test_retryable_status_is_retried_then_succeeds(server, credential):
    # POST retries 503; retry-after-ms: 0 keeps the test fast.
    server.respond(
        Reply.json({"error": {"code": "Busy"}}, status=503, headers={"retry-after-ms": "0"}),
    )
    with make_client(server, credential, retries=2) as client:
        info = call(client)
    assert_sample(info)
    assert len(server.requests) == 2
    first, second = server.requests
    assert first.headers["x-ms-client-request-id"] == second.headers["x-ms-client-request-id"]
    assert credential.calls == [(f"{server.url}/.default",)]


def test_retry_budget_exhausted_reports_attempts(server, credential):
    server.set_default(Reply.json({"error": {"code": "Busy"}}, status=503, headers={"retry-after-ms": "0"}))
    with make_client(server, credential, retries=2) as client:
        with pytest.raises(HttpResponseError) as info:
            call(client)
    assert info.value.status_code == 503
    assert info.value.code == "Busy"
    assert info.value.attempts == 3
    assert len(server.requests) == 3


def test_post_not_retried_on_404_even_with_budget(server, credential):
    server.set_default(Reply.json({"error": {"code": "ResourceNotFound"}}, status=404))
    with make_client(server, credential, retries=3) as client:
        with pytest.raises(ResourceNotFoundError):
            call(client)
    assert len(server.requests) == 1


def test_connection_refused_raises_service_request_error(credential):
    # A port that was just free on loopback: nothing listens there.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = DesktopVirtualizationAPIClient(
        credential, SUBSCRIPTION, endpoint=f"http://127.0.0.1:{port}", retries=0
    )
    with client:
        with pytest.raises(ServiceRequestError) as info:
            call(client)
    assert info.value.attempts == 1


# --------------------------------------------------------------------------- 7. lenient reading


def test_unknown_enum_extra_fields_and_missing_fields(server, credential):
    server.respond(
        Reply.json({"registrationTokenOperation": "Rotate", "somethingNew": {"x": [1, 2]}}),
        Reply.json({}),
        Reply.json({"token": "t", "expirationTime": None, "registrationTokenOperation": None}),
    )
    with make_client(server, credential) as client:
        rotated = call(client)
        empty = call(client)
        nulls = call(client)

    assert rotated.registration_token_operation == "Rotate"
    assert type(rotated.registration_token_operation) is str
    assert not isinstance(rotated.registration_token_operation, RegistrationTokenOperation)
    assert rotated.expiration_time is None
    assert rotated.token is None
    assert not hasattr(rotated, "somethingNew")
    assert not hasattr(rotated, "something_new")

    assert empty == RegistrationInfo()
    assert empty.expiration_time is None and empty.token is None
    assert empty.registration_token_operation is None

    assert nulls == RegistrationInfo(token="t")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2008-09-22T14:01:54Z", dt.datetime(2008, 9, 22, 14, 1, 54, tzinfo=dt.UTC)),
        ("2008-09-22T14:01:54", dt.datetime(2008, 9, 22, 14, 1, 54, tzinfo=dt.UTC)),
        (
            "2008-09-22T16:01:54.5+02:00",
            dt.datetime(2008, 9, 22, 14, 1, 54, 500000, tzinfo=dt.UTC),
        ),
    ],
)
def test_datetime_variants(server, credential, stamp, expected):
    server.respond(Reply.json({"expirationTime": stamp}))
    with make_client(server, credential) as client:
        info = call(client)
    assert info.expiration_time == expected
    assert info.expiration_time.tzinfo is not None


# --------------------------------------------------------------------------- 8. malformed success


@pytest.mark.parametrize(
    ("reply", "where"),
    [
        (Reply.json({"expirationTime": 12}), "RegistrationInfo.expirationTime"),
        (Reply.json({"expirationTime": "yesterday"}), "RegistrationInfo.expirationTime"),
        (Reply.json({"expirationTime": "2008-02-30T00:00:00Z"}), "RegistrationInfo.expirationTime"),
        (Reply.json({"token": 5}), "RegistrationInfo.token"),
        (Reply.json({"registrationTokenOperation": 1.5}), "RegistrationInfo.registrationTokenOperation"),
        (Reply.json([1, 2]), "RegistrationInfo"),
        (Reply.raw("<html>not json</html>"), "HostPools_RetrieveRegistrationToken response 200"),
    ],
    ids=[
        "datetime-int",
        "datetime-garbage",
        "datetime-invalid-date",
        "token-int",
        "enum-float",
        "array-body",
        "html-body",
    ],
)
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
def test_malformed_success_body_raises_deserialization_error(server, credential, reply, where, strict):
    """Values of the wrong type or unparseable: an error whether reading is strict or not."""
    server.respond(reply)
    with make_client(server, credential, strict_responses=strict) as client:
        with pytest.raises(DeserializationError) as info:
            call(client)
    assert info.value.where == where
    assert str(info.value).startswith(where + ":")
    assert not isinstance(info.value, HttpResponseError)


def test_empty_success_body_raises_only_when_strict(server, credential):
    where = "HostPools_RetrieveRegistrationToken response 200"
    server.respond(Reply.raw(b""), Reply.raw(b""))
    with make_client(server, credential, strict_responses=True) as client:
        with pytest.raises(DeserializationError) as info:
            call(client)
    assert info.value.where == where and str(info.value).startswith(where + ":")
    with make_client(server, credential) as client:  # tolerant (the default): None, as the SDK
        assert call(client) is None


# --------------------------------------------------------------------------- 9. token transport


def test_refuses_bearer_token_over_plain_http_to_remote_host(credential):
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> None:
        # Event hooks run before any connection is opened: if we get here, the client
        # was about to send the token, so fail without touching the network.
        sent.append(request)
        raise AssertionError(f"request would have been sent: {request.url}")

    with httpx.Client(event_hooks={"request": [refuse]}) as http_client:
        client = DesktopVirtualizationAPIClient(
            credential,
            SUBSCRIPTION,
            endpoint="http://example.invalid",
            http_client=http_client,
            retries=0,
        )
        with client:
            with pytest.raises(ValueError) as info:
                call(client)
    assert not isinstance(info.value, ParameterValidationError)
    assert "example.invalid" in str(info.value)
    assert sent == []
    assert credential.calls == []  # no token was even requested


@pytest.mark.parametrize(
    "url",
    [
        "http://example.invalid/x",
        "http://10.0.0.1/x",
        "http://127.0.0.1.example.invalid/x",
        "http://localhost.example.invalid/x",
        "ftp://127.0.0.1/x",
        "http://127.0.0.1@example.invalid/x",  # userinfo, not the host
        "http://127.0.0.1:1@example.invalid?x",
        "http://example.invalid?http://127.0.0.1/",
    ],
)
def test_check_token_transport_rejects(url):
    with pytest.raises(ValueError):
        check_token_transport(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.invalid/x",
        "http://localhost:8080/x",
        "http://LOCALHOST/x",
        "http://127.0.0.1:1/x",
        "http://127.5.6.7/x",
        "http://[::1]:8080/x",
        "http://127.0.0.1:1?q=1",
    ],
)
def test_check_token_transport_allows(url):
    check_token_transport(url)
    check_token_transport(url)  # the second answer comes from the per-origin cache


def test_localhost_endpoint_is_allowed_end_to_end(server, credential):
    with make_client(server, credential, endpoint=f"http://localhost:{server.port}") as client:
        info = call(client)
    assert_sample(info)
    [req] = server.requests
    assert req.headers["authorization"] == "Bearer tok-1"
    assert credential.calls == [(f"http://localhost:{server.port}/.default",)]


# --------------------------------------------------------------------------- 10. async


def test_async_client_same_request_and_model(server):
    credential = AsyncFakeCredential()

    async def main():
        async with dv_aio.DesktopVirtualizationAPIClient(
            credential, SUBSCRIPTION, endpoint=server.url, retries=0, timeout=10.0
        ) as client:
            first = await client.host_pools.retrieve_registration_token(
                resource_group_name=RG, host_pool_name=POOL
            )
            second = await client.host_pools.retrieve_registration_token(RG, POOL)
            return first, second

    first, second = asyncio.run(main())
    assert_sample(first)
    assert first == second

    assert credential.calls == [(f"{server.url}/.default",)]
    assert len(server.requests) == 2
    for req in server.requests:
        assert req.method == "POST"
        assert req.target == EXPECTED_PATH + "?api-version=2025-10-10"
        assert req.headers["authorization"] == "Bearer atok-1"
        assert req.headers["accept"] == "application/json"
        assert req.headers["user-agent"].startswith("desktopvirtualization/")
        uuid.UUID(req.headers["x-ms-client-request-id"])
        assert req.body == b""


def test_async_client_errors_and_validation(server):
    credential = AsyncFakeCredential()
    server.respond(
        Reply.json(
            {"error": {"code": "ResourceNotFound", "message": "nope"}},
            status=404,
            headers={"x-ms-request-id": "abc"},
        )
    )

    async def main():
        async with dv_aio.DesktopVirtualizationAPIClient(
            credential, SUBSCRIPTION, endpoint=server.url, retries=0
        ) as client:
            with pytest.raises(ResourceNotFoundError) as not_found:
                await client.host_pools.retrieve_registration_token(RG, POOL)
            with pytest.raises(ParameterValidationError) as invalid:
                await client.host_pools.retrieve_registration_token(RG, "ab")
            return not_found.value, invalid.value

    not_found, invalid = asyncio.run(main())
    assert not_found.status_code == 404
    assert not_found.code == "ResourceNotFound"
    assert not_found.request_id == "abc"
    assert isinstance(not_found.model, CloudError)
    assert invalid.parameter == "host_pool_name" and invalid.constraint == "min_length"
    assert len(server.requests) == 1


def test_async_client_refuses_plain_http_to_remote_host():
    credential = AsyncFakeCredential()

    async def refuse(request: httpx.Request) -> None:
        raise AssertionError(f"request would have been sent: {request.url}")

    async def main():
        async with httpx.AsyncClient(event_hooks={"request": [refuse]}) as http_client:
            async with dv_aio.DesktopVirtualizationAPIClient(
                credential,
                SUBSCRIPTION,
                endpoint="http://example.invalid",
                http_client=http_client,
                retries=0,
            ) as client:
                with pytest.raises(ValueError):
                    await client.host_pools.retrieve_registration_token(RG, POOL)

    asyncio.run(main())
    assert credential.calls == []


# --------------------------------------------------------------------------- 11. own http client


def test_caller_supplied_http_client_is_used_and_not_closed(server, credential):
    seen: list[str] = []
    http_client = httpx.Client(
        headers={"X-Caller-Client": "yes"},
        event_hooks={"request": [lambda r: seen.append(str(r.url))]},
    )
    try:
        client = make_client(server, credential, http_client=http_client)
        with client:
            info = call(client)
        assert_sample(info)
        # close() (via __exit__) must leave the caller's client open and usable.
        client.close()
        assert not http_client.is_closed
        response = http_client.get(server.url + "/still-open")
        assert response.status_code == 200
    finally:
        http_client.close()

    assert seen[0] == f"{server.url}{EXPECTED_PATH}?api-version=2025-10-10"
    first = server.requests[0]
    assert first.headers["x-caller-client"] == "yes"
    assert first.headers["authorization"] == "Bearer tok-1"
    assert server.requests[1].target == "/still-open"


def test_own_http_client_is_closed(server, credential):
    client = make_client(server, credential)
    call(client)
    inner = client._pipeline._client
    assert not inner.is_closed
    client.close()
    assert inner.is_closed


def test_async_caller_supplied_http_client_is_not_closed(server):
    credential = AsyncFakeCredential()

    async def main():
        http_client = httpx.AsyncClient(headers={"X-Caller-Client": "async"})
        try:
            async with dv_aio.DesktopVirtualizationAPIClient(
                credential, SUBSCRIPTION, endpoint=server.url, http_client=http_client, retries=0
            ) as client:
                info = await client.host_pools.retrieve_registration_token(RG, POOL)
            assert not http_client.is_closed
            await http_client.get(server.url + "/still-open")
            return info
        finally:
            await http_client.aclose()

    assert_sample(asyncio.run(main()))
    assert server.requests[0].headers["x-caller-client"] == "async"
    assert server.requests[1].target == "/still-open"


# --------------------------------------------------------------------------- regressions
# Hostile bodies and headers that once escaped as bare ValueError / TypeError / RecursionError.


@pytest.mark.parametrize("stamp", ["2008-09-22T14:01:54+24:00", "2008-09-22T14:01:54-99:00"])
def test_out_of_range_utc_offset_raises_deserialization_error(server, credential, stamp):
    server.respond(Reply.json({"expirationTime": stamp}))
    with make_client(server, credential) as client:
        with pytest.raises(DeserializationError) as info:
            call(client)
    assert info.value.where == "RegistrationInfo.expirationTime"


@pytest.mark.parametrize("value", [["Update"], {"op": "Update"}])
def test_unhashable_enum_value_raises_deserialization_error(server, credential, value):
    server.respond(Reply.json({"registrationTokenOperation": value}))
    with make_client(server, credential) as client:
        with pytest.raises(DeserializationError) as info:
            call(client)
    assert info.value.where == "RegistrationInfo.registrationTokenOperation"


@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
def test_nan_retry_after_does_not_crash_sync_client(server, credential, header):
    server.respond(Reply.json({"error": {"code": "Busy"}}, status=503, headers={header: "nan"}))
    with make_client(server, credential, retries=1) as client:
        info = call(client)
    assert_sample(info)
    assert len(server.requests) == 2


def test_deeply_nested_success_body_raises_deserialization_error(server, credential):
    server.respond(Reply.raw(b"[" * 200_000, headers={"Content-Type": "application/json"}))
    with make_client(server, credential) as client:
        with pytest.raises(DeserializationError):
            call(client)
