"""Models of DesktopVirtualizationAPIClient (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _validation
from ._enums_1 import RegistrationTokenOperation, _RegistrationTokenOperation_MEMBERS

__all__ = [
    "CloudError",
    "CloudErrorProperties",
    "RegistrationInfo",
    "RegistrationTokenList",
    "RegistrationTokenMinimal",
]


@_dc.dataclass(slots=True, kw_only=True)
class CloudError:
    """Cloud error object.

    :ivar error: Cloud error object properties.
    :vartype error: CloudErrorProperties
    """

    error: CloudErrorProperties | None = None

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
            error=(None if (_v := _get("error")) is None else CloudErrorProperties.from_dict(_v)),
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
        _validation.check_model(
            path + ".error", self.error, required=False, model=CloudErrorProperties
        )


@_dc.dataclass(slots=True, kw_only=True)
class CloudErrorProperties:
    """Cloud error object properties.

    :ivar code: Error code
    :vartype code: str
    :ivar message: Error message indicating why the operation failed.
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> CloudErrorProperties:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "CloudErrorProperties")).get
        return cls(
            code=(
                None
                if (_v := _get("code")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "CloudErrorProperties.code", "a string")
                )
            ),
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "CloudErrorProperties.message", "a string")
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


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class RegistrationInfo:
    """Represents a RegistrationInfo definition.

    :ivar expiration_time: Expiration time of registration token.
    :vartype expiration_time: _dt.datetime
    :ivar token: The registration token base64 encoded string. Secret: never shown by ``repr``.
    :vartype token: str
    :ivar registration_token_operation: The type of resetting the token.
    :vartype registration_token_operation: RegistrationTokenOperation | str
    """

    expiration_time: _dt.datetime | None = None
    token: str | None = None
    registration_token_operation: RegistrationTokenOperation | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> RegistrationInfo:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "RegistrationInfo")).get
        return cls(
            expiration_time=(
                None
                if (_v := _get("expirationTime")) is None
                else _serde.parse_datetime(_v, "RegistrationInfo.expirationTime")
            ),
            token=(
                None
                if (_v := _get("token")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "RegistrationInfo.token", "a string")
                )
            ),
            registration_token_operation=(
                None
                if (_v := _get("registrationTokenOperation")) is None
                else (
                    _RegistrationTokenOperation_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        RegistrationTokenOperation,
                        _v,
                        "RegistrationInfo.registrationTokenOperation",
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.expiration_time is not None:
            _result["expirationTime"] = _serde.format_datetime(self.expiration_time)
        if self.token is not None:
            _result["token"] = self.token
        if self.registration_token_operation is not None:
            _result["registrationTokenOperation"] = self.registration_token_operation
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_datetime(path + ".expiration_time", self.expiration_time, required=False)
        _validation.check_secret(_validation.check_str, path + ".token", self.token, required=False)
        _validation.check_enum(
            path + ".registration_token_operation",
            self.registration_token_operation,
            required=False,
        )

    def __repr__(self) -> str:
        _fields = [
            "expiration_time=" + repr(self.expiration_time),
            "token=" + ("None" if self.token is None else "'***'"),
            "registration_token_operation=" + repr(self.registration_token_operation),
        ]
        return "RegistrationInfo(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=True, kw_only=True)
class RegistrationTokenList:
    """List of RegistrationToken definitions.

    :ivar next_link: Link to the next page of results. Read-only: set by the service.
    :vartype next_link: str
    :ivar value: List of RegistrationToken definitions.
    :vartype value: list[RegistrationTokenMinimal]
    """

    next_link: str | None = None
    value: list[RegistrationTokenMinimal] | None = None

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> RegistrationTokenList:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data if type(data) is dict else _serde.not_object(data, "RegistrationTokenList")
        ).get
        return cls(
            next_link=(
                None
                if (_v := _get("nextLink")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "RegistrationTokenList.nextLink", "a string")
                )
            ),
            value=(
                None
                if (_v := _get("value")) is None
                else [
                    RegistrationTokenMinimal.from_dict(_i0)
                    for _i0 in _serde.as_list(_v, "RegistrationTokenList.value")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.next_link is not None and not exclude_readonly:
            _result["nextLink"] = self.next_link
        if self.value is not None:
            _result["value"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.value
            ]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".value", self.value, required=False)
        for _n0_1, _i0_1 in enumerate(self.value or ()):
            _validation.check_model(
                path + ".value" + f"[{_n0_1}]", _i0_1, required=True, model=RegistrationTokenMinimal
            )


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class RegistrationTokenMinimal:
    """Represents a Minimal set of properties for RegistrationToken definition.

    :ivar expiration_time: Expiration time of registration token.
    :vartype expiration_time: _dt.datetime
    :ivar token: The registration token base64 encoded string. Secret: never shown by ``repr``.
    :vartype token: str
    """

    expiration_time: _dt.datetime | None = None
    token: str | None = None

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> RegistrationTokenMinimal:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data if type(data) is dict else _serde.not_object(data, "RegistrationTokenMinimal")
        ).get
        return cls(
            expiration_time=(
                None
                if (_v := _get("expirationTime")) is None
                else _serde.parse_datetime(_v, "RegistrationTokenMinimal.expirationTime")
            ),
            token=(
                None
                if (_v := _get("token")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "RegistrationTokenMinimal.token", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.expiration_time is not None:
            _result["expirationTime"] = _serde.format_datetime(self.expiration_time)
        if self.token is not None:
            _result["token"] = self.token
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_datetime(path + ".expiration_time", self.expiration_time, required=False)
        _validation.check_secret(_validation.check_str, path + ".token", self.token, required=False)

    def __repr__(self) -> str:
        _fields = [
            "expiration_time=" + repr(self.expiration_time),
            "token=" + ("None" if self.token is None else "'***'"),
        ]
        return "RegistrationTokenMinimal(" + ", ".join(_fields) + ")"
