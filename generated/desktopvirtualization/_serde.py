"""Turning JSON values into typed Python values and back (runtime of this package).

Each ``as_*`` / ``parse_*`` function checks one value of a response and raises
:class:`DeserializationError` naming the model and field when the
service sent something the spec does not allow.

Reading is tolerant, as the Azure SDK's is: a required value that is absent or null, an
empty body where JSON was declared (None), an integer outside its format's range or a
``format: uuid`` string that is not a UUID (kept as sent) are accepted, and each such
deviation is logged once per process at DEBUG (see :func:`tolerate`). A client made with
``strict_responses=True`` decodes in strict mode (:data:`STRICT`, set by :func:`strictly`
around its decoding), where they raise :class:`DeserializationError`.
A value of the wrong JSON type raises in both modes.
"""

from __future__ import annotations

import contextvars as _contextvars
import datetime as _dt
import enum as _enum
import json as _json
import re as _re
import typing as _t

from ._config import SECRET_FIELDS
from ._errors import DeserializationError, ParameterValidationError

_DATETIME = _re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)?\Z", _re.ASCII
)
_fromisoformat = _dt.datetime.fromisoformat
_DATE = _re.compile(r"\d{4}-\d\d-\d\d\Z", _re.ASCII)
_UUID = _re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)


def _detail(where: str, expected: str, value: object) -> str:
    if where in SECRET_FIELDS:
        return f"expected {expected}, got a {type(value).__name__} (secret, not shown)"
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"expected {expected}, got {shown}"


def _fail(where: str, expected: str, value: object) -> DeserializationError:
    return DeserializationError(where, _detail(where, expected, value))


def not_object(value: object, where: str) -> _t.NoReturn:
    raise _fail(where, "a JSON object", value)


def nested(data: _t.Mapping[str, _t.Any], path: tuple[str, ...], where: str) -> _t.Any:
    """The value at ``path`` inside nested JSON objects (a flattened property), or None
    when a level is absent or null; a level that is not an object is an error."""
    value: _t.Any = data
    for key in path:
        if value is None:
            return None
        if type(value) is not dict:
            raise _fail(where, "a JSON object around it", value)
        value = value.get(key)
    return value


STRICT: _contextvars.ContextVar[bool] = _contextvars.ContextVar(
    __name__.rpartition(".")[0] + ".strict_responses", default=False
)
"""Whether decoding in this context raises on a deviation (True inside the decoding of a
``strict_responses=True`` client's responses) or tolerates it (the default, also for a
``from_dict`` called directly)."""

_TOLERATED: set[tuple[str, str]] = set()
"""The (place, kind) pairs already logged: each deviation is logged once per process (the
first time it is met while the package's logger is enabled for DEBUG)."""

_P = _t.ParamSpec("_P")
_R = _t.TypeVar("_R")


