"""Unit tests of single stages: names, pattern translation, escaping, loading."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.build import translate_pattern
from generator.diagnostics import GenerationError
from generator.load import load_document
from generator.names import NameRegistry, attribute_name, class_name, enum_member_name, snake_case
from generator.render import docstring, pyrepr


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


@pytest.mark.parametrize(
    ("ecma", "matches", "rejects"),
    [
        (r"^[A-Za-z0-9@.\-_ ]*$", ["hostPool1", "a b"], ["hostPool1\n", "bad/name"]),
        (r"^[$]+$", ["$$"], ["$\n"]),
        (r"^\d+$", ["123"], ["١٢٣", "12\n"]),
        (r"^(?<year>\d{4})$", ["2024"], ["20245"]),
        (r"\$x$", ["$x"], ["$x\n"]),
    ],
)
def test_translate_pattern(ecma: str, matches: list[str], rejects: list[str]) -> None:
    pattern = re.compile(translate_pattern(ecma), re.ASCII)
    for value in matches:
        assert pattern.search(value), value
    for value in rejects:
        assert not pattern.search(value), value


HOSTILE = ['"""; import os #', "'''", "\\", "a\\", 'ends with "', "{{ x }} {% if %}", "nul\x00 bell\x07 cr\r", "\ud800", "x\"); import os #"]


@pytest.mark.parametrize("text", HOSTILE)
def test_spec_text_stays_inside_literals(text: str) -> None:
    source = f'def f():\n    """{docstring(text)}"""\n    return {pyrepr(text)}\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 2
    returned = func.body[1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Constant)
    assert returned.value.value == text


def test_pyrepr_refuses_objects() -> None:
    with pytest.raises(TypeError):
        pyrepr(object())
    assert pyrepr(float("inf")) == 'float("inf")'
    assert pyrepr((1,)) == "(1,)"


def test_load_refuses_python_tags_and_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("a: !!python/name:os.system\n")
    with pytest.raises(GenerationError, match="refused YAML construct"):
        load_document(spec)
    spec.write_text("a: 1\nb:\n  c: 1\n  c: 2\n")
    with pytest.raises(GenerationError, match=r"s.yaml:4.*duplicate key 'c'"):
        load_document(spec)
    json_spec = tmp_path / "s.json"
    json_spec.write_text('{"a": 1, "a": 2}')
    with pytest.raises(GenerationError, match="duplicate key 'a'"):
        load_document(json_spec)
    json_spec.write_bytes(b'\xef\xbb\xbf{"openapi": "3.0.3"}')
    assert load_document(json_spec).data == {"openapi": "3.0.3"}
