"""Enums of Blob Store (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Tier",
]


class Tier(_enum.StrEnum):
    """Tier.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    HOT = "Hot"
    COLD = "Cold"


_Tier_MEMBERS: dict[str, Tier] = {_m.value: _m for _m in Tier}
