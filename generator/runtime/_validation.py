"""Checks of arguments against the spec's rules, run before any network I/O.

Each check raises :class:`ParameterValidationError` (a ``ValueError``)
naming the parameter and the rule it breaks.
"""

from __future__ import annotations

import datetime as _dt
import enum as _enum
import io as _io
import math as _math
import re as _re
import typing as _t

from ._errors import ParameterValidationError as _Invalid

_UUID = _re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)
_FORMATS = {"uuid": _UUID}


def _present(name: str, value: object, required: bool) -> bool:
    if value is None:
        if required:
            raise _Invalid(name, "required", "a value is required")
        return False
    return True


def check_present(name: str, value: object, *, required: bool) -> None:
    _present(name, value, required)


def check_str(
    name: str,
    value: object,
    *,
    required: bool,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: _re.Pattern[str] | None = None,
    fmt: str | None = None,
) -> None:
    if not _present(name, value, required):
        return
    if not isinstance(value, str):
        raise _Invalid(name, "type", f"expected a string, got {type(value).__name__}")
    if min_length is not None and len(value) < min_length:
        raise _Invalid(name, "min_length", f"length {len(value)} is less than {min_length}")
    if max_length is not None and len(value) > max_length:
        raise _Invalid(name, "max_length", f"length {len(value)} is more than {max_length}")
    if pattern is not None and pattern.search(value) is None:
        raise _Invalid(name, "pattern", f"{value!r} does not match {pattern.pattern!r}")
    if fmt is not None and _FORMATS[fmt].match(value) is None:
        raise _Invalid(name, "format", f"{value!r} is not a valid {fmt}")


def check_number(
    name: str,
    value: object,
    *,
    required: bool,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: bool = False,
    exclusive_maximum: bool = False,
    multiple_of: float | None = None,
) -> None:
    if not _present(name, value, required):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(name, "type", f"expected a number, got {type(value).__name__}")
    if isinstance(value, float) and not _math.isfinite(value):
        raise _Invalid(name, "type", f"{value!r} is not a finite number")
    if minimum is not None and (value <= minimum if exclusive_minimum else value < minimum):
        raise _Invalid(
            name,
            "minimum",
            f"{value!r} is {'not more' if exclusive_minimum else 'less'} than {minimum!r}",
        )
    if maximum is not None and (value >= maximum if exclusive_maximum else value > maximum):
        raise _Invalid(
            name,
            "maximum",
            f"{value!r} is {'not less' if exclusive_maximum else 'more'} than {maximum!r}",
        )
    if multiple_of is not None and not _math.isclose(
        value / multiple_of, round(value / multiple_of)
    ):
        raise _Invalid(name, "multiple_of", f"{value!r} is not a multiple of {multiple_of!r}")


def check_bool(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, bool):
        raise _Invalid(name, "type", f"expected a bool, got {type(value).__name__}")


def check_datetime(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, _dt.datetime):
        raise _Invalid(name, "type", f"expected a datetime, got {type(value).__name__}")


def check_date(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and (
        not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)
    ):
        raise _Invalid(name, "type", f"expected a date, got {type(value).__name__}")


def check_time(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, _dt.time):
        raise _Invalid(name, "type", f"expected a time, got {type(value).__name__}")


def check_timedelta(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, _dt.timedelta):
        raise _Invalid(name, "type", f"expected a timedelta, got {type(value).__name__}")


def check_bytes(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, (bytes, bytearray)):
        raise _Invalid(name, "type", f"expected bytes, got {type(value).__name__}")


def check_binary(name: str, value: object, *, required: bool) -> None:
    """Bytes, or a file object opened in binary mode (anything with ``read`` but text)."""
    if not _present(name, value, required) or isinstance(value, (bytes, bytearray, memoryview)):
        return
    if isinstance(value, _io.TextIOBase) or not hasattr(value, "read"):
        raise _Invalid(
            name, "type", f"expected bytes or a binary file object, got {type(value).__name__}"
        )


