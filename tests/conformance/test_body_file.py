"""body-file.json: file (stream) responses (AutoRest test server)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conformance.harness import PACKAGE_DIR, AutorestServer

SWAGGER = "body-file.json"
SAMPLE_PNG = PACKAGE_DIR / "legacy" / "routes" / "sample.png"
MIB = 1024 * 1024

@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATFileServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_get_file(client: Any) -> None:
    with contextlib.closing(client.files.get_file()) as stream:
        data = b"".join(stream)
    assert data == SAMPLE_PNG.read_bytes()


def test_get_empty_file(client: Any) -> None:
    with contextlib.closing(client.files.get_empty_file()) as stream:
        assert b"".join(stream) == b""


class Buffered(Exception):
    """The client read far ahead of what the caller consumed."""


class _Meter(httpx.BaseTransport):
    """Counts the response bytes read from the network and what the caller consumed, and
    stops a client that buffers the body instead of streaming it (the server sends 3000 MiB)."""

    def __init__(self, slack: int) -> None:
        self._inner = httpx.HTTPTransport()
        self.slack = slack
        self.received = 0
        self.consumed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_MeteredStream(response.stream, self),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()


class _MeteredStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, meter: _Meter) -> None:
        self._inner = inner
        self._meter = meter

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._meter.received += len(chunk)
            if self._meter.received - self._meter.consumed > self._meter.slack:
                raise Buffered(f"{self._meter.received} bytes read, {self._meter.consumed} consumed")
            yield chunk

    def close(self) -> None:
        self._inner.close()


def test_get_very_large_file_streams(pkg: ModuleType, testserver: AutorestServer) -> None:
    meter = _Meter(slack=32 * MIB)
    with httpx.Client(transport=meter) as http, pkg.AutoRestSwaggerBATFileServiceClient(
        endpoint=testserver.url, http_client=http, retries=0
    ) as client:
        # Read the first 16 MiB of 3000 as they come, then hang up.
        with contextlib.closing(client.files.get_file_large()) as stream:
            for chunk in stream:
                assert isinstance(chunk, bytes)
                meter.consumed += len(chunk)
                if meter.consumed >= 16 * MIB:
                    break
    assert meter.consumed >= 16 * MIB
    assert meter.received - meter.consumed <= 32 * MIB
