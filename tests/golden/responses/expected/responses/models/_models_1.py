"""Models of Blob Store (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _validation
from ._enums_1 import Tier

__all__ = [
    "Blob",
    "Tombstone",
    "CloudError",
    "CloudErrorError",
    "BlobsGetResult",
    "BlobsPut201Result",
    "BlobsPut202Result",
]


@_dc.dataclass(slots=True, kw_only=True)
class Blob:
    """Blob.

    :ivar size:
    :vartype size: int
    """

    size: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Blob:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Blob")).get
        return cls(
            size=(None if (_v := _get("size")) is None else _serde.parse_int64(_v, "Blob.size")),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.size is not None:
            _result["size"] = self.size
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(
            path + ".size",
            self.size,
            required=False,
            minimum=-9223372036854775808,
            maximum=9223372036854775807,
        )


@_dc.dataclass(slots=True, kw_only=True)
class Tombstone:
    """Tombstone.

    :ivar deleted_on:
    :vartype deleted_on: _dt.datetime
    """

    deleted_on: _dt.datetime | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Tombstone:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Tombstone")).get
        return cls(
            deleted_on=(
                None
                if (_v := _get("deletedOn")) is None
                else _serde.parse_datetime(_v, "Tombstone.deletedOn")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.deleted_on is not None:
            _result["deletedOn"] = _serde.format_datetime(self.deleted_on)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_datetime(path + ".deleted_on", self.deleted_on, required=False)


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


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BlobsGetResult:
    """The blob's metadata, and its version in headers.

    What the call returns for this response: its body and its headers
    (None when absent).

    :ivar body: The response body.
    :vartype body: Blob
    :ivar e_tag: The ``ETag`` header.
    :vartype e_tag: str | None
    :ivar last_modified: The ``Last-Modified`` header.
    :vartype last_modified: _dt.datetime | None
    :ivar x_ms_version_count: The ``x-ms-version-count`` header.
    :vartype x_ms_version_count: int | None
    """

    body: Blob
    e_tag: str | None = None
    last_modified: _dt.datetime | None = None
    x_ms_version_count: int | None = None


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BlobsPut201Result:
    """Created.

    What the call returns for this response: its headers
    (None when absent).

    :ivar location: The ``Location`` header.
    :vartype location: str | None
    :ivar retry_after: The ``Retry-After`` header.
    :vartype retry_after: int | None
    :ivar x_ms_created: The ``x-ms-created`` header.
    :vartype x_ms_created: _dt.datetime | None
    :ivar x_ms_tier: The ``x-ms-tier`` header.
    :vartype x_ms_tier: Tier | str | None
    :ivar x_ms_sealed: The ``x-ms-sealed`` header.
    :vartype x_ms_sealed: bool | None
    :ivar x_ms_ratio: The ``x-ms-ratio`` header.
    :vartype x_ms_ratio: float | None
    :ivar x_ms_ttl: The ``x-ms-ttl`` header.
    :vartype x_ms_ttl: _dt.timedelta | None
    :ivar content_md5: The ``Content-MD5`` header.
    :vartype content_md5: bytes | None
    :ivar x_ms_born: The ``x-ms-born`` header.
    :vartype x_ms_born: _dt.date | None
    """

    location: str | None = None
    retry_after: int | None = None
    x_ms_created: _dt.datetime | None = None
    x_ms_tier: Tier | str | None = None
    x_ms_sealed: bool | None = None
    x_ms_ratio: float | None = None
    x_ms_ttl: _dt.timedelta | None = None
    content_md5: bytes | None = None
    x_ms_born: _dt.date | None = None


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BlobsPut202Result:
    """Accepted.

    What the call returns for this response: its headers
    (None when absent).

    :ivar location: The ``Location`` header.
    :vartype location: str | None
    """

    location: str | None = None
