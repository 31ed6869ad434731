"""Azure's conventions only for Azure specs (``Client.azure``): the ``x-ms-client-request-id``
header and the ``AzureError`` name.  A package of any other spec sends no request id unless
its client names a header (``request_id_header``), and names nothing of Azure anywhere; the
exception classes are the same in both (``ClientError`` at the root), against a loopback
server."""

from __future__ import annotations

import importlib
import json
import logging
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.emit.write import write_files
from generator.pipeline import generate
from tests.support.http_server import RecordingServer, Reply


def _spec(*, server: str, extension: bool) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "Items_List",
        "responses": {
            "200": {"description": "The items.", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
            "404": {"description": "None there."},
        },
    }
    if extension:
        operation["x-ms-examples"] = {}
    return {"openapi": "3.0.3", "info": {"title": "Items", "version": "1.0"}, "servers": [{"url": server}], "paths": {"/items": {"get": operation}}}


SPECS = {
    "plain": _spec(server="https://items.example.com", extension=False),
    "azure_ext": _spec(server="https://items.example.com", extension=True),  # an x-ms-* key
    "azure_host": _spec(server="https://items.management.azure.com", extension=False),  # an azure.com server
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[ModuleType, Path]]]:
    out = tmp_path_factory.mktemp("conventions")
    made: dict[str, tuple[ModuleType, Path]] = {}
    sys.path.insert(0, str(out))
    try:
        for kind, document in SPECS.items():
            package = f"conventions_{kind}"
            source = out / f"{package}.json"
            source.write_text(json.dumps(document), "utf-8")
            write_files(out / package, generate(source, package).files)
            made[kind] = (importlib.import_module(package), out / package)
        yield made
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("conventions_")]:
            del sys.modules[name]


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer(default=Reply.json(["a"])) as srv:
        yield srv


def _list(package: ModuleType, server: RecordingServer, **kwargs: Any) -> dict[str, str]:
    """One call; the headers the server received."""
    call = {name: kwargs.pop(name) for name in ("client_request_id",) if name in kwargs}
    with package.ItemsClient(endpoint=server.url, retries=0, **kwargs) as client:
        assert client.items.list(**call) == ["a"]
    return server.requests[-1].headers


def _uuid4(text: str) -> bool:
    return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text


def test_a_plain_spec_sends_no_request_id_by_default(packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer) -> None:
    headers = _list(packages["plain"][0], server)
    assert sorted(headers) == ["accept", "accept-encoding", "connection", "host", "user-agent"]


def test_a_plain_spec_sends_one_in_the_header_its_client_names(packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer) -> None:
    plain = packages["plain"][0]
    fresh = [_list(plain, server, request_id_header="X-Request-ID")["x-request-id"] for _ in range(2)]
    assert all(_uuid4(value) for value in fresh) and fresh[0] != fresh[1]
    given = _list(plain, server, request_id_header="X-Request-ID", client_request_id="call-7")
    assert given["x-request-id"] == "call-7" and not any(name.startswith("x-ms-") for name in given)


def test_without_a_header_a_given_id_only_names_the_call_in_the_logs(
    packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="conventions_plain"):
        headers = _list(packages["plain"][0], server, client_request_id="call-8")
    assert "call-8" not in headers.values()
    lines = [r.getMessage() for r in caplog.records if r.name == "conventions_plain"]
    assert lines and all("client request id call-8" in line for line in lines)


@pytest.mark.parametrize("kind", ["azure_ext", "azure_host"])
def test_an_azure_spec_still_sends_x_ms_client_request_id(kind: str, packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer) -> None:
    azure = packages[kind][0]
    assert _uuid4(_list(azure, server)["x-ms-client-request-id"])
    assert _list(azure, server, client_request_id="call-9")["x-ms-client-request-id"] == "call-9"
    assert "x-ms-client-request-id" not in _list(azure, server, auto_request_id=False)


def _not_found(package: ModuleType, server: RecordingServer) -> BaseException:
    server.respond(Reply.json({"error": {"code": "NotFound", "message": "no"}}, status=404))
    with package.ItemsClient(endpoint=server.url, retries=0) as client, pytest.raises(package.ClientError) as raised:
        client.items.list()
    return raised.value


def test_the_exception_classes_are_the_same_in_both(packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer) -> None:
    expected = ["ResourceNotFoundError", "HttpResponseError", "ClientError", "Exception", "BaseException", "object"]
    for kind in SPECS:
        package = packages[kind][0]
        error = _not_found(package, server)
        assert type(error) is package.ResourceNotFoundError
        assert [cls.__name__ for cls in type(error).__mro__] == expected
        assert [cls.__name__ for cls in package.ParameterValidationError.__mro__][:3] == ["ParameterValidationError", "ClientError", "ValueError"]


def test_only_an_azure_package_exports_azure_error_as_the_base(packages: dict[str, tuple[ModuleType, Path]], server: RecordingServer) -> None:
    plain, azure = packages["plain"][0], packages["azure_ext"][0]
    assert not hasattr(plain, "AzureError") and "AzureError" not in plain.__all__
    assert azure.AzureError is azure.ClientError and "AzureError" in azure.__all__
    server.respond(Reply.json({}, status=404))
    with azure.ItemsClient(endpoint=server.url, retries=0) as client:
        try:
            client.items.list()
        except azure.AzureError as error:  # catches every error of the package, as in azure-core
            assert isinstance(error, azure.ResourceNotFoundError)
        else:
            pytest.fail("no error raised")


def test_a_plain_package_names_nothing_of_azure(packages: dict[str, tuple[ModuleType, Path]]) -> None:
    folder = packages["plain"][1]
    named = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and re.search(r"azure|x-ms-", path.read_text("utf-8"), re.IGNORECASE)
    }
    assert named == set()
