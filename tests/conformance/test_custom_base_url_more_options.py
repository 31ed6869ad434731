"""custom-baseUrl-more-options.json: a host template of three parts, {vault}{secret}{dnsSuffix},
without a scheme prefix (AutoRest test server).

``vault`` and ``secret`` are declared inline: arguments of every operation, after its own
required ones; ``dnsSuffix`` is a top-level parameter with the default ``"host"``: a client
keyword. None is URL-encoded. ``subscriptionId`` is a client argument; ``keyVersion`` a
query parameter with the default ``"v1"``, sent when not given.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "custom-baseUrl-more-options.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_three_part_host(pkg: ModuleType, testserver: AutorestServer) -> None:
    # "http://lo" + "calhost" + ":<port>" is the server's base URL.
    with pkg.AutoRestParameterizedCustomHostTestClient("test12", dns_suffix=f":{testserver.port}", retries=0) as client:
        assert client.paths.get_empty("key1", "http://lo", "calhost") is None


def test_host_parts_are_required(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutoRestParameterizedCustomHostTestClient("test12", dns_suffix=f":{testserver.port}", retries=0) as client:
        with pytest.raises(pkg.ParameterValidationError) as caught:
            client.paths.get_empty("key1", None, "calhost")
        assert caught.value.parameter == "vault"