def strictly(decode: _t.Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
    """``decode(*args, **kwargs)`` in strict mode: a deviation from the spec raises
    DeserializationError instead of being tolerated."""
    token = STRICT.set(True)
    try:
        return decode(*args, **kwargs)
    finally:
        STRICT.reset(token)


def tolerate(where: str, kind: str, problem: str) -> None:
    """Raise DeserializationError for a deviation from the spec in strict mode; else log it
    at DEBUG the first time this process meets it at ``where`` (a model and field, or a
    response), and return. Values are never logged (they may be secrets)."""
    if STRICT.get():
        raise DeserializationError(where, problem)
    if (where, kind) not in _TOLERATED:
        from ._log import logger  # _log is imported by the first call that logs

        log = logger()
        if log.isEnabledFor(10):  # logging.DEBUG; counted as logged only once it was
            _TOLERATED.add((where, kind))
            log.debug(
                "%s: %s; tolerated (strict_responses=True raises instead), logged once",
                where,
                problem,
            )


def _off_format(where: str, kind: str, expected: str, value: object) -> None:
    """A value of the right JSON type outside its format: strict mode raises, naming the
    value; the log line does not."""
    if STRICT.get():
        raise _fail(where, expected, value)
    tolerate(where, kind, f"expected {expected}; kept as sent")


def missing(where: str) -> _t.Any:
    """None for a required value that is absent or null; in strict mode, DeserializationError.
    Typed Any: a tolerated None stands where the annotation promises a value (as in the
    Azure SDK); ``strict_responses=True`` keeps the annotation's promise."""
    tolerate(where, "missing", "required value is missing (absent, empty or null)")
    return None


def empty_body(where: str) -> _t.Any:
    """None for an empty (or whitespace-only) body where the spec declares JSON; in strict
    mode, DeserializationError. Typed Any, as :func:`missing`."""
    tolerate(where, "empty body", "required value is missing (absent, empty or null)")
    return None


def wrong_type(value: object, where: str, expected: str) -> _t.NoReturn:
    raise _fail(where, expected, value)


def as_int(value: object, where: str) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise _fail(where, "an integer", value)


def parse_int32(value: object, where: str) -> int:
    """An ``int32``; one out of its range is kept (strict mode: an error)."""
    if type(value) is int:
        if not -(2**31) <= value < 2**31:
            _off_format(where, "out of range", "a 32-bit integer", value)
        return value
    raise _fail(where, "a 32-bit integer", value)


def parse_int64(value: object, where: str) -> int:
    """An ``int64``; one out of its range is kept (strict mode: an error)."""
    if type(value) is int:
        if not -(2**63) <= value < 2**63:
            _off_format(where, "out of range", "a 64-bit integer", value)
        return value
    raise _fail(where, "a 64-bit integer", value)


def parse_uuid(value: object, where: str) -> str:
    """A ``format: uuid`` string (8-4-4-4-12 hex digits, either case), kept as the str
    sent; another string is kept too (strict mode: an error)."""
    if type(value) is str:
        if len(value) != 36 or _UUID.match(value) is None:
            _off_format(where, "not a UUID", "a UUID", value)
        return value
    raise _fail(where, "a UUID", value)


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
    """The member for ``value``, or ``value`` itself when the spec does not list it; a
    value of another JSON type than the enum's is an error."""
    kinds = (str,) if issubclass(cls, str) else (int,) if issubclass(cls, int) else (int, float)
    if isinstance(value, kinds) and not isinstance(value, bool):
        member = cls._value2member_map_.get(value)
        return value if member is None else member
    raise _fail(where, f"a {cls.__name__} value", value)


def parse_datetime(value: object, where: str) -> _dt.datetime:
    """RFC 3339, any number of fractional digits, any offset (none means UTC)."""
    if type(value) is str:
        # Fast path for what services send: "T" between date and time, "Z" or "+hh:mm"
        # after the seconds. fromisoformat takes more than RFC 3339 ("20080922T140154Z",
        # "14:01Z", "54,5Z", "54.Z", "+05", "+0500", "+05:00:30"), so the shape around it
        # is checked first: ASCII, separators in their places (characters 4, 7, 10, 13,
        # 16), a fraction only as "." and digits, an offset only as "+hh:mm".  Anything
        # else ("t" or " " for "T", "z", no offset, a leap second) takes the regex below.
        if value[4:17:3] == "--T::" and value.isascii():
            if value[-1] == "Z":
                shaped = len(value) == 20 or (
                    len(value) > 21 and value[19] == "." and value[20:-1].isdigit()
                )
            else:
                shaped = (
                    value[-3] == ":"
                    and value[-6] in "+-"
                    and (
                        len(value) == 25
                        or (len(value) > 26 and value[19] == "." and value[20:-6].isdigit())
                    )
                )
            if shaped:
                try:
                    return _fromisoformat(value)
                except ValueError:
                    pass
        match = _DATETIME.match(value)
        if match is not None:
            year, month, day, hour, minute, second, fraction, offset = match.groups()
            micro = int((fraction or "0")[:6].ljust(6, "0"))
            try:
                if offset is None or offset in "Zz":
                    tz = _dt.UTC
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
    """RFC 3339 in UTC with a ``Z`` (a naive datetime is taken to be UTC); a value whose
    UTC form falls outside years 1-9999 (``0001-01-01T00:00:00+14:00``) keeps its offset."""
    if value.tzinfo is not None:
        try:
            value = value.astimezone(_dt.UTC)
        except OverflowError:
            return value.isoformat()
    return value.replace(tzinfo=None).isoformat() + "Z"


_RFC1123 = _re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) (?:GMT|UTC|Z|([+-])(\d\d)(\d\d))\Z",
    _re.ASCII,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def parse_rfc1123(value: object, where: str) -> _dt.datetime:
    """An HTTP date, ``Mon, 01 Jan 2024 00:00:00 GMT``; four-digit years as written
    (``0001`` is year 1, which email.utils would read as 2001)."""
    if type(value) is str:
        match = _RFC1123.match(value.strip().upper())  # names are case-insensitive
        if match is not None:
            day, month, year, hour, minute, second, sign, off_h, off_m = match.groups()
            month = month.lower()
            tz = _dt.UTC
            try:
                if sign:
                    offset = _dt.timedelta(hours=int(off_h), minutes=int(off_m))
                    tz = _dt.timezone(offset if sign == "+" else -offset)
                return _dt.datetime(
                    int(year),
                    _MONTHS[month],
                    int(day),
                    int(hour),
                    int(minute),
                    int(second),
                    tzinfo=tz,
                )
            except (KeyError, ValueError):
                pass
    raise _fail(where, "an RFC 1123 date", value)


