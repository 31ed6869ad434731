"""Models of Enum Service (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation
from ._enums_1 import (
    Level,
    Mode,
    PaletteInline,
    Shade,
    _Level_MEMBERS,
    _Mode_MEMBERS,
    _PaletteInline_MEMBERS,
    _Shade_MEMBERS,
)

__all__ = [
    "Palette",
]


@_dc.dataclass(slots=True, kw_only=True)
class Palette:
    """Palette.

    :ivar mode: A closed enum.
    :vartype mode: Mode | str
    :ivar shade: An open enum with awkward values.
    :vartype shade: Shade | str
    :ivar level: An integer enum.
    :vartype level: Level | int
    :ivar inline:
    :vartype inline: PaletteInline | str
    """

    mode: Mode | str | None = None
    shade: Shade | str | None = None
    level: Level | int | None = None
    inline: PaletteInline | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Palette:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Palette")).get
        return cls(
            mode=(
                None
                if (_v := _get("mode")) is None
                else (
                    _Mode_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Mode, _v, "Palette.mode")
                )
            ),
            shade=(
                None
                if (_v := _get("shade")) is None
                else (
                    _Shade_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Shade, _v, "Palette.shade")
                )
            ),
            level=(
                None
                if (_v := _get("level")) is None
                else (
                    _Level_MEMBERS.get(_v, _v)
                    if type(_v) is int
                    else _serde.as_enum(Level, _v, "Palette.level")
                )
            ),
            inline=(
                None
                if (_v := _get("inline")) is None
                else (
                    _PaletteInline_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(PaletteInline, _v, "Palette.inline")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.mode is not None:
            _result["mode"] = self.mode
        if self.shade is not None:
            _result["shade"] = self.shade
        if self.level is not None:
            _result["level"] = self.level
        if self.inline is not None:
            _result["inline"] = self.inline
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_enum(path + ".mode", self.mode, required=False, allowed=("light", "dark"))
        _validation.check_enum(path + ".shade", self.shade, required=False)
        _validation.check_enum(path + ".level", self.level, required=False, allowed=(1, 2, 3))
        _validation.check_enum(path + ".inline", self.inline, required=False, allowed=("x", "y"))
