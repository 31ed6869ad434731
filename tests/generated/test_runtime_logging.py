"""Logging and secrets, against a real HTTP server on 127.0.0.1.

The client logs one DEBUG line per request and one per response (or transport failure)
under the package's logger; bodies only with ``log_bodies=True``, and then with every
field the spec marks ``x-ms-secret`` replaced by ``***``.  The bearer token never
appears, at any level, in any logger (httpx and httpcore included), and neither does
the secret ``RegistrationInfo.token``: not in logs, reprs, or exception messages.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import time
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parents[1] / "generated"))

from desktopvirtualization import (  # noqa: E402
    DeserializationError,
    DesktopVirtualizationAPIClient,
    HttpResponseError,
    RetryPolicy,
    ServiceRequestError,
)
from desktopvirtualization import aio as dv_aio  # noqa: E402
from desktopvirtualization.models import RegistrationInfo  # noqa: E402

from tests.support.http_server import RecordingServer, Reply  # noqa: E402

SUBSCRIPTION = "daefabc0-95b4-48b3-b645-8a753a63c4fa"
RG = "resourceGroup1"
POOL = "hostPool1"
BEARER = "eyJ0eXAi.bearer-SECRET-77b2c0"
SECRET = "reg-SECRET-3f9a1cd0e5"
BODY = {"expirationTime": "2008-09-22T14:01:54Z", "token": SECRET, "registrationTokenOperation": "Update"}
PATH = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RG}"
    f"/providers/Microsoft.DesktopVirtualization/hostPools/{POOL}/retrieveRegistrationToken"
)
QUICK = RetryPolicy(total=3, backoff_factor=0.01)
LOGGER = "desktopvirtualization"


class _Token:
    def __init__(self) -> None:
        self.token = BEARER
        self.expires_on = int(time.time()) + 3600


class Credential:
    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token()


class AsyncCredential:
    async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token()


@pytest.fixture
def server():
    with RecordingServer(default=Reply.json(BODY, headers={"x-ms-request-id": "srv-ok"})) as srv:
        yield srv


@pytest.fixture
def logs(caplog):
    """Every record of every logger, at DEBUG; checked for secrets after the test."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert_clean(caplog.text)
    for record in caplog.records:
        assert_clean(record.getMessage(), repr(record.args), record.exc_text or "")


def assert_clean(*texts: str) -> None:
    for text in texts:
        assert BEARER not in text
        assert "bearer-SECRET" not in text
        assert SECRET not in text
        assert "SECRET" not in text, text


def ours(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER]


def make_client(server, **kwargs) -> DesktopVirtualizationAPIClient:
    kwargs.setdefault("retries", QUICK)
    return DesktopVirtualizationAPIClient(Credential(), SUBSCRIPTION, endpoint=server.url, **kwargs)


def call(client, **kwargs):
    return client.host_pools.retrieve_registration_token(RG, POOL, **kwargs)


def assert_exception_clean(error: BaseException) -> None:
    """The exception, and every exception chained to it, says nothing secret."""
    seen = 0
    while error is not None and seen < 10:
        assert_clean(str(error), repr(error), repr(error.args))
        error = error.__cause__ or error.__context__
        seen += 1


def request_line(url: str, client_id: str, attempt: int) -> str:
    return rf"POST {re.escape(url)} \(client request id {re.escape(client_id)}, attempt {attempt}\)"


def response_line(url: str, status: int, client_id: str, server_id: str, attempt: int) -> str:
    return (
        rf"POST {re.escape(url)}\?api-version=2025-10-10 -> {status} "
        rf"\(client request id {re.escape(client_id)}, request id {re.escape(server_id)}, \d+\.\d ms, attempt {attempt}\)"
    )


# --------------------------------------------------------------------------- lines


def test_one_debug_line_per_request_and_per_response_without_bodies(server, logs):
    server.respond(Reply.json({"error": {"code": "Busy"}}, status=503, headers={"x-ms-request-id": "srv-busy"}))
    with make_client(server) as client:
        info = call(client, client_request_id="cid-1")

    url = server.url + PATH
    records = ours(logs)
    assert [r.levelno for r in records] == [logging.DEBUG] * 4
    messages = [r.getMessage() for r in records]
    assert re.fullmatch(request_line(url, "cid-1", 1), messages[0]), messages[0]
    assert re.fullmatch(response_line(url, 503, "cid-1", "srv-busy", 1), messages[1]), messages[1]
    assert re.fullmatch(request_line(url, "cid-1", 2), messages[2]), messages[2]
    assert re.fullmatch(response_line(url, 200, "cid-1", "srv-ok", 2), messages[3]), messages[3]
    assert not any("body" in m for m in messages)
    assert "Authorization" not in logs.text and "authorization" not in logs.text
    # The model itself hides the secret.
    assert info.token == SECRET
    assert repr(info) == (
        "RegistrationInfo(expiration_time=datetime.datetime(2008, 9, 22, 14, 1, 54, tzinfo=datetime.timezone.utc), "
        "token='***', registration_token_operation=<RegistrationTokenOperation.UPDATE: 'Update'>)"
    )
    assert_clean(repr(info), str(info), repr([info]), f"{info!r}")


