"""Models of Styles (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Color",
    "Nested",
]


@_dc.dataclass(slots=True, kw_only=True)
class Color:
    """Color.

    :ivar r:
    :vartype r: int
    :ivar g:
    :vartype g: int
    :ivar b:
    :vartype b: int
    """

    r: int | None = None
    g: int | None = None
    b: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Color:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Color")).get
        return cls(
            r=(
                None
                if (_v := _get("r")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Color.r")
            ),
            g=(
                None
                if (_v := _get("g")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Color.g")
            ),
            b=(
                None
                if (_v := _get("b")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Color.b")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.r is not None:
            _result["r"] = self.r
        if self.g is not None:
            _result["g"] = self.g
        if self.b is not None:
            _result["b"] = self.b
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".r", self.r, required=False)
        _validation.check_number(path + ".g", self.g, required=False)
        _validation.check_number(path + ".b", self.b, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Nested:
    """Nested.

    :ivar inner:
    :vartype inner: Color
    """

    inner: Color | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Nested:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Nested")).get
        return cls(
            inner=(None if (_v := _get("inner")) is None else Color.from_dict(_v)),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.inner is not None:
            _result["inner"] = self.inner.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_model(path + ".inner", self.inner, required=False, model=Color)
