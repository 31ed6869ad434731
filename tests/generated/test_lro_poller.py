"""The long-running operation poller (``_lro.py``) of the golden ``lro`` package, against
an in-memory transport: where the token goes, Retry-After, the final GET, the request id."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.emit.write import write_files
from generator.pipeline import generate

SPEC = Path(__file__).resolve().parents[1] / "golden" / "lro" / "spec.yaml"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("lro_runtime")
    write_files(out / "lro_runtime", generate(SPEC, "lro_runtime").files)
    sys.path.insert(0, str(out))
    try:
        importlib.import_module("lro_runtime._lro")  # the client imports it with a group's module: on first use
        return importlib.import_module("lro_runtime")
    finally:
        sys.path.remove(str(out))


class _Token:
    token = "secret-token"
    expires_on = 2**40


class _Credential:
    def get_token(self, *scopes: str, **kwargs: Any) -> _Token:
        return _Token()


def _client(pkg: ModuleType, handler: Any, **kwargs: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.DiskServiceClient(_Credential(), http_client=http, retries=0, **kwargs)


def test_token_only_to_the_call_origin_and_final_get_of_the_resource(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str, str | None, str | None]] = []
    sleeps: list[float] = []
    monkeypatch.setattr(pkg._lro._time, "sleep", sleeps.append)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url), request.headers.get("authorization"), request.headers.get("x-ms-client-request-id")))
        if request.method == "PUT":
            return httpx.Response(201, json={"properties": {"provisioningState": "Creating"}},
                                  headers={"Azure-AsyncOperation": "https://status.other.example/op/1", "Retry-After": "7"})
        if request.url.host == "status.other.example":
            done = sum(1 for s in seen if "status.other" in s[1]) > 1
            return httpx.Response(200, json={"status": "Succeeded" if done else "InProgress"})
        return httpx.Response(200, json={"id": "d1", "sizeGB": 4, "properties": {"provisioningState": "Succeeded"}})

    with _client(pkg, handler, polling_interval=3) as client:
        poller = client.disks.begin_create_or_update("d1", pkg.models.Disk(size_gb=4), client_request_id="rid")
        assert not poller.done() and poller.status() == "InProgress"
        disk = poller.result()
    assert disk.id == "d1" and disk.size_gb == 4 and poller.done() and poller.status() == "Succeeded"
    assert [(m, u, a) for m, u, a, _ in seen] == [
        ("PUT", "https://management.example.com/disks/d1", "Bearer secret-token"),
        ("GET", "https://status.other.example/op/1", None),  # another origin: no token
        ("GET", "https://status.other.example/op/1", None),
        ("GET", "https://management.example.com/disks/d1", "Bearer secret-token"),  # final GET, PUT: original URI
    ]
    assert {rid for *_, rid in seen} == {"rid"}
    assert sleeps == [7.0, 3.0]  # Retry-After of the first response, then the client's interval


def test_failed_operation_raises_the_body_error(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pkg._lro._time, "sleep", lambda _: None)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, headers={"Azure-AsyncOperation": "/ops/1"})
        return httpx.Response(200, json={"status": "Failed", "error": {"code": "Quota", "message": "no room"}})

    with _client(pkg, handler) as client:
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.disks.begin_export("d1").result()
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (200, "Quota", "no room")
    assert caught.value.model.error.code == "Quota"


def test_location_result_and_the_done_at_once_put(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pkg._lro._time, "sleep", lambda _: None)
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}")
        if request.method == "POST":
            return httpx.Response(202, headers={"Location": "/disks/d1/export/status", "Azure-AsyncOperation": "/ops/2"})
        if request.url.path == "/ops/2":
            return httpx.Response(200, json={"status": "succeeded"})  # any case
        if request.method == "PUT":
            return httpx.Response(200, json={"id": "d1", "properties": {"provisioningState": "Succeeded"}},
                                  headers={"Azure-AsyncOperation": "/never"})
        return httpx.Response(200, json={"url": "https://blob/x"})

    with _client(pkg, handler, polling_interval=0) as client:
        assert client.disks.begin_export("d1").result() == pkg.models.Export(url="https://blob/x")
        poller = client.disks.begin_create_or_update("d1", pkg.models.Disk())
        assert poller.done() and poller.result().id == "d1"
    assert calls == ["POST /disks/d1/export", "GET /ops/2", "GET /disks/d1/export/status", "PUT /disks/d1"]
