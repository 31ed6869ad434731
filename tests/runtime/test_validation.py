"""``_validation``'s checks one by one: what each refuses, and the constraint it names.

Patterns arrive compiled from the spec's ECMA-262 text (``translate_pattern``); the
runtime searches them as ECMA-262's ``RegExp.test`` does: anywhere in the value, anchored
only where the pattern says so."""

from __future__ import annotations

import datetime as dt
import enum
import io
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest


def _refused(
    errors: ModuleType, check: Callable[..., None], *args: Any, **kwargs: Any
) -> tuple[str, str]:
    with pytest.raises(errors.ParameterValidationError) as caught:
        check(*args, **kwargs)
    found: tuple[str, str] = (caught.value.parameter, caught.value.constraint)
    assert isinstance(caught.value, ValueError)
    return found


def test_required_and_optional(validation: ModuleType, errors: ModuleType) -> None:
    assert _refused(errors, validation.check_str, "name", None, required=True) == (
        "name",
        "required",
    )
    validation.check_str("name", None, required=False, min_length=3, pattern=re.compile("x"))
    validation.check_present("name", 0, required=True)  # falsy is not missing


def test_lengths(validation: ModuleType, errors: ModuleType) -> None:
    validation.check_str("s", "abc", required=True, min_length=3, max_length=3)
    assert (
        _refused(errors, validation.check_str, "s", "ab", required=True, min_length=3)[1]
        == "min_length"
    )
    assert (
        _refused(errors, validation.check_str, "s", "abcd", required=True, max_length=3)[1]
        == "max_length"
    )
    assert _refused(errors, validation.check_str, "s", b"abc", required=True)[1] == "type"


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        (r"b", "abc", True),  # unanchored: found anywhere, as RegExp.test
        (r"^b", "abc", False),
        (r"^[a-z]+\Z", "abc", True),
        (
            r"^[a-z]+\Z",
            "abc\n",
            False,
        ),  # ECMA's $, translated to \Z: no match before a final newline
        (r"^[0-9]+\Z", "١٢٣", False),  # \d and classes stay ASCII (re.ASCII)
    ],
)
def test_patterns_are_searched(
    validation: ModuleType, errors: ModuleType, pattern: str, value: str, matches: bool
) -> None:
    compiled = re.compile(pattern, re.ASCII)
    if matches:
        validation.check_str("p", value, required=True, pattern=compiled)
    else:
        assert (
            _refused(errors, validation.check_str, "p", value, required=True, pattern=compiled)[1]
            == "pattern"
        )


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", True),
        ("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", True),
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8\n", False),
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8x", False),
        ("6ba7b8109dad11d180b400c04fd430c8", False),
    ],
)
def test_uuid_format(validation: ModuleType, errors: ModuleType, value: str, ok: bool) -> None:
    if ok:
        validation.check_str("id", value, required=True, fmt="uuid")
    else:
        assert (
            _refused(errors, validation.check_str, "id", value, required=True, fmt="uuid")[1]
            == "format"
        )


@pytest.mark.parametrize(
    ("value", "rules", "constraint"),
    [
        (True, {}, "type"),
        ("1", {}, "type"),
        (float("nan"), {}, "type"),
        (float("inf"), {}, "type"),
        (0, {"minimum": 1}, "minimum"),
        (1, {"minimum": 1, "exclusive_minimum": True}, "minimum"),
        (5, {"maximum": 4.5}, "maximum"),
        (4.5, {"maximum": 4.5, "exclusive_maximum": True}, "maximum"),
        (7, {"multiple_of": 2}, "multiple_of"),
        (0.3, {"multiple_of": 0.25}, "multiple_of"),
    ],
)
def test_numbers_refused(
    validation: ModuleType,
    errors: ModuleType,
    value: object,
    rules: dict[str, Any],
    constraint: str,
) -> None:
    assert (
        _refused(errors, validation.check_number, "n", value, required=True, **rules)[1]
        == constraint
    )


@pytest.mark.parametrize(
    ("value", "rules"),
    [
        (1, {"minimum": 1}),
        (1.5, {"minimum": 1, "exclusive_minimum": True}),
        (4.5, {"maximum": 4.5}),
        (0.3, {"multiple_of": 0.1}),  # not exact in binary: compared with a tolerance
        (-6, {"multiple_of": 3}),
        (2**63, {}),
    ],
)
def test_numbers_accepted(validation: ModuleType, value: object, rules: dict[str, Any]) -> None:
    validation.check_number("n", value, required=True, **rules)


