"""Turning JSON values into typed Python values and back (runtime of desktopvirtualization).

Each ``as_*`` / ``parse_*`` function checks one value of a response and raises
:class:`~desktopvirtualization.DeserializationError` naming the model and field when the
service sent something the spec does not allow.
"""

from __future__ import annotations

import datetime as _dt
import enum as _enum
import json as _json
import re as _re
import typing as _t
from urllib.parse import quote as _quote

from ._errors import DeserializationError, ParameterValidationError

_DATETIME = _re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)?\Z", _re.ASCII
)
_DATE = _re.compile(r"\d{4}-\d\d-\d\d\Z", _re.ASCII)

SECRET_FIELDS: frozenset[str] = frozenset(
    {
        "RegistrationInfo.token",
        "RegistrationTokenMinimal.token",
    }
)
"""Fields the spec marks ``x-ms-secret``: never shown by ``repr``, in logs or in errors."""


def _fail(where: str, expected: str, value: object) -> DeserializationError:
    if where in SECRET_FIELDS:
        return DeserializationError(
            where, f"expected {expected}, got a {type(value).__name__} (secret, not shown)"
        )
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return DeserializationError(where, f"expected {expected}, got {shown}")


def not_object(value: object, where: str) -> _t.NoReturn:
    raise _fail(where, "a JSON object", value)


def missing(where: str) -> _t.NoReturn:
    raise DeserializationError(where, "required field is missing")


def wrong_type(value: object, where: str, expected: str) -> _t.NoReturn:
    raise _fail(where, expected, value)


def as_int(value: object, where: str) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise _fail(where, "an integer", value)


def as_float(value: object, where: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise _fail(where, "a number", value)


def as_list(value: object, where: str) -> list[_t.Any]:
    if isinstance(value, list):
        return value
    raise _fail(where, "a JSON array", value)


def as_dict(value: object, where: str) -> dict[str, _t.Any]:
    if isinstance(value, dict):
        return value
    raise _fail(where, "a JSON object", value)


_E = _t.TypeVar("_E", bound=_enum.Enum)


def as_enum(cls: type[_E], value: object, where: str) -> _t.Any:
    """The member for ``value``, or ``value`` itself when the spec does not list it."""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        member = cls._value2member_map_.get(value)
        return value if member is None else member
    raise _fail(where, f"a {cls.__name__} value", value)


def parse_datetime(value: object, where: str) -> _dt.datetime:
    """RFC 3339, any number of fractional digits, any offset (none means UTC)."""
    if type(value) is str:
        match = _DATETIME.match(value)
        if match is not None:
            try:  # fast path; the regex has already refused what is not RFC 3339
                parsed = _dt.datetime.fromisoformat(value)
            except ValueError:
                pass  # e.g. a leap second, or an offset fromisoformat will not take
            else:
                return (
                    parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_dt.timezone.utc)
                )
            year, month, day, hour, minute, second, fraction, offset = match.groups()
            micro = int((fraction or "0")[:6].ljust(6, "0"))
            try:
                if offset is None or offset in "Zz":
                    tz = _dt.timezone.utc
                else:
                    sign = 1 if offset[0] == "+" else -1
                    hours, minutes = int(offset[1:3]), int(offset[4:6])
                    tz = _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))
                return _dt.datetime(
                    int(year),
                    int(month),
                    int(day),
                    int(hour),
                    int(minute),
                    min(int(second), 59),
                    micro,
                    tz,
                )
            except ValueError:
                pass
    raise _fail(where, "an RFC 3339 date-time", value)


def format_datetime(value: _dt.datetime) -> str:
    """RFC 3339 in UTC with a ``Z``; a naive datetime is taken to be UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc)
    return value.replace(tzinfo=None).isoformat() + "Z"


def parse_date(value: object, where: str) -> _dt.date:
    if type(value) is str and _DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, "a date (YYYY-MM-DD)", value)


def json_body(content: bytes, where: str) -> _t.Any:
    """The parsed JSON of a response body."""
    try:
        return _json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise DeserializationError(where, f"body is not valid JSON ({exc})") from None


def json_bytes(value: _t.Any) -> bytes:
    """Compact UTF-8 JSON for a request body."""
    return _json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def to_wire(value: object) -> str:
    """The text form of a path, query or header value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as exactly one path segment.

    ``/``, ``?``, ``#`` and ``%`` are encoded, and so are the dot segments ``.`` and
    ``..``, which URL normalisation would otherwise turn into a different path.
    """
    text = to_wire(value)
    if text == "":
        raise ParameterValidationError(name, "non-empty", "a path segment cannot be empty")
    if text.strip(".") == "":
        return "%2E" * len(text)
    return _quote(text, safe="")
