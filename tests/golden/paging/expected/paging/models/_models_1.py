"""Models of Widget Catalog (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Widget",
    "WidgetList",
    "ShelfWidgetList",
    "ColorList",
    "TagList",
    "CloudError",
    "CloudErrorError",
]


@_dc.dataclass(slots=True, kw_only=True)
class Widget:
    """Widget.

    :ivar name:
    :vartype name: str
    :ivar weight:
    :vartype weight: float
    """

    name: str
    weight: float | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Widget:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Widget")).get
        return cls(
            name=(
                _serde.missing("Widget.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Widget.name", "a string")
            ),
            weight=(
                None
                if (_v := _get("weight")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Widget.weight")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        if self.weight is not None:
            _result["weight"] = self.weight
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)
        _validation.check_number(path + ".weight", self.weight, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class WidgetList:
    """WidgetList.

    :ivar value:
    :vartype value: list[Widget]
    :ivar next_link:  Read-only: set by the service.
    :vartype next_link: str
    """

    value: list[Widget] | None = None
    next_link: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> WidgetList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "WidgetList")).get
        return cls(
            value=(
                None
                if (_v := _get("value")) is None
                else [Widget.from_dict(_i0) for _i0 in _serde.as_list(_v, "WidgetList.value")]
            ),
            next_link=(
                None
                if (_v := _get("nextLink")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "WidgetList.nextLink", "a string")
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
        if self.next_link is not None and not exclude_readonly:
            _result["nextLink"] = self.next_link
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".value", self.value, required=False)
        for _n0_1, _i0_1 in enumerate(self.value or ()):
            _validation.check_model(
                path + ".value" + f"[{_n0_1}]", _i0_1, required=True, model=Widget
            )


@_dc.dataclass(slots=True, kw_only=True)
class ShelfWidgetList:
    """ShelfWidgetList.

    :ivar items:
    :vartype items: list[Widget]
    :ivar odata_next_link:
    :vartype odata_next_link: str
    """

    items: list[Widget] | None = None
    odata_next_link: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ShelfWidgetList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ShelfWidgetList")).get
        return cls(
            items=(
                None
                if (_v := _get("items")) is None
                else [Widget.from_dict(_i0) for _i0 in _serde.as_list(_v, "ShelfWidgetList.items")]
            ),
            odata_next_link=(
                None
                if (_v := _get("odata.nextLink")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ShelfWidgetList.odata.nextLink", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.items is not None:
            _result["items"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.items
            ]
        if self.odata_next_link is not None:
            _result["odata.nextLink"] = self.odata_next_link
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".items", self.items, required=False)
        for _n0_1, _i0_1 in enumerate(self.items or ()):
            _validation.check_model(
                path + ".items" + f"[{_n0_1}]", _i0_1, required=True, model=Widget
            )
        _validation.check_str(path + ".odata_next_link", self.odata_next_link, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ColorList:
    """ColorList.

    :ivar value:
    :vartype value: list[str]
    """

    value: list[str] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ColorList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ColorList")).get
        return cls(
            value=(
                None
                if (_v := _get("value")) is None
                else [
                    (
                        _i0
                        if type(_i0) is str
                        else _serde.wrong_type(_i0, "ColorList.value", "a string")
                    )
                    for _i0 in _serde.as_list(_v, "ColorList.value")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.value is not None:
            _result["value"] = self.value
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".value", self.value, required=False)
        for _n0_1, _i0_1 in enumerate(self.value or ()):
            _validation.check_str(path + ".value" + f"[{_n0_1}]", _i0_1, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class TagList:
    """TagList.

    :ivar value:
    :vartype value: list[str]
    :ivar next_link:
    :vartype next_link: str
    """

    value: list[str] | None = None
    next_link: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> TagList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "TagList")).get
        return cls(
            value=(
                None
                if (_v := _get("value")) is None
                else [
                    _i0 if type(_i0) is str else _serde.wrong_type(_i0, "TagList.value", "a string")
                    for _i0 in _serde.as_list(_v, "TagList.value")
                ]
            ),
            next_link=(
                None
                if (_v := _get("nextLink")) is None
                else (
                    _v if type(_v) is str else _serde.wrong_type(_v, "TagList.nextLink", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.value is not None:
            _result["value"] = self.value
        if self.next_link is not None:
            _result["nextLink"] = self.next_link
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".value", self.value, required=False)
        for _n0_1, _i0_1 in enumerate(self.value or ()):
            _validation.check_str(path + ".value" + f"[{_n0_1}]", _i0_1, required=False)
        _validation.check_str(path + ".next_link", self.next_link, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class CloudError:
    """CloudError.

    :ivar error:
    :vartype error: CloudErrorError
    """

    error: CloudErrorError | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> CloudError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "CloudError")).get
        return cls(
            error=(None if (_v := _get("error")) is None else CloudErrorError.from_dict(_v)),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.error is not None:
            _result["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_model(path + ".error", self.error, required=False, model=CloudErrorError)


@_dc.dataclass(slots=True, kw_only=True)
class CloudErrorError:
    """CloudErrorError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> CloudErrorError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "CloudErrorError")).get
        return cls(
            code=(
                None
                if (_v := _get("code")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "CloudErrorError.code", "a string")
                )
            ),
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "CloudErrorError.message", "a string")
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
