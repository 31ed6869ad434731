"""Models of Array Service (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Item",
]


@_dc.dataclass(slots=True, kw_only=True)
class Item:
    """Item.

    :ivar names:
    :vartype names: list[str]
    :ivar matrix:
    :vartype matrix: list[list[int]]
    :ivar labels:
    :vartype labels: dict[str, str]
    :ivar times:
    :vartype times: dict[str, _dt.datetime]
    :ivar extra:
    :vartype extra: dict[str, _t.Any]
    :ivar anything:
    :vartype anything: _t.Any
    :ivar maybe_names:
    :vartype maybe_names: list[str | None]
    :ivar maybe_times:
    :vartype maybe_times: dict[str, _dt.datetime | None]
    :ivar maybe_items:
    :vartype maybe_items: list[Item | None]
    """

    names: list[str] | None = None
    matrix: list[list[int]] | None = None
    labels: dict[str, str] | None = None
    times: dict[str, _dt.datetime] | None = None
    extra: dict[str, _t.Any] | None = None
    anything: _t.Any | None = None
    maybe_names: list[str | None] | None = None
    maybe_times: dict[str, _dt.datetime | None] | None = None
    maybe_items: list[Item | None] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Item:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Item")).get
        return cls(
            names=(
                None
                if (_v := _get("names")) is None
                else [
                    _i0 if type(_i0) is str else _serde.wrong_type(_i0, "Item.names", "a string")
                    for _i0 in _serde.as_list(_v, "Item.names")
                ]
            ),
            matrix=(
                None
                if (_v := _get("matrix")) is None
                else [
                    [
                        _i1 if type(_i1) is int else _serde.as_int(_i1, "Item.matrix")
                        for _i1 in _serde.as_list(_i0, "Item.matrix")
                    ]
                    for _i0 in _serde.as_list(_v, "Item.matrix")
                ]
            ),
            labels=(
                None
                if (_v := _get("labels")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "Item.labels", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "Item.labels").items()
                }
            ),
            times=(
                None
                if (_v := _get("times")) is None
                else {
                    _k0: _serde.parse_datetime(_v0, "Item.times")
                    for _k0, _v0 in _serde.as_dict(_v, "Item.times").items()
                }
            ),
            extra=(
                None
                if (_v := _get("extra")) is None
                else {_k0: _v0 for _k0, _v0 in _serde.as_dict(_v, "Item.extra").items()}
            ),
            anything=(None if (_v := _get("anything")) is None else _v),
            maybe_names=(
                None
                if (_v := _get("maybeNames")) is None
                else [
                    (
                        None
                        if _i0 is None
                        else (
                            _i0
                            if type(_i0) is str
                            else _serde.wrong_type(_i0, "Item.maybeNames", "a string")
                        )
                    )
                    for _i0 in _serde.as_list(_v, "Item.maybeNames")
                ]
            ),
            maybe_times=(
                None
                if (_v := _get("maybeTimes")) is None
                else {
                    _k0: None if _v0 is None else _serde.parse_datetime(_v0, "Item.maybeTimes")
                    for _k0, _v0 in _serde.as_dict(_v, "Item.maybeTimes").items()
                }
            ),
            maybe_items=(
                None
                if (_v := _get("maybeItems")) is None
                else [
                    None if _i0 is None else Item.from_dict(_i0)
                    for _i0 in _serde.as_list(_v, "Item.maybeItems")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.names is not None:
            _result["names"] = self.names
        if self.matrix is not None:
            _result["matrix"] = [_i0 for _i0 in self.matrix]
        if self.labels is not None:
            _result["labels"] = self.labels
        if self.times is not None:
            _result["times"] = {_k0: _serde.format_datetime(_v0) for _k0, _v0 in self.times.items()}
        if self.extra is not None:
            _result["extra"] = self.extra
        if self.anything is not None:
            _result["anything"] = self.anything
        if self.maybe_names is not None:
            _result["maybeNames"] = self.maybe_names
        if self.maybe_times is not None:
            _result["maybeTimes"] = {
                _k0: None if _v0 is None else _serde.format_datetime(_v0)
                for _k0, _v0 in self.maybe_times.items()
            }
        if self.maybe_items is not None:
            _result["maybeItems"] = [
                None if _i0 is None else _i0.to_dict(exclude_readonly=exclude_readonly)
                for _i0 in self.maybe_items
            ]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(path + ".names", self.names, required=False)
        for _n0_1, _i0_1 in enumerate(self.names or ()):
            _validation.check_str(path + ".names" + f"[{_n0_1}]", _i0_1, required=False)
        _validation.check_list(path + ".matrix", self.matrix, required=False)
        for _n0_2, _i0_2 in enumerate(self.matrix or ()):
            _validation.check_list(path + ".matrix" + f"[{_n0_2}]", _i0_2, required=False)
            for _n1_2, _i1_2 in enumerate(_i0_2 or ()):
                _validation.check_number(
                    path + ".matrix" + f"[{_n0_2}]" + f"[{_n1_2}]", _i1_2, required=False
                )
        _validation.check_dict(path + ".labels", self.labels, required=False)
        for _n0_3, _i0_3 in (self.labels or {}).items():
            _validation.check_str(path + ".labels" + f"[{_n0_3!r}]", _i0_3, required=False)
        _validation.check_dict(path + ".times", self.times, required=False)
        for _n0_4, _i0_4 in (self.times or {}).items():
            _validation.check_datetime(path + ".times" + f"[{_n0_4!r}]", _i0_4, required=True)
        _validation.check_dict(path + ".extra", self.extra, required=False)
        _validation.check_present(path + ".anything", self.anything, required=False)
        _validation.check_list(path + ".maybe_names", self.maybe_names, required=False)
        for _n0_7, _i0_7 in enumerate(self.maybe_names or ()):
            _validation.check_str(path + ".maybe_names" + f"[{_n0_7}]", _i0_7, required=False)
        _validation.check_dict(path + ".maybe_times", self.maybe_times, required=False)
        for _n0_8, _i0_8 in (self.maybe_times or {}).items():
            _validation.check_datetime(
                path + ".maybe_times" + f"[{_n0_8!r}]", _i0_8, required=False
            )
        _validation.check_list(path + ".maybe_items", self.maybe_items, required=False)
        for _n0_9, _i0_9 in enumerate(self.maybe_items or ()):
            _validation.check_model(
                path + ".maybe_items" + f"[{_n0_9}]", _i0_9, required=False, model=Item
            )
