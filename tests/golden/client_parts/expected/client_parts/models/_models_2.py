"""Models of Notes (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation
from ._enums_1 import Color, _Color_MEMBERS

if _t.TYPE_CHECKING:
    from . import _models_1
    from ._models_1 import Note
else:
    _models_1 = _serde.LazyModule(__package__, "_models_1", globals())


__all__ = [
    "Tag",
    "NoteList",
    "GetTagResult",
]


@_dc.dataclass(slots=True, kw_only=True)
class Tag:
    """Tag.

    :ivar name:
    :vartype name: str
    :ivar color:
    :vartype color: Color | str
    """

    name: str
    color: Color | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Tag:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Tag")).get
        return cls(
            name=(
                _serde.missing("Tag.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Tag.name", "a string")
            ),
            color=(
                None
                if (_v := _get("color")) is None
                else (
                    _Color_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Color, _v, "Tag.color")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.color is not None:
            _result["color"] = self.color
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_enum(
            path + ".color", self.color, required=False, allowed=("red", "green", "blue")
        )


@_dc.dataclass(slots=True, kw_only=True)
class NoteList:
    """NoteList.

    :ivar value:
    :vartype value: list[Note]
    :ivar next_link:
    :vartype next_link: str
    """

    value: list[Note] | None = None
    next_link: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> NoteList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "NoteList")).get
        return cls(
            value=(
                None
                if (_v := _get("value")) is None
                else [_models_1.Note.from_dict(_i0) for _i0 in _serde.as_list(_v, "NoteList.value")]
            ),
            next_link=(
                None
                if (_v := _get("nextLink")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "NoteList.nextLink", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.value is not None:
            _result["value"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.value
            ]
        if self.next_link is not None:
            _result["nextLink"] = self.next_link
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".value", self.value, required=False)
        for _n0_1, _i0_1 in enumerate(self.value or ()):
            _validation.check_model(
                path + ".value" + f"[{_n0_1}]", _i0_1, required=True, model=_models_1.Note
            )
        _validation.check_str(path + ".next_link", self.next_link, required=False)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTagResult:
    """The tag.

    What the call returns for this response: its body and its headers
    (None when absent).

    :ivar body: The response body.
    :vartype body: Tag
    :ivar e_tag: The tag's version. (header ``ETag``)
    :vartype e_tag: str | None
    """

    body: Tag
    e_tag: str | None = None
