"""Tolerant reading, strict writing (issue 11, item 5).

What a client reads is decoded as the Azure SDK decodes it: a required property that is
absent or null is None, a null ``x-ms-client-flatten`` envelope gives None fields, an
int32 / int64 out of range and a malformed ``format: uuid`` string are kept, and an empty
(or whitespace-only) body where JSON was declared is None; each deviation is logged once
per process at DEBUG, naming the model and field. ``strict_responses=True`` (a client
keyword) and ``from_dict(data, strict=True)`` raise DeserializationError instead. A value
of the wrong JSON type raises in both modes; what a client sends is still validated.

Against a real HTTP server on 127.0.0.1 (tests/support/http_server.py): a small ARM-like spec
generated here, and the desktopvirtualization client.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.emit.write import write_files
from generator.pipeline import generate

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parents[1] / "generated"))

import desktopvirtualization  # noqa: E402
from desktopvirtualization import aio as dv_aio  # noqa: E402

from tests.support.http_server import RecordingServer, Reply  # noqa: E402

PACKAGE = "probe_tolerant"
UUID = "6dcc7237-45fe-45c4-8a6b-3a8a3f625652"

SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Probe", "version": "1"},
    "host": "probe.example.com",
    "schemes": ["https"],
    "produces": ["application/json"],
    "consumes": ["application/json"],
    "paths": {
        "/things/{name}": {
            "get": {
                "operationId": "Things_Get",
                "parameters": [{"name": "name", "in": "path", "required": True, "type": "string"}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
            },
            "put": {
                "operationId": "Things_Put",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "type": "string"},
                    {"name": "thing", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Thing"}},
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
            },
        },
        "/things": {
            "get": {
                "operationId": "Things_List",
                "x-ms-pageable": {"nextLinkName": "nextLink"},
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/ThingList"}}},
            },
        },
        "/count": {
            "get": {
                "operationId": "Things_Count",
                "responses": {"200": {"description": "ok", "schema": {"type": "integer", "format": "int32"}}},
            },
        },
        "/pets/{name}": {
            "get": {
                "operationId": "Pets_Get",
                "parameters": [{"name": "name", "in": "path", "required": True, "type": "string"}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}},
            },
        },
        "/jobs/{name}": {
            "put": {
                "operationId": "Jobs_Start",
                "x-ms-long-running-operation": True,
                "parameters": [{"name": "name", "in": "path", "required": True, "type": "string"}],
                "responses": {
                    "200": {"description": "done", "schema": {"$ref": "#/definitions/Job"}},
                    "201": {"description": "started", "schema": {"$ref": "#/definitions/Job"}},
                },
            },
        },
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "required": ["name", "properties"],
            "properties": {
                "name": {"type": "string"},
                "id": {"type": "string", "format": "uuid"},
                "size": {"type": "integer", "format": "int32"},
                "total": {"type": "integer", "format": "int64"},
                "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                "properties": {"$ref": "#/definitions/ThingProperties", "x-ms-client-flatten": True},
            },
        },
        "ThingProperties": {
            "type": "object",
            "required": ["color", "count"],
            "properties": {"color": {"type": "string"}, "count": {"type": "integer", "format": "int32"}},
        },
        "Tag": {
            "type": "object",
            "required": ["key"],
            "properties": {"key": {"type": "string"}, "value": {"type": "string"}},
        },
        "ThingList": {
            "type": "object",
            "required": ["value"],
            "properties": {
                "value": {"type": "array", "items": {"$ref": "#/definitions/Thing"}},
                "nextLink": {"type": "string"},
            },
        },
        "Pet": {
            "type": "object",
            "discriminator": "kind",
            "required": ["kind", "name"],
            "properties": {"kind": {"type": "string"}, "name": {"type": "string"}},
        },
        "Dog": {
            "x-ms-discriminator-value": "dog",
            "allOf": [{"$ref": "#/definitions/Pet"}],
            "required": ["barks"],
            "properties": {"barks": {"type": "boolean"}},
        },
        "Job": {
            "type": "object",
            "required": ["name", "properties"],
            "properties": {
                "name": {"type": "string"},
                "properties": {"$ref": "#/definitions/JobProperties", "x-ms-client-flatten": True},
            },
        },
        "JobProperties": {
            "type": "object",
            "required": ["provisioningState", "progress"],
            "properties": {
                "provisioningState": {"type": "string"},
                "progress": {"type": "integer", "format": "int32"},
            },
        },
    },
}

GOOD = {"name": "a", "id": UUID, "size": 1, "total": 2, "tags": [{"key": "k"}], "properties": {"color": "red", "count": 3}}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    source = tmp_path_factory.mktemp("spec") / "spec.json"
    source.write_text(json.dumps(SPEC), encoding="utf-8")
    generated = generate(source, PACKAGE)
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


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer(default=Reply.json(GOOD)) as srv:
        yield srv


@pytest.fixture(autouse=True)
def fresh_log_once(pkg: ModuleType) -> None:
    """Each deviation is logged once per process: start each test with none logged."""
    # Imported here: a package loads its _serde with the first operation module it needs.
    importlib.import_module(f"{pkg.__name__}._serde")._TOLERATED.clear()
    importlib.import_module("desktopvirtualization._serde")._TOLERATED.clear()


def client(pkg: ModuleType, server: RecordingServer, **kwargs: Any) -> Any:
    return pkg.ProbeClient(endpoint=server.url, retries=0, **kwargs)


def aclient(pkg: ModuleType, server: RecordingServer, **kwargs: Any) -> Any:
    return importlib.import_module(PACKAGE + ".aio").ProbeClient(endpoint=server.url, retries=0, **kwargs)


def get_thing(pkg: ModuleType, server: RecordingServer, asynchronous: bool, **kwargs: Any) -> Any:
    """One ``things.get`` through the sync or the async client."""
    if not asynchronous:
        with client(pkg, server, **kwargs) as c:
            return c.things.get("a")

    async def main() -> Any:
        async with aclient(pkg, server, **kwargs) as c:
            return await c.things.get("a")

    return asyncio.run(main())


def deviations(caplog: pytest.LogCaptureFixture, package: str = PACKAGE) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == package and "tolerated" in r.getMessage()]


MODES = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


# --------------------------------------------------------------------------- tolerated deviations


@MODES
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({k: v for k, v in GOOD.items() if k != "name"}, "name"),
        ({**GOOD, "name": None}, "name"),
        ({**GOOD, "properties": {"count": 3}}, "color"),
        ({**GOOD, "properties": {"color": "red", "count": None}}, "count"),
    ],
    ids=["absent", "null", "flattened-absent", "flattened-null"],
)
def test_a_missing_or_null_required_property_is_none(pkg, server, asynchronous, body, field):
    server.respond(Reply.json(body), Reply.json(body))
    thing = get_thing(pkg, server, asynchronous)
    assert isinstance(thing, pkg.models.Thing)
    assert getattr(thing, field) is None
    assert thing.tags == [pkg.models.Tag(key="k")]  # the rest is read as usual
    with pytest.raises(pkg.DeserializationError) as raised:
        get_thing(pkg, server, asynchronous, strict_responses=True)
    assert raised.value.where == f"Thing.{field}"
    assert str(raised.value) == f"Thing.{field}: required value is missing (absent, empty or null)"


@MODES
@pytest.mark.parametrize("envelope", [None, "absent"], ids=["null", "absent"])
def test_a_null_flatten_envelope_gives_none_fields(pkg, server, asynchronous, envelope):
    body = {"name": "a"} if envelope == "absent" else {"name": "a", "properties": None}
    server.respond(Reply.json(body), Reply.json(body))
    thing = get_thing(pkg, server, asynchronous)
    assert (thing.name, thing.color, thing.count) == ("a", None, None)
    with pytest.raises(pkg.DeserializationError, match=r"^Thing\.color: required value is missing"):
        get_thing(pkg, server, asynchronous, strict_responses=True)


@MODES
@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("size", 2**31, "a 32-bit integer"),
        ("size", -(2**31) - 1, "a 32-bit integer"),
        ("total", 2**63, "a 64-bit integer"),
        ("id", "not-a-uuid", "a UUID"),
    ],
)
def test_a_value_outside_its_format_is_kept(pkg, server, asynchronous, field, value, expected):
    server.respond(Reply.json({**GOOD, field: value}), Reply.json({**GOOD, field: value}))
    assert getattr(get_thing(pkg, server, asynchronous), field) == value
    with pytest.raises(pkg.DeserializationError) as raised:
        get_thing(pkg, server, asynchronous, strict_responses=True)
    assert str(raised.value) == f"Thing.{field}: expected {expected}, got {value!r}"


def test_a_number_body_outside_its_format_is_kept(pkg, server):
    server.respond(Reply.json(2**40), Reply.json(2**40))
    with client(pkg, server) as c:
        assert c.things.count() == 2**40
    with client(pkg, server, strict_responses=True) as c, pytest.raises(pkg.DeserializationError, match="Things_Count response 200"):
        c.things.count()


@MODES
@pytest.mark.parametrize("body", [b"", b" \r\n\t "], ids=["empty", "whitespace"])
def test_an_empty_body_where_a_model_was_declared_is_none(pkg, server, asynchronous, body):
    server.respond(Reply.raw(body), Reply.raw(body))
    assert get_thing(pkg, server, asynchronous) is None
    with pytest.raises(pkg.DeserializationError) as raised:
        get_thing(pkg, server, asynchronous, strict_responses=True)
    assert str(raised.value) == "Things_Get response 200: required value is missing (absent, empty or null)"


# --------------------------------------------------------------------------- still errors


@MODES
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({**GOOD, "name": 5}, "Thing.name"),
        ({**GOOD, "size": "5"}, "Thing.size"),
        ({**GOOD, "size": True}, "Thing.size"),
        ({**GOOD, "id": 5}, "Thing.id"),
        ({**GOOD, "tags": {"key": "k"}}, "Thing.tags"),
        ({**GOOD, "tags": ["k"]}, "Tag"),
        ({**GOOD, "properties": "red"}, "Thing.color"),
        ([GOOD], "Thing"),
    ],
    ids=["str-int", "int-str", "int-bool", "uuid-int", "list-object", "model-str", "envelope-str", "object-list"],
)
def test_a_wrong_json_type_raises_in_both_modes(pkg, server, asynchronous, strict, body, where):
    server.respond(Reply.json(body))
    with pytest.raises(pkg.DeserializationError) as raised:
        get_thing(pkg, server, asynchronous, strict_responses=strict)
    assert raised.value.where == where


def test_a_body_that_is_not_json_raises_in_both_modes(pkg, server):
    for strict in (False, True):
        server.respond(Reply.raw(b"<html>", headers={"Content-Type": "application/json"}))
        with client(pkg, server, strict_responses=strict) as c, pytest.raises(pkg.DeserializationError, match="not valid JSON"):
            c.things.get("a")


def test_what_is_sent_is_still_validated(pkg, server):
    """Strict writing: a model read tolerantly, with a required field None, is refused as a
    body before any I/O."""
    server.respond(Reply.json({**GOOD, "name": None}))
    with client(pkg, server) as c:
        thing = c.things.get("a")
        assert thing.name is None
        with pytest.raises(pkg.ParameterValidationError) as raised:
            c.things.put("a", thing)
    assert raised.value.parameter == "thing.name"
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- logging


def test_each_deviation_is_logged_once_at_debug_with_model_and_field(pkg, server, caplog):
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    body = {"id": "nope", "size": 2**31, "properties": None}
    server.set_default(Reply.json(body))
    with client(pkg, server) as c:
        for _ in range(3):
            c.things.get("a")
    async def main() -> None:
        async with aclient(pkg, server) as c:
            await c.things.get("a")

    asyncio.run(main())
    lines = deviations(caplog)
    assert sorted(lines) == sorted(
        [
            "Thing.name: required value is missing (absent, empty or null); tolerated (strict_responses=True raises instead), logged once",
            "Thing.id: expected a UUID; kept as sent; tolerated (strict_responses=True raises instead), logged once",
            "Thing.size: expected a 32-bit integer; kept as sent; tolerated (strict_responses=True raises instead), logged once",
            "Thing.color: required value is missing (absent, empty or null); tolerated (strict_responses=True raises instead), logged once",
            "Thing.count: required value is missing (absent, empty or null); tolerated (strict_responses=True raises instead), logged once",
        ]
    )
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == PACKAGE)
    # Another kind of deviation at the same place is logged too, once.
    server.set_default(Reply.json({**GOOD, "id": 7}))  # the wrong type: an error, not logged
    with client(pkg, server) as c, pytest.raises(pkg.DeserializationError):
        c.things.get("a")
    assert len(deviations(caplog)) == 5
    # The value is never logged (it may be a secret).
    assert not any("nope" in line or str(2**31) in line for line in deviations(caplog))


def test_a_deviation_met_while_debug_is_off_is_logged_when_it_is_on(pkg, caplog):
    caplog.set_level(logging.INFO, logger=PACKAGE)
    assert pkg.models.Tag.from_dict({}).key is None
    assert deviations(caplog) == []
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    for _ in range(2):
        assert pkg.models.Tag.from_dict({"key": None}).key is None
    assert [line.split(";")[0] for line in deviations(caplog)] == ["Tag.key: required value is missing (absent, empty or null)"]


def test_nothing_is_logged_for_a_response_that_matches_the_spec(pkg, server, caplog):
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    with client(pkg, server) as c:
        c.things.get("a")
    assert deviations(caplog) == []


# --------------------------------------------------------------------------- modes do not leak


def test_strict_and_tolerant_clients_side_by_side(pkg, server):
    body = {**GOOD, "name": None}
    server.set_default(Reply.json(body))
    with client(pkg, server, strict_responses=True) as strict, client(pkg, server) as tolerant:
        for _ in range(2):
            with pytest.raises(pkg.DeserializationError):
                strict.things.get("a")
            assert tolerant.things.get("a").name is None
    # A strict call leaves nothing behind: from_dict is tolerant again.
    assert pkg.models.Thing.from_dict(body).name is None
    assert pkg._serde.STRICT.get() is False


def test_strict_and_tolerant_clients_in_threads(pkg, server):
    from concurrent.futures import ThreadPoolExecutor

    server.set_default(Reply.json({**GOOD, "id": "x"}))
    with client(pkg, server, strict_responses=True) as strict, client(pkg, server) as tolerant:

        def one(i: int) -> Any:
            try:
                return (strict if i % 2 else tolerant).things.get("a").id
            except pkg.DeserializationError as exc:
                return exc.where

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(one, range(40)))
    assert results == ["Thing.id" if i % 2 else "x" for i in range(40)]


def test_async_strict_and_tolerant_calls_interleaved(pkg, server):
    body = {**GOOD, "size": 2**31}
    server.set_default(Reply.json(body))

    async def main() -> list[Any]:
        async with aclient(pkg, server, strict_responses=True) as strict, aclient(pkg, server) as tolerant:
            calls = [strict.things.get("a") if i % 2 else tolerant.things.get("a") for i in range(10)]
            return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(main())
    for i, result in enumerate(results):
        if i % 2:
            assert isinstance(result, pkg.DeserializationError) and result.where == "Thing.size"
        else:
            assert result.size == 2**31


# --------------------------------------------------------------------------- from_dict, nesting, polymorphism


def test_from_dict_is_tolerant_unless_strict(pkg):
    Thing, Tag = pkg.models.Thing, pkg.models.Tag
    data = {"tags": [{"value": "v"}, {"key": "k"}], "size": 2**31}
    thing = Thing.from_dict(data)
    assert (thing.name, thing.color, thing.size) == (None, None, 2**31)
    assert thing.tags == [Tag(key=None, value="v"), Tag(key="k")]  # lists of nested models too
    with pytest.raises(pkg.DeserializationError, match=r"^Thing\.name: "):
        Thing.from_dict(data, strict=True)
    with pytest.raises(pkg.DeserializationError, match=r"^Tag\.key: "):
        Thing.from_dict({**GOOD, "tags": [{"value": "v"}]}, strict=True)
    assert Thing.from_dict(GOOD, strict=True) == Thing.from_dict(GOOD)
    assert pkg._serde.STRICT.get() is False


def test_discriminated_models_are_read_tolerantly(pkg, server):
    body = {"kind": "dog", "name": "rex"}  # Dog's required "barks" is absent
    server.respond(Reply.json(body), Reply.json(body), Reply.json({"kind": "cat"}))
    with client(pkg, server) as c:
        dog = c.pets.get("rex")
        assert type(dog) is pkg.models.Dog and (dog.name, dog.barks) == ("rex", None)
    with client(pkg, server, strict_responses=True) as c, pytest.raises(pkg.DeserializationError, match=r"^Dog\.barks: "):
        c.pets.get("rex")
    with client(pkg, server) as c:
        pet = c.pets.get("x")  # an unknown kind: the base model, its name absent
        assert type(pet) is pkg.models.Pet and pet.name is None


# --------------------------------------------------------------------------- paging and LRO


@MODES
def test_paging_reads_pages_tolerantly(pkg, server, asynchronous):
    second = server.url + "/things?page=2"
    pages = [
        Reply.json({"value": [{"name": "a", "size": 2**31, "properties": {"count": 1}}], "nextLink": second}),
        Reply.json({"nextLink": None}),  # "value" is required: absent, no items
    ]

    def items(**kwargs: Any) -> list[Any]:
        if not asynchronous:
            with client(pkg, server, **kwargs) as c:
                return list(c.things.list())

        async def main() -> list[Any]:
            async with aclient(pkg, server, **kwargs) as c:
                return [item async for item in c.things.list()]

        return asyncio.run(main())

    server.respond(*pages)
    things = items()
    assert [(t.name, t.size, t.color, t.count) for t in things] == [("a", 2**31, None, 1)]
    server.respond(Reply.raw(b""))  # an empty page: no items
    assert items() == []
    server.respond(*pages)
    with pytest.raises(pkg.DeserializationError, match=r"^Thing\.color: "):
        items(strict_responses=True)
    server.reset()
    server.respond(Reply.json({"value": [{**GOOD, "size": 2**31}]}))
    with pytest.raises(pkg.DeserializationError, match=r"^Thing\.size: "):
        items(strict_responses=True)


@MODES
def test_long_running_results_are_read_tolerantly(pkg, server, asynchronous):
    done = {"properties": {"provisioningState": "Succeeded", "progress": 2**31}}  # no name

    def result(**kwargs: Any) -> Any:
        if not asynchronous:
            with client(pkg, server, **kwargs) as c:
                return c.jobs.begin_start("j", polling_interval=0).result()

        async def main() -> Any:
            async with aclient(pkg, server, **kwargs) as c:
                poller = await c.jobs.begin_start("j", polling_interval=0)
                return await poller.result()

        return asyncio.run(main())

    server.set_default(Reply.json(done))  # the PUT's answer, and a final GET's if any
    job = result()
    assert (job.name, job.provisioning_state, job.progress) == (None, "Succeeded", 2**31)
    with pytest.raises(pkg.DeserializationError, match=r"^Job\.name: "):
        result(strict_responses=True)


# --------------------------------------------------------------------------- desktopvirtualization


def dv_call(server: RecordingServer, asynchronous: bool, **kwargs: Any) -> Any:
    class Token:
        token, expires_on = "t", 2**40

    class Credential:
        def get_token(self, *scopes: str, **kw: Any) -> Any:
            return Token()

    class AsyncCredential:
        async def get_token(self, *scopes: str, **kw: Any) -> Any:
            return Token()

    args = dict(endpoint=server.url, retries=0, **kwargs)
    if not asynchronous:
        with desktopvirtualization.DesktopVirtualizationAPIClient(Credential(), UUID, **args) as c:
            return c.host_pools.retrieve_registration_token("rg", "pool")

    async def main() -> Any:
        async with dv_aio.DesktopVirtualizationAPIClient(AsyncCredential(), UUID, **args) as c:
            return await c.host_pools.retrieve_registration_token("rg", "pool")

    return asyncio.run(main())


@MODES
def test_desktopvirtualization_empty_body(server, asynchronous, caplog):
    caplog.set_level(logging.DEBUG, logger="desktopvirtualization")
    server.respond(Reply.raw(b""), Reply.raw(b"\n"), Reply.raw(b""))
    assert dv_call(server, asynchronous) is None
    assert dv_call(server, asynchronous) is None
    assert deviations(caplog, "desktopvirtualization") == [
        "HostPools_RetrieveRegistrationToken response 200: required value is missing (absent, empty or null); "
        "tolerated (strict_responses=True raises instead), logged once"
    ]
    with pytest.raises(desktopvirtualization.DeserializationError) as raised:
        dv_call(server, asynchronous, strict_responses=True)
    assert raised.value.where == "HostPools_RetrieveRegistrationToken response 200"


@MODES
def test_desktopvirtualization_nulls_and_unknowns(server, asynchronous):
    body = {"expirationTime": None, "token": "t", "registrationTokenOperation": "Rotate", "extra": [1]}
    server.respond(Reply.json(body), Reply.json(body))
    for strict in (False, True):  # nothing here deviates from the spec: the same in both modes
        info = dv_call(server, asynchronous, strict_responses=strict)
        assert (info.expiration_time, info.token, info.registration_token_operation) == (None, "t", "Rotate")


@MODES
def test_desktopvirtualization_wrong_type_raises_in_both_modes(server, asynchronous):
    for strict in (False, True):
        server.respond(Reply.json({"expirationTime": 12, "token": "t"}))
        with pytest.raises(desktopvirtualization.DeserializationError) as raised:
            dv_call(server, asynchronous, strict_responses=strict)
        assert raised.value.where == "RegistrationInfo.expirationTime"
