"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from .. import _serde, _validation
from ._enums_1 import Size, _Size_MEMBERS

if _t.TYPE_CHECKING:
    from . import _models_5
    from ._models_5 import Crate
else:
    _models_5 = _serde.LazyModule(__package__, "_models_5", globals())

_PATTERN_2 = _re.compile("^[A-Z]+\\Z", _re.ASCII)

__all__ = [
    "Box",
]


@_dc.dataclass(slots=True, kw_only=True)
class Box:
    """Box.

    :ivar size:  Default: ``Size.SMALL``.
    :vartype size: Size | str
    :ivar crate:
    :vartype crate: Crate
    :ivar label:
    :vartype label: str
    """

    size: Size | str | None = Size.SMALL
    crate: Crate | None = None
    label: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Box:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Box")).get
        return cls(
            size=(
                None
                if (_v := _get("size")) is None
                else (
                    _Size_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Size, _v, "Box.size")
                )
            ),
            crate=(None if (_v := _get("crate")) is None else _models_5.Crate.from_dict(_v)),
            label=(
                None
                if (_v := _get("label")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Box.label", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.size is not None:
            _result["size"] = self.size
        if self.crate is not None:
            _result["crate"] = self.crate.to_dict(exclude_readonly=exclude_readonly)
        if self.label is not None:
            _result["label"] = self.label
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_enum(
            path + ".size", self.size, required=False, allowed=("small", "large")
        )
        _validation.check_model(path + ".crate", self.crate, required=False, model=_models_5.Crate)
        _validation.check_str(path + ".label", self.label, required=False, pattern=_PATTERN_2)
