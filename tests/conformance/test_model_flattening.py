"""model-flattening.json: x-ms-client-flatten on model properties and on a body parameter,
x-ms-client-name on properties, and x-ms-parameter-grouping (AutoRest test server).

As in the Azure SDK: a flattened property's fields are the model's own attributes
(``FlattenedProduct.p_name`` for ``properties["p.name"]``; ``type_properties_type`` where
the model already has a ``type``); a flattened body parameter makes the body model's
fields the method's arguments; grouped parameters travel as one object of a class the
spec names (``FlattenParameterGroup``).
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "model-flattening.json"
TAGS = {"tag1": "value1", "tag2": "value3"}


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestResourceFlatteningTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def _product(pkg: ModuleType, number: int, *, flat: bool) -> Any:
    """What the server sends as Resource<number> (the first of each list is fully populated)."""
    if flat:
        return pkg.models.FlattenedProduct(
            id=str(number), location="Building 44", name=f"Resource{number}", tags=TAGS, type="Microsoft.Web/sites",
            p_name=f"Product{number}", type_properties_type="Flat", provisioning_state="Succeeded",
            provisioning_state_values=pkg.models.FlattenedProductPropertiesProvisioningStateValues.OK,
        )
    return pkg.models.FlattenedProduct(id=str(number), name=f"Resource{number}", location="Building 44" if number % 3 != 0 else None)


def test_get_array(client: Any, pkg: ModuleType) -> None:
    result = client.get_array()
    assert result == [_product(pkg, 1, flat=True), _product(pkg, 2, flat=False), _product(pkg, 3, flat=False)]
    assert result[0].p_name == "Product1" and result[0].type == "Microsoft.Web/sites" and result[0].type_properties_type == "Flat"


def test_put_array(client: Any, pkg: ModuleType) -> None:
    resource = pkg.models.Resource
    assert client.put_array(resource_array=[resource(location="West US", tags=TAGS), resource(location="Building 44")]) is None


def test_get_dictionary(client: Any, pkg: ModuleType) -> None:
    result = client.get_dictionary()
    assert result == {
        "Product1": _product(pkg, 1, flat=True),
        "Product2": _product(pkg, 2, flat=False),
        "Product3": _product(pkg, 3, flat=False),
    }


def test_put_dictionary(client: Any, pkg: ModuleType) -> None:
    product = pkg.models.FlattenedProduct
    client.put_dictionary(
        resource_dictionary={
            "Resource1": product(location="West US", tags=TAGS, p_name="Product1", type_properties_type="Flat"),
            "Resource2": product(location="Building 44", p_name="Product2", type_properties_type="Flat"),
        }
    )


def test_read_only_fields_are_not_sent(client: Any, pkg: ModuleType) -> None:
    # id, name, type and provisioningStateValues are read-only: a request body leaves them
    # out, so a product read from the service can be sent back as it is.
    product = pkg.models.FlattenedProduct
    client.put_dictionary(
        resource_dictionary={
            "Resource1": product(
                id="1", name="Resource1", type="Microsoft.Web/sites", location="West US", tags=TAGS,
                p_name="Product1", type_properties_type="Flat",
                provisioning_state_values=pkg.models.FlattenedProductPropertiesProvisioningStateValues.OK,
            ),
            "Resource2": product(location="Building 44", p_name="Product2", type_properties_type="Flat"),
        }
    )


def test_get_resource_collection(client: Any, pkg: ModuleType) -> None:
    result = client.get_resource_collection()
    assert result.productresource == pkg.models.FlattenedProduct(id="7", name="Resource7", location="Building 44")
    assert result.arrayofresources == [_product(pkg, 4, flat=True), _product(pkg, 5, flat=False), _product(pkg, 6, flat=False)]
    assert result.dictionaryofresources == {
        "Product1": _product(pkg, 1, flat=True),
        "Product2": _product(pkg, 2, flat=False),
        "Product3": _product(pkg, 3, flat=False),
    }


def test_put_resource_collection(client: Any, pkg: ModuleType) -> None:
    product = pkg.models.FlattenedProduct
    client.put_resource_collection(
        resource_complex_object=pkg.models.ResourceCollection(
            productresource=product(location="India", p_name="Azure", type_properties_type="Flat"),
            arrayofresources=[
                product(location="West US", tags=TAGS, p_name="Product1", type_properties_type="Flat"),
                product(location="East US", p_name="Product2", type_properties_type="Flat"),
            ],
            dictionaryofresources={
                "Resource1": product(location="West US", tags=TAGS, p_name="Product1", type_properties_type="Flat"),
                "Resource2": product(location="Building 44", p_name="Product2", type_properties_type="Flat"),
            },
        )
    )


def test_put_simple_product_with_inherited_flattened_field(client: Any, pkg: ModuleType) -> None:
    # x-ms-client-name: base_product_id is product_id, base_product_description is description;
    # details.max_product_capacity is a constant ("Large"), always sent, never asked.
    product = pkg.models.SimpleProduct(
        product_id="123", description="product description", max_product_display_name="max name",
        odata_value="http://foo", generic_value="https://generic",
    )
    assert product.to_dict()["details"]["max_product_capacity"] == "Large"
    assert client.put_simple_product(simple_body_product=product) == product


def test_post_flattened_body_parameter(client: Any, pkg: ModuleType) -> None:
    # x-ms-client-flatten on the body: the model's fields are the method's arguments.
    result = client.post_flattened_simple_product(
        "123", description="product description", max_product_display_name="max name", odata_value="http://foo"
    )
    assert result == pkg.models.SimpleProduct(
        product_id="123", description="product description", max_product_display_name="max name", odata_value="http://foo"
    )


def test_flattened_body_fields_are_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.post_flattened_simple_product(None)
    assert caught.value.parameter == "product_id"


def test_grouped_parameters(client: Any, pkg: ModuleType) -> None:
    # x-ms-parameter-grouping: the path parameter and the flattened body's fields are one object.
    group = pkg.models.FlattenParameterGroup(
        name="groupproduct", product_id="123", description="product description",
        max_product_display_name="max name", odata_value="http://foo",
    )
    result = client.put_simple_product_with_grouping(group)
    assert result.product_id == "123" and result.odata_value == "http://foo"


def test_grouped_parameters_are_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.put_simple_product_with_grouping(pkg.models.FlattenParameterGroup(name=None, product_id="123"))
    assert caught.value.parameter == "name"


async def _async_calls(pkg: ModuleType, url: str) -> None:
    aio = importlib.import_module(pkg.__name__ + ".aio")
    async with aio.AutoRestResourceFlatteningTestServiceClient(endpoint=url, retries=0) as client:
        assert (await client.get_array())[0].p_name == "Product1"
        group = pkg.models.FlattenParameterGroup(
            name="groupproduct", product_id="123", description="product description",
            max_product_display_name="max name", odata_value="http://foo",
        )
        assert (await client.put_simple_product_with_grouping(group)).product_id == "123"


def test_async(pkg: ModuleType, testserver: AutorestServer) -> None:
    asyncio.run(_async_calls(pkg, testserver.url))
