"""generator.literals: each literal is what black makes of it (and means the value)."""

from __future__ import annotations

import random

import black
import pytest

from generator.literals import pyrepr, string_literal

MODE = black.Mode(line_length=100)
QUOTY = ["", "a", "'", '"', "'\"", "\"'", "''\"", "\"\"'", "'\"\"", "a\\b", "\\", "\\'", '\\"', "'\\\"", "{x}", "'''", '"""', "it's", 'say "hi"']
ODD = ["é\u2028\x00\t\n\r\x7f", "\ud800", "\U0001f600 \x85 \xa0", "nul\x00 bell\x07", "ends with \\"]


def _black(literal: str) -> str:
    return black.format_str(f"x = {literal}\n", mode=MODE).removeprefix("x = ").removesuffix("\n")


def _random_texts(count: int) -> list[str]:
    rng = random.Random(13)
    alphabet = ["'", '"', "\\", "a", "\n", "é", "\x00", "{", "\u2028", "\U0001f600", " "]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("text", QUOTY + ODD + _random_texts(400))
def test_string_literal_is_blacks_form_of_repr(text: str) -> None:
    literal = string_literal(text)
    assert eval(literal) == text  # noqa: S307 - a literal only
    assert _black(repr(text)) == literal
    assert _black(literal) == literal


@pytest.mark.parametrize("value", [1e16, 1e-05, 1.5, -2.5e-10, 1e300, 5e-324, 0.1, 123456789.0, 1e22])
def test_float_literal_is_blacks_form(value: float) -> None:
    literal = pyrepr(value)
    assert float(literal) == value
    assert _black(repr(value)) == literal


def test_containers_hold_black_literals() -> None:
    assert pyrepr(["a", "it's", 1e16, None, True]) == '["a", "it\'s", 1e16, None, True]'
    assert pyrepr(("x",)) == '("x",)'