def format_rfc1123(value: _dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(_dt.UTC)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return (
        f"{days[value.weekday()]}, {value.day:02d} {months[value.month - 1]} {value.year:04d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d} GMT"
    )


def parse_unixtime(value: object, where: str) -> _dt.datetime:
    """Seconds since 1970-01-01 UTC."""
    if type(value) in (int, float):
        try:
            return _dt.datetime.fromtimestamp(_t.cast(float, value), _dt.UTC)
        except (OverflowError, OSError, ValueError):
            pass
    raise _fail(where, "a Unix time", value)


def format_unixtime(value: _dt.datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.UTC)
    return int(value.timestamp())


def parse_time(value: object, where: str) -> _dt.time:
    if type(value) is str:
        try:
            return _dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, "a time (hh:mm:ss)", value)


def format_time(value: _dt.time) -> str:
    return value.isoformat()


_DURATION = _re.compile(
    r"(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\Z",
    _re.ASCII,
)


def parse_duration(value: object, where: str) -> _dt.timedelta:
    """ISO 8601 ``PnYnMnWnDTnHnMnS``; a year counts 365 days and a month 30 (a timedelta
    has no calendar)."""
    if type(value) is str:
        match = _DURATION.match(value)
        if match is not None and value not in ("P", "-P") and not value.endswith("T"):
            sign, years, months, weeks, days, hours, minutes, seconds = match.groups()
            try:
                delta = _dt.timedelta(
                    days=float(years or 0) * 365
                    + float(months or 0) * 30
                    + float(weeks or 0) * 7
                    + float(days or 0),
                    hours=float(hours or 0),
                    minutes=float(minutes or 0),
                    seconds=float(seconds or 0),
                )
            except OverflowError:
                pass
            else:
                return -delta if sign else delta
    raise _fail(where, "an ISO 8601 duration", value)


def format_duration(value: _dt.timedelta) -> str:
    """``P123DT22H14M12.011S``: days, then the time of day, zero parts left out."""
    sign = "-" if value < _dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}P{value.days}D" if value.days else f"{sign}P"
    clock = ""
    if hours:
        clock += f"{hours}H"
    if minutes:
        clock += f"{minutes}M"
    if seconds or value.microseconds:
        fraction = f"{value.microseconds:06d}".rstrip("0")
        clock += f"{seconds}.{fraction}S" if fraction else f"{seconds}S"
    if clock:
        text += "T" + clock
    return text if text not in ("P", "-P") else "P0D"


def parse_byte(value: object, where: str) -> bytes:
    """Base64 (RFC 4648 section 4)."""
    if type(value) is str:
        import base64
        import binascii

        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            pass
    raise _fail(where, "base64 text", value)


def format_byte(value: bytes) -> str:
    import base64

    return base64.b64encode(value).decode("ascii")


def parse_base64url(value: object, where: str) -> bytes:
    """Base64url without padding (RFC 4648 section 5)."""
    if type(value) is str:
        import base64
        import binascii

        try:
            return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        except (binascii.Error, ValueError):
            pass
    raise _fail(where, "base64url text", value)


def format_base64url(value: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(value).decode("ascii").rstrip("=")


def format_date(value: _dt.date) -> str:
    return value.isoformat()


def parse_date(value: object, where: str) -> _dt.date:
    if type(value) is str and _DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, "a date (YYYY-MM-DD)", value)


