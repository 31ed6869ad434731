"""Formats that decide or check a scalar's type: `uuid` (a str, checked on decoding),
`int32` / `int64` (their ranges, both ways), an `enum` next to a date / date-time format
(the format decides the type), and date-times whose UTC form leaves years 1..9999.

The conformance suites (tests/conformance) cover bodies; these pin the same rules for model
properties, list items and the IR, offline."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.emit.write import write_files
from generator.pipeline import generate

UUID = "6dcc7237-45fe-45c4-8a6b-3a8a3f625652"
PACKAGE = "probe_scalar_formats"
ONE_DATETIME = {"type": "string", "format": "date-time", "enum": ["2000-01-01T00:00:00Z"]}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Probe", "version": "1"},
    "servers": [{"url": "https://probe.example.com"}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "Things_Get",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            },
            "put": {
                "operationId": "Things_Stamp",
                "parameters": [{"name": "when", "in": "query", "required": True, "schema": ONE_DATETIME}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stamp"}}}},
                "responses": {"204": {"description": "done"}},
            },
        },
        "/marks": {
            "put": {
                "operationId": "Things_Mark",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ONE_DATETIME}}},
                "responses": {"204": {"description": "done"}},
            },
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
                    "small": {"type": "integer", "format": "int32"},
                    "large": {"type": "integer", "format": "int64"},
                    "plain": {"type": "integer"},
                    "counts": {"type": "array", "items": {"type": "integer", "format": "int32"}},
                    "epoch": {"type": "string", "format": "date-time", "enum": ["1970-01-01T00:00:00Z"]},
                    "day": {"type": "string", "format": "date", "enum": ["2000-01-01", "2000-01-02"]},
                    "color": {"type": "string", "enum": ["red", "blue"]},
                    "level": {"type": "integer", "format": "int32", "enum": [1, 2]},
                },
            },
            "Stamp": {"type": "object", "required": ["at"], "properties": {"at": ONE_DATETIME}},
        }
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Any:
    source = tmp_path_factory.mktemp("spec") / "spec.json"
    source.write_text(json.dumps(SPEC), encoding="utf-8")
    return generate(source, PACKAGE)


@pytest.fixture(scope="module")
def pkg(generated: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("out")
    write_files(out / PACKAGE, generated.files)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def _types(generated: Any) -> dict[str, Any]:
    (thing,) = [m for m in generated.api.models if m.name == "Thing"]
    return {p.wire_name: p.type for p in thing.properties}


def test_ir(generated: Any) -> None:
    types = _types(generated)
    assert (types["id"].kind, types["id"].annotation, types["id"].codec, types["id"].decode_check) == ("str", "str", None, "uuid")
    assert types["ids"].item.decode_check == "uuid"
    assert (types["small"].decode_check, types["small"].constraints.minimum, types["small"].constraints.maximum) == ("int32", -(2**31), 2**31 - 1)
    assert types["large"].decode_check == "int64"
    assert types["plain"].decode_check is None and types["plain"].constraints.maximum is None
    # A format with an enum: the format decides the type.
    assert (types["epoch"].kind, types["epoch"].codec) == ("datetime", "datetime")
    assert (types["day"].kind, types["day"].codec) == ("date", "date")
    # Enums without a format of their own stay enums, strings and integers alike.
    assert types["color"].kind == "enum" and types["level"].kind == "enum"
    assert {e.name for e in generated.api.enums} == {"ThingColor", "ThingLevel"}


@pytest.mark.parametrize("value", [UUID, UUID.upper(), "00000000-0000-0000-0000-000000000000"])
def test_uuid_is_kept_as_sent(pkg: ModuleType, value: str) -> None:
    thing = pkg.models.Thing.from_dict({"id": value, "ids": [value, value]})
    assert thing.id == value and type(thing.id) is str
    assert thing.ids == [value, value]
    assert thing.to_dict() == {"id": value, "ids": [value, value]}


@pytest.mark.parametrize(
    "value",
    [
        "foo",
        "",
        UUID[:-1],
        UUID + "0",
        UUID.replace("6", "g"),  # not hex
        UUID.replace("-", ""),  # 32 digits, no hyphens
        "{" + UUID[1:-1] + "}",  # 36 characters, braces
        UUID + "\n",
        6,
    ],
)
def test_uuid_malformed_is_an_error(pkg: ModuleType, value: object) -> None:
    """Strict reading: an error. Tolerant reading (the default) keeps a malformed string
    (a str anyway); a value that is not a string is an error in both modes."""
    with pytest.raises(pkg.DeserializationError, match="Thing.id"):
        pkg.models.Thing.from_dict({"id": value}, strict=True)
    with pytest.raises(pkg.DeserializationError, match="Thing.ids"):
        pkg.models.Thing.from_dict({"ids": [UUID, value]}, strict=True)
    if type(value) is str:
        assert pkg.models.Thing.from_dict({"id": value}).id == value
        assert pkg.models.Thing.from_dict({"ids": [UUID, value]}).ids == [UUID, value]
    else:
        with pytest.raises(pkg.DeserializationError, match="Thing.id"):
            pkg.models.Thing.from_dict({"id": value})


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [("small", -(2**31), 2**31 - 1), ("large", -(2**63), 2**63 - 1)],
)
def test_int_format_range(pkg: ModuleType, field: str, low: int, high: int) -> None:
    Thing = pkg.models.Thing
    assert getattr(Thing.from_dict({field: low}), field) == low
    assert getattr(Thing.from_dict({field: high}), field) == high
    for value in (low - 1, high + 1, True, "1", 1.5):
        with pytest.raises(pkg.DeserializationError, match=f"Thing.{field}"):
            Thing.from_dict({field: value}, strict=True)
    for value in (low - 1, high + 1):  # tolerant reading (the default): kept
        assert getattr(Thing.from_dict({field: value}), field) == value
    for value in (True, "1", 1.5):  # the wrong JSON type: an error in both modes
        with pytest.raises(pkg.DeserializationError, match=f"Thing.{field}"):
            Thing.from_dict({field: value})
    assert Thing(**{field: high}).to_dict() == {field: high}


def test_int_format_range_in_lists_and_without_format(pkg: ModuleType) -> None:
    Thing = pkg.models.Thing
    assert Thing.from_dict({"counts": [0, 2**31 - 1]}).counts == [0, 2**31 - 1]
    with pytest.raises(pkg.DeserializationError, match="Thing.counts"):
        Thing.from_dict({"counts": [0, 2**31]}, strict=True)
    assert Thing.from_dict({"counts": [0, 2**31]}).counts == [0, 2**31]  # tolerant: kept
    assert Thing.from_dict({"plain": 10**30}).plain == 10**30  # no format: no range


def test_format_with_enum_decodes_to_the_format_type(pkg: ModuleType) -> None:
    thing = pkg.models.Thing.from_dict({"epoch": "1970-01-01T00:00:00Z", "day": "2000-01-02", "color": "red", "level": 2})
    assert thing.epoch == dt.datetime(1970, 1, 1, tzinfo=dt.UTC) and thing.epoch.tzinfo is not None
    assert thing.day == dt.date(2000, 1, 2)
    assert thing.color is pkg.models.ThingColor.RED and thing.level is pkg.models.ThingLevel.V_2
    assert thing.to_dict() == {"epoch": "1970-01-01T00:00:00Z", "day": "2000-01-02", "color": "red", "level": 2}


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.datetime(2020, 5, 6, 7, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=2))), "2020-05-06T05:08:09Z"),
        (dt.datetime(2020, 5, 6, 7, 8, 9, 120000), "2020-05-06T07:08:09.120000Z"),  # naive: UTC
        # The UTC form would be in year 0 or 10000: sent with its own offset.
        (dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))), "0001-01-01T00:00:00+14:00"),
        (
            dt.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=dt.timezone(dt.timedelta(hours=-14))),
            "9999-12-31T23:59:59.999000-14:00",
        ),
        # At the edges but inside: UTC as usual.
        (dt.datetime(1, 1, 1, 14, tzinfo=dt.timezone(dt.timedelta(hours=14))), "0001-01-01T00:00:00Z"),
        (dt.datetime(9999, 12, 31, 9, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=-14))), "9999-12-31T23:59:59Z"),
    ],
)
def test_format_datetime(pkg: ModuleType, value: dt.datetime, wire: str) -> None:
    assert pkg._serde.format_datetime(value) == wire
    parsed = pkg._serde.parse_datetime(wire, "x")
    assert parsed == (value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC))


def test_single_value_enum_with_a_format(generated: Any, pkg: ModuleType) -> None:
    # A required single-value enum is a constant, but not in a JSON value of a typed format:
    # its literal is text and the type a datetime (a str ClassVar typed datetime crashed
    # to_dict).  A query, path or header constant is text anyway: sent as the spec writes it.
    (stamp,) = [m for m in generated.api.models if m.name == "Stamp"]
    (at,) = stamp.properties
    assert (at.type.kind, at.constant) == ("datetime", None)
    (op,) = [o for o in generated.api.all_operations if o.name == "stamp"]
    when = next(p for p in op.parameters if p.wire_name == "when")
    assert (when.type.kind, when.constant) == ("datetime", "2000-01-01T00:00:00Z")
    (mark,) = [o for o in generated.api.all_operations if o.name == "mark"]
    assert mark.body is not None and (mark.body.type.kind, mark.body.constant) == ("datetime", None)
    value = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert pkg.models.Stamp.from_dict({"at": "2000-01-01T00:00:00Z"}).at == value
    assert pkg.models.Stamp(at=value).to_dict() == {"at": "2000-01-01T00:00:00Z"}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    with pkg.ProbeClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)), retries=0) as client:
        client.things.stamp(pkg.models.Stamp(at=value))
        client.things.mark(value)
    assert sent[0].url.params["when"] == "2000-01-01T00:00:00Z"
    assert [json.loads(r.content) for r in sent] == [{"at": "2000-01-01T00:00:00Z"}, "2000-01-01T00:00:00Z"]
