"""Enums of Widget Catalog (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Consistency",
]


class Consistency(_enum.StrEnum):
    """Consistency.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    STRONG = "Strong"
    EVENTUAL = "Eventual"


_Consistency_MEMBERS: dict[str, Consistency] = {_m.value: _m for _m in Consistency}
