"""Models of Menagerie (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Animal",
    "Mammal",
    "Swimmer",
    "Otter",
    "SeaOtter",
    "Pup",
    "Pet",
    "Feline",
    "Cat",
    "Kitten",
    "Gadget",
    "Robot",
]


@_dc.dataclass(slots=True, kw_only=True)
class Animal:
    """Any animal; kind names its class.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    """

    kind: _t.ClassVar[str] = "Animal"
    name: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Animal:
        """Build from the JSON object the service sends: the subclass its 'kind' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Animal")).get
        _kind = _get("kind")
        if type(_kind) is str and (_subtype := _SUBTYPES_Animal.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            name=(
                _serde.missing("Animal.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Animal.name", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)


@_dc.dataclass(slots=True, kw_only=True)
class Mammal(Animal):
    """The first base of Otter.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar furry:
    :vartype furry: bool
    """

    kind: _t.ClassVar[str] = "Mammal"
    furry: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Mammal:
        """Build from the JSON object the service sends: the subclass its 'kind' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Mammal")).get
        _kind = _get("kind")
        if type(_kind) is str and (_subtype := _SUBTYPES_Mammal.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            name=(
                _serde.missing("Mammal.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Mammal.name", "a string")
            ),
            furry=(
                None
                if (_v := _get("furry")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Mammal.furry", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.furry is not None:
            _result["furry"] = self.furry
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_bool(path + ".furry", self.furry, required=False)


@_dc.dataclass(slots=False, kw_only=True)
class Swimmer(Animal):
    """The second base of Otter, so a plain (not slotted) dataclass.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar depth:
    :vartype depth: int
    """

    kind: _t.ClassVar[str] = "Swimmer"
    depth: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Swimmer:
        """Build from the JSON object the service sends: the subclass its 'kind' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Swimmer")).get
        _kind = _get("kind")
        if type(_kind) is str and (_subtype := _SUBTYPES_Swimmer.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            name=(
                _serde.missing("Swimmer.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Swimmer.name", "a string")
            ),
            depth=(
                None
                if (_v := _get("depth")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Swimmer.depth")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.depth is not None:
            _result["depth"] = self.depth
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_number(path + ".depth", self.depth, required=False, minimum=0)


@_dc.dataclass(slots=True, kw_only=True)
class Otter(Mammal, Swimmer):
    """A diamond, both its bases built on Animal.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar furry:
    :vartype furry: bool
    :ivar depth:
    :vartype depth: int
    :ivar whiskers:
    :vartype whiskers: int
    """

    kind: _t.ClassVar[str] = "Otter"
    whiskers: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Otter:
        """Build from the JSON object the service sends: the subclass its 'kind' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Otter")).get
        _kind = _get("kind")
        if type(_kind) is str and (_subtype := _SUBTYPES_Otter.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            name=(
                _serde.missing("Otter.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Otter.name", "a string")
            ),
            furry=(
                None
                if (_v := _get("furry")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Otter.furry", "true or false")
                )
            ),
            depth=(
                None
                if (_v := _get("depth")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Otter.depth")
            ),
            whiskers=(
                None
                if (_v := _get("whiskers")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Otter.whiskers")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.furry is not None:
            _result["furry"] = self.furry
        if self.depth is not None:
            _result["depth"] = self.depth
        if self.whiskers is not None:
            _result["whiskers"] = self.whiskers
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_bool(path + ".furry", self.furry, required=False)
        _validation.check_number(path + ".depth", self.depth, required=False, minimum=0)
        _validation.check_number(path + ".whiskers", self.whiskers, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class SeaOtter(Otter):
    """Below the diamond, with a mapped discriminator value.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar furry:
    :vartype furry: bool
    :ivar depth:
    :vartype depth: int
    :ivar whiskers:
    :vartype whiskers: int
    :ivar kelp:
    :vartype kelp: bool
    """

    kind: _t.ClassVar[str] = "sea-otter"
    kelp: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> SeaOtter:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "SeaOtter")).get
        return cls(
            name=(
                _serde.missing("SeaOtter.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "SeaOtter.name", "a string")
            ),
            furry=(
                None
                if (_v := _get("furry")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "SeaOtter.furry", "true or false")
                )
            ),
            depth=(
                None
                if (_v := _get("depth")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "SeaOtter.depth")
            ),
            whiskers=(
                None
                if (_v := _get("whiskers")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "SeaOtter.whiskers")
            ),
            kelp=(
                None
                if (_v := _get("kelp")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "SeaOtter.kelp", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.furry is not None:
            _result["furry"] = self.furry
        if self.depth is not None:
            _result["depth"] = self.depth
        if self.whiskers is not None:
            _result["whiskers"] = self.whiskers
        if self.kelp is not None:
            _result["kelp"] = self.kelp
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_bool(path + ".furry", self.furry, required=False)
        _validation.check_number(path + ".depth", self.depth, required=False, minimum=0)
        _validation.check_number(path + ".whiskers", self.whiskers, required=False)
        _validation.check_bool(path + ".kelp", self.kelp, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Pup(Mammal):
    """Animal is left out of its bases, Mammal derives from it already.

    :ivar kind:
    :vartype kind: str
    :ivar name:
    :vartype name: str
    :ivar furry:
    :vartype furry: bool
    """

    kind: _t.ClassVar[str] = "Pup"

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Pup:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Pup")).get
        return cls(
            name=(
                _serde.missing("Pup.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Pup.name", "a string")
            ),
            furry=(
                None
                if (_v := _get("furry")) is None
                else _v if type(_v) is bool else _serde.wrong_type(_v, "Pup.furry", "true or false")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["name"] = self.name
        if self.furry is not None:
            _result["furry"] = self.furry
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_bool(path + ".furry", self.furry, required=False)


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class Pet:
    """Pet.

    :ivar name:
    :vartype name: str
    :ivar chip:  Secret: never shown by ``repr``.
    :vartype chip: str
    """

    name: str
    chip: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Pet:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Pet")).get
        return cls(
            name=(
                _serde.missing("Pet.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Pet.name", "a string")
            ),
            chip=(
                None
                if (_v := _get("chip")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Pet.chip", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.chip is not None:
            _result["chip"] = self.chip
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_secret(_validation.check_str, path + ".chip", self.chip, required=False)

    def __repr__(self) -> str:
        _fields = [
            "name=" + repr(self.name),
            "chip=" + ("None" if self.chip is None else "'***'"),
        ]
        return "Pet(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=False, kw_only=True)
class Feline:
    """The second base of Cat, with a name of its own that Pet requires.

    :ivar name:
    :vartype name: str
    :ivar meows:
    :vartype meows: bool
    """

    name: str | None = None
    meows: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Feline:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Feline")).get
        return cls(
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Feline.name", "a string")
            ),
            meows=(
                None
                if (_v := _get("meows")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Feline.meows", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.name is not None:
            _result["name"] = self.name
        if self.meows is not None:
            _result["meows"] = self.meows
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=False)
        _validation.check_bool(path + ".meows", self.meows, required=False)


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class Cat(Pet, Feline):
    """A Pet and a Feline; declares name again (required, as Pet has it).

    :ivar name:
    :vartype name: str
    :ivar chip:  Secret: never shown by ``repr``.
    :vartype chip: str
    :ivar meows:
    :vartype meows: bool
    :ivar likes_milk:
    :vartype likes_milk: bool
    """

    name: str
    likes_milk: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Cat:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Cat")).get
        return cls(
            name=(
                _serde.missing("Cat.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Cat.name", "a string")
            ),
            chip=(
                None
                if (_v := _get("chip")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Cat.chip", "a string")
            ),
            meows=(
                None
                if (_v := _get("meows")) is None
                else _v if type(_v) is bool else _serde.wrong_type(_v, "Cat.meows", "true or false")
            ),
            likes_milk=(
                None
                if (_v := _get("likesMilk")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Cat.likesMilk", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.chip is not None:
            _result["chip"] = self.chip
        if self.meows is not None:
            _result["meows"] = self.meows
        if self.likes_milk is not None:
            _result["likesMilk"] = self.likes_milk
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_secret(_validation.check_str, path + ".chip", self.chip, required=False)
        _validation.check_bool(path + ".meows", self.meows, required=False)
        _validation.check_bool(path + ".likes_milk", self.likes_milk, required=False)

    def __repr__(self) -> str:
        _fields = [
            "name=" + repr(self.name),
            "chip=" + ("None" if self.chip is None else "'***'"),
            "meows=" + repr(self.meows),
            "likes_milk=" + repr(self.likes_milk),
        ]
        return "Cat(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class Kitten(Cat):
    """Kitten.

    :ivar name:
    :vartype name: str
    :ivar chip:  Secret: never shown by ``repr``.
    :vartype chip: str
    :ivar meows:
    :vartype meows: bool
    :ivar likes_milk:
    :vartype likes_milk: bool
    :ivar eats_mice_yet:
    :vartype eats_mice_yet: bool
    """

    eats_mice_yet: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Kitten:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Kitten")).get
        return cls(
            name=(
                _serde.missing("Kitten.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Kitten.name", "a string")
            ),
            chip=(
                None
                if (_v := _get("chip")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Kitten.chip", "a string")
            ),
            meows=(
                None
                if (_v := _get("meows")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Kitten.meows", "true or false")
                )
            ),
            likes_milk=(
                None
                if (_v := _get("likesMilk")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Kitten.likesMilk", "true or false")
                )
            ),
            eats_mice_yet=(
                None
                if (_v := _get("eatsMiceYet")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Kitten.eatsMiceYet", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.chip is not None:
            _result["chip"] = self.chip
        if self.meows is not None:
            _result["meows"] = self.meows
        if self.likes_milk is not None:
            _result["likesMilk"] = self.likes_milk
        if self.eats_mice_yet is not None:
            _result["eatsMiceYet"] = self.eats_mice_yet
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_secret(_validation.check_str, path + ".chip", self.chip, required=False)
        _validation.check_bool(path + ".meows", self.meows, required=False)
        _validation.check_bool(path + ".likes_milk", self.likes_milk, required=False)
        _validation.check_bool(path + ".eats_mice_yet", self.eats_mice_yet, required=False)

    def __repr__(self) -> str:
        _fields = [
            "name=" + repr(self.name),
            "chip=" + ("None" if self.chip is None else "'***'"),
            "meows=" + repr(self.meows),
            "likes_milk=" + repr(self.likes_milk),
            "eats_mice_yet=" + repr(self.eats_mice_yet),
        ]
        return "Kitten(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=True, kw_only=True)
class Gadget:
    """Gadget.

    :ivar name:
    :vartype name: int
    :ivar volts:
    :vartype volts: float
    """

    name: int | None = None
    volts: float | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Gadget:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Gadget")).get
        return cls(
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Gadget.name")
            ),
            volts=(
                None
                if (_v := _get("volts")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Gadget.volts")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.name is not None:
            _result["name"] = self.name
        if self.volts is not None:
            _result["volts"] = self.volts
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".name", self.name, required=False)
        _validation.check_number(path + ".volts", self.volts, required=False)


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class Robot(Gadget):
    """Its name is Gadget's integer, not Pet's string, so Pet is merged and Gadget its only base.

    :ivar name:
    :vartype name: int
    :ivar chip:  Secret: never shown by ``repr``.
    :vartype chip: str
    :ivar volts:
    :vartype volts: float
    """

    name: int
    chip: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Robot:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Robot")).get
        return cls(
            name=(
                _serde.missing("Robot.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Robot.name")
            ),
            chip=(
                None
                if (_v := _get("chip")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Robot.chip", "a string")
            ),
            volts=(
                None
                if (_v := _get("volts")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Robot.volts")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.chip is not None:
            _result["chip"] = self.chip
        if self.volts is not None:
            _result["volts"] = self.volts
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".name", self.name, required=True)
        _validation.check_secret(_validation.check_str, path + ".chip", self.chip, required=False)
        _validation.check_number(path + ".volts", self.volts, required=False)

    def __repr__(self) -> str:
        _fields = [
            "name=" + repr(self.name),
            "chip=" + ("None" if self.chip is None else "'***'"),
            "volts=" + repr(self.volts),
        ]
        return "Robot(" + ", ".join(_fields) + ")"


_SUBTYPES_Animal: dict[str, type[Animal]] = {
    "Mammal": Mammal,
    "Swimmer": Swimmer,
    "Otter": Otter,
    "Pup": Pup,
    "sea-otter": SeaOtter,
}
"""The subclasses of Animal by the value of 'kind'."""
_SUBTYPES_Mammal: dict[str, type[Mammal]] = {
    "Otter": Otter,
    "Pup": Pup,
    "sea-otter": SeaOtter,
}
"""The subclasses of Mammal by the value of 'kind'."""
_SUBTYPES_Swimmer: dict[str, type[Swimmer]] = {
    "Otter": Otter,
    "sea-otter": SeaOtter,
}
"""The subclasses of Swimmer by the value of 'kind'."""
_SUBTYPES_Otter: dict[str, type[Otter]] = {
    "sea-otter": SeaOtter,
}
"""The subclasses of Otter by the value of 'kind'."""
