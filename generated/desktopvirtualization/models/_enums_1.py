"""Enums of DesktopVirtualizationAPIClient (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "RegistrationTokenOperation",
]


class RegistrationTokenOperation(_enum.StrEnum):
    """The type of resetting the token.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    DELETE = "Delete"
    NONE = "None"
    UPDATE = "Update"


_RegistrationTokenOperation_MEMBERS: dict[str, RegistrationTokenOperation] = {
    _m.value: _m for _m in RegistrationTokenOperation
}