def test_nothing_is_logged_above_debug_by_the_client(server, caplog):
    caplog.set_level(logging.INFO)
    with make_client(server, log_bodies=True) as client:
        call(client)
    assert ours(caplog) == []
    assert_clean(caplog.text)


def test_log_bodies_shows_bodies_with_secrets_replaced(server, logs):
    server.respond(
        Reply.json(
            {"error": {"code": "Busy", "message": "later", "details": [{"token": SECRET, "code": "Inner"}]}},
            status=500,
        )
    )
    with make_client(server, log_bodies=True) as client:
        info = call(client)
    assert info.token == SECRET

    messages = [r.getMessage() for r in ours(logs)]
    assert len(messages) == 4
    assert messages[0].endswith(" body: <empty>")  # the seed POST sends no body
    error_body = json.loads(messages[1].split(" body: ", 1)[1])
    assert error_body == {"error": {"code": "Busy", "message": "later", "details": [{"token": "***", "code": "Inner"}]}}
    ok_body = json.loads(messages[3].split(" body: ", 1)[1])
    assert ok_body == {"expirationTime": "2008-09-22T14:01:54Z", "token": "***", "registrationTokenOperation": "Update"}


def test_log_bodies_never_shows_a_body_that_is_not_json(server, logs):
    # A truncated JSON body cannot be parsed to redact it: only its size is logged.
    truncated = json.dumps(BODY).encode()[:-20]
    server.respond(Reply.raw(truncated, headers={"Content-Type": "application/json"}))
    with make_client(server, log_bodies=True) as client:
        with pytest.raises(DeserializationError) as raised:
            call(client)
    assert_exception_clean(raised.value)
    [_, response] = [r.getMessage() for r in ours(logs)]
    assert response.endswith(f" body: <{len(truncated)} bytes, not JSON>")


def test_transport_failures_are_logged_with_elapsed_time(server, logs):
    server.respond(Reply.hang())
    with make_client(server, timeout=0.2) as client:
        with pytest.raises(ServiceRequestError) as raised:
            call(client, client_request_id="cid-t")
    assert_exception_clean(raised.value)
    messages = [r.getMessage() for r in ours(logs)]
    assert len(messages) == 2
    assert re.fullmatch(
        rf"POST {re.escape(server.url + PATH)} -> ReadTimeout \(client request id cid-t, \d+\.\d ms, attempt 1\)",
        messages[1],
    ), messages[1]


def test_async_client_logs_the_same_lines(server, logs):
    async def main():
        async with dv_aio.DesktopVirtualizationAPIClient(
            AsyncCredential(), SUBSCRIPTION, endpoint=server.url, retries=QUICK, log_bodies=True
        ) as client:
            return await call(client, client_request_id="cid-a")

    info = asyncio.run(main())
    assert info.token == SECRET
    url = server.url + PATH
    messages = [r.getMessage() for r in ours(logs)]
    assert len(messages) == 2
    assert re.fullmatch(request_line(url, "cid-a", 1) + " body: <empty>", messages[0])
    assert re.match(response_line(url, 200, "cid-a", "srv-ok", 1) + ' body: {"expirationTime"', messages[1])
    assert '"token": "***"' in messages[1]


# --------------------------------------------------------------------------- secrets in errors


@pytest.mark.parametrize(
    "body",
    [
        {"token": [SECRET]},
        {"token": {"value": SECRET}},
        {"token": 12345, "note": SECRET},
        {"expirationTime": "not a date", "token": SECRET},
        {"registrationTokenOperation": [1.5], "token": SECRET},
    ],
    ids=["token-list", "token-object", "token-int", "bad-date-beside-secret", "bad-enum"],
)
def test_deserialization_errors_never_show_the_secret(server, logs, body):
    server.respond(Reply.json(body))
    with make_client(server, log_bodies=True) as client:
        with pytest.raises(DeserializationError) as raised:
            call(client)
    assert_exception_clean(raised.value)
    assert raised.value.where.startswith("RegistrationInfo.")


def test_deserialization_error_names_the_secret_field_without_its_value():
    with pytest.raises(DeserializationError) as raised:
        RegistrationInfo.from_dict({"token": [SECRET]})
    assert str(raised.value) == "RegistrationInfo.token: expected a string, got a list (secret, not shown)"


def test_error_responses_and_transport_errors_never_show_secrets(server, logs):
    # An error body carrying the secret: the message shows code and message only.
    server.respond(
        Reply.json({"error": {"code": "Conflict", "message": "taken"}, "token": SECRET}, status=409),
        Reply.reset(json.dumps(BODY).encode()),
    )
    with make_client(server, log_bodies=True) as client:
        with pytest.raises(HttpResponseError) as http_error:
            call(client)
        with pytest.raises(ServiceRequestError) as reset:
            call(client)
    assert str(http_error.value) == "HTTP 409 Conflict: taken"
    assert_exception_clean(http_error.value)
    assert_exception_clean(reset.value)
    # The bearer token travelled (the server saw it) but is in no log, message or repr.
    assert all(r.headers["authorization"] == f"Bearer {BEARER}" for r in server.requests)
    assert_clean(repr(http_error.value.response), repr(http_error.value.headers))
