"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

if _t.TYPE_CHECKING:
    from . import _models_3, _models_6
    from ._models_3 import Keeper
    from ._models_6 import Box
else:
    _models_3 = _serde.LazyModule(__package__, "_models_3", globals())
    _models_6 = _serde.LazyModule(__package__, "_models_6", globals())


__all__ = [
    "Crate",
]


@_dc.dataclass(slots=True, kw_only=True)
class Crate:
    """Crate.

    :ivar boxes:
    :vartype boxes: list[Box]
    :ivar owner:
    :vartype owner: Keeper
    """

    boxes: list[Box] | None = None
    owner: Keeper | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Crate:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Crate")).get
        return cls(
            boxes=(
                None
                if (_v := _get("boxes")) is None
                else [_models_6.Box.from_dict(_i0) for _i0 in _serde.as_list(_v, "Crate.boxes")]
            ),
            owner=(None if (_v := _get("owner")) is None else _models_3.Keeper.from_dict(_v)),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.boxes is not None:
            _result["boxes"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.boxes
            ]
        if self.owner is not None:
            _result["owner"] = self.owner.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".boxes", self.boxes, required=False)
        for _n0_1, _i0_1 in enumerate(self.boxes or ()):
            _validation.check_model(
                path + ".boxes" + f"[{_n0_1}]", _i0_1, required=True, model=_models_6.Box
            )
        _validation.check_model(path + ".owner", self.owner, required=False, model=_models_3.Keeper)
