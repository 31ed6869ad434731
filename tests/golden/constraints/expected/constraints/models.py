"""Models and enums of Constraint Service.

Models are dataclasses; ``from_dict`` reads the JSON the service sends (unknown fields
are ignored, missing optional ones are ``None``) and ``to_dict`` writes it back with
the service's JSON names (requests leave out read-only fields: ``exclude_readonly``).
An enum value the spec does not list is kept as it came (a plain string or integer).
"""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import enum as _enum
import typing as _t

from . import _serde, _validation

__all__ = [
    "GetLimitsResponse",
]


@_dc.dataclass(slots=True, kw_only=True)
class GetLimitsResponse:
    """GetLimitsResponse.

    :ivar max:
    :vartype max: int
    """

    max: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> GetLimitsResponse:
        """Build from the JSON object the service sends."""
        _get = (data if type(data) is dict else _serde.not_object(data, "GetLimitsResponse")).get
        return cls(
            max=(
                None
                if (_v := _get("max")) is None
                else _serde.parse_int64(_v, "GetLimitsResponse.max")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.max is not None:
            _result["max"] = _serde.format_int64(self.max)
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
