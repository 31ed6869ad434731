"""Models of Code Host (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation
from ._enums_1 import CreateBlobBodyEncoding, _CreateBlobBodyEncoding_MEMBERS

__all__ = [
    "Repository",
    "GitRef",
    "CreateBlobBody",
]


@_dc.dataclass(slots=True, kw_only=True)
class Repository:
    """Repository.

    :ivar id:
    :vartype id: int
    :ivar name:
    :vartype name: str
    :ivar full_name:
    :vartype full_name: str
    :ivar private:
    :vartype private: bool
    """

    id: int
    name: str
    full_name: str | None = None
    private: bool | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Repository:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Repository")).get
        return cls(
            id=(
                _serde.missing("Repository.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Repository.id")
            ),
            name=(
                _serde.missing("Repository.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Repository.name", "a string")
            ),
            full_name=(
                None
                if (_v := _get("full_name")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "Repository.full_name", "a string")
                )
            ),
            private=(
                None
                if (_v := _get("private")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Repository.private", "true or false")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        _result["name"] = self.name
        if self.full_name is not None:
            _result["full_name"] = self.full_name
        if self.private is not None:
            _result["private"] = self.private
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".id", self.id, required=True)
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_str(path + ".full_name", self.full_name, required=False)
        _validation.check_bool(path + ".private", self.private, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class GitRef:
    """GitRef.

    :ivar ref:
    :vartype ref: str
    :ivar sha:
    :vartype sha: str
    """

    ref: str
    sha: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> GitRef:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "GitRef")).get
        return cls(
            ref=(
                _serde.missing("GitRef.ref")
                if (_v := _get("ref")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "GitRef.ref", "a string")
            ),
            sha=(
                _serde.missing("GitRef.sha")
                if (_v := _get("sha")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "GitRef.sha", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["ref"] = self.ref
        _result["sha"] = self.sha
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".ref", self.ref, required=True)
        _validation.check_str(path + ".sha", self.sha, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class CreateBlobBody:
    """CreateBlobBody.

    :ivar content:
    :vartype content: str
    :ivar encoding:  Default: ``CreateBlobBodyEncoding.UTF_8``.
    :vartype encoding: CreateBlobBodyEncoding | str
    """

    content: str
    encoding: CreateBlobBodyEncoding | str | None = CreateBlobBodyEncoding.UTF_8

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> CreateBlobBody:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "CreateBlobBody")).get
        return cls(
            content=(
                _serde.missing("CreateBlobBody.content")
                if (_v := _get("content")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "CreateBlobBody.content", "a string")
                )
            ),
            encoding=(
                None
                if (_v := _get("encoding")) is None
                else (
                    _CreateBlobBodyEncoding_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(CreateBlobBodyEncoding, _v, "CreateBlobBody.encoding")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["content"] = self.content
        if self.encoding is not None:
            _result["encoding"] = self.encoding
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".content", self.content, required=True)
        _validation.check_enum(
            path + ".encoding", self.encoding, required=False, allowed=("utf-8", "base64")
        )
