"""client-enum.json: a client parameter that is a required single-value enum (AutoRest test server).

The ``x-ms-enum`` header can only be ``"single"``: a constant the client sends with every
request that declares it, never asked of the caller.
"""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "client-enum.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_constant_header_is_sent(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.ClientWithEnumClient(endpoint=testserver.url, retries=0) as client:
        assert client.head() is True  # the server checks x-ms-enum: single


def test_constant_is_not_an_argument(pkg: ModuleType) -> None:
    parameters = inspect.signature(pkg.ClientWithEnumClient).parameters
    assert not any("enum" in name for name in parameters)
