"""Models of Zoo (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _unions, _validation

__all__ = [
    "Cat",
    "Dog",
    "Lizard",
    "Label",
    "Address",
    "Coordinates",
    "Owner",
    "OwnerExtraVariant1",
]


@_dc.dataclass(slots=True, kw_only=True)
class Cat:
    """Cat.

    :ivar pet_type:
    :vartype pet_type: str
    :ivar name:
    :vartype name: str
    :ivar lives:
    :vartype lives: int
    """

    pet_type: str
    name: str
    lives: int | None = None

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
            pet_type=(
                _serde.missing("Cat.petType")
                if (_v := _get("petType")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Cat.petType", "a string")
            ),
            name=(
                _serde.missing("Cat.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Cat.name", "a string")
            ),
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
        _result["petType"] = self.pet_type
        _result["name"] = self.name
        if self.lives is not None:
            _result["lives"] = self.lives
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".pet_type", self.pet_type, required=True)
        _validation.check_str(path + ".name", self.name, required=True, max_length=10)
        _validation.check_number(path + ".lives", self.lives, required=False, minimum=0, maximum=9)


@_dc.dataclass(slots=True, kw_only=True)
class Dog:
    """Dog.

    :ivar pet_type:
    :vartype pet_type: str
    :ivar name:
    :vartype name: str
    :ivar born:
    :vartype born: _dt.datetime
    """

    pet_type: str
    name: str
    born: _dt.datetime | None = None

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
            pet_type=(
                _serde.missing("Dog.petType")
                if (_v := _get("petType")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Dog.petType", "a string")
            ),
            name=(
                _serde.missing("Dog.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Dog.name", "a string")
            ),
            born=(None if (_v := _get("born")) is None else _serde.parse_datetime(_v, "Dog.born")),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["petType"] = self.pet_type
        _result["name"] = self.name
        if self.born is not None:
            _result["born"] = _serde.format_datetime(self.born)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".pet_type", self.pet_type, required=True)
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_datetime(path + ".born", self.born, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Lizard:
    """Lizard.

    :ivar pet_type:
    :vartype pet_type: str
    """

    pet_type: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Lizard:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Lizard")).get
        return cls(
            pet_type=(
                _serde.missing("Lizard.petType")
                if (_v := _get("petType")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Lizard.petType", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["petType"] = self.pet_type
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".pet_type", self.pet_type, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class Label:
    """Label.

    :ivar name:
    :vartype name: str
    :ivar color:
    :vartype color: str
    """

    name: str
    color: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Label:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Label")).get
        return cls(
            name=(
                _serde.missing("Label.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Label.name", "a string")
            ),
            color=(
                _serde.missing("Label.color")
                if (_v := _get("color")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Label.color", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        _result["color"] = self.color
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_str(path + ".color", self.color, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class Address:
    """Address.

    :ivar street:
    :vartype street: str
    """

    street: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Address:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Address")).get
        return cls(
            street=(
                _serde.missing("Address.street")
                if (_v := _get("street")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Address.street", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["street"] = self.street
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".street", self.street, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class Coordinates:
    """Coordinates.

    :ivar lat:
    :vartype lat: float
    :ivar lon:
    :vartype lon: float
    """

    lat: float
    lon: float

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Coordinates:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Coordinates")).get
        return cls(
            lat=(
                _serde.missing("Coordinates.lat")
                if (_v := _get("lat")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Coordinates.lat")
            ),
            lon=(
                _serde.missing("Coordinates.lon")
                if (_v := _get("lon")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Coordinates.lon")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["lat"] = self.lat
        _result["lon"] = self.lon
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".lat", self.lat, required=True)
        _validation.check_number(path + ".lon", self.lon, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class Owner:
    """Owner.

    :ivar name:
    :vartype name: str
    :ivar id: An integer id, or a string one.
    :vartype id: int | str
    :ivar seats:
    :vartype seats: float | str | bool
    :ivar location: Where the owner lives, by shape.
    :vartype location: Address | Coordinates
    :ivar nickname:
    :vartype nickname: str
    :ivar tags:
    :vartype tags: list[str] | str
    :ivar since:
    :vartype since: _dt.datetime | int
    :ivar favorite: A pet, or nothing.
    :vartype favorite: Cat | Dog | Lizard
    :ivar home: A single-member allOf wrapper is its member.
    :vartype home: Address
    :ivar pets:
    :vartype pets: list[Cat | Dog | Lizard]
    :ivar extra:
    :vartype extra: OwnerExtraVariant1 | list[int]
    :ivar litters: Lists of models are encoded alike (each item's to_dict).
    :vartype litters: list[Cat] | list[Dog]
    :ivar unsure:
    :vartype unsure: _t.Any
    """

    name: str
    id: int | str | None = None
    seats: float | str | bool | None = None
    location: Address | Coordinates | None = None
    nickname: str | None = None
    tags: list[str] | str | None = None
    since: _dt.datetime | int | None = None
    favorite: Cat | Dog | Lizard | None = None
    home: Address | None = None
    pets: list[Cat | Dog | Lizard] | None = None
    extra: OwnerExtraVariant1 | list[int] | None = None
    litters: list[Cat] | list[Dog] | None = None
    unsure: _t.Any | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Owner:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Owner")).get
        return cls(
            name=(
                _serde.missing("Owner.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Owner.name", "a string")
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else _t.cast(
                    "int | str",
                    _unions.one_of(
                        _v,
                        "Owner.id",
                        (
                            (
                                "integer",
                                (),
                                lambda _u0: (
                                    _u0 if type(_u0) is int else _serde.as_int(_u0, "Owner.id")
                                ),
                            ),
                            (
                                "string",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is str
                                    else _serde.wrong_type(_u0, "Owner.id", "a string")
                                ),
                            ),
                        ),
                    ),
                )
            ),
            seats=(
                None
                if (_v := _get("seats")) is None
                else _t.cast(
                    "float | str | bool",
                    _unions.one_of(
                        _v,
                        "Owner.seats",
                        (
                            (
                                "number",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is float
                                    else _serde.as_float(_u0, "Owner.seats")
                                ),
                            ),
                            (
                                "string",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is str
                                    else _serde.wrong_type(_u0, "Owner.seats", "a string")
                                ),
                            ),
                            (
                                "boolean",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is bool
                                    else _serde.wrong_type(_u0, "Owner.seats", "true or false")
                                ),
                            ),
                        ),
                    ),
                )
            ),
            location=(
                None
                if (_v := _get("location")) is None
                else _t.cast(
                    "Address | Coordinates",
                    _unions.one_of(
                        _v,
                        "Owner.location",
                        (
                            ("object", ("street",), lambda _u0: Address.from_dict(_u0)),
                            ("object", ("lat", "lon"), lambda _u0: Coordinates.from_dict(_u0)),
                        ),
                    ),
                )
            ),
            nickname=(
                None
                if (_v := _get("nickname")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Owner.nickname", "a string")
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else _t.cast(
                    "list[str] | str",
                    _unions.one_of(
                        _v,
                        "Owner.tags",
                        (
                            (
                                "array",
                                (),
                                lambda _u0: [
                                    (
                                        _i1
                                        if type(_i1) is str
                                        else _serde.wrong_type(_i1, "Owner.tags", "a string")
                                    )
                                    for _i1 in _serde.as_list(_u0, "Owner.tags")
                                ],
                            ),
                            (
                                "string",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is str
                                    else _serde.wrong_type(_u0, "Owner.tags", "a string")
                                ),
                            ),
                        ),
                    ),
                )
            ),
            since=(
                None
                if (_v := _get("since")) is None
                else _t.cast(
                    "_dt.datetime | int",
                    _unions.one_of(
                        _v,
                        "Owner.since",
                        (
                            ("string", (), lambda _u0: _serde.parse_datetime(_u0, "Owner.since")),
                            (
                                "integer",
                                (),
                                lambda _u0: (
                                    _u0 if type(_u0) is int else _serde.as_int(_u0, "Owner.since")
                                ),
                            ),
                        ),
                    ),
                )
            ),
            favorite=(
                None
                if (_v := _get("favorite")) is None
                else _t.cast(
                    "Cat | Dog | Lizard",
                    _unions.tagged(
                        _v,
                        "Owner.favorite",
                        "petType",
                        (("kitty", 0), ("Dog", 1), ("Lizard", 2)),
                        (
                            ("object", ("petType", "name"), lambda _u0: Cat.from_dict(_u0)),
                            ("object", ("petType", "name"), lambda _u0: Dog.from_dict(_u0)),
                            ("object", ("petType",), lambda _u0: Lizard.from_dict(_u0)),
                        ),
                    ),
                )
            ),
            home=(None if (_v := _get("home")) is None else Address.from_dict(_v)),
            pets=(
                None
                if (_v := _get("pets")) is None
                else [
                    _t.cast(
                        "Cat | Dog | Lizard",
                        _unions.tagged(
                            _i0,
                            "Owner.pets",
                            "petType",
                            (("kitty", 0), ("Dog", 1), ("Lizard", 2)),
                            (
                                ("object", ("petType", "name"), lambda _u1: Cat.from_dict(_u1)),
                                ("object", ("petType", "name"), lambda _u1: Dog.from_dict(_u1)),
                                ("object", ("petType",), lambda _u1: Lizard.from_dict(_u1)),
                            ),
                        ),
                    )
                    for _i0 in _serde.as_list(_v, "Owner.pets")
                ]
            ),
            extra=(
                None
                if (_v := _get("extra")) is None
                else _t.cast(
                    "OwnerExtraVariant1 | list[int]",
                    _unions.one_of(
                        _v,
                        "Owner.extra",
                        (
                            ("object", ("note",), lambda _u0: OwnerExtraVariant1.from_dict(_u0)),
                            (
                                "array",
                                (),
                                lambda _u0: [
                                    _i1 if type(_i1) is int else _serde.as_int(_i1, "Owner.extra")
                                    for _i1 in _serde.as_list(_u0, "Owner.extra")
                                ],
                            ),
                        ),
                    ),
                )
            ),
            litters=(
                None
                if (_v := _get("litters")) is None
                else _t.cast(
                    "list[Cat] | list[Dog]",
                    _unions.one_of(
                        _v,
                        "Owner.litters",
                        (
                            (
                                "array",
                                (),
                                lambda _u0: [
                                    Cat.from_dict(_i1)
                                    for _i1 in _serde.as_list(_u0, "Owner.litters")
                                ],
                            ),
                            (
                                "array",
                                (),
                                lambda _u0: [
                                    Dog.from_dict(_i1)
                                    for _i1 in _serde.as_list(_u0, "Owner.litters")
                                ],
                            ),
                        ),
                    ),
                )
            ),
            unsure=(None if (_v := _get("unsure")) is None else _v),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.id is not None:
            _result["id"] = self.id
        if self.seats is not None:
            _result["seats"] = self.seats
        if self.location is not None:
            _result["location"] = self.location.to_dict(exclude_readonly=exclude_readonly)
        if self.nickname is not None:
            _result["nickname"] = self.nickname
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.since is not None:
            _result["since"] = (
                _serde.format_datetime(self.since)
                if isinstance(self.since, _dt.datetime)
                else self.since
            )
        if self.favorite is not None:
            _result["favorite"] = self.favorite.to_dict(exclude_readonly=exclude_readonly)
        if self.home is not None:
            _result["home"] = self.home.to_dict(exclude_readonly=exclude_readonly)
        if self.pets is not None:
            _result["pets"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.pets]
        if self.extra is not None:
            _result["extra"] = (
                self.extra.to_dict(exclude_readonly=exclude_readonly)
                if isinstance(self.extra, OwnerExtraVariant1)
                else self.extra
            )
        if self.litters is not None:
            _result["litters"] = (
                [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.litters]
                if isinstance(self.litters, (list, tuple))
                else (
                    [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.litters]
                    if isinstance(self.litters, (list, tuple))
                    else self.litters
                )
            )
        if self.unsure is not None:
            _result["unsure"] = self.unsure
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_union(
            path + ".id",
            self.id,
            required=False,
            variants=(
                ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
                ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
            ),
        )
        _validation.check_union(
            path + ".seats",
            self.seats,
            required=False,
            variants=(
                ((float, int), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
                ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True, min_length=1)),
                ((bool,), lambda _n, _x: _validation.check_bool(_n, _x, required=True)),
            ),
        )
        _validation.check_union(
            path + ".location",
            self.location,
            required=False,
            variants=(
                (
                    (Address,),
                    lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Address),
                ),
                (
                    (Coordinates,),
                    lambda _n, _x: _validation.check_model(
                        _n, _x, required=True, model=Coordinates
                    ),
                ),
            ),
        )
        _validation.check_str(path + ".nickname", self.nickname, required=False)
        _validation.check_union(
            path + ".tags",
            self.tags,
            required=False,
            variants=(
                ((list, tuple), lambda _n, _x: _validation.check_list(_n, _x, required=True)),
                ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
            ),
        )
        _validation.check_union(
            path + ".since",
            self.since,
            required=False,
            variants=(
                ((_dt.datetime,), lambda _n, _x: _validation.check_datetime(_n, _x, required=True)),
                ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
            ),
        )
        _validation.check_union(
            path + ".favorite",
            self.favorite,
            required=False,
            variants=(
                ((Cat,), lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Cat)),
                ((Dog,), lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Dog)),
                (
                    (Lizard,),
                    lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Lizard),
                ),
            ),
        )
        _validation.check_model(path + ".home", self.home, required=False, model=Address)
        _validation.check_list(path + ".pets", self.pets, required=False)
        for _n0_10, _i0_10 in enumerate(self.pets or ()):
            _validation.check_union(
                path + ".pets" + f"[{_n0_10}]",
                _i0_10,
                required=False,
                variants=(
                    (
                        (Cat,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Cat),
                    ),
                    (
                        (Dog,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Dog),
                    ),
                    (
                        (Lizard,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Lizard),
                    ),
                ),
            )
        _validation.check_union(
            path + ".extra",
            self.extra,
            required=False,
            variants=(
                (
                    (OwnerExtraVariant1,),
                    lambda _n, _x: _validation.check_model(
                        _n, _x, required=True, model=OwnerExtraVariant1
                    ),
                ),
                ((list, tuple), lambda _n, _x: _validation.check_list(_n, _x, required=True)),
            ),
        )
        _validation.check_union(
            path + ".litters",
            self.litters,
            required=False,
            variants=(
                ((list, tuple), lambda _n, _x: _validation.check_list(_n, _x, required=True)),
                ((list, tuple), lambda _n, _x: _validation.check_list(_n, _x, required=True)),
            ),
        )
        _validation.check_present(path + ".unsure", self.unsure, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class OwnerExtraVariant1:
    """OwnerExtraVariant1.

    :ivar note:
    :vartype note: str
    """

    note: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> OwnerExtraVariant1:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "OwnerExtraVariant1")).get
        return cls(
            note=(
                _serde.missing("OwnerExtraVariant1.note")
                if (_v := _get("note")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "OwnerExtraVariant1.note", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["note"] = self.note
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".note", self.note, required=True)
