"""``_serde``'s helpers one by one: integers and their ranges, UUIDs, date-times written
and read, HTTP dates, durations, base64, wire text, tolerant and strict reading."""

from __future__ import annotations

import datetime as dt
import logging
from types import ModuleType

import pytest

UTC = dt.UTC


@pytest.mark.parametrize(
    ("parse", "low", "high"),
    [("parse_int32", -(2**31), 2**31 - 1), ("parse_int64", -(2**63), 2**63 - 1)],
)
def test_integer_ranges_are_kept_tolerantly_and_refused_strictly(
    serde: ModuleType, errors: ModuleType, parse: str, low: int, high: int
) -> None:
    read = getattr(serde, parse)
    assert read(low, "M.f") == low and read(high, "M.f") == high
    for outside in (low - 1, high + 1):
        assert read(outside, "M.f") == outside
        with pytest.raises(errors.DeserializationError) as caught:
            serde.strictly(read, outside, "M.f")
        assert caught.value.where == "M.f" and str(outside) in str(caught.value)
        with pytest.raises(errors.DeserializationError) as hidden:
            serde.strictly(
                read, outside, "Login.password"
            )  # a secret field (the fixture's _config)
        assert str(outside) not in str(hidden.value) and "secret, not shown" in str(hidden.value)


@pytest.mark.parametrize("value", [True, 1.0, "1", None])
def test_an_integer_format_takes_an_int_only(
    serde: ModuleType, errors: ModuleType, value: object
) -> None:
    with pytest.raises(errors.DeserializationError):
        serde.parse_int32(value, "M.f")


def test_as_int_takes_an_integral_float(serde: ModuleType, errors: ModuleType) -> None:
    assert serde.as_int(3.0, "M.f") == 3 and type(serde.as_int(3.0, "M.f")) is int
    for bad in (3.5, True, "3"):
        with pytest.raises(errors.DeserializationError):
            serde.as_int(bad, "M.f")


@pytest.mark.parametrize(
    ("value", "uuid"),
    [
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8", True),
        ("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", True),
        ("6ba7b8109dad11d180b400c04fd430c8", False),
        ("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", False),
        ("6ba7b810-9dad-11d1-80b4-00c04fd430c8\n", False),
        ("6ba7b810-9dad-11d1-80b4-00c04fd430cg", False),
        ("", False),
    ],
)
def test_uuids_are_kept_as_sent(
    serde: ModuleType, errors: ModuleType, value: str, uuid: bool
) -> None:
    assert serde.parse_uuid(value, "M.id") == value
    if uuid:
        assert serde.strictly(serde.parse_uuid, value, "M.id") == value
    else:
        with pytest.raises(errors.DeserializationError):
            serde.strictly(serde.parse_uuid, value, "M.id")


def test_a_deviation_is_logged_once_per_place_without_the_value(
    serde: ModuleType, rt: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger=rt.name):  # type: ignore[attr-defined]
        for _ in range(3):
            serde.parse_int32(2**40, "Once.place")
        serde.parse_uuid("not-a-uuid", "Once.place")
    lines = [r.getMessage() for r in caplog.records if r.name == rt.name]  # type: ignore[attr-defined]
    assert len(lines) == 2
    assert all(line.startswith("Once.place: ") and "logged once" in line for line in lines)
    assert not any(str(2**40) in line or "not-a-uuid" in line for line in lines)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(2024, 1, 2, 3, 4, 5), "2024-01-02T03:04:05Z"),  # naive: taken as UTC
        (dt.datetime(2024, 1, 2, 3, 4, 5, 120000, UTC), "2024-01-02T03:04:05.120000Z"),
        (
            dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            "2024-01-02T01:04:05Z",
        ),
        (
            dt.datetime(2024, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            "2023-12-31T19:00:00Z",
        ),
        (
            dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))),
            "0001-01-01T00:00:00+14:00",
        ),
        (
            dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-2))),
            "9999-12-31T23:00:00-02:00",
        ),
    ],
)
def test_date_times_are_sent_in_utc_unless_that_leaves_the_years(
    serde: ModuleType, value: dt.datetime, text: str
) -> None:
    assert serde.format_datetime(value) == text
    back = serde.parse_datetime(text, "M.t")
    assert back == (value if value.tzinfo else value.replace(tzinfo=UTC))
    assert serde.to_wire(value) == text


