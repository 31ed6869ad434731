"""security-aad.json: OAuth2 with the scope the spec's security requirement names
(AutoRest test server).

The client takes a credential and asks it for a token of the spec's scope,
``https://security.microsoft.com/.default`` (not ``<endpoint>/.default``), unless
``credential_scopes`` says otherwise. The server checks ``Authorization: Bearer <scope>``,
so the fake credential below answers with the scope itself as the token.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "security-aad.json"
SCOPE = "https://security.microsoft.com/.default"


class _Token(NamedTuple):
    token: str
    expires_on: int


class ScopeAsToken:
    """A credential whose token is the scope it was asked for."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs: Any) -> _Token:
        self.asked.append(scopes)
        return _Token(" ".join(scopes), int(time.time()) + 3600)


class AsyncScopeAsToken(ScopeAsToken):
    async def get_token(self, *scopes: str, **kwargs: Any) -> _Token:  # type: ignore[override]
        return ScopeAsToken.get_token(self, *scopes)


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_token_of_the_spec_scope(pkg: ModuleType, testserver: AutorestServer) -> None:
    credential = ScopeAsToken()
    with pkg.AutorestSecurityAadClient(credential, endpoint=testserver.url, retries=0) as client:
        assert client.head() is True
    assert credential.asked == [(SCOPE,)]


def test_credential_scopes_override(pkg: ModuleType, testserver: AutorestServer) -> None:
    credential = ScopeAsToken()
    with pkg.AutorestSecurityAadClient(credential, endpoint=testserver.url, credential_scopes=["other/.default"], retries=0) as client:
        with pytest.raises(pkg.HttpResponseError):  # the server wants the spec's scope
            client.head()
    assert credential.asked == [("other/.default",)]


def test_async(pkg: ModuleType, testserver: AutorestServer) -> None:
    aio = importlib.import_module(pkg.__name__ + ".aio")

    async def call() -> bool:
        async with aio.AutorestSecurityAadClient(AsyncScopeAsToken(), endpoint=testserver.url, retries=0) as client:
            return await client.head()  # type: ignore[no-any-return]

    assert asyncio.run(call()) is True
