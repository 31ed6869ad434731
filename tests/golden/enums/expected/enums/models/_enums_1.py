"""Enums of Enum Service (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Mode",
    "Shade",
    "Level",
    "PaletteInline",
    "ColorsListKind",
]


class Mode(_enum.StrEnum):
    """A closed enum."""

    LIGHT = "light"
    DARK = "dark"


_Mode_MEMBERS: dict[str, Mode] = {_m.value: _m for _m in Mode}


class Shade(_enum.StrEnum):
    """An open enum with awkward values.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    EMPTY = ""
    V_1 = "1"
    """The first shade."""
    A_B = "a b"
    NONE = "None"
    A_B_2 = "a-b"
    A_B_3 = "a_b"
    TRUE = "True"
    CLASS = "class"


_Shade_MEMBERS: dict[str, Shade] = {_m.value: _m for _m in Shade}


class Level(_enum.IntEnum):
    """An integer enum."""

    V_1 = 1
    V_2 = 2
    V_3 = 3


_Level_MEMBERS: dict[int, Level] = {_m.value: _m for _m in Level}


class PaletteInline(_enum.StrEnum):
    """PaletteInline."""

    X = "x"
    Y = "y"


_PaletteInline_MEMBERS: dict[str, PaletteInline] = {_m.value: _m for _m in PaletteInline}


class ColorsListKind(_enum.StrEnum):
    """ColorsListKind."""

    FIXED = "fixed"


_ColorsListKind_MEMBERS: dict[str, ColorsListKind] = {_m.value: _m for _m in ColorsListKind}
