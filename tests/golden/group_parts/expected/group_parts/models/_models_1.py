"""Models of Pet Shop (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from .. import _serde, _validation
from ._enums_1 import Kind, _Kind_MEMBERS

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = [
    "ShopError",
    "Pet",
    "PetList",
    "Store",
]


@_dc.dataclass(slots=True, kw_only=True)
class ShopError:
    """ShopError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ShopError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ShopError")).get
        return cls(
            code=(
                None
                if (_v := _get("code")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "ShopError.code", "a string")
            ),
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ShopError.message", "a string")
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
class Pet:
    """Pet.

    :ivar id:
    :vartype id: str
    :ivar name:
    :vartype name: str
    :ivar kind:
    :vartype kind: Kind | str
    """

    id: str
    name: str
    kind: Kind | str | None = None

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
            id=(
                _serde.missing("Pet.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Pet.id", "a string")
            ),
            name=(
                _serde.missing("Pet.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Pet.name", "a string")
            ),
            kind=(
                None
                if (_v := _get("kind")) is None
                else (
                    _Kind_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(Kind, _v, "Pet.kind")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        _result["name"] = self.name
        if self.kind is not None:
            _result["kind"] = self.kind
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".id", self.id, required=True, pattern=_PATTERN_1)
        _validation.check_str(path + ".name", self.name, required=True, max_length=100)
        _validation.check_enum(
            path + ".kind", self.kind, required=False, allowed=("cat", "dog", "bird")
        )


@_dc.dataclass(slots=True, kw_only=True)
class PetList:
    """PetList.

    :ivar value:
    :vartype value: list[Pet]
    :ivar next_link:
    :vartype next_link: str
    """

    value: list[Pet] | None = None
    next_link: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> PetList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "PetList")).get
        return cls(
            value=(
                None
                if (_v := _get("value")) is None
                else [Pet.from_dict(_i0) for _i0 in _serde.as_list(_v, "PetList.value")]
            ),
            next_link=(
                None
                if (_v := _get("nextLink")) is None
                else (
                    _v if type(_v) is str else _serde.wrong_type(_v, "PetList.nextLink", "a string")
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
            _validation.check_model(path + ".value" + f"[{_n0_1}]", _i0_1, required=True, model=Pet)
        _validation.check_str(path + ".next_link", self.next_link, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Store:
    """Store.

    :ivar name:
    :vartype name: str
    :ivar city:
    :vartype city: str
    """

    name: str
    city: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Store:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Store")).get
        return cls(
            name=(
                _serde.missing("Store.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Store.name", "a string")
            ),
            city=(
                None
                if (_v := _get("city")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Store.city", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.city is not None:
            _result["city"] = self.city
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_str(path + ".city", self.city, required=False)
