"""Models of Shapes (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _unions, _validation

__all__ = [
    "Circle",
    "Square",
    "Drawing",
]


@_dc.dataclass(slots=True, kw_only=True)
class Circle:
    """Circle.

    :ivar kind:
    :vartype kind: str
    :ivar radius:
    :vartype radius: float
    """

    kind: str
    radius: float

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Circle:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Circle")).get
        return cls(
            kind=(
                _serde.missing("Circle.kind")
                if (_v := _get("kind")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Circle.kind", "a string")
            ),
            radius=(
                _serde.missing("Circle.radius")
                if (_v := _get("radius")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Circle.radius")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["radius"] = self.radius
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".kind", self.kind, required=True)
        _validation.check_number(path + ".radius", self.radius, required=True, minimum=0)


@_dc.dataclass(slots=True, kw_only=True)
class Square:
    """Square.

    :ivar kind:
    :vartype kind: str
    :ivar side:
    :vartype side: float
    """

    kind: str
    side: float

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Square:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Square")).get
        return cls(
            kind=(
                _serde.missing("Square.kind")
                if (_v := _get("kind")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Square.kind", "a string")
            ),
            side=(
                _serde.missing("Square.side")
                if (_v := _get("side")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Square.side")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["kind"] = self.kind
        _result["side"] = self.side
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".kind", self.kind, required=True)
        _validation.check_number(path + ".side", self.side, required=True, minimum=0)


@_dc.dataclass(slots=True, kw_only=True)
class Drawing:
    """Drawing.

    :ivar title:
    :vartype title: str
    :ivar width:
    :vartype width: int | str
    :ivar note:
    :vartype note: str
    :ivar main:
    :vartype main: Circle | Square
    :ivar shapes:
    :vartype shapes: list[Circle | Square]
    :ivar layers:
    :vartype layers: list[Circle | Square | str | None]
    """

    title: str
    width: int | str | None = None
    note: str | None = None
    main: Circle | Square | None = None
    shapes: list[Circle | Square] | None = None
    layers: list[Circle | Square | str | None] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Drawing:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Drawing")).get
        return cls(
            title=(
                _serde.missing("Drawing.title")
                if (_v := _get("title")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Drawing.title", "a string")
            ),
            width=(
                None
                if (_v := _get("width")) is None
                else _t.cast(
                    "int | str",
                    _unions.one_of(
                        _v,
                        "Drawing.width",
                        (
                            (
                                "integer",
                                (),
                                lambda _u0: (
                                    _u0 if type(_u0) is int else _serde.as_int(_u0, "Drawing.width")
                                ),
                            ),
                            (
                                "string",
                                (),
                                lambda _u0: (
                                    _u0
                                    if type(_u0) is str
                                    else _serde.wrong_type(_u0, "Drawing.width", "a string")
                                ),
                            ),
                        ),
                    ),
                )
            ),
            note=(
                None
                if (_v := _get("note")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Drawing.note", "a string")
            ),
            main=(
                None
                if (_v := _get("main")) is None
                else _t.cast(
                    "Circle | Square",
                    _unions.tagged(
                        _v,
                        "Drawing.main",
                        "kind",
                        (("Circle", 0), ("Square", 1)),
                        (
                            ("object", ("kind", "radius"), lambda _u0: Circle.from_dict(_u0)),
                            ("object", ("kind", "side"), lambda _u0: Square.from_dict(_u0)),
                        ),
                    ),
                )
            ),
            shapes=(
                None
                if (_v := _get("shapes")) is None
                else [
                    _t.cast(
                        "Circle | Square",
                        _unions.tagged(
                            _i0,
                            "Drawing.shapes",
                            "kind",
                            (("Circle", 0), ("Square", 1)),
                            (
                                ("object", ("kind", "radius"), lambda _u1: Circle.from_dict(_u1)),
                                ("object", ("kind", "side"), lambda _u1: Square.from_dict(_u1)),
                            ),
                        ),
                    )
                    for _i0 in _serde.as_list(_v, "Drawing.shapes")
                ]
            ),
            layers=(
                None
                if (_v := _get("layers")) is None
                else [
                    (
                        None
                        if _i0 is None
                        else (
                            _t.cast(
                                "Circle | Square | str | None",
                                _unions.tagged(
                                    _i0,
                                    "Drawing.layers",
                                    "kind",
                                    (("Circle", 0), ("Square", 1)),
                                    (
                                        (
                                            "object",
                                            ("kind", "radius"),
                                            lambda _u1: Circle.from_dict(_u1),
                                        ),
                                        (
                                            "object",
                                            ("kind", "side"),
                                            lambda _u1: Square.from_dict(_u1),
                                        ),
                                        (
                                            "string",
                                            (),
                                            lambda _u1: (
                                                _u1
                                                if type(_u1) is str
                                                else _serde.wrong_type(
                                                    _u1, "Drawing.layers", "a string"
                                                )
                                            ),
                                        ),
                                    ),
                                ),
                            )
                        )
                    )
                    for _i0 in _serde.as_list(_v, "Drawing.layers")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["title"] = self.title
        if self.width is not None:
            _result["width"] = self.width
        if self.note is not None:
            _result["note"] = self.note
        if self.main is not None:
            _result["main"] = self.main.to_dict(exclude_readonly=exclude_readonly)
        if self.shapes is not None:
            _result["shapes"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.shapes
            ]
        if self.layers is not None:
            _result["layers"] = [
                (
                    None
                    if _i0 is None
                    else (
                        _i0.to_dict(exclude_readonly=exclude_readonly)
                        if isinstance(_i0, (Circle, Square))
                        else _i0
                    )
                )
                for _i0 in self.layers
            ]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".title", self.title, required=True)
        _validation.check_union(
            path + ".width",
            self.width,
            required=False,
            variants=(
                ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
                ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
            ),
        )
        _validation.check_str(path + ".note", self.note, required=False)
        _validation.check_union(
            path + ".main",
            self.main,
            required=False,
            variants=(
                (
                    (Circle,),
                    lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Circle),
                ),
                (
                    (Square,),
                    lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Square),
                ),
            ),
        )
        _validation.check_list(path + ".shapes", self.shapes, required=False)
        for _n0_5, _i0_5 in enumerate(self.shapes or ()):
            _validation.check_union(
                path + ".shapes" + f"[{_n0_5}]",
                _i0_5,
                required=False,
                variants=(
                    (
                        (Circle,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Circle),
                    ),
                    (
                        (Square,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Square),
                    ),
                ),
            )
        _validation.check_list(path + ".layers", self.layers, required=False)
        for _n0_6, _i0_6 in enumerate(self.layers or ()):
            _validation.check_union(
                path + ".layers" + f"[{_n0_6}]",
                _i0_6,
                required=False,
                variants=(
                    (
                        (Circle,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Circle),
                    ),
                    (
                        (Square,),
                        lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Square),
                    ),
                    ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
                ),
            )