def json_body(content: bytes, where: str) -> _t.Any:
    """The parsed JSON of a response body; None for an empty or whitespace-only body."""
    if not content:
        return None
    try:
        # UTF-8 (RFC 8259), decoded here: json.loads of bytes first guesses the encoding
        # in Python, a third of its time for a small body.
        return _json.loads(content.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        pass
    if not content.strip():  # JSON's whitespace only: no value, as an empty body
        return None
    try:
        return _json.loads(content)  # UTF-16 or UTF-32, or the error to report
    except (ValueError, RecursionError) as exc:
        raise DeserializationError(where, f"body is not valid JSON ({exc})") from None


def json_bytes(value: _t.Any) -> bytes:
    """Compact UTF-8 JSON for a request body."""
    return _json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def binary_content(value: bytes | bytearray | memoryview | _t.IO[bytes]) -> bytes:
    """A binary body: the bytes given, or all that a binary file object reads (once, so
    that every attempt sends the same bytes)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return value.read()


def form_urlencoded(fields: list[tuple[str, str]]) -> bytes:
    """An ``application/x-www-form-urlencoded`` body."""
    from urllib.parse import urlencode

    return urlencode(fields).encode("ascii")


def _part_name(name: str) -> str:
    """A field or file name inside a quoted ``Content-Disposition`` parameter."""
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def multipart(fields: list[tuple[str, str | bytes | _t.IO[bytes]]]) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its content type: a text part for each ``str``,
    a file part for bytes or a binary file object (named after the file, if it has a name)."""
    import uuid

    boundary = uuid.uuid4().hex
    chunks: list[bytes] = []
    for name, value in fields:
        disposition = f'form-data; name="{_part_name(name)}"'
        if isinstance(value, str):
            head, data = f"Content-Disposition: {disposition}\r\n", value.encode("utf-8")
        else:
            filename = name
            if (
                not isinstance(value, bytes)
                and hasattr(value, "name")
                and isinstance(value.name, str)
                and value.name
            ):
                filename = value.name.replace("\\", "/").rsplit("/", 1)[-1] or name  # its base name
            head = (
                f'Content-Disposition: {disposition}; filename="{_part_name(filename)}"\r\n'
                "Content-Type: application/octet-stream\r\n"
            )
            data = binary_content(value)
        chunks += [f"--{boundary}\r\n{head}\r\n".encode(), data, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def header(headers: _t.Mapping[str, str], name: str, read_as: str, where: str) -> _t.Any:
    """A response header as the JSON value its type decodes, or None when it is absent (or
    empty, unless ``read_as`` is ``text``): ``int``, ``float`` and ``bool`` (``true`` /
    ``false``) text is converted, any other kept as it is."""
    text = headers.get(name)
    if text is None or text == "" and read_as != "text":
        return None
    if read_as == "int":
        try:
            return int(text.strip())
        except ValueError:
            raise _fail(where, "an integer", text) from None
    if read_as == "float":
        try:
            return float(text.strip())
        except ValueError:
            raise _fail(where, "a number", text) from None
    if read_as == "bool":
        flag = text.strip().lower()
        if flag not in ("true", "false"):
            raise _fail(where, "true or false", text)
        return flag == "true"
    return text


def to_wire(value: object) -> str:
    """The text form of a path, query or header value (None, an absent item: empty)."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def unreserved(text: object) -> bool:
    """Whether ``text`` is a non-empty str of RFC 3986 unreserved characters only, which
    every percent-encoder leaves as they are (query values, path segments)."""
    return (
        type(text) is str
        and text.isascii()
        and text.replace("-", "a").replace(".", "a").replace("_", "a").replace("~", "a").isalnum()
    )


def path_segment(name: str, value: object, constant: bool = False) -> str:
    """``value`` percent-encoded as exactly one path segment.

    ``/``, ``?``, ``#`` and ``%`` are encoded, and so are the dot segments ``.`` and
    ``..``, which URL normalisation would otherwise turn into a different path.  Only the
    spec's own ``constant`` may be empty.
    """
    text = to_wire(value)
    if text == "" and not constant:
        raise ParameterValidationError(name, "non-empty", "a path segment cannot be empty")
    if text.strip(".") == "":
        return "%2E" * len(text)
    if unreserved(text):  # most names: nothing to encode
        return text
    from urllib.parse import quote  # imported when first needed: see _log

    return quote(text, safe="")
