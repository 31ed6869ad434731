"""``_xml`` on its own: JSON values to XML and back by the node tables the generator writes
(attributes with a namespace, text content, recursion, dicts), text converted to the JSON
type a model decodes, and the documents it refuses."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.runtime.conftest import Runtime

DECL = b"<?xml version='1.0' encoding='utf-8'?>\n"
# A tree of nodes: a recursive model, an attribute in a namespace, the element's text.
TREE: dict[str, Any] = {
    "Node": (
        ("id", "attribute", ("int", "id", "urn:ids", "ids", None)),
        ("label", "text", ("str", "label", None, None, None)),
        ("children", "element", ("list", "children", None, None, (("model", "node", None, None, "Node"), False))),
        ("tags", "element", ("dict", "tags", None, None, ("str", "tags", None, None, None))),
    )
}
ROOT = ("model", "node", None, None, "Node")


@pytest.fixture(scope="module")
def xml(rt: Runtime) -> ModuleType:
    return rt.module("_xml")


def test_a_recursive_model_round_trips(xml: ModuleType) -> None:
    value = {"id": 1, "label": "root", "children": [{"id": 2, "children": [{"id": 3, "label": "leaf"}]}], "tags": {"a": "x"}}
    data = xml.dumps(value, ROOT, TREE)
    assert data == DECL + (
        b'<node xmlns:ids="urn:ids" ids:id="1">root'
        b'<node xmlns:ids="urn:ids" ids:id="2"><node xmlns:ids="urn:ids" ids:id="3">leaf</node></node>'
        b"<tags><a>x</a></tags></node>"
    )
    back = xml.loads(data, ROOT, TREE, "body")
    assert back == {
        "id": 1, "label": "root", "tags": {"a": "x"},
        "children": [{"id": 2, "label": "", "children": [{"id": 3, "label": "leaf", "children": []}]}],
    }


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("int", "42", 42), ("int", " -7 ", -7), ("int", "", None), ("int", "4.5", "4.5"),
        ("float", "2.5", 2.5), ("float", "1e3", 1000.0), ("bool", "true", True), ("bool", "0", False),
        ("bool", "yes", "yes"), ("str", " kept ", " kept "),
    ],
)
def test_text_becomes_the_json_type_decoded(xml: ModuleType, kind: str, text: str, value: object) -> None:
    """Text that does not convert is kept, for the model's decoding to report with its field."""
    root = ("model", "m", None, None, "M")
    models = {"M": (("v", "element", (kind, "v", None, None, None)),)}
    decoded = xml.loads(f"<m><v>{text}</v></m>".encode(), root, models, "body")
    assert decoded == ({} if value is None else {"v": value})


def test_scalars_are_written_as_json_text(xml: ModuleType) -> None:
    root = ("list", "values", None, None, (("str", "v", None, None, None), True))
    assert xml.dumps([True, False, 3, 2.5, "a<b&c"], root, {}) == DECL + (
        b"<values><v>true</v><v>false</v><v>3</v><v>2.5</v><v>a&lt;b&amp;c</v></values>"
    )


def test_a_default_namespace_and_prefixes_do_not_hide_names(xml: ModuleType) -> None:
    document = b'<x:node xmlns:x="urn:other" xmlns="urn:d" xmlns:ids="urn:ids" ids:id="5"><tags><k>v</k></tags></x:node>'
    assert xml.loads(document, ROOT, TREE, "body") == {"id": 5, "label": "", "children": [], "tags": {"k": "v"}}


def test_an_empty_body_is_no_value(xml: ModuleType) -> None:
    assert xml.loads(b"", ROOT, TREE, "body") is None
    assert xml.loads(b" \r\n", ROOT, TREE, "body") is None


def test_a_key_that_is_no_xml_name_is_refused(xml: ModuleType, errors: ModuleType) -> None:
    with pytest.raises(errors.ParameterValidationError):
        xml.dumps({"tags": {"not a name": "x"}}, ROOT, TREE)


@pytest.mark.parametrize("text", ["bell\x07", "nul\x00", "\ud800", "\uffff"])
def test_text_xml_cannot_carry_is_refused(xml: ModuleType, errors: ModuleType, text: str) -> None:
    with pytest.raises(errors.ParameterValidationError, match="label"):
        xml.dumps({"label": text}, ROOT, TREE)
    assert xml.dumps({"label": "tab\tnewline\n\u00e9\U0001f600"}, ROOT, TREE).endswith("<node>tab\tnewline\n\u00e9\U0001f600</node>".encode())


@pytest.mark.parametrize(
    "document",
    [
        b"<!DOCTYPE node><node/>",
        b'<!DOCTYPE node [<!ENTITY a "b">]><node>&a;</node>',
        b'<?xml version="1.0"?><!DOCTYPE node [<!ELEMENT node ANY>]><node/>',
    ],
)
def test_any_document_type_declaration_is_refused(xml: ModuleType, errors: ModuleType, document: bytes) -> None:
    with pytest.raises(errors.DeserializationError, match="DOCTYPE") as caught:
        xml.loads(document, ROOT, TREE, "Op response 200")
    assert caught.value.where == "Op response 200"


def test_a_name_with_its_own_prefix_is_read_by_its_local_part(xml: ModuleType) -> None:
    root = ("model", "t", None, None, "T")
    models = {"T": (("lang", "attribute", ("str", "xml:lang", None, None, None)), ("text", "text", ("str", "text", None, None, None)))}
    data = xml.dumps({"lang": "en", "text": "hi"}, root, models)
    assert data == DECL + b'<t xml:lang="en">hi</t>'
    assert xml.loads(data, root, models, "body") == {"lang": "en", "text": "hi"}


def test_a_document_nested_deeper_than_python_recurses_is_refused(xml: ModuleType, errors: ModuleType) -> None:
    deep = b"<node>" * 5000 + b"</node>" * 5000
    with pytest.raises(errors.DeserializationError, match="too deep"):
        xml.loads(deep, ROOT, TREE, "body")
