"""Models of Widget Store (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Widget",
]


@_dc.dataclass(slots=True, kw_only=True)
class Widget:
    """A widget, defined in a second file.

    :ivar name:
    :vartype name: str
    :ivar size:
    :vartype size: int
    """

    name: str | None = None
    size: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Widget:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Widget")).get
        return cls(
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Widget.name", "a string")
            ),
            size=(
                None
                if (_v := _get("size")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Widget.size")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.name is not None:
            _result["name"] = self.name
        if self.size is not None:
            _result["size"] = self.size
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=False)
        _validation.check_number(path + ".size", self.size, required=False)
