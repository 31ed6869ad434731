"""The keyword arguments of a type's _validation checker (TypeRef.rules), decided by build."""

from __future__ import annotations

import pytest

from generator.build.nodes import rules, typed
from generator.ir import Constraints, Pattern

PATTERN = Pattern("_PATTERN_1", "^a$", "^a$")
EVERY = Constraints(
    min_length=1, max_length=5, pattern=PATTERN, format="uuid", minimum=0, maximum=2.5, exclusive_minimum=True,
    exclusive_maximum=True, multiple_of=0.5, min_items=1, max_items=3, unique_items=True, allowed=("a", "b"),
)


@pytest.mark.parametrize(
    ("checker", "expected"),
    [
        ("check_str", (("min_length", "1"), ("max_length", "5"), ("pattern", "_PATTERN_1"), ("fmt", '"uuid"'))),
        ("check_number", (("minimum", "0"), ("maximum", "2.5"), ("exclusive_minimum", "True"), ("exclusive_maximum", "True"), ("multiple_of", "0.5"))),
        ("check_list", (("min_items", "1"), ("max_items", "3"), ("unique_items", "True"))),
        ("check_enum", (("allowed", '("a", "b")'),)),
        ("check_bool", ()),
        ("check_model", ()),
    ],
)
def test_only_the_rules_the_checker_takes_in_its_order(checker: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert rules(EVERY, checker) == expected


def test_no_constraints_no_rules() -> None:
    assert rules(Constraints(), "check_str") == () and typed("str", "str").rules == ()
    assert typed("list", "list[str]", item=typed("str", "str"), constraints=EVERY).rules == rules(EVERY, "check_list")


def test_every_kind_has_a_partial_with_decode_and_encode() -> None:
    from typing import get_args

    from generator.emit.render import builtin_templates
    from generator.ir import TypeKind

    for kind in get_args(TypeKind):
        partial = typed(kind, "_t.Any").partial
        source = (builtin_templates() / "macros" / f"type_{partial}.jinja").read_text("utf-8")
        assert "macro decode(t, expr, where, depth, element)" in source and "macro encode(t, expr, depth, readonly, element)" in source, partial


@pytest.mark.parametrize(
    ("kind", "codec", "decode_check", "partial"),
    [("datetime", "datetime", None, "codec"), ("int", None, "int32", "checked"), ("str", None, "uuid", "checked"),
     ("str", None, None, "str"), ("enum", None, None, "enum"), ("any", None, None, "plain"), ("stream", None, None, "plain")],
)
def test_partial_chosen_by_build(kind: str, codec: str | None, decode_check: str | None, partial: str) -> None:
    assert typed(kind, "x", codec=codec, decode_check=decode_check).partial == partial  # type: ignore[arg-type]
