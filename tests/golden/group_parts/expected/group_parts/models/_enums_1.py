"""Enums of Pet Shop (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "Kind",
]


class Kind(_enum.StrEnum):
    """Kind."""

    CAT = "cat"
    DOG = "dog"
    BIRD = "bird"


_Kind_MEMBERS: dict[str, Kind] = {_m.value: _m for _m in Kind}
