"""The generated ``parse_datetime``: a fast path over ``datetime.fromisoformat`` that must
accept exactly what RFC 3339 (with the generator's documented leniencies) accepts.

fromisoformat takes much more than RFC 3339 (basic format, missing seconds, ``,`` as the
decimal sign, ``+05``), so the fast path checks the shape first.  These tests compare it
with a reference that parses by regex alone, on hand-picked strings and on random ones
built from the characters a date-time is made of.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated"))

from desktopvirtualization import DeserializationError, _serde  # noqa: E402

RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)?\Z", re.ASCII
)


def reference(text: str) -> dt.datetime | None:
    """RFC 3339 by regex and arithmetic only (no fromisoformat); None when refused."""
    match = RFC3339.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        if offset is None or offset in "Zz":
            tz = dt.UTC
        else:
            sign = 1 if offset[0] == "+" else -1
            tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), min(int(second), 59), micro, tz)
    except ValueError:
        return None


def parsed(text: str) -> dt.datetime | None:
    try:
        return _serde.parse_datetime(text, "M.f")
    except DeserializationError:
        return None


def same(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    """Equal instants with equal offsets (== alone ignores the offset)."""
    if a is None or b is None:
        return a is b
    return a == b and a.utcoffset() == b.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "2008-09-22T14:01:54.9571247Z",  # Azure's seven fractional digits
        "2008-09-22T14:01:54Z",
        "2008-09-22t14:01:54z",
        "2008-09-22 14:01:54Z",
        "2008-09-22T14:01:54",  # no offset: UTC
        "2008-09-22T14:01:54.5+05:30",
        "1492-10-12T10:15:01-08:00",
        "9999-12-31T23:59:59.999999Z",
        "2016-12-31T23:59:60Z",  # a leap second: 59
        "0001-01-01T00:00:00+14:00",
    ],
)
def test_rfc3339_values_parse_like_the_reference(text: str) -> None:
    value = parsed(text)
    assert value is not None and value.tzinfo is not None
    assert same(value, reference(text))


@pytest.mark.parametrize(
    "text",
    [
        "20080922T140154Z",  # ISO 8601 basic format
        "2008-09-22T14:01Z",  # no seconds
        "2008-09-22T14:01:54,5Z",  # comma decimal sign
        "2008-09-22T14:01:54.Z",  # a dot without digits
        "2008-09-22T14:01:54+05",
        "2008-09-22T14:01:54+0500",
        "2008-09-22T14:01:54+05:00:30",
        "2008-09-22T14:01:54Z\n",
        "2008-09-22T24:00:00Z",
        "2008-W39-1T14:01:54Z",
        "2008-09-22T14:01:54.\u0665Z",  # an Arabic-Indic digit
        "\uff12008-09-22T14:01:54Z",  # a fullwidth digit
        "2008-09-22",
        "",
    ],
)
def test_what_rfc3339_refuses_is_refused(text: str) -> None:
    assert reference(text) is None
    assert parsed(text) is None


def test_a_non_string_is_refused() -> None:
    with pytest.raises(DeserializationError):
        _serde.parse_datetime(1222092114, "M.f")


DIGIT = st.sampled_from("0123456789")
PIECE = st.one_of(DIGIT, st.sampled_from(["-", ":", ".", "T", "t", " ", "Z", "z", "+", ",", "W", "\u0665", "\n"]))


@st.composite
def near_datetimes(draw: st.DrawFn) -> str:
    """Valid RFC 3339 strings with a few characters changed, dropped or added."""
    base = draw(st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-8))])))
    text = list(base.isoformat(timespec=draw(st.sampled_from(["seconds", "milliseconds", "microseconds"]))))
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["replace", "drop", "insert"]))
        if action == "insert" or where == len(text):
            text.insert(where, draw(PIECE))
        elif action == "drop":
            del text[where]
        else:
            text[where] = draw(PIECE)
    return "".join(text)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(near_datetimes(), st.text(PIECE, max_size=40)))
@example("2008-09-22T14:01:54.9571247+05:00")
def test_fast_path_agrees_with_the_reference(text: str) -> None:
    assert same(parsed(text), reference(text))
