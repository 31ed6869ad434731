"""body-binary.json: binary request bodies (bytes or file objects) and a binary response
that fails (AutoRest test server)."""

from __future__ import annotations

import io
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-binary.json"
COWBELL = b'{"more": "cowbell"}'

@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.BinaryWithContentTypeApplicationJsonClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_upload_json_file(client: Any, tmp_path: Path) -> None:
    # The server checks Content-Type: application/json and the body {"more": "cowbell"}.
    assert client.upload.file(COWBELL) is None
    assert client.upload.file(io.BytesIO(COWBELL)) is None
    path = tmp_path / "cowbell.json"
    path.write_bytes(COWBELL)
    with path.open("rb") as handle:
        assert client.upload.file(handle) is None


def test_upload_binary(client: Any, tmp_path: Path) -> None:
    # The server checks Content-Type: application/octet-stream and a non-empty body.
    payload = bytes(range(256)) * 4
    assert client.upload.binary(payload) is None
    assert client.upload.binary(io.BytesIO(payload)) is None
    path = tmp_path / "payload.bin"
    path.write_bytes(payload)
    with path.open("rb") as handle:
        assert client.upload.binary(handle) is None


def test_download_error_stream(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.download.error_stream()
    error = caught.value
    assert type(error) is pkg.HttpResponseError
    assert error.status_code == 400
    assert error.model == pkg.models.Error(status=400, message="I failed on purpose")
    assert error.message == "I failed on purpose"
