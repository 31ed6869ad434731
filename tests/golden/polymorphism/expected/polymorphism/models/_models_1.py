"""Models of Aquarium (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import re as _re
import typing as _t

from .. import _serde, _validation

_PATTERN_1 = _re.compile("^[A-Z]+\\Z", _re.ASCII)
_PATTERN_2 = _re.compile("^[a-z]+\\Z", _re.ASCII)

__all__ = [
    "Fish",
    "Salmon",
    "SmartSalmon",
    "RainbowTrout",
    "Shark",
    "Tank",
    "Finding",
    "TankSetup",
    "Heater",
    "AquariumError",
    "TankTooSmall",
]


@_dc.dataclass(slots=False, kw_only=True)
class Fish:
    """Any fish; fishtype names its kind.

    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    """

    fishtype: _t.ClassVar[str] = "Fish"
    length: float
    tag: str | None = None
    species: str | None = None
    siblings: list[Fish] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Fish:
        """Build from the JSON object the service sends: the subclass its 'fishtype' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Fish")).get
        _kind = _get("fishtype")
        if type(_kind) is str and (_subtype := _SUBTYPES_Fish.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            length=(
                _serde.missing("Fish.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Fish.length")
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Fish.tag", "a string")
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Fish.species", "a string")
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Fish.siblings")]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_3, _i0_3 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_3}]", _i0_3, required=True, model=Fish
            )


@_dc.dataclass(slots=False, kw_only=True)
class Salmon(Fish):
    """Salmon.

    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    :ivar wild:
    :vartype wild: bool
    """

    fishtype: _t.ClassVar[str] = "Salmon"
    wild: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Salmon:
        """Build from the JSON object the service sends: the subclass its 'fishtype' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Salmon")).get
        _kind = _get("fishtype")
        if type(_kind) is str and (_subtype := _SUBTYPES_Salmon.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            length=(
                _serde.missing("Salmon.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Salmon.length")
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Salmon.tag", "a string")
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Salmon.species", "a string")
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Salmon.siblings")]
            ),
            wild=(
                None
                if (_v := _get("wild")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Salmon.wild", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        if self.wild is not None:
            _result["wild"] = self.wild
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_3, _i0_3 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_3}]", _i0_3, required=True, model=Fish
            )
        _validation.check_bool(path + ".wild", self.wild, required=False)


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class SmartSalmon(Salmon):
    """SmartSalmon.

    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    :ivar wild:
    :vartype wild: bool
    :ivar diploma:  Secret: never shown by ``repr``.
    :vartype diploma: str
    :ivar additional_properties: The JSON keys the schema does not list, with their values.
    :vartype additional_properties: dict[str, _t.Any]
    """

    fishtype: _t.ClassVar[str] = "smart_salmon"
    diploma: str | None = None
    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> SmartSalmon:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "SmartSalmon")).get
        return cls(
            length=(
                _serde.missing("SmartSalmon.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "SmartSalmon.length")
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "SmartSalmon.tag", "a string")
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "SmartSalmon.species", "a string")
                )
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "SmartSalmon.siblings")]
            ),
            wild=(
                None
                if (_v := _get("wild")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "SmartSalmon.wild", "true or false")
                )
            ),
            diploma=(
                None
                if (_v := _get("diploma")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "SmartSalmon.diploma", "a string")
                )
            ),
            additional_properties={
                _k: _x
                for _k, _x in data.items()
                if _k not in ["fishtype", "length", "tag", "species", "siblings", "wild", "diploma"]
            },
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        if self.wild is not None:
            _result["wild"] = self.wild
        if self.diploma is not None:
            _result["diploma"] = self.diploma
        for _k, _x in self.additional_properties.items():
            _result.setdefault(_k, _x)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_3, _i0_3 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_3}]", _i0_3, required=True, model=Fish
            )
        _validation.check_bool(path + ".wild", self.wild, required=False)
        _validation.check_secret(
            _validation.check_str,
            path + ".diploma",
            self.diploma,
            required=False,
            pattern=_PATTERN_1,
        )
        _validation.check_dict(
            path + ".additional_properties", self.additional_properties, required=True
        )

    def __repr__(self) -> str:
        _fields = [
            "fishtype=" + repr(self.fishtype),
            "length=" + repr(self.length),
            "tag=" + repr(self.tag),
            "species=" + repr(self.species),
            "siblings=" + repr(self.siblings),
            "wild=" + repr(self.wild),
            "diploma=" + ("None" if self.diploma is None else "'***'"),
            "additional_properties=" + repr(self.additional_properties),
        ]
        return "SmartSalmon(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=True, kw_only=True)
class RainbowTrout(Fish):
    """Renamed by x-ms-client-name; its discriminator value is still its definition name.

    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    :ivar spots:
    :vartype spots: int
    """

    fishtype: _t.ClassVar[str] = "Trout"
    spots: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> RainbowTrout:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "RainbowTrout")).get
        return cls(
            length=(
                _serde.missing("RainbowTrout.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "RainbowTrout.length")
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else (
                    _v if type(_v) is str else _serde.wrong_type(_v, "RainbowTrout.tag", "a string")
                )
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "RainbowTrout.species", "a string")
                )
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "RainbowTrout.siblings")]
            ),
            spots=(
                None
                if (_v := _get("spots")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "RainbowTrout.spots")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        if self.spots is not None:
            _result["spots"] = self.spots
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_3, _i0_3 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_3}]", _i0_3, required=True, model=Fish
            )
        _validation.check_number(path + ".spots", self.spots, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Shark(Fish):
    """Shark.

    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar birthday:
    :vartype birthday: _dt.datetime
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    :ivar teeth:
    :vartype teeth: int
    :ivar bites:
    :vartype bites: dict[str, int]
    """

    fishtype: _t.ClassVar[str] = "shark"
    birthday: _dt.datetime
    teeth: int | None = None
    bites: dict[str, int] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Shark:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Shark")).get
        return cls(
            length=(
                _serde.missing("Shark.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Shark.length")
            ),
            birthday=(
                _serde.missing("Shark.birthday")
                if (_v := _get("birthday")) is None
                else _serde.parse_datetime(_v, "Shark.birthday")
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Shark.tag", "a string")
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Shark.species", "a string")
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Shark.siblings")]
            ),
            teeth=(
                None
                if (_v := _get("teeth")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Shark.teeth")
            ),
            bites=(
                None
                if (_v := _get("bites")) is None
                else {
                    _k0: _v0 if type(_v0) is int else _serde.as_int(_v0, "Shark.bites")
                    for _k0, _v0 in _serde.as_dict(_v, "Shark.bites").items()
                }
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        _result["birthday"] = _serde.format_datetime(self.birthday)
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        if self.teeth is not None:
            _result["teeth"] = self.teeth
        if self.bites is not None:
            _result["bites"] = self.bites
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_datetime(path + ".birthday", self.birthday, required=True)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_4, _i0_4 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_4}]", _i0_4, required=True, model=Fish
            )
        _validation.check_number(path + ".teeth", self.teeth, required=False, minimum=0)
        _validation.check_dict(path + ".bites", self.bites, required=False)
        for _n0_6, _i0_6 in (self.bites or {}).items():
            _validation.check_number(
                path + ".bites" + f"[{_n0_6!r}]", _i0_6, required=False, maximum=10
            )


@_dc.dataclass(slots=True, kw_only=True)
class Tank:
    """Tank.

    :ivar id: Set by the service; never sent. Read-only: set by the service.
    :vartype id: str
    :ivar name:
    :vartype name: str
    :ivar built:  Read-only: set by the service.
    :vartype built: _dt.datetime
    :ivar volume:
    :vartype volume: int
    :ivar watts:
    :vartype watts: int
    :ivar fish:
    :vartype fish: list[Fish]
    """

    id: str
    name: str | None = None
    built: _dt.datetime | None = None
    volume: int | None = None
    watts: int | None = None
    fish: list[Fish] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Tank:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Tank")).get
        return cls(
            id=(
                _serde.missing("Tank.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Tank.id", "a string")
            ),
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Tank.name", "a string")
            ),
            built=(
                None if (_v := _get("built")) is None else _serde.parse_datetime(_v, "Tank.built")
            ),
            volume=(
                None
                if (_v := _serde.nested(data, ("setup", "volume"), "Tank.volume")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Tank.volume")
            ),
            watts=(
                None
                if (_v := _serde.nested(data, ("setup", "heater", "watts"), "Tank.watts")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Tank.watts")
            ),
            fish=(
                None
                if (_v := _get("fish")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Tank.fish")]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if not exclude_readonly:
            _result["id"] = self.id
        if self.name is not None:
            _result["name"] = self.name
        if self.built is not None and not exclude_readonly:
            _result["built"] = _serde.format_datetime(self.built)
        if self.volume is not None:
            _result.setdefault("setup", {})["volume"] = self.volume
        if self.watts is not None:
            _result.setdefault("setup", {}).setdefault("heater", {})["watts"] = self.watts
        if self.fish is not None:
            _result["fish"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.fish]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(
            path + ".name", self.name, required=False, max_length=20, pattern=_PATTERN_2
        )
        _validation.check_number(path + ".volume", self.volume, required=False, minimum=1)
        _validation.check_number(path + ".watts", self.watts, required=False)
        _validation.check_list(path + ".fish", self.fish, required=False)
        for _n0_4, _i0_4 in enumerate(self.fish or ()):
            _validation.check_model(path + ".fish" + f"[{_n0_4}]", _i0_4, required=True, model=Fish)


@_dc.dataclass(slots=True, kw_only=True)
class Finding(Tank, Salmon):
    """A tank and a salmon at once (two allOf parents, two Python bases).

    :ivar id: Set by the service; never sent. Read-only: set by the service.
    :vartype id: str
    :ivar fishtype:
    :vartype fishtype: str
    :ivar length:
    :vartype length: float
    :ivar name:
    :vartype name: str
    :ivar built:  Read-only: set by the service.
    :vartype built: _dt.datetime
    :ivar volume:
    :vartype volume: int
    :ivar watts:
    :vartype watts: int
    :ivar fish:
    :vartype fish: list[Fish]
    :ivar tag:  Read-only: set by the service.
    :vartype tag: str
    :ivar species:
    :vartype species: str
    :ivar siblings:
    :vartype siblings: list[Fish]
    :ivar wild:
    :vartype wild: bool
    :ivar note:
    :vartype note: str
    """

    fishtype: _t.ClassVar[str] = "Finding"
    note: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Finding:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Finding")).get
        return cls(
            id=(
                _serde.missing("Finding.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Finding.id", "a string")
            ),
            length=(
                _serde.missing("Finding.length")
                if (_v := _get("length")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Finding.length")
            ),
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Finding.name", "a string")
            ),
            built=(
                None
                if (_v := _get("built")) is None
                else _serde.parse_datetime(_v, "Finding.built")
            ),
            volume=(
                None
                if (_v := _serde.nested(data, ("setup", "volume"), "Finding.volume")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Finding.volume")
            ),
            watts=(
                None
                if (_v := _serde.nested(data, ("setup", "heater", "watts"), "Finding.watts"))
                is None
                else _v if type(_v) is int else _serde.as_int(_v, "Finding.watts")
            ),
            fish=(
                None
                if (_v := _get("fish")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Finding.fish")]
            ),
            tag=(
                None
                if (_v := _get("tag")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Finding.tag", "a string")
            ),
            species=(
                None
                if (_v := _get("species")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Finding.species", "a string")
            ),
            siblings=(
                None
                if (_v := _get("siblings")) is None
                else [Fish.from_dict(_i0) for _i0 in _serde.as_list(_v, "Finding.siblings")]
            ),
            wild=(
                None
                if (_v := _get("wild")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Finding.wild", "true or false")
                )
            ),
            note=(
                None
                if (_v := _get("note")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Finding.note", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if not exclude_readonly:
            _result["id"] = self.id
        _result["fishtype"] = self.fishtype
        _result["length"] = self.length
        if self.name is not None:
            _result["name"] = self.name
        if self.built is not None and not exclude_readonly:
            _result["built"] = _serde.format_datetime(self.built)
        if self.volume is not None:
            _result.setdefault("setup", {})["volume"] = self.volume
        if self.watts is not None:
            _result.setdefault("setup", {}).setdefault("heater", {})["watts"] = self.watts
        if self.fish is not None:
            _result["fish"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.fish]
        if self.tag is not None and not exclude_readonly:
            _result["tag"] = self.tag
        if self.species is not None:
            _result["species"] = self.species
        if self.siblings is not None:
            _result["siblings"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.siblings
            ]
        if self.wild is not None:
            _result["wild"] = self.wild
        if self.note is not None:
            _result["note"] = self.note
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".length", self.length, required=True)
        _validation.check_str(
            path + ".name", self.name, required=False, max_length=20, pattern=_PATTERN_2
        )
        _validation.check_number(path + ".volume", self.volume, required=False, minimum=1)
        _validation.check_number(path + ".watts", self.watts, required=False)
        _validation.check_list(path + ".fish", self.fish, required=False)
        for _n0_5, _i0_5 in enumerate(self.fish or ()):
            _validation.check_model(path + ".fish" + f"[{_n0_5}]", _i0_5, required=True, model=Fish)
        _validation.check_str(path + ".species", self.species, required=False)
        _validation.check_list(path + ".siblings", self.siblings, required=False)
        for _n0_7, _i0_7 in enumerate(self.siblings or ()):
            _validation.check_model(
                path + ".siblings" + f"[{_n0_7}]", _i0_7, required=True, model=Fish
            )
        _validation.check_bool(path + ".wild", self.wild, required=False)
        _validation.check_str(path + ".note", self.note, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class TankSetup:
    """Flattened into Tank (x-ms-client-flatten), with the heater's own fields too.

    :ivar volume:
    :vartype volume: int
    :ivar watts:
    :vartype watts: int
    """

    volume: int
    watts: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> TankSetup:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "TankSetup")).get
        return cls(
            volume=(
                _serde.missing("TankSetup.volume")
                if (_v := _get("volume")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "TankSetup.volume")
            ),
            watts=(
                None
                if (_v := _serde.nested(data, ("heater", "watts"), "TankSetup.watts")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "TankSetup.watts")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["volume"] = self.volume
        if self.watts is not None:
            _result.setdefault("heater", {})["watts"] = self.watts
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".volume", self.volume, required=True, minimum=1)
        _validation.check_number(path + ".watts", self.watts, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Heater:
    """Heater.

    :ivar watts:
    :vartype watts: int
    """

    watts: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Heater:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Heater")).get
        return cls(
            watts=(
                None
                if (_v := _get("watts")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Heater.watts")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.watts is not None:
            _result["watts"] = self.watts
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".watts", self.watts, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class AquariumError:
    """AquariumError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: _t.ClassVar[str] = "AquariumError"
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> AquariumError:
        """Build from the JSON object the service sends: the subclass its 'code' names, if any.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "AquariumError")).get
        _kind = _get("code")
        if type(_kind) is str and (_subtype := _SUBTYPES_AquariumError.get(_kind)) is not None:
            return _subtype.from_dict(data)
        return cls(
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "AquariumError.message", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["code"] = self.code
        if self.message is not None:
            _result["message"] = self.message
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".message", self.message, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class TankTooSmall(AquariumError):
    """TankTooSmall.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    :ivar capacity:
    :vartype capacity: int
    """

    code: _t.ClassVar[str] = "TooSmall"
    capacity: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> TankTooSmall:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "TankTooSmall")).get
        return cls(
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "TankTooSmall.message", "a string")
                )
            ),
            capacity=(
                None
                if (_v := _get("capacity")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "TankTooSmall.capacity")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["code"] = self.code
        if self.message is not None:
            _result["message"] = self.message
        if self.capacity is not None:
            _result["capacity"] = self.capacity
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".message", self.message, required=False)
        _validation.check_number(path + ".capacity", self.capacity, required=False)


_SUBTYPES_Fish: dict[str, type[Fish]] = {
    "Salmon": Salmon,
    "Trout": RainbowTrout,
    "shark": Shark,
    "smart_salmon": SmartSalmon,
    "Finding": Finding,
}
"""The subclasses of Fish by the value of 'fishtype'."""
_SUBTYPES_Salmon: dict[str, type[Salmon]] = {
    "smart_salmon": SmartSalmon,
    "Finding": Finding,
}
"""The subclasses of Salmon by the value of 'fishtype'."""
_SUBTYPES_AquariumError: dict[str, type[AquariumError]] = {
    "TooSmall": TankTooSmall,
}
"""The subclasses of AquariumError by the value of 'code'."""
