"""azure-parameter-grouping.json: x-ms-parameter-grouping (AutoRest test server, azure report).

Parameters marked ``x-ms-parameter-grouping`` reach the method as one object of a class
in ``models``: the extension's ``name`` names it (``FirstParameterGroup``, shared by two
operations), else ``<Group><Operation>`` and its ``postfix`` (default ``Parameters``). An
operation takes each group as an argument, positional when one of its members is
required, else a keyword defaulting to None (then none of its members is sent). A member's
spec default is the attribute's default, so it is sent unless set to None.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "azure-parameter-grouping.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestParameterGroupingTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_required_group(client: Any, pkg: ModuleType) -> None:
    # postParameterGroupingRequiredParameters: body and path required, header and query optional.
    models = pkg.models
    group = models.ParameterGroupingPostRequiredParameters(body=1234, path="path", custom_header="header", query=21)
    client.parameter_grouping.post_required(group)
    client.parameter_grouping.post_required(models.ParameterGroupingPostRequiredParameters(body=1234, path="path", query=None))


def test_required_group_member_default_is_sent(client: Any, pkg: ModuleType) -> None:
    group = pkg.models.ParameterGroupingPostRequiredParameters(body=1234, path="path")
    assert group.query == 30  # the spec's default; this server wants 21 or nothing
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.parameter_grouping.post_required(group)
    assert caught.value.status_code == 400
    assert "query: 30" in caught.value.message


def test_required_member_is_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.parameter_grouping.post_required(pkg.models.ParameterGroupingPostRequiredParameters(body=None, path="path"))
    assert caught.value.parameter == "body"


def test_optional_group(client: Any, pkg: ModuleType) -> None:
    # postParameterGroupingOptionalParameters
    client.parameter_grouping.post_optional()
    group = pkg.models.ParameterGroupingPostOptionalParameters(custom_header="header", query=21)
    client.parameter_grouping.post_optional(parameter_grouping_post_optional_parameters=group)


def test_reserved_words(client: Any, pkg: ModuleType) -> None:
    # PostParameterGroupingWithReservedWords: "from" is the attribute from_.
    group = pkg.models.ParameterGroupingPostReservedWordsParameters(from_="bob", accept="yes")
    client.parameter_grouping.post_reserved_words(parameter_grouping_post_reserved_words_parameters=group)


def test_multiple_groups(client: Any, pkg: ModuleType) -> None:
    # postParameterGroupingMultipleParameterGroups: a named group and a postfixed one.
    models = pkg.models
    client.parameter_grouping.post_multi_param_groups()
    client.parameter_grouping.post_multi_param_groups(
        first_parameter_group=models.FirstParameterGroup(header_one="header", query_one=21),
        parameter_grouping_post_multi_param_groups_second_param_group=(
            models.ParameterGroupingPostMultiParamGroupsSecondParamGroup(header_two="header2", query_two=42)
        ),
    )


def test_shared_group(client: Any, pkg: ModuleType) -> None:
    # postParameterGroupingSharedParameterGroupObject: FirstParameterGroup again.
    group = pkg.models.FirstParameterGroup(header_one="header", query_one=21)
    client.parameter_grouping.post_shared_parameter_group_object(first_parameter_group=group)


def test_group_with_constant(client: Any, pkg: ModuleType) -> None:
    # PutParameterGroupingConstant: an optional single-value enum in a group named "grouper".
    models = pkg.models
    group = models.Grouper(grouped_constant=models.EncryptionAlgorithmType.FOO, grouped_parameter="bar")
    client.parameter_grouping.group_with_constant(grouper=group)
    with pytest.raises(pkg.ParameterValidationError):
        client.parameter_grouping.group_with_constant(grouper=models.Grouper(grouped_constant="bar"))


def test_async_client(pkg: ModuleType, testserver: AutorestServer) -> None:
    import asyncio

    aio = importlib.import_module(pkg.__name__ + ".aio")
    models = pkg.models

    async def main() -> None:
        async with aio.AutoRestParameterGroupingTestServiceClient(endpoint=testserver.url, retries=0) as client:
            await client.parameter_grouping.post_required(models.ParameterGroupingPostRequiredParameters(body=1234, path="path", query=21))
            await client.parameter_grouping.post_shared_parameter_group_object()

    asyncio.run(main())
