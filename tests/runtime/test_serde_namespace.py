"""``_serde`` is the one namespace generated code decodes through; its scalar formats live in
``_formats``, bodies and wire text in ``_wire``, strict and tolerant reading in
``_tolerance``. Each name it takes from them is the very object (a call through ``_serde``
costs one attribute lookup, no wrapper), and those modules never import ``_serde``."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from tests.runtime.conftest import Runtime

HOMES = ("_formats", "_wire", "_tolerance")


def test_every_name_of_the_namespace_is_its_home_modules_object(rt: Runtime) -> None:
    serde = rt.module("_serde")
    homes = {home: rt.module(home) for home in HOMES}
    assert len(serde.__all__) == len(set(serde.__all__))
    defined_in = {serde.__name__, *(module.__name__ for module in homes.values())}
    for name in serde.__all__:
        value = getattr(serde, name)
        assert all(vars(module).get(name, value) is value for module in homes.values()), name
        if callable(value):  # the JSON-type checks are _serde's own
            assert value.__module__ in defined_in, name
    assert serde._TOLERATED is homes["_tolerance"]._TOLERATED  # tests clear it through _serde
    # What the templates call with a computed name: parse_<codec> / format_<codec>, parse_<check>.
    for codec in ("datetime", "rfc1123", "unixtime", "date", "time", "duration", "byte", "base64url"):
        assert {f"parse_{codec}", f"format_{codec}"} <= set(serde.__all__)
    assert {"parse_int32", "parse_int64", "parse_uuid"} <= set(serde.__all__)


@pytest.mark.parametrize("home", HOMES)
def test_the_home_modules_do_not_import_serde(make_runtime: Callable[..., Runtime], home: str) -> None:
    fresh = make_runtime()
    fresh.module(home)
    assert f"{fresh.name}._serde" not in sys.modules
