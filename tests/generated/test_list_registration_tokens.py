"""``client.host_pools.list_registration_tokens``, the operation of
``specs/desktopvirtualization/2025-10-10/listregistrationtokens.yaml``, end to end against a
loopback server: what goes on the wire and what comes back (sync and async).
"""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
import sys
import time
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parents[1] / "generated"))

from desktopvirtualization import (  # noqa: E402
    DesktopVirtualizationAPIClient,
    HttpResponseError,
    ParameterValidationError,
)
from desktopvirtualization import aio as dv_aio  # noqa: E402
from desktopvirtualization.models import CloudError, RegistrationTokenList, RegistrationTokenMinimal  # noqa: E402

from generator.pipeline import build_spec  # noqa: E402
from tests.support.http_server import RecordingServer, Reply  # noqa: E402

ROOT = _HERE.parents[1]
CURRENT = ROOT / "specs" / "desktopvirtualization" / "2025-10-10"
SUBSCRIPTION = "daefabc0-95b4-48b3-b645-8a753a63c4fa"
PATH = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/resourceGroup1"
    "/providers/Microsoft.DesktopVirtualization/hostPools/hostPool1/listRegistrationTokens"
)
# The documentation page's sample response.
SAMPLE = {"value": [{"expirationTime": "2008-09-22T14:01:54.9571247Z", "token": "token"}]}


class _Token:
    def __init__(self, token: str) -> None:
        self.token = token
        self.expires_on = int(time.time()) + 3600


class Credential:
    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token("tok")


class AsyncCredential:
    async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token("atok")


@pytest.fixture
def server():
    with RecordingServer(default=Reply.json(SAMPLE)) as srv:
        yield srv


def client(server: RecordingServer) -> DesktopVirtualizationAPIClient:
    return DesktopVirtualizationAPIClient(Credential(), SUBSCRIPTION, endpoint=server.url, retries=0, timeout=10.0)


def test_repository_folder_is_one_client() -> None:
    api = build_spec(CURRENT, "dv").api
    assert [g.name for g in api.groups] == ["host_pools"]
    assert [op.name for op in api.groups[0].operations] == ["retrieve_registration_token", "list_registration_tokens"]
    names = [m.name for m in api.models]
    assert names == ["CloudError", "CloudErrorProperties", "RegistrationInfo", "RegistrationTokenList", "RegistrationTokenMinimal"]
    assert api.spec_files == ("hostpools.yaml", "listregistrationtokens.yaml")
    minimal = next(m for m in api.models if m.name == "RegistrationTokenMinimal")
    assert {p.wire_name: (p.secret, p.nullable) for p in minimal.properties} == {"expirationTime": (False, True), "token": (True, False)}
    token_list = next(m for m in api.models if m.name == "RegistrationTokenList")
    assert {p.wire_name: p.read_only for p in token_list.properties} == {"nextLink": True, "value": False}


def test_generated_client_has_both_operations() -> None:
    package = ROOT / "generated" / "desktopvirtualization"
    client = (package / "operations" / "_host_pools_operations.py").read_text()
    assert "def retrieve_registration_token(" in client and "def list_registration_tokens(" in client
    models = [n.name for part in sorted((package / "models").glob("_models_*.py")) for n in ast.parse(part.read_text()).body if isinstance(n, ast.ClassDef)]
    assert models.count("CloudError") == 1
    meta = (package / "_meta.py").read_text()
    assert 'SPEC_FILES = ("hostpools.yaml", "listregistrationtokens.yaml")' in meta


def test_request_and_sample_response(server: RecordingServer) -> None:
    with client(server) as c:
        tokens = c.host_pools.list_registration_tokens(resource_group_name="resourceGroup1", host_pool_name="hostPool1")
    [request] = server.requests
    assert request.method == "POST"
    assert request.target == PATH + "?api-version=2025-10-10"
    assert request.body == b""
    assert request.headers["authorization"] == "Bearer tok"
    assert isinstance(tokens, RegistrationTokenList)
    assert tokens.next_link is None
    [token] = tokens.value or []
    assert isinstance(token, RegistrationTokenMinimal)
    assert token.expiration_time == dt.datetime(2008, 9, 22, 14, 1, 54, 957124, tzinfo=dt.UTC)
    assert token.token == "token"
    assert "'token'" not in repr(token) and "token='***'" in repr(token)  # x-ms-secret


def test_null_expiration_time_and_next_link(server: RecordingServer) -> None:
    server.respond(Reply.json({"value": [{"expirationTime": None, "token": "t"}], "nextLink": "https://next"}))
    with client(server) as c:
        tokens = c.host_pools.list_registration_tokens("resourceGroup1", "hostPool1")
    assert tokens.next_link == "https://next"
    assert tokens.value is not None and tokens.value[0].expiration_time is None


def test_arguments_are_validated_before_sending(server: RecordingServer) -> None:
    with client(server) as c:
        with pytest.raises(ParameterValidationError) as caught:
            c.host_pools.list_registration_tokens("resourceGroup1", "pool/../x")
    assert caught.value.parameter == "host_pool_name" and caught.value.constraint == "pattern"
    assert server.requests == []


def test_error_is_a_cloud_error(server: RecordingServer) -> None:
    server.respond(Reply.json({"error": {"code": "NotFound", "message": "no such pool"}}, status=404))
    with client(server) as c:
        with pytest.raises(HttpResponseError) as caught:
            c.host_pools.list_registration_tokens("resourceGroup1", "hostPool1")
    assert caught.value.status_code == 404 and caught.value.code == "NotFound"
    assert isinstance(caught.value.model, CloudError)


def test_async_client(server: RecordingServer) -> None:
    async def main() -> RegistrationTokenList:
        async with dv_aio.DesktopVirtualizationAPIClient(AsyncCredential(), SUBSCRIPTION, endpoint=server.url, retries=0) as c:
            return await c.host_pools.list_registration_tokens("resourceGroup1", "hostPool1")

    tokens = asyncio.run(main())
    assert tokens.value is not None and tokens.value[0].token == "token"
    [request] = server.requests
    assert request.target == PATH + "?api-version=2025-10-10"
