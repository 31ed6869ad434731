"""Enums of Styles (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "CookiesTheme",
]


class CookiesTheme(_enum.StrEnum):
    """CookiesTheme."""

    DARK = "dark"
    LIGHT = "light"


_CookiesTheme_MEMBERS: dict[str, CookiesTheme] = {_m.value: _m for _m in CookiesTheme}
