"""Names (generator.names): attributes, classes, enum members, a predictable registry."""

from __future__ import annotations

import pytest

from generator.names import NameRegistry, attribute_name, class_name, enum_member_name, snake_case


@pytest.mark.parametrize(
    ("spec_name", "python"),
    [
        ("resourceGroupName", "resource_group_name"),
        ("HostPools", "host_pools"),
        ("IPAddress", "ip_address"),
        ("api-version", "api_version"),
        ("content-type", "content_type"),
        ("class", "class_"),
        ("from", "from_"),
        ("None", "none"),
        ("$ref", "ref"),
        ("_", "field"),
        ("1st", "n_1_st"),
        ("naïve", "naive"),
        ("match", "match_"),
    ],
)
def test_attribute_names(spec_name: str, python: str) -> None:
    assert attribute_name(spec_name) == python
    assert python.isidentifier()


def test_class_names() -> None:
    assert class_name("DesktopVirtualizationAPIClient") == "DesktopVirtualizationAPIClient"
    assert class_name("registration info") == "RegistrationInfo"
    assert class_name("None") == "None_"
    assert class_name("Exception") == "ExceptionModel"
    assert class_name("1Thing") == "M1Thing"
    assert class_name("") == "Model"


def test_enum_member_names() -> None:
    assert [enum_member_name(v) for v in ["Update", "", "1", "a b", "None", 3]] == ["UPDATE", "EMPTY", "V_1", "A_B", "NONE", "V_3"]


def test_registry_is_predictable() -> None:
    registry = NameRegistry({"self"})
    assert [registry.claim(n) for n in ["name", "name", "self", "name"]] == ["name", "name_2", "self_2", "name_3"]
    classes = NameRegistry()
    assert [classes.claim(n) for n in ["Widget", "Widget"]] == ["Widget", "Widget2"]
    assert snake_case("HTTPServerError") == "http_server_error"