def test_rfc3339_details(serde: ModuleType) -> None:
    assert serde.parse_datetime("2024-01-02T03:04:05.1234567890Z", "M.t") == dt.datetime(
        2024, 1, 2, 3, 4, 5, 123456, UTC
    )
    assert serde.parse_datetime("2024-01-02t03:04:05z", "M.t").tzinfo == UTC
    assert serde.parse_datetime("2016-12-31T23:59:60Z", "M.t").second == 59  # a leap second
    assert serde.parse_datetime("2024-01-02T03:04:05-00:00", "M.t").utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon, 01 Jan 2024 00:00:00 GMT", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        ("sun, 06 nov 1994 08:49:37 gmt", dt.datetime(1994, 11, 6, 8, 49, 37, tzinfo=UTC)),
        ("6 Nov 1994 08:49:37 +0130", dt.datetime(1994, 11, 6, 7, 19, 37, tzinfo=UTC)),
        ("Mon, 01 Jan 0001 00:00:00 GMT", dt.datetime(1, 1, 1, tzinfo=UTC)),
    ],
)
def test_http_dates(serde: ModuleType, text: str, value: dt.datetime) -> None:
    assert serde.parse_rfc1123(text, "h") == value
    assert serde.parse_rfc1123(serde.format_rfc1123(value), "h") == value


@pytest.mark.parametrize(
    "text", ["Mon, 32 Jan 2024 00:00:00 GMT", "Mon, 01 Foo 2024 00:00:00 GMT", "2024-01-01", ""]
)
def test_what_is_not_an_http_date(serde: ModuleType, errors: ModuleType, text: str) -> None:
    with pytest.raises(errors.DeserializationError):
        serde.parse_rfc1123(text, "h")


def test_format_rfc1123(serde: ModuleType) -> None:
    local = dt.datetime(2024, 3, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert serde.format_rfc1123(local) == "Thu, 29 Feb 2024 23:00:00 GMT"


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("P1D", dt.timedelta(days=1)),
        ("PT1H30M", dt.timedelta(hours=1, minutes=30)),
        ("PT0.5S", dt.timedelta(milliseconds=500)),
        ("P1Y2M3W4D", dt.timedelta(days=365 + 60 + 21 + 4)),
        ("-P1DT2H", -dt.timedelta(days=1, hours=2)),
        ("PT36H", dt.timedelta(hours=36)),
    ],
)
def test_durations(serde: ModuleType, text: str, delta: dt.timedelta) -> None:
    assert serde.parse_duration(text, "d") == delta
    assert serde.parse_duration(serde.format_duration(delta), "d") == delta


@pytest.mark.parametrize("text", ["P", "-P", "P1DT", "PT", "1D", "P1H", "P-1D"])
def test_what_is_not_a_duration(serde: ModuleType, errors: ModuleType, text: str) -> None:
    with pytest.raises(errors.DeserializationError):
        serde.parse_duration(text, "d")


def test_format_duration(serde: ModuleType) -> None:
    assert serde.format_duration(dt.timedelta(0)) == "P0D"
    assert (
        serde.format_duration(
            dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)
        )
        == "P123DT22H14M12.011S"
    )
    assert serde.format_duration(-dt.timedelta(minutes=1)) == "-PT1M"


def test_base64_and_base64url(serde: ModuleType, errors: ModuleType) -> None:
    data = bytes(range(250, 256)) + b"?>"
    assert serde.parse_byte(serde.format_byte(data), "b") == data
    assert "=" not in serde.format_base64url(data) and "+" not in serde.format_base64url(data)
    assert serde.parse_base64url(serde.format_base64url(data), "b") == data
    with pytest.raises(errors.DeserializationError):
        serde.parse_byte("not base64!", "b")


def test_unix_time(serde: ModuleType, errors: ModuleType) -> None:
    assert serde.parse_unixtime(0, "u") == dt.datetime(1970, 1, 1, tzinfo=UTC)
    assert serde.format_unixtime(dt.datetime(1970, 1, 2)) == 86400
    for bad in (True, "0", 10**20):
        with pytest.raises(errors.DeserializationError):
            serde.parse_unixtime(bad, "u")


def test_dates_and_times(serde: ModuleType, errors: ModuleType) -> None:
    assert serde.parse_date("2024-02-29", "d") == dt.date(2024, 2, 29)
    for bad in ("2023-02-29", "20240229", "2024-2-9", "2024-02-29T00:00:00Z"):
        with pytest.raises(errors.DeserializationError):
            serde.parse_date(bad, "d")
    assert serde.parse_time("13:45:30.25", "t") == dt.time(13, 45, 30, 250000)
    assert serde.format_time(dt.time(1, 2, 3)) == "01:02:03"


def test_wire_text(serde: ModuleType) -> None:
    import enum

    class Color(enum.Enum):
        RED = "red"

    assert [
        serde.to_wire(v) for v in (None, True, False, 3, 2.5, Color.RED, dt.date(2024, 1, 2), "x")
    ] == ["", "true", "false", "3", "2.5", "red", "2024-01-02", "x"]
