"""custom-baseUrl.json: a host templated by x-ms-parameterized-host (AutoRest test server).

The spec's host is ``{accountName}{host}`` (no schemes: http): ``host`` is a top-level
parameter with the default ``"host"``, so a client argument; ``accountName`` is declared
inline, so an argument of every operation, put last (positionInOperation: last). Both skip
URL encoding. The server runs at localhost:<port>, so account "local" and host
"host:<port>" make http://localhost:<port>.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "custom-baseUrl.json"

@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_account_name_and_host(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutoRestParameterizedHostTestClient(host=f"host:{testserver.port}", retries=0) as client:
        assert client.paths.get_empty("local") is None  # http://localhost:<port>/customuri


def test_template_is_filled_not_encoded(pkg: ModuleType, testserver: AutorestServer) -> None:
    # The split between the two parts is the caller's: "127.0.0.1" + ":<port>".
    with pkg.AutoRestParameterizedHostTestClient(host=f":{testserver.port}", retries=0) as client:
        client.paths.get_empty("127.0.0.1")


def test_account_name_is_required(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutoRestParameterizedHostTestClient(host=f"host:{testserver.port}", retries=0) as client:
        with pytest.raises(pkg.ParameterValidationError):
            client.paths.get_empty(None)


def test_wrong_host_is_a_connection_error(pkg: ModuleType) -> None:
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    with pkg.AutoRestParameterizedHostTestClient(host="host:1", retries=0) as client:
        with pytest.raises(pkg.ServiceRequestError):
            client.paths.get_empty("local")
