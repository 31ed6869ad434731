"""body-formdata.json: multipart/form-data file uploads and binary bodies, echoed back as
streams (AutoRest test server)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-formdata.json"
CONTENT = b"Test file content\x00\xff" * 100


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATFormDataServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_upload_file_as_a_form_part(client: Any) -> None:
    # The server echoes the file part of the multipart body.
    with contextlib.closing(client.formdata.upload_file(CONTENT, "UploadFile.txt")) as stream:
        assert b"".join(stream) == CONTENT


def test_upload_file_object_as_a_form_part(client: Any, tmp_path: Path) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(CONTENT)
    with path.open("rb") as handle, client.formdata.upload_file(handle, "UploadFile.txt") as stream:
        assert stream.read() == CONTENT


def test_upload_file_via_body(client: Any) -> None:
    # {type: object, format: file} under consumes application/octet-stream: the raw bytes.
    with client.formdata.upload_file_via_body(io.BytesIO(b"plain text file")) as stream:
        assert stream.read() == b"plain text file"


def test_form_fields_are_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.formdata.upload_file("not bytes", "UploadFile.txt")
    with pytest.raises(pkg.ParameterValidationError):
        client.formdata.upload_file(CONTENT, None)
    with pytest.raises(pkg.ParameterValidationError):
        client.formdata.upload_files([CONTENT, "not bytes"])
