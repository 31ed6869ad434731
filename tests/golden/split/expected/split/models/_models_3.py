"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

if _t.TYPE_CHECKING:
    from . import _models_2
    from ._models_2 import Animal
else:
    _models_2 = _serde.LazyModule(__package__, "_models_2", globals())


__all__ = [
    "Keeper",
]


@_dc.dataclass(slots=True, kw_only=True)
class Keeper:
    """Keeper.

    :ivar id:
    :vartype id: int
    :ivar pets:
    :vartype pets: list[Animal]
    :ivar favorite: Any animal; kind names its kind.
    :vartype favorite: Animal
    """

    id: int
    pets: list[Animal] | None = None
    favorite: Animal | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Keeper:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Keeper")).get
        return cls(
            id=(
                _serde.missing("Keeper.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Keeper.id")
            ),
            pets=(
                None
                if (_v := _get("pets")) is None
                else [_models_2.Animal.from_dict(_i0) for _i0 in _serde.as_list(_v, "Keeper.pets")]
            ),
            favorite=(None if (_v := _get("favorite")) is None else _models_2.Animal.from_dict(_v)),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        if self.pets is not None:
            _result["pets"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.pets]
        if self.favorite is not None:
            _result["favorite"] = self.favorite.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".id", self.id, required=True)
        _validation.check_list(path + ".pets", self.pets, required=False)
        for _n0_2, _i0_2 in enumerate(self.pets or ()):
            _validation.check_model(
                path + ".pets" + f"[{_n0_2}]", _i0_2, required=True, model=_models_2.Animal
            )
        _validation.check_model(
            path + ".favorite", self.favorite, required=False, model=_models_2.Animal
        )
