"""Enums of Code Host (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "CreateBlobBodyEncoding",
]


class CreateBlobBodyEncoding(_enum.StrEnum):
    """CreateBlobBodyEncoding."""

    UTF_8 = "utf-8"
    BASE64 = "base64"


_CreateBlobBodyEncoding_MEMBERS: dict[str, CreateBlobBodyEncoding] = {
    _m.value: _m for _m in CreateBlobBodyEncoding
}
