"""azure-special-properties.json: subscriptionId, api-version, x-ms-skip-url-encoding,
OData query options and client request ids (AutoRest test server, azure report).

The spec's top-level ``subscriptionId`` and ``api-version`` are client arguments
(``api_version`` defaults to the spec's ``2015-07-01-preview``); a ``subscriptionId``
declared inline in an operation or its path item is the method's own, and so is an
``api-version`` marked ``x-ms-api-version: false`` (a required single-value enum, ``2.0``,
is a constant never asked).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "azure-special-properties.json"
SUBSCRIPTION = "1234-5678-9012-3456"
REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestAzureSpecialParametersTestClient(SUBSCRIPTION, endpoint=testserver.url, retries=0) as client:
        yield client


# ---------------------------------------------------------------------------------------
# subscriptionId


def test_subscription_id_from_the_client(client: Any) -> None:
    # AzureSubscriptionMethodGlobalValid, ...PathGlobalValid, ...SwaggerGlobalValid,
    # ...MethodGlobalNotProvidedValid (with the client's default api-version too).
    client.subscription_in_credentials.post_method_global_valid()
    client.subscription_in_credentials.post_path_global_valid()
    client.subscription_in_credentials.post_swagger_global_valid()
    client.subscription_in_credentials.post_method_global_not_provided_valid()


def test_subscription_id_of_the_method(client: Any) -> None:
    # AzureSubscriptionMethodLocalValid, ...PathLocalValid, ...SwaggerLocalValid
    client.subscription_in_method.post_method_local_valid(SUBSCRIPTION)
    client.subscription_in_method.post_path_local_valid(SUBSCRIPTION)
    client.subscription_in_method.post_swagger_local_valid(SUBSCRIPTION)


def test_null_subscription_id_is_refused_before_sending(pkg: ModuleType, client: Any, testserver: AutorestServer) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.subscription_in_method.post_method_local_null(None)
    with pytest.raises(pkg.ParameterValidationError):
        pkg.AutoRestAzureSpecialParametersTestClient(None, endpoint=testserver.url)


def test_subscription_id_is_a_path_segment(client: Any, pkg: ModuleType) -> None:
    # Any other value reaches the server as one encoded segment (the route still matches)
    # and is refused there.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.subscription_in_method.post_method_local_valid("other/value")
    assert caught.value.status_code == 400
    assert '"other/value"' in caught.value.message


# ---------------------------------------------------------------------------------------
# api-version


def test_api_version_from_the_client(client: Any) -> None:
    # AzureApiVersionMethodGlobalValid, ...MethodGlobalNotProvidedValid, ...PathGlobalValid,
    # ...SwaggerGlobalValid: the client's default api-version.
    client.api_version_default.get_method_global_valid()
    client.api_version_default.get_method_global_not_provided_valid()
    client.api_version_default.get_path_global_valid()
    client.api_version_default.get_swagger_global_valid()


def test_api_version_of_the_method(client: Any) -> None:
    # AzureApiVersionMethodLocalValid, ...PathLocalValid, ...SwaggerLocalValid: the
    # constant 2.0, not the client's api-version; AzureApiVersionMethodLocalNull: none.
    client.api_version_local.get_method_local_valid()
    client.api_version_local.get_path_local_valid()
    client.api_version_local.get_swagger_local_valid()
    client.api_version_local.get_method_local_null()
    client.api_version_local.get_method_local_null(api_version=None)


def test_other_api_version_is_sent(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutoRestAzureSpecialParametersTestClient(
        SUBSCRIPTION, api_version="2000-01-01", endpoint=testserver.url, retries=0
    ) as client:
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.api_version_default.get_method_global_valid()
    assert caught.value.status_code == 400


# ---------------------------------------------------------------------------------------
# x-ms-skip-url-encoding


def test_path_value_is_not_encoded(client: Any) -> None:
    # AzureMethodPathUrlEncoding, AzurePathPathUrlEncoding, AzureSwaggerPathUrlEncoding:
    # the slashes stay slashes.
    client.skip_url_encoding.get_method_path_valid("path1/path2/path3")
    client.skip_url_encoding.get_path_path_valid("path1/path2/path3")
    client.skip_url_encoding.get_swagger_path_valid()  # a constant


def test_query_value_is_not_encoded(client: Any) -> None:
    # AzureMethodQueryUrlEncoding, AzurePathQueryUrlEncoding, AzureSwaggerQueryUrlEncoding:
    # "value1&q2=value2&q3=value3" goes into the query as it is: three parameters.
    client.skip_url_encoding.get_method_query_valid("value1&q2=value2&q3=value3")
    client.skip_url_encoding.get_path_query_valid("value1&q2=value2&q3=value3")
    client.skip_url_encoding.get_swagger_query_valid()  # a constant


def test_unencoded_query_null(client: Any) -> None:
    # AzureMethodQueryUrlEncodingNull: an optional value left out is not sent.
    client.skip_url_encoding.get_method_query_null()
    client.skip_url_encoding.get_method_query_null(q1=None)


# ---------------------------------------------------------------------------------------
# OData


def test_odata_filter(client: Any) -> None:
    # AzureODataFilter: $filter, $top and $orderby are keyword arguments filter, top, orderby.
    client.odata.get_with_filter(filter="id gt 5 and name eq 'foo'", top=10, orderby="id")


# ---------------------------------------------------------------------------------------
# client request ids


def test_client_request_id_given_per_call(client: Any) -> None:
    # AzureXmsRequestClientOverwrite
    client.x_ms_client_request_id.get(client_request_id=REQUEST_ID)


def test_client_request_id_as_a_parameter(client: Any) -> None:
    # AzureXmsRequestClientOverwriteViaParameter: the spec's own header parameter.
    client.x_ms_client_request_id.param_get(REQUEST_ID)


def test_wrong_client_request_id_error_carries_the_request_id(pkg: ModuleType, client: Any) -> None:
    # AzureRequestClientIdInError: by default each call sends a new UUID, which this
    # server refuses; the error names the service's x-ms-request-id.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.x_ms_client_request_id.get()
    assert caught.value.status_code == 400
    assert caught.value.request_id == "123"


def test_no_client_request_id(pkg: ModuleType, testserver: AutorestServer) -> None:
    # AzureXmsRequestClientIdNull: a client made with auto_request_id=False sends none
    # unless a call gives one.
    with pkg.AutoRestAzureSpecialParametersTestClient(
        SUBSCRIPTION, endpoint=testserver.url, retries=0, auto_request_id=False
    ) as client:
        client.x_ms_client_request_id.get()
        client.x_ms_client_request_id.get(client_request_id=REQUEST_ID)


def test_custom_named_request_id(client: Any) -> None:
    # AzureXmsCustomNamedRequestId (POST and HEAD): the spec's foo-client-request-id
    # header parameter; the response's foo-request-id comes back in the result.
    assert client.header.custom_named_request_id(REQUEST_ID).foo_request_id == "123"
    assert client.header.custom_named_request_id_head(REQUEST_ID).foo_request_id == "123"


def test_custom_named_request_id_in_a_parameter_group(pkg: ModuleType, client: Any) -> None:
    # AzureXmsCustomNamedRequestIdParameterGroup: x-ms-parameter-grouping with no name:
    # the group class is <Group><Operation>Parameters.
    group = pkg.models.HeaderCustomNamedRequestIdParamGroupingParameters(foo_client_request_id=REQUEST_ID)
    result = client.header.custom_named_request_id_param_grouping(group)
    assert result.foo_request_id == "123"


def test_async_client(pkg: ModuleType, testserver: AutorestServer) -> None:
    import asyncio
    import importlib

    aio = importlib.import_module(pkg.__name__ + ".aio")

    async def main() -> None:
        async with aio.AutoRestAzureSpecialParametersTestClient(
            SUBSCRIPTION, endpoint=testserver.url, retries=0
        ) as client:
            await client.subscription_in_method.post_method_local_valid(SUBSCRIPTION)
            await client.skip_url_encoding.get_method_query_valid("value1&q2=value2&q3=value3")
            await client.x_ms_client_request_id.get(client_request_id=REQUEST_ID)

    asyncio.run(main())
