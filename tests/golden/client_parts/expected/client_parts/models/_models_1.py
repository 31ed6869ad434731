"""Models of Notes (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from .. import _serde, _validation

if _t.TYPE_CHECKING:
    from . import _models_2
    from ._models_2 import Tag
else:
    _models_2 = _serde.LazyModule(__package__, "_models_2", globals())

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = [
    "NotesError",
    "Note",
]


@_dc.dataclass(slots=True, kw_only=True)
class NotesError:
    """NotesError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> NotesError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "NotesError")).get
        return cls(
            code=(
                None
                if (_v := _get("code")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "NotesError.code", "a string")
            ),
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "NotesError.message", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.code is not None:
            _result["code"] = self.code
        if self.message is not None:
            _result["message"] = self.message
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".code", self.code, required=False)
        _validation.check_str(path + ".message", self.message, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Note:
    """Note.

    :ivar id:
    :vartype id: str
    :ivar text:
    :vartype text: str
    :ivar tags:
    :vartype tags: list[Tag]
    """

    id: str
    text: str
    tags: list[Tag] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Note:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Note")).get
        return cls(
            id=(
                _serde.missing("Note.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Note.id", "a string")
            ),
            text=(
                _serde.missing("Note.text")
                if (_v := _get("text")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Note.text", "a string")
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else [_models_2.Tag.from_dict(_i0) for _i0 in _serde.as_list(_v, "Note.tags")]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        _result["text"] = self.text
        if self.tags is not None:
            _result["tags"] = [_i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.tags]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".id", self.id, required=True, pattern=_PATTERN_1)
        _validation.check_str(path + ".text", self.text, required=True, max_length=1000)
        _validation.check_list(path + ".tags", self.tags, required=False)
        for _n0_3, _i0_3 in enumerate(self.tags or ()):
            _validation.check_model(
                path + ".tags" + f"[{_n0_3}]", _i0_3, required=True, model=_models_2.Tag
            )
