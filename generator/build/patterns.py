"""Validation rules of a schema: its constraints, and its ECMA-262 pattern as a Python regular expression."""

from __future__ import annotations

import re
from typing import Any

from generator.build.context import BuildContext
from generator.ir import Constraints, Pattern
from generator.spec import Location


def translate_pattern(source: str) -> str:
    """ECMA-262 pattern -> Python ``re`` source with the same meaning.

    ``$`` becomes ``\\Z`` (in Python ``$`` also matches before a trailing newline, which
    would let ``"name\\n"`` through), and ``(?<name>`` becomes ``(?P<name>``.  Character
    classes and escapes are left alone.  Compiled with ``re.ASCII`` so ``\\d`` and ``\\w``
    are ASCII, as in ECMA-262.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "$":
            ch = r"\Z"
        elif source.startswith("(?<", i) and i + 3 < len(source) and source[i + 3] not in "=!":
            ch, i = "(?P<", i + 2
        out.append(ch)
        i += 1
    return "".join(out)


def constraints_of(ctx: BuildContext, node: dict[str, Any], location: Location) -> Constraints:
    def number(key: str) -> Any:
        value = node.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def count(key: str) -> int | None:
        value = node.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None

    minimum, maximum = number("minimum"), number("maximum")
    exclusive_minimum, exclusive_maximum = node.get("exclusiveMinimum") is True, node.get("exclusiveMaximum") is True
    if number("exclusiveMinimum") is not None:  # OpenAPI 3.1 / JSON Schema 2019+
        minimum, exclusive_minimum = number("exclusiveMinimum"), True
    if number("exclusiveMaximum") is not None:
        maximum, exclusive_maximum = number("exclusiveMaximum"), True
    pattern = None
    if isinstance(node.get("pattern"), str):
        pattern = compiled_pattern(ctx, node["pattern"], location.child("pattern"))
    fmt = node.get("format") if node.get("format") in ("uuid",) else None
    return Constraints(
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=pattern,
        format=fmt,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
        multiple_of=number("multipleOf"),
        min_items=count("minItems"),
        max_items=count("maxItems"),
        unique_items=node.get("uniqueItems") is True,
    )


def compiled_pattern(ctx: BuildContext, source: str, location: Location) -> Pattern | None:
    found = ctx.patterns.get(source)
    if found is None:
        translated = translate_pattern(source)
        try:
            re.compile(translated, re.ASCII)
        except (re.error, RecursionError, OverflowError) as exc:
            ctx.warn("bad-pattern", f"pattern {source!r} cannot be compiled as a Python regular expression ({exc}); not checked", location)
            return None
        found = Pattern(f"_PATTERN_{len(ctx.patterns) + 1}", translated, source)
        ctx.patterns[source] = found
    return found
