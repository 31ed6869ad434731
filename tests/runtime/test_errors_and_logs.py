"""``_errors`` (the classes and :func:`error_from_response`), ``_log`` (redacted bodies)
and ``_streams`` (a body read as it comes)."""

from __future__ import annotations

import asyncio
import json
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.runtime.conftest import Runtime


def _response(status: int, body: bytes = b"", **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=body, headers=headers, request=httpx.Request("GET", "https://h/p")
    )


def test_the_hierarchy(errors: ModuleType) -> None:
    assert issubclass(errors.ParameterValidationError, ValueError)
    for name in (
        "ParameterValidationError",
        "ServiceRequestError",
        "DeserializationError",
        "HttpResponseError",
    ):
        assert issubclass(getattr(errors, name), errors.ClientError)
    for name in ("ClientAuthenticationError", "ResourceNotFoundError", "ResourceExistsError"):
        assert issubclass(getattr(errors, name), errors.HttpResponseError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, "ClientAuthenticationError"),
        (403, "ClientAuthenticationError"),
        (404, "ResourceNotFoundError"),
        (409, "ResourceExistsError"),
        (400, "HttpResponseError"),
        (500, "HttpResponseError"),
    ],
)
def test_the_class_follows_the_status(errors: ModuleType, status: int, cls: str) -> None:
    assert type(errors.error_from_response(_response(status))) is getattr(errors, cls)


def test_an_arm_error_body(errors: ModuleType) -> None:
    body = json.dumps(
        {"error": {"code": "Bad", "message": "no", "details": [{"code": "D"}]}}
    ).encode()
    response = _response(400, body, **{"x-ms-request-id": "rid"})
    response.extensions["opgen.attempts"] = 3
    error = errors.error_from_response(
        response, model=lambda data: ("model", data["error"]["code"])
    )
    assert (error.status_code, error.code, error.message, error.details) == (
        400,
        "Bad",
        "no",
        [{"code": "D"}],
    )
    assert (error.request_id, error.body, error.attempts, error.response) == (
        "rid",
        body,
        3,
        response,
    )
    assert error.model == ("model", "Bad")
    assert str(error) == "HTTP 400 Bad: no (request id rid)"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html>oops</html>",
        b'"just a string"',
        b"[1, 2]",
        b'{"error": "text"}',
        b'{"code": 5, "message": ["x"]}',
        b"[" * 100000,
    ],
)
def test_any_other_body_still_gives_an_http_response_error(errors: ModuleType, body: bytes) -> None:
    error = errors.error_from_response(_response(502, body))
    assert type(error) is errors.HttpResponseError and error.body == body
    assert error.code is None and error.message is None and error.details == []
    assert str(error) == "HTTP 502"


def test_a_model_that_cannot_read_the_body_is_left_out(errors: ModuleType) -> None:
    def model(data: Any) -> object:
        raise errors.DeserializationError("CloudError", "not an object")

    error = errors.error_from_response(_response(500, b'"text"'), model=model)
    assert error.model is None
    assert (
        errors.error_from_response(_response(500, b""), model=lambda data: 1 / 0).model is None
    )  # no JSON: not called


def test_error_messages(errors: ModuleType) -> None:
    invalid = errors.ParameterValidationError("name", "pattern", "'x' does not match")
    assert str(invalid) == "parameter 'name': 'x' does not match (pattern)"
    assert errors.ServiceRequestError("down", attempts=4).attempts == 4
    assert str(errors.DeserializationError("M.f", "bad")) == "M.f: bad"


def test_logged_bodies_hide_every_secret_field(rt: Runtime) -> None:
    log = rt.module("_log")
    body = json.dumps(
        {
            "password": "p",
            "items": [{"token": "t", "name": "n"}],
            "nested": {"password": {"deep": 1}},
        }
    ).encode()
    shown = json.loads(log.loggable_body(body))
    assert shown == {
        "password": "***",
        "items": [{"token": "***", "name": "n"}],
        "nested": {"password": "***"},
    }
    assert log.loggable_body(b"") == "<empty>" and log.loggable_body(None) == "<empty>"
    assert log.loggable_body(b"\xff\xfe binary") == "<9 bytes, not JSON>"
    assert log.loggable_body(b"[" * 100000) == "<100000 bytes, not JSON>"
    assert json.loads(log.loggable_body('{"x": "é"}'.encode())) == {"x": "é"}


def test_the_logger_is_the_packages_and_made_once(rt: Runtime) -> None:
    log = rt.module("_log")
    assert log.logger().name == rt.name and log.logger() is log.logger()


def _stream_response(chunks: list[bytes], fail: bool = False) -> tuple[httpx.Response, list[str]]:
    events: list[str] = []

    class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            yield from chunks
            if fail:
                raise httpx.ReadError("reset")

        async def __aiter__(self) -> Any:
            for chunk in chunks:
                yield chunk
            if fail:
                raise httpx.ReadError("reset")

        def close(self) -> None:
            events.append("closed")

        async def aclose(self) -> None:
            events.append("aclosed")

    return httpx.Response(
        200, stream=Body(), headers={"x": "1"}, request=httpx.Request("GET", "https://h/f")
    ), events


def test_a_stream_is_read_in_chunks_and_closed(rt: Runtime) -> None:
    streams = rt.module("_streams")
    response, events = _stream_response([b"ab", b"cd"])
    stream = streams.ByteStream(response)
    assert (stream.status_code, stream.headers["x"]) == (200, "1")
    assert list(stream) == [b"ab", b"cd"] and events == ["closed"]
    response, events = _stream_response([b"ab"])
    with streams.ByteStream(response):
        pass
    assert events == ["closed"]


def test_a_broken_stream_is_a_service_request_error(rt: Runtime, errors: ModuleType) -> None:
    streams = rt.module("_streams")
    response, events = _stream_response([b"ab"], fail=True)
    with pytest.raises(
        errors.ServiceRequestError, match=r"GET https://h/f: reading the body: ReadError: reset"
    ):
        streams.ByteStream(response).read()
    assert events == ["closed"]

    response, events = _stream_response([b"ab"], fail=True)

    async def main() -> bytes:
        async with streams.ByteStream(response) as stream:
            return bytes(await stream.aread())

    with pytest.raises(errors.ServiceRequestError, match="reading the body"):
        asyncio.run(main())
    assert "aclosed" in events
