"""Scalar formats (runtime of this package): the JSON text or number a format's value is
sent as, and back. Each ``parse_<format>`` checks one value of a response and raises
:class:`DeserializationError` naming the model and field; each ``format_<format>`` makes
the value sent. ``int32`` and ``int64`` (the range) and ``uuid`` (the shape) are checked
only: a value outside them is kept, as :func:`~._tolerance.off_format` allows.

Dates and times (RFC 3339 ``date-time``, ``date``, ``time``, RFC 1123, Unix time),
ISO 8601 durations, base64 and base64url bytes.
"""

from __future__ import annotations

import datetime as _dt
import re as _re
import typing as _t

from ._tolerance import fail, off_format

_DATETIME = _re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)?\Z", _re.ASCII
)
_fromisoformat = _dt.datetime.fromisoformat
_DATE = _re.compile(r"\d{4}-\d\d-\d\d\Z", _re.ASCII)
_UUID = _re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)


def parse_int32(value: object, where: str) -> int:
    """An ``int32``; one out of its range is kept (strict mode: an error)."""
    if type(value) is int:
        if not -(2**31) <= value < 2**31:
            off_format(where, "out of range", "a 32-bit integer", value)
        return value
    raise fail(where, "a 32-bit integer", value)


def parse_int64(value: object, where: str) -> int:
    """An ``int64``; one out of its range is kept (strict mode: an error)."""
    if type(value) is int:
        if not -(2**63) <= value < 2**63:
            off_format(where, "out of range", "a 64-bit integer", value)
        return value
    raise fail(where, "a 64-bit integer", value)


def parse_uuid(value: object, where: str) -> str:
    """A ``format: uuid`` string (8-4-4-4-12 hex digits, either case), kept as the str
    sent; another string is kept too (strict mode: an error)."""
    if type(value) is str:
        if len(value) != 36 or _UUID.match(value) is None:
            off_format(where, "not a UUID", "a UUID", value)
        return value
    raise fail(where, "a UUID", value)


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
    raise fail(where, "an RFC 3339 date-time", value)


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
    raise fail(where, "an RFC 1123 date", value)


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
    raise fail(where, "a Unix time", value)


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
    raise fail(where, "a time (hh:mm:ss)", value)


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
    raise fail(where, "an ISO 8601 duration", value)


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
    raise fail(where, "base64 text", value)


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
    raise fail(where, "base64url text", value)


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
    raise fail(where, "a date (YYYY-MM-DD)", value)
