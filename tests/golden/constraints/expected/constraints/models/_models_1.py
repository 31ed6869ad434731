"""Models of Constraint Service (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "GetLimitsResponse",
]


@_dc.dataclass(slots=True, kw_only=True)
class GetLimitsResponse:
    """GetLimitsResponse.

    :ivar max:
    :vartype max: int
    :ivar owner:
    :vartype owner: str
    :ivar members:
    :vartype members: list[str]
    """

    max: int | None = None
    owner: str | None = None
    members: list[str] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> GetLimitsResponse:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "GetLimitsResponse")).get
        return cls(
            max=(
                None
                if (_v := _get("max")) is None
                else _serde.parse_int64(_v, "GetLimitsResponse.max")
            ),
            owner=(
                None
                if (_v := _get("owner")) is None
                else _serde.parse_uuid(_v, "GetLimitsResponse.owner")
            ),
            members=(
                None
                if (_v := _get("members")) is None
                else [
                    _serde.parse_uuid(_i0, "GetLimitsResponse.members")
                    for _i0 in _serde.as_list(_v, "GetLimitsResponse.members")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.max is not None:
            _result["max"] = self.max
        if self.owner is not None:
            _result["owner"] = self.owner
        if self.members is not None:
            _result["members"] = self.members
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(
            path + ".max",
            self.max,
            required=False,
            minimum=-9223372036854775808,
            maximum=9223372036854775807,
        )
        _validation.check_str(path + ".owner", self.owner, required=False, fmt="uuid")
        _validation.check_list(path + ".members", self.members, required=False)
        for _n0_3, _i0_3 in enumerate(self.members or ()):
            _validation.check_str(
                path + ".members" + f"[{_n0_3}]", _i0_3, required=False, fmt="uuid"
            )
