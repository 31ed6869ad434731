"""ECMA-262 patterns as Python regular expressions (generator.build.patterns)."""

from __future__ import annotations

import re

import pytest

from generator.build import translate_pattern


@pytest.mark.parametrize(
    ("ecma", "matches", "rejects"),
    [
        (r"^[A-Za-z0-9@.\-_ ]*$", ["hostPool1", "a b"], ["hostPool1\n", "bad/name"]),
        (r"^[$]+$", ["$$"], ["$\n"]),
        (r"^\d+$", ["123"], ["١٢٣", "12\n"]),
        (r"^(?<year>\d{4})$", ["2024"], ["20245"]),
        (r"\$x$", ["$x"], ["$x\n"]),
    ],
)
def test_translate_pattern(ecma: str, matches: list[str], rejects: list[str]) -> None:
    pattern = re.compile(translate_pattern(ecma), re.ASCII)
    for value in matches:
        assert pattern.search(value), value
    for value in rejects:
        assert not pattern.search(value), value
