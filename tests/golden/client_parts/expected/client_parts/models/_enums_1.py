"""Enums of Notes (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Color",
]


class Color(_enum.StrEnum):
    """Color."""

    RED = "red"
    GREEN = "green"
    BLUE = "blue"


_Color_MEMBERS: dict[str, Color] = {_m.value: _m for _m in Color}
