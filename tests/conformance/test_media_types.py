"""media_types.json: a body offered in several media types, and a media type with a
charset (AutoRest test server).

A body the operation consumes in several media types takes a ``content_type`` keyword:
the value is sent as that media type, or by default as the first one (in the spec's
order) that fits it: bytes and binary file objects as the first binary type, a str as
text where text is offered, anything else as JSON. A text/* body is sent as its UTF-8
text with the media type exactly as the spec writes it.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "media_types.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.MediaTypesClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_analyze_json(client: Any, pkg: ModuleType) -> None:
    assert client.analyze_body(input=pkg.models.SourcePath(source="foo")) == "Nice job with JSON"


def test_analyze_pdf(client: Any) -> None:
    assert client.analyze_body(input=b"PDF", content_type="application/pdf") == "Nice job with PDF"


def test_analyze_bytes_default_to_the_first_binary_type(client: Any) -> None:
    assert client.analyze_body(input=io.BytesIO(b"PDF")) == "Nice job with PDF"  # application/pdf


def test_analyze_no_accept_header(client: Any, pkg: ModuleType) -> None:
    assert client.analyze_body_no_accept_header(input=pkg.models.SourcePath(source="foo")) is None
    assert client.analyze_body_no_accept_header(input=b"PDF", content_type="application/pdf") is None


def test_content_type_with_encoding(client: Any) -> None:
    assert client.content_type_with_encoding(input="input") == "Nice job sending content type with encoding"


def test_binary_body_two_content_types(client: Any) -> None:
    client.binary_body_with_two_content_types(json.dumps({"hello": "world"}).encode(), content_type="application/json")
    client.binary_body_with_two_content_types(b"hello, world")  # application/octet-stream


def test_binary_body_three_content_types(client: Any) -> None:
    client.binary_body_with_three_content_types(json.dumps({"hello": "world"}).encode(), content_type="application/json")
    client.binary_body_with_three_content_types(b"hello, world")
    client.binary_body_with_three_content_types(b"hello, world", content_type="text/plain")


def test_body_three_types(client: Any) -> None:
    client.body_three_types({"hello": "world"})  # JSON
    client.body_three_types(b"hello, world")  # application/octet-stream
    client.body_three_types("hello, world")  # text/plain: the first media type a str fits


def test_media_type_must_be_offered_and_fit(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.analyze_body(input=b"PDF", content_type="application/xml")
    assert caught.value.parameter == "content_type"
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.analyze_body(input=pkg.models.SourcePath(source="foo"), content_type="image/png")
    assert caught.value.parameter == "input"
    with pytest.raises(pkg.ParameterValidationError):  # the JSON body keeps its schema's rules
        client.analyze_body(input=pkg.models.SourcePath(source="x" * 2049))


async def _async_calls(pkg: ModuleType, url: str) -> None:
    aio = importlib.import_module(pkg.__name__ + ".aio")
    async with aio.MediaTypesClient(endpoint=url, retries=0) as client:
        assert await client.analyze_body(input=b"PDF", content_type="application/pdf") == "Nice job with PDF"
        await client.body_three_types("hello, world")


def test_async(pkg: ModuleType, testserver: AutorestServer) -> None:
    asyncio.run(_async_calls(pkg, testserver.url))
