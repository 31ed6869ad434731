"""subscriptionId-apiVersion.json: the ARM pair of client arguments (AutoRest test server, azure report).

``subscriptionId`` (a path segment) and ``api-version`` (the query) are top-level
parameters, so arguments of the client constructor: ``subscription_id`` required,
``api_version`` defaulting to the spec's ``2014-04-01-preview``. The operation takes only
``resource_group_name``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "subscriptionId-apiVersion.json"
SUBSCRIPTION = "1234-5678-9012-3456"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_subscription_id_and_api_version(pkg: ModuleType, testserver: AutorestServer) -> None:
    # SubscriptionIdAndApiVersion: GET /subscriptions/<id>/resourcegroups/testgroup101?api-version=2014-04-01-preview
    with pkg.MicrosoftAzureTestUrlClient(SUBSCRIPTION, endpoint=testserver.url, retries=0) as client:
        group = client.group.get_sample_resource_group("testgroup101")
    assert group == pkg.models.SampleResourceGroup(name="testgroup101", location="West US")


def test_other_api_version_is_refused_by_the_server(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.MicrosoftAzureTestUrlClient(SUBSCRIPTION, api_version="2015-01-01", endpoint=testserver.url, retries=0) as client:
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.group.get_sample_resource_group("testgroup101")
    assert caught.value.status_code == 400


def test_subscription_id_is_required(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pytest.raises(TypeError):
        pkg.MicrosoftAzureTestUrlClient(endpoint=testserver.url)  # no subscription_id
    with pytest.raises(pkg.ParameterValidationError):
        pkg.MicrosoftAzureTestUrlClient(None, endpoint=testserver.url)
