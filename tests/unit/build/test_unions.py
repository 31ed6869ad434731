"""oneOf / anyOf and OpenAPI 3.1 type arrays as typed unions (build stage): the IR type of
each form, and which forms still warn ``unsupported-combinator``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.build import BuildResult, build_api
from generator.ir import Model, TypeRef
from generator.pipeline import load_spec


def _build(tmp_path: Path, owner: dict[str, Any], version: str = "3.0.3", **schemas: Any) -> BuildResult:
    spec = {
        "openapi": version,
        "info": {"title": "Zoo", "version": "1"},
        "paths": {
            "/owners": {
                "get": {
                    "operationId": "Owners_Get",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}},
                }
            }
        },
        "components": {"schemas": {"Owner": {"type": "object", "properties": owner}, **_ANIMALS, **schemas}},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return build_api(load_spec(path), "zoo", str(path), {"spec.json": b""})


_ANIMALS: dict[str, Any] = {
    "Cat": {"type": "object", "required": ["kind", "name"], "properties": {"kind": {"type": "string"}, "name": {"type": "string"}}},
    "Dog": {
        "allOf": [{"$ref": "#/components/schemas/Animal"}],
        "required": ["barks"],
        "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}},
    },
    "Animal": {"type": "object", "required": ["legs"], "properties": {"legs": {"type": "integer"}}},
}


def _model(result: BuildResult, name: str) -> Model:
    return next(m for m in result.api.models if m.name == name)


def _type(result: BuildResult, prop: str) -> TypeRef:
    return next(p.type for p in _model(result, "Owner").properties if p.wire_name == prop)


def _codes(result: BuildResult) -> list[str]:
    return [w.code for w in result.warnings]


def test_primitive_variants_by_json_type(tmp_path: Path) -> None:
    t = _type(_build(tmp_path, {"id": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}), "id")
    assert (t.kind, t.annotation, t.checker, t.partial) == ("union", "int | str", "check_union", "union")
    assert [(v.kind, v.json_type, v.classes) for v in t.variants] == [("int", "integer", ("int",)), ("str", "string", ("str",))]


def test_model_variants_carry_their_required_keys_allof_included(tmp_path: Path) -> None:
    result = _build(tmp_path, {"pet": {"anyOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]}})
    t = _type(result, "pet")
    assert t.annotation == "Cat | Dog"
    assert [v.required_keys for v in t.variants] == [("kind", "name"), ("barks", "legs")]
    assert (t.discriminator, t.tags) == (None, ())
    assert _codes(result) == []


def test_discriminator_mapping_then_implicit_schema_names(tmp_path: Path) -> None:
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "kind", "mapping": {"kitty": "#/components/schemas/Cat"}},
    }
    t = _type(_build(tmp_path, {"pet": pet}), "pet")
    assert (t.discriminator, t.tags) == ("kind", (("kitty", 0), ("Dog", 1)))


def test_discriminator_implicit_names_only(tmp_path: Path) -> None:
    pet = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}}
    assert _type(_build(tmp_path, {"pet": pet}), "pet").tags == (("Cat", 0), ("Dog", 1))


def test_a_mapping_to_no_variant_is_warned(tmp_path: Path) -> None:
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "string"}],
        "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/components/schemas/Dog"}},
    }
    result = _build(tmp_path, {"pet": pet})
    assert _type(result, "pet").tags == (("Cat", 0),)
    assert [(w.code, w.pointer) for w in result.warnings] == [
        ("bad-discriminator", "/components/schemas/Owner/properties/pet/discriminator/mapping/dog")
    ]


def test_null_members_make_the_field_nullable_not_a_variant(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "a": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "null"}]},
            "b": {"type": ["integer", "string", "null"]},
            "c": {"type": ["string", "null"]},
            "d": {"anyOf": [{"type": "integer"}, {"type": "boolean"}, {"type": "null"}]},
        },
        version="3.1.0",
    )
    props = {p.wire_name: p for p in _model(result, "Owner").properties}
    assert [(k, props[k].type.annotation, props[k].nullable) for k in "abcd"] == [
        ("a", "Cat", True), ("b", "int | str", True), ("c", "str", True), ("d", "int | bool", True),
    ]
    assert _codes(result) == []


def test_openapi_30_nullable_next_to_a_union(tmp_path: Path) -> None:
    result = _build(tmp_path, {"a": {"nullable": True, "oneOf": [{"type": "integer"}, {"type": "string"}]}})
    prop = next(p for p in _model(result, "Owner").properties if p.wire_name == "a")
    assert (prop.type.annotation, prop.nullable) == ("int | str", True)


def test_single_member_wrappers_are_their_member(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "a": {"oneOf": [{"$ref": "#/components/schemas/Cat"}]},
            "b": {"anyOf": [{"$ref": "#/components/schemas/Cat"}], "description": "A cat."},
            "c": {"allOf": [{"$ref": "#/components/schemas/Cat"}], "description": "A cat."},
        },
    )
    assert [_type(result, k).annotation for k in "abc"] == ["Cat", "Cat", "Cat"]
    assert "OwnerC" not in {m.name for m in result.api.models}
    # A named schema built on one other stays a subtype of its own.
    assert _model(result, "Dog").bases == ("Animal",)


def test_lists_dicts_and_codecs_as_variants(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "tags": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]},
            "since": {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
            "meta": {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "number"}]},
        },
    )
    assert [_type(result, k).annotation for k in ("tags", "since", "meta")] == ["list[str] | str", "_dt.datetime | int", "dict[str, str] | float"]
    assert [_type(result, k).converts for k in ("tags", "since", "meta")] == [False, True, False]


def test_a_union_in_a_list_and_nested_unions_flatten(tmp_path: Path) -> None:
    inner = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    result = _build(tmp_path, {"ids": {"type": "array", "items": inner}, "any": {"anyOf": [inner, {"type": "boolean"}]}})
    assert _type(result, "ids").annotation == "list[int | str]"
    assert _type(result, "any").annotation == "int | str | bool"


def test_still_unsupported_stays_any_with_its_place(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "free": {"oneOf": [{"type": "string"}, {}]},
            "lists": {"oneOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Cat"}}, {"type": "array", "items": {"type": "integer"}}]},
            "dates": {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]},
        },
    )
    assert [_type(result, k).annotation for k in ("free", "lists", "dates")] == ["_t.Any"] * 3
    assert [(w.code, w.pointer) for w in result.warnings] == [
        ("unsupported-combinator", "/components/schemas/Owner/properties/free/oneOf/1"),
        ("unsupported-combinator", "/components/schemas/Owner/properties/lists/oneOf"),
        ("unsupported-combinator", "/components/schemas/Owner/properties/dates/anyOf"),
    ]


def test_unions_ship_the_runtime_module_only_when_decoded(tmp_path: Path) -> None:
    with_union = _build(tmp_path, {"id": {"oneOf": [{"type": "integer"}, {"type": "string"}]}})
    assert "_unions.py" in with_union.api.runtime_modules
    without = _build(tmp_path, {"id": {"type": "integer"}})
    assert "_unions.py" not in without.api.runtime_modules


def test_lists_of_models_are_encoded_alike(tmp_path: Path) -> None:
    both = {"anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Cat"}}, {"type": "array", "items": {"$ref": "#/components/schemas/Dog"}}]}
    result = _build(tmp_path, {"pets": both})
    assert _type(result, "pets").annotation == "list[Cat] | list[Dog]"
    assert _codes(result) == []


def test_swagger_2_inline_allof_wrappers_stay_subclasses_as_in_the_azure_sdk(tmp_path: Path) -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "Zoo", "version": "1"},
        "paths": {},
        "definitions": {
            "Sku": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Resource": {"type": "object", "properties": {"sku": {"allOf": [{"$ref": "#/definitions/Sku"}]}}},
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    result = build_api(load_spec(path), "zoo", str(path), {"spec.json": b""})
    assert _model(result, "ResourceSku").bases == ("Sku",)


def test_a_union_or_list_holding_itself_with_no_model_between_is_any(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {"a": {"$ref": "#/components/schemas/A"}, "b": {"$ref": "#/components/schemas/B"}},
        A={"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]},
        B={"oneOf": [{"$ref": "#/components/schemas/C"}, {"type": "string"}]},
        C={"type": "array", "items": {"$ref": "#/components/schemas/B"}},
    )
    assert [_type(result, k).annotation for k in "ab"] == ["_t.Any", "list[_t.Any] | str"]
    assert ("recursive-schema", "/components/schemas/A") in [(w.code, w.pointer) for w in result.warnings]
