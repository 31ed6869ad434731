"""Models of Fleet Tracker (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Vehicle",
]


@_dc.dataclass(slots=True, kw_only=True)
class Vehicle:
    """Vehicle.

    :ivar id:
    :vartype id: str
    :ivar seats:
    :vartype seats: int
    """

    id: str
    seats: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Vehicle:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Vehicle")).get
        return cls(
            id=(
                _serde.missing("Vehicle.id")
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Vehicle.id", "a string")
            ),
            seats=(
                None
                if (_v := _get("seats")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "Vehicle.seats")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        if self.seats is not None:
            _result["seats"] = self.seats
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".id", self.id, required=True)
        _validation.check_number(path + ".seats", self.seats, required=False)
