"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from .. import _serde, _validation
from ._enums_1 import Color, _Color_MEMBERS
from ._models_2 import Animal

if _t.TYPE_CHECKING:
    from . import _models_3, _models_5
    from ._models_5 import Crate
else:
    _models_3 = _serde.LazyModule(__package__, "_models_3", globals())
    _models_5 = _serde.LazyModule(__package__, "_models_5", globals())

_PATTERN_1 = _re.compile("^[a-z]+\\Z", _re.ASCII)

__all__ = [
    "Dog",
]


@_dc.dataclass(slots=True, kw_only=True)
class Dog(Animal):
    """Dog.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar color:
    :vartype color: Color | str
    :ivar keeper:
    :vartype keeper: Keeper
    :ivar friends:
    :vartype friends: list[Animal]
    :ivar crate:
    :vartype crate: Crate
    """

    kind: _t.ClassVar[str] = "dog"
    friends: list[Animal] | None = None
    crate: Crate | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Dog:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Dog")).get
        return cls(
            name=(
                _serde.missing("Dog.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Dog.name", "a string")
            ),
            color=(
                None
                if (_v := _get("color")) is None
                else (
                    _Color_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Color, _v, "Dog.color")
                )
            ),
            keeper=(None if (_v := _get("keeper")) is None else _models_3.Keeper.from_dict(_v)),
            friends=(
                None
                if (_v := _get("friends")) is None
                else [Animal.from_dict(_i0) for _i0 in _serde.as_list(_v, "Dog.friends")]
            ),
            crate=(None if (_v := _get("crate")) is None else _models_5.Crate.from_dict(_v)),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.color is not None:
            _result["color"] = self.color
        if self.keeper is not None:
            _result["keeper"] = self.keeper.to_dict(exclude_readonly=exclude_readonly)
        if self.friends is not None:
            _result["friends"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.friends
            ]
        if self.crate is not None:
            _result["crate"] = self.crate.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, pattern=_PATTERN_1)
        _validation.check_enum(path + ".color", self.color, required=False)
        _validation.check_model(
            path + ".keeper", self.keeper, required=False, model=_models_3.Keeper
        )
        _validation.check_list(path + ".friends", self.friends, required=False)
        for _n0_4, _i0_4 in enumerate(self.friends or ()):
            _validation.check_model(
                path + ".friends" + f"[{_n0_4}]", _i0_4, required=True, model=Animal
            )
        _validation.check_model(path + ".crate", self.crate, required=False, model=_models_5.Crate)
