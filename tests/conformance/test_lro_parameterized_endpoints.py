"""lro-parameterized-endpoints.json: a long-running POST under an x-ms-parameterized-host
(``{accountName}{host}``), polled through a relative Location (AutoRest test server, azure
report: LROParameterizedEndpoint, LROConstantParameterizedPost / Get)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "lro-parameterized-endpoints.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    # The host template is "http://" + accountName + host.
    with pkg.LROWithParamaterizedEndpointsClient(host=f":{testserver.port}", polling_interval=0, retries=0) as client:
        yield client


def test_poll_with_parameterized_endpoints(client: Any) -> None:
    # LROParameterizedEndpoint: the relative Location resolves against the request's URL
    assert client.begin_poll_with_parameterized_endpoints("localhost").result() == "success"


def test_poll_with_constant_parameterized_endpoints(client: Any) -> None:
    # LROConstantParameterizedPost, LROConstantParameterizedGet
    assert client.begin_poll_with_constant_parameterized_endpoints("localhost").result() == "success"
