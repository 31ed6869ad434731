"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

if _t.TYPE_CHECKING:
    from ._models_3 import Keeper


__all__ = [
    "KeepersGetResult",
]


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class KeepersGetResult:
    """A keeper and its pets.

    What the call returns for this response: its body and its headers
    (None when absent).

    :ivar body: The response body.
    :vartype body: Keeper
    :ivar e_tag: The keeper's version. (header ``ETag``)
    :vartype e_tag: str | None
    """

    body: Keeper
    e_tag: str | None = None