def check_media(
    name: str, value: object, content_type: str | None, choices: tuple[tuple[str, str], ...]
) -> tuple[str, str]:
    """The media type to send a body offered in several as, and how to encode it (``json``,
    ``text`` or ``binary``): the one ``content_type`` names, else the first whose kind fits
    the value (bytes and binary file objects: binary; a str: text or JSON; else JSON)."""
    binary = isinstance(value, (bytes, bytearray, memoryview)) or (
        hasattr(value, "read") and not isinstance(value, _io.TextIOBase)
    )

    def fits(kind: str) -> bool:
        return (
            binary if kind == "binary" else isinstance(value, str) if kind == "text" else not binary
        )

    if content_type is None:
        for media, kind in choices:
            if fits(kind):
                return media, kind
        raise _Invalid(
            name,
            "type",
            f"{type(value).__name__} cannot be sent as {', '.join(m for m, _ in choices)}",
        )
    base = content_type.split(";")[0].strip().lower()
    for media, kind in choices:
        if media.split(";")[0].strip().lower() == base:
            if not fits(kind):
                raise _Invalid(
                    name, "type", f"{type(value).__name__} cannot be sent as {content_type}"
                )
            return content_type, kind
    raise _Invalid(
        "content_type", "enum", f"{content_type!r} is not one of {', '.join(m for m, _ in choices)}"
    )


def check_enum(
    name: str, value: object, *, required: bool, allowed: tuple[object, ...] | None = None
) -> None:
    if not _present(name, value, required):
        return
    raw = value.value if isinstance(value, _enum.Enum) else value
    if allowed is not None and raw not in allowed:
        raise _Invalid(name, "enum", f"{raw!r} is not one of {', '.join(repr(a) for a in allowed)}")
    if allowed is None and (isinstance(raw, bool) or not isinstance(raw, (str, int, float))):
        raise _Invalid(name, "type", f"expected an enum value, got {type(value).__name__}")


def check_list(
    name: str,
    value: object,
    *,
    required: bool,
    min_items: int | None = None,
    max_items: int | None = None,
    unique_items: bool = False,
) -> None:
    if not _present(name, value, required):
        return
    if not isinstance(value, (list, tuple)):
        raise _Invalid(name, "type", f"expected a list, got {type(value).__name__}")
    if min_items is not None and len(value) < min_items:
        raise _Invalid(name, "min_items", f"{len(value)} items, fewer than {min_items}")
    if max_items is not None and len(value) > max_items:
        raise _Invalid(name, "max_items", f"{len(value)} items, more than {max_items}")
    if unique_items and len({repr(v) for v in value}) != len(value):
        raise _Invalid(name, "unique_items", "items are not unique")


def check_dict(name: str, value: object, *, required: bool) -> None:
    if _present(name, value, required) and not isinstance(value, dict):
        raise _Invalid(name, "type", f"expected a dict, got {type(value).__name__}")


def check_model(name: str, value: object, *, required: bool, model: type[_t.Any]) -> None:
    """An instance of ``model`` (a subclass too) whose fields keep the spec's rules,
    nested models included; a field's error names it after ``name`` (``body.size``)."""
    if not _present(name, value, required):
        return
    if not isinstance(value, model):
        raise _Invalid(name, "type", f"expected {model.__name__}, got {type(value).__name__}")
    value._validate(name)


def check_union(
    name: str,
    value: object,
    *,
    required: bool,
    variants: tuple[tuple[tuple[type, ...], _t.Callable[[str, object], None]], ...],
) -> None:
    """A value of one of the union's variants: it passes the check of some variant whose
    Python classes it is an instance of (a bool only of a variant taking bools); else the
    first such variant's error, or a type error listing the variants' classes."""
    if not _present(name, value, required):
        return
    error: _Invalid | None = None
    for classes, check in variants:
        if isinstance(value, classes) and (type(value) is not bool or bool in classes):
            try:
                check(name, value)
                return
            except _Invalid as exc:
                error = error or exc
    if error is not None:
        raise error
    names = ", ".join(dict.fromkeys(c.__name__ for classes, _ in variants for c in classes))
    raise _Invalid(name, "type", f"expected one of {names}, got {type(value).__name__}")


def check_secret(check: _t.Callable[..., None], name: str, value: object, **rules: _t.Any) -> None:
    """``check(name, value, **rules)`` for a secret value: an error names the rule, never the value."""
    try:
        check(name, value, **rules)
    except _Invalid as exc:
        raise _Invalid(
            name, exc.constraint, "the value (secret, not shown) breaks this rule"
        ) from None
