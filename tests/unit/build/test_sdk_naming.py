"""Names and values as the official Azure SDK for Python has them (issue 11, item 4).

- an inline schema is named after the schema that holds it (``<Holder><Property>``), so
  adding or reordering the models built on that schema renames nothing;
- schemas sharing an ``x-ms-enum`` name are one enum: the union of their values, open if
  any is ``modelAsString``, a warning only when they conflict;
- a property's ``default`` is its field's default, documented and sent; ``from_dict``
  leaves a field the service did not send ``None`` (as the SDK's deserializer does).

The golden case ``sdk_naming`` has them all; mypy --strict on it runs in
tests/generated/test_typing.py.
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.diagnostics import Diagnostic
from generator.emit.write import write_files
from generator.ir import Api
from generator.pipeline import build_spec, generate
from tests.golden.cases import HERE as GOLDEN

SPEC = GOLDEN / "sdk_naming" / "spec.yaml"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("sdk_naming")
    write_files(out / "sdk_naming_probe", generate(SPEC, "sdk_naming_probe").files)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    return importlib.import_module("sdk_naming_probe")


def _build(spec: dict[str, Any], tmp_path: Path, name: str = "spec.json") -> tuple[Api, tuple[Diagnostic, ...]]:
    path = tmp_path / name
    path.write_text(json.dumps(spec))
    result = build_spec(path, "probe")
    return result.api, result.warnings


def _swagger(definitions: dict[str, Any], responses: list[str] | None = None) -> dict[str, Any]:
    paths = {
        f"/r{i}": {"get": {"operationId": f"R{i}_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": f"#/definitions/{ref}"}}}}}
        for i, ref in enumerate(responses or [])
    }
    return {"swagger": "2.0", "info": {"title": "Probe", "version": "1"}, "host": "example.com", "paths": paths, "definitions": definitions}


def _openapi(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "Probe", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def _classes(api: Api) -> set[str]:
    return {m.name for m in api.models} | {e.name for e in api.enums}


# -- inline schemas: named after their holder --------------------------------------------

BASE = {
    "type": "object",
    "properties": {
        "identity": {"allOf": [{"$ref": "#/definitions/Identity"}]},
        "mode": {"type": "string", "enum": ["a", "b"]},
        "settings": {"type": "object", "properties": {"x": {"type": "integer"}}},
        "labels": {"type": "object", "properties": {"y": {"type": "string"}}, "additionalProperties": {"type": "object", "properties": {"z": {"type": "string"}}}},
    },
}
IDENTITY = {"type": "object", "properties": {"type": {"type": "string"}}}


def _derived(name: str) -> dict[str, Any]:
    return {"type": "object", "allOf": [{"$ref": "#/definitions/Base"}], "properties": {name.lower(): {"type": "string"}}}


def test_the_golden_case_has_the_sdk_names(pkg: ModuleType) -> None:
    m = pkg.models
    assert issubclass(m.ResourceModelWithAllowedPropertySetIdentity, m.Identity)
    assert issubclass(m.ResourceModelWithAllowedPropertySetSku, m.Sku)
    assert m.ResourceModelWithAllowedPropertySetTier.PAID == "Paid"
    for stale in ("WorkspaceIdentity", "HostPoolIdentity", "WorkspaceSku", "WorkspaceTier", "DayOfWeek2", "SessionHandlingOperation2"):
        assert not hasattr(m, stale), stale
    workspace = m.Workspace.from_dict({"location": "west", "identity": {"type": "SystemAssigned"}})
    assert type(workspace.identity) is m.ResourceModelWithAllowedPropertySetIdentity


@pytest.mark.parametrize("order", [["Workspace", "HostPool"], ["HostPool", "Workspace"], ["Zeta", "HostPool", "Workspace"]])
def test_inline_names_do_not_depend_on_the_derived_models(tmp_path: Path, order: list[str]) -> None:
    definitions = {name: _derived(name) for name in order}
    definitions.update(Base=BASE, Identity=IDENTITY)  # the base after the models built on it
    api, _ = _build(_swagger(definitions, responses=order), tmp_path)
    assert _classes(api) >= {"BaseIdentity", "BaseMode", "BaseSettings", "BaseLabels", "BaseLabelsValue"}
    assert not any(n.startswith(tuple(order)) and n not in order for n in _classes(api)), _classes(api)
    models = {m.name: m for m in api.models}
    assert models["BaseIdentity"].bases == ("Identity",)
    for name in order:  # each derived model refers to the same classes
        props = {p.name: p.type.annotation for p in models[name].properties}
        assert props["identity"] == "BaseIdentity" and props["mode"] == "BaseMode | str"


def test_inline_names_in_openapi_3_and_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "common.json").write_text(json.dumps({"components": {"schemas": {"Base": copy.deepcopy(BASE) | {
        "properties": {**BASE["properties"], "identity": {"allOf": [{"$ref": "#/components/schemas/Identity"}]}}
    }, "Identity": IDENTITY}}}))
    spec = _openapi({
        "Workspace": {"allOf": [{"$ref": "common.json#/components/schemas/Base"}, {"properties": {"own": {"type": "object", "properties": {"a": {"type": "string"}}}}}]},
    })
    spec["paths"] = {"/w": {"get": {"operationId": "W_Get", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Workspace"}}}}}}}}
    api, _ = _build(spec, tmp_path)
    # An inline allOf member is part of the model that lists it: WorkspaceOwn, as before.
    assert {"Base", "BaseMode", "WorkspaceOwn"} <= _classes(api)
    # OpenAPI 3.0's way to describe a $ref, allOf of it alone, is that schema (README
    # "Unions"); Swagger 2.0 keeps the Azure SDK's holder-named subclass (above).
    assert "BaseIdentity" not in _classes(api)
    base = next(m for m in api.models if m.name == "Base")
    assert {p.name: p.type.annotation for p in base.properties}["identity"] == "Identity"


def test_a_derived_name_never_takes_a_named_schemas_name(tmp_path: Path) -> None:
    # Holder + property = "ThingStatus", which a named schema also is: the schema keeps it.
    definitions = {
        "Thing": {"type": "object", "properties": {"status": {"allOf": [{"$ref": "#/definitions/Other"}]}}},
        "Other": {"type": "object", "properties": {"a": {"type": "string"}}},
        "ThingStatus": {"type": "string", "enum": ["On", "Off"]},
    }
    api, _ = _build(_swagger(definitions, responses=["Thing", "ThingStatus"]), tmp_path)
    assert {e.name: e.pointer for e in api.enums}["ThingStatus"] == "/definitions/ThingStatus"
    assert "ThingStatus2" in {m.name for m in api.models}


def test_operation_inline_schemas_keep_their_names(tmp_path: Path) -> None:
    spec = _swagger({})
    spec["paths"] = {"/x": {"get": {"operationId": "Things_List", "parameters": [
        {"name": "kind", "in": "query", "type": "string", "enum": ["a", "b"]},
    ], "responses": {"200": {"description": "ok", "schema": {"type": "object", "properties": {"v": {"type": "string"}}}}}}}}
    api, _ = _build(spec, tmp_path)
    assert {"ThingsListKind", "ThingsListResponse"} <= _classes(api)


# -- enums sharing an x-ms-enum name -----------------------------------------------------


def _enum(enum: list[Any], open_: bool, *, name: str = "DayOfWeek", **extra: Any) -> dict[str, Any]:
    return {"type": "string", "enum": enum, "x-ms-enum": {"name": name, "modelAsString": open_, **extra}}


def _holders(*schemas: dict[str, Any]) -> dict[str, Any]:
    return {f"M{i}": {"type": "object", "properties": {"day": s}} for i, s in enumerate(schemas)}


def test_the_golden_case_merges_its_enums(pkg: ModuleType) -> None:
    m = pkg.models
    # HostPool's closed [None, Deallocate] first, then ScalingPlanProperties' open one adds Hibernate.
    assert [e.value for e in m.SessionHandlingOperation] == ["None", "Deallocate", "Hibernate"]
    assert [e.value for e in m.DayOfWeek][:2] == ["Monday", "Tuesday"]
    # Open (one occurrence is modelAsString): an unknown value is kept, in both places.
    plan = m.ScalingPlan.from_dict({"location": "west", "properties": {"timeZone": "UTC", "offPeakAction": "Sleep"}})
    assert plan.off_peak_action == "Sleep"
    pool = m.HostPool.from_dict({"location": "west", "agentUpdate": {"sessionHandling": "Hibernate", "maintenanceWindows": [{"dayOfWeek": "Someday"}]}})
    assert pool.agent_update.session_handling is m.SessionHandlingOperation.HIBERNATE
    assert pool.agent_update.maintenance_windows[0].day_of_week == "Someday"


def test_merged_enum_is_the_union_in_order_and_open_if_any_is(tmp_path: Path) -> None:
    api, warnings = _build(_swagger(_holders(
        _enum(["Monday", "Tuesday"], False), _enum(["Sunday", "Monday"], False), _enum(["Tuesday", "Friday"], True),
    ), responses=["M0", "M1", "M2"]), tmp_path)
    (day,) = [e for e in api.enums if e.name.startswith("DayOfWeek")]
    assert day.name == "DayOfWeek" and day.open
    assert [v.value for v in day.values] == ["Monday", "Tuesday", "Sunday", "Friday"]
    assert not warnings  # values added and modelAsString are not conflicts
    annotations = {p.type.annotation for m in api.models for p in m.properties}
    assert annotations == {"DayOfWeek | str"}
    assert {p.type.constraints.allowed for m in api.models for p in m.properties} == {None}


def test_merged_closed_enum_checks_the_union(tmp_path: Path) -> None:
    api, _ = _build(_swagger(_holders(_enum(["A"], False, name="Letter"), _enum(["A", "B"], False, name="Letter")), responses=["M0", "M1"]), tmp_path)
    (letter,) = api.enums
    assert not letter.open and [v.value for v in letter.values] == ["A", "B"]
    assert {p.type.constraints.allowed for m in api.models for p in m.properties} == {("A", "B")}


def test_conflicting_descriptions_warn_with_both_places(tmp_path: Path) -> None:
    first = _enum(["Monday"], False, values=[{"value": "Monday", "description": "The first day."}])
    second = _enum(["Monday", "Sunday"], False, values=[{"value": "Monday", "description": "Start of the week."}])
    api, warnings = _build(_swagger(_holders(first, second), responses=["M0", "M1"]), tmp_path)
    (warning,) = warnings
    assert warning.code == "enum-conflict" and warning.file.endswith("spec.json")
    assert warning.pointer == "/definitions/M1/properties/day"
    assert "spec.json#/definitions/M0/properties/day" in warning.message and "'Monday'" in warning.message
    (day,) = api.enums
    assert [(v.value, v.description) for v in day.values] == [("Monday", "The first day."), ("Sunday", "")]


def test_conflicting_value_names_and_spellings_warn(tmp_path: Path) -> None:
    first = _enum(["Pooled"], True, name="PoolType", values=[{"value": "Pooled", "name": "Shared"}])
    second = _enum(["pooled", "Personal"], True, name="PoolType", values=[{"value": "Personal", "name": "Shared"}])
    api, warnings = _build(_swagger(_holders(first, second), responses=["M0", "M1"]), tmp_path)
    (warning,) = warnings
    assert "differ only in spelling" in warning.message and "the name 'Shared'" in warning.message
    (pool,) = api.enums
    assert [(v.name, v.value) for v in pool.values] == [("POOLED", "Pooled"), ("POOLED_2", "pooled"), ("PERSONAL", "Personal")]


def test_values_of_another_type_stay_apart_with_a_warning(tmp_path: Path) -> None:
    numbers = {"type": "integer", "enum": [1, 2], "x-ms-enum": {"name": "Level", "modelAsString": False}}
    api, warnings = _build(_swagger(_holders(_enum(["low"], False, name="Level"), numbers), responses=["M0", "M1"]), tmp_path)
    assert sorted((e.name, e.base) for e in api.enums) == [("Level", "str"), ("Level2", "int")]
    (warning,) = warnings
    assert warning.code == "enum-conflict" and "kept as separate enums" in warning.message


def test_enums_without_an_x_ms_enum_name_are_not_merged(tmp_path: Path) -> None:
    plain = {"type": "string", "enum": ["a", "b"]}
    api, warnings = _build(_swagger(_holders(plain, dict(plain, enum=["a", "c"])), responses=["M0", "M1"]), tmp_path)
    assert sorted(e.name for e in api.enums) == ["M0Day", "M1Day"] and not warnings


# -- property defaults ----------------------------------------------------------------


def test_defaults_are_field_defaults_documented_and_sent(pkg: ModuleType) -> None:
    m = pkg.models
    props = m.ScalingPlanProperties(time_zone="CET")
    assert props.host_pool_type is m.ScalingHostPoolType.POOLED
    assert (props.exclusion_tag, props.ramp_up_capacity_threshold_pct, props.ratio, props.enabled) == ("", 90, 1.0, True)
    assert props.priority is m.ScalingPlanPropertiesPriority.V_2 and props.note is None
    assert props.to_dict() == {
        "timeZone": "CET", "hostPoolType": "Pooled", "exclusionTag": "", "rampUpCapacityThresholdPct": 90,
        "ratio": 1.0, "enabled": True, "priority": 2,
    }
    # A required property with a default is a keyword with that default, as in the SDK.
    plan = m.ScalingPlan(location="west")
    assert plan.time_zone == "UTC" and plan.to_dict()["properties"]["timeZone"] == "UTC"
    # None leaves an optional property out, default or not.
    assert "hostPoolType" not in m.ScalingPlanProperties(time_zone="UTC", host_pool_type=None).to_dict()
    doc = m.ScalingPlanProperties.__doc__ or ""
    assert "Default: ``ScalingHostPoolType.POOLED``." in doc and "Default: ``90``." in doc and "Default: ``'UTC'``." in doc


def test_decoding_does_not_fill_in_defaults(pkg: ModuleType) -> None:
    # What the service did not send is None, as the SDK's deserializer leaves it: a default
    # says what a request starts with, not what a response held.
    props = pkg.models.ScalingPlanProperties.from_dict({"timeZone": "UTC"})
    assert props.host_pool_type is None and props.ramp_up_capacity_threshold_pct is None
    assert props.to_dict() == {"timeZone": "UTC"}


def test_a_flattened_body_argument_takes_the_default(pkg: ModuleType) -> None:
    import inspect

    sig = inspect.signature(importlib.import_module(pkg.__name__ + ".operations._scaling_plans_operations").ScalingPlansOperations.update)
    assert sig.parameters["host_pool_type"].default == "Pooled"
    assert sig.parameters["description"].default is None


def test_defaults_that_do_not_fit_are_warned_and_ignored(tmp_path: Path) -> None:
    # The validator checks a default against its own schema; next to a $ref (Swagger 2.0
    # ignores a $ref's siblings) it does not, so opgen checks it against the property's type.
    definitions = {
        "Mode": {"type": "string", "enum": ["x", "y"]},
        "OpenMode": _enum(["x"], True, name="OpenMode"),
        "Text": {"type": "string", "maxLength": 3},
        "Model": {
            "type": "object",
            "required": ["must"],
            "properties": {
                "closed": {"$ref": "#/definitions/Mode", "default": "z"},
                "member": {"$ref": "#/definitions/Mode", "default": "y"},
                "open": {"$ref": "#/definitions/OpenMode", "default": "w"},
                "long": {"$ref": "#/definitions/Text", "default": "abcd"},
                "number": {"$ref": "#/definitions/Text", "default": 5},
                "when": {"type": "string", "format": "date-time", "default": "2020-01-01T00:00:00Z"},
                "tags": {"type": "array", "items": {"type": "string"}, "default": []},
                "must": {"$ref": "#/definitions/Text", "default": None},
                "count": {"type": "integer", "default": 3, "readOnly": True},
            },
        },
    }
    api, warnings = _build(_swagger(definitions, responses=["Model"]), tmp_path)
    props = {p.wire_name: p for m in api.models for p in m.properties}
    got = sorted((w.code, w.pointer.rsplit("/", 2)[-2]) for w in warnings)
    assert got == [
        ("bad-default", "closed"), ("bad-default", "long"), ("bad-default", "must"), ("bad-default", "number"),
        ("unsupported-default", "tags"), ("unsupported-default", "when"),
    ], warnings
    assert all(w.pointer.endswith("/default") for w in warnings)
    assert [props[k].default for k in ("closed", "long", "number", "when", "tags", "must", "count")] == [None] * 7
    # A listed value is the enum member; a value an open enum does not list is a plain literal.
    assert (props["member"].default, props["member"].default_member) == ("y", "Y")
    assert (props["open"].default, props["open"].default_member) == ("w", None)


def test_a_null_default_is_what_a_nullable_field_starts_with(tmp_path: Path) -> None:
    spec = _openapi({"Model": {"type": "object", "properties": {"maybe": {"type": "string", "nullable": True, "default": None}}}})
    spec["paths"] = {"/m": {"get": {"operationId": "M_Get", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Model"}}}}}}}}
    api, warnings = _build(spec, tmp_path)
    (model,) = api.models
    assert model.properties[0].default is None and not warnings


def test_user_code_type_checks(pkg: ModuleType, tmp_path: Path) -> None:
    package = Path(pkg.__file__).parent  # type: ignore[arg-type]
    user = tmp_path / "user.py"
    user.write_text(
        "from sdk_naming_probe.models import ScalingHostPoolType, ScalingPlan, ScalingPlanProperties\n"
        "plan = ScalingPlan(location='west')\n"
        "props = ScalingPlanProperties(time_zone='UTC', host_pool_type=ScalingHostPoolType.POOLED, priority=3)\n"
        "tz: str = plan.time_zone\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(user)],
        cwd=package.parent, capture_output=True, text=True, env={"MYPYPATH": str(package.parent), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
