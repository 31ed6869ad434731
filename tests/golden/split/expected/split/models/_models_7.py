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
    from . import _models_3, _models_8
else:
    _models_3 = _serde.LazyModule(__package__, "_models_3", globals())
    _models_8 = _serde.LazyModule(__package__, "_models_8", globals())

_PATTERN_1 = _re.compile("^[a-z]+\\Z", _re.ASCII)

__all__ = [
    "Cat",
]


@_dc.dataclass(slots=True, kw_only=True)
class Cat(Animal):
    """Cat.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar color:
    :vartype color: Color | str
    :ivar keeper:
    :vartype keeper: Keeper
    :ivar lives:
    :vartype lives: int
    """

    kind: _t.ClassVar[str] = "cat"
    lives: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Cat:
        """Build from the JSON object the service sends: the subclass its 'kind' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Cat")).get
        _kind = _get("kind")
        if (
            type(_kind) is str
            and (_subtype := (_SUBTYPES_Cat or _subtypes_Cat()).get(_kind)) is not None
        ):
            return _subtype.from_dict(data)
        return cls(
            name=(
                _serde.missing("Cat.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Cat.name", "a string")
            ),
            color=(
                None
                if (_v := _get("color")) is None
                else (
                    _Color_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Color, _v, "Cat.color")
                )
            ),
            keeper=(None if (_v := _get("keeper")) is None else _models_3.Keeper.from_dict(_v)),
            lives=(
                None
                if (_v := _get("lives")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Cat.lives")
            ),
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
        if self.lives is not None:
            _result["lives"] = self.lives
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, pattern=_PATTERN_1)
        _validation.check_enum(path + ".color", self.color, required=False)
        _validation.check_model(
            path + ".keeper", self.keeper, required=False, model=_models_3.Keeper
        )
        _validation.check_number(path + ".lives", self.lives, required=False, minimum=0, maximum=9)


_SUBTYPES_Cat: dict[str, type[Cat]] = {}
"""The subclasses of Cat by the value of 'kind': filled on first
use (some are in other parts)."""


def _subtypes_Cat() -> dict[str, type[Cat]]:
    _SUBTYPES_Cat.update(
        {
            "kitten": _models_8.Kitten,
        }
    )
    return _SUBTYPES_Cat
