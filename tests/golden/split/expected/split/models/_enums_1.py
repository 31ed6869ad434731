"""Enums of Zoo (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Color",
    "Size",
]


class Color(_enum.StrEnum):
    """Color.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    RED = "red"
    GREEN = "green"


_Color_MEMBERS: dict[str, Color] = {_m.value: _m for _m in Color}


class Size(_enum.StrEnum):
    """Size."""

    SMALL = "small"
    LARGE = "large"


_Size_MEMBERS: dict[str, Size] = {_m.value: _m for _m in Size}