def test_lists(validation: ModuleType, errors: ModuleType) -> None:
    validation.check_list("l", (1, 2), required=True, min_items=2, max_items=2, unique_items=True)
    assert (
        _refused(errors, validation.check_list, "l", [1], required=True, min_items=2)[1]
        == "min_items"
    )
    assert (
        _refused(errors, validation.check_list, "l", [1, 2, 3], required=True, max_items=2)[1]
        == "max_items"
    )
    assert (
        _refused(
            errors,
            validation.check_list,
            "l",
            [{"a": 1}, {"a": 1}],
            required=True,
            unique_items=True,
        )[1]
        == "unique_items"
    )
    validation.check_list("l", [1, "1"], required=True, unique_items=True)
    assert _refused(errors, validation.check_list, "l", "ab", required=True)[1] == "type"


def test_enums(validation: ModuleType, errors: ModuleType) -> None:
    class Kind(enum.Enum):
        A = "a"

    validation.check_enum("k", Kind.A, required=True, allowed=("a", "b"))
    validation.check_enum("k", "b", required=True, allowed=("a", "b"))
    assert (
        _refused(errors, validation.check_enum, "k", "c", required=True, allowed=("a", "b"))[1]
        == "enum"
    )
    validation.check_enum("k", "anything", required=True)  # an open enum
    assert _refused(errors, validation.check_enum, "k", True, required=True)[1] == "type"
    assert _refused(errors, validation.check_enum, "k", ["a"], required=True)[1] == "type"


def test_scalar_types(validation: ModuleType, errors: ModuleType) -> None:
    now = dt.datetime(2024, 1, 1)
    validation.check_date("d", now.date(), required=True)
    assert (
        _refused(errors, validation.check_date, "d", now, required=True)[1] == "type"
    )  # a datetime is not a date
    validation.check_datetime("t", now, required=True)
    assert _refused(errors, validation.check_bool, "b", 1, required=True)[1] == "type"
    validation.check_bytes("b", bytearray(b"x"), required=True)
    assert _refused(errors, validation.check_bytes, "b", "x", required=True)[1] == "type"
    validation.check_binary("f", io.BytesIO(b"x"), required=True)
    validation.check_binary("f", memoryview(b"x"), required=True)
    assert (
        _refused(errors, validation.check_binary, "f", io.StringIO("x"), required=True)[1] == "type"
    )
    validation.check_timedelta("d", dt.timedelta(1), required=True)
    validation.check_time("t", dt.time(1), required=True)
    assert _refused(errors, validation.check_dict, "m", [], required=True)[1] == "type"


def test_media_types(validation: ModuleType, errors: ModuleType) -> None:
    choices = (
        ("application/json", "json"),
        ("text/plain", "text"),
        ("application/octet-stream", "binary"),
    )
    assert validation.check_media("body", {"a": 1}, None, choices) == ("application/json", "json")
    assert validation.check_media("body", b"x", None, choices) == (
        "application/octet-stream",
        "binary",
    )
    assert validation.check_media("body", "x", "Text/Plain; charset=utf-8", choices) == (
        "Text/Plain; charset=utf-8",
        "text",
    )
    assert _refused(errors, validation.check_media, "body", b"x", "text/plain", choices) == (
        "body",
        "type",
    )
    assert _refused(errors, validation.check_media, "body", "x", "image/png", choices) == (
        "content_type",
        "enum",
    )


def test_a_secret_is_never_shown(validation: ModuleType, errors: ModuleType) -> None:
    with pytest.raises(errors.ParameterValidationError) as caught:
        validation.check_secret(
            validation.check_str, "password", "hunter2", required=True, max_length=3
        )
    assert caught.value.constraint == "max_length" and "hunter2" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_models(validation: ModuleType, errors: ModuleType) -> None:
    class Model:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def _validate(self, name: str) -> None:
            self.seen.append(name)

    class Sub(Model):
        pass

    value = Sub()
    validation.check_model("body", value, required=True, model=Model)
    assert value.seen == ["body"]
    assert _refused(
        errors, validation.check_model, "body", {"a": 1}, required=True, model=Model
    ) == ("body", "type")
