"""Models of Disk Service (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Disk",
    "DiskProperties",
    "Export",
    "CloudError",
    "CloudErrorError",
]


@_dc.dataclass(slots=True, kw_only=True)
class Disk:
    """Disk.

    :ivar id:  Read-only: set by the service.
    :vartype id: str
    :ivar size_gb:
    :vartype size_gb: int
    :ivar properties:
    :vartype properties: DiskProperties
    """

    id: str | None = None
    size_gb: int | None = None
    properties: DiskProperties | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Disk:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Disk")).get
        return cls(
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Disk.id", "a string")
            ),
            size_gb=(
                None if (_v := _get("sizeGB")) is None else _serde.parse_int32(_v, "Disk.sizeGB")
            ),
            properties=(
                None if (_v := _get("properties")) is None else DiskProperties.from_dict(_v)
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.size_gb is not None:
            _result["sizeGB"] = self.size_gb
        if self.properties is not None:
            _result["properties"] = self.properties.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(
            path + ".size_gb", self.size_gb, required=False, minimum=-2147483648, maximum=2147483647
        )
        _validation.check_model(
            path + ".properties", self.properties, required=False, model=DiskProperties
        )


@_dc.dataclass(slots=True, kw_only=True)
class DiskProperties:
    """DiskProperties.

    :ivar provisioning_state:  Read-only: set by the service.
    :vartype provisioning_state: str
    """

    provisioning_state: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> DiskProperties:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "DiskProperties")).get
        return cls(
            provisioning_state=(
                None
                if (_v := _get("provisioningState")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "DiskProperties.provisioningState", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.provisioning_state is not None and not exclude_readonly:
            _result["provisioningState"] = self.provisioning_state
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        return None


@_dc.dataclass(slots=True, kw_only=True)
class Export:
    """Export.

    :ivar url:
    :vartype url: str
    """

    url: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Export:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Export")).get
        return cls(
            url=(
                None
                if (_v := _get("url")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Export.url", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.url is not None:
            _result["url"] = self.url
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".url", self.url, required=False)


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
