"""How the build stage selects a response by its status: the test the template writes."""

from __future__ import annotations

import pytest

from generator.build.responses import status_condition


@pytest.mark.parametrize(
    ("status", "condition"),
    [("200", "_status == 200"), ("404", "_status == 404"), ("2XX", "200 <= _status < 300"), ("5XX", "500 <= _status < 600"), ("1XX", "100 <= _status < 200")],
)
def test_status_condition(status: str, condition: str) -> None:
    assert status_condition(status) == condition


@pytest.mark.parametrize("status", ["2XX", "4XX"])
def test_range_condition_selects_exactly_its_hundred(status: str) -> None:
    condition = status_condition(status)
    first = int(status[0]) * 100
    selected = [code for code in range(100, 700) if eval(condition, {}, {"_status": code})]  # noqa: S307 - our own test expression
    assert selected == list(range(first, first + 100))
