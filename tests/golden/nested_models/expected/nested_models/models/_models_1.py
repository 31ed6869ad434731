"""Models of Nested (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Resource",
    "Tree",
    "Node",
    "TreeOwner",
    "ErrorResponse",
    "ErrorResponseError",
]


@_dc.dataclass(slots=True, kw_only=True)
class Resource:
    """A base resource.

    :ivar id: Resource id. Read-only: set by the service.
    :vartype id: str
    :ivar type:  Read-only: set by the service.
    :vartype type: str
    """

    id: str | None = None
    type: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Resource:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Resource")).get
        return cls(
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Resource.id", "a string")
            ),
            type=(
                None
                if (_v := _get("type")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Resource.type", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.type is not None and not exclude_readonly:
            _result["type"] = self.type
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        return None


@_dc.dataclass(slots=True, kw_only=True)
class Tree(Resource):
    """A tree, which is a resource.

    :ivar root: A recursive node.
    :vartype root: Node
    :ivar id: Resource id. Read-only: set by the service.
    :vartype id: str
    :ivar type:  Read-only: set by the service.
    :vartype type: str
    :ivar owner: An inline model.
    :vartype owner: TreeOwner
    :ivar planted:
    :vartype planted: _dt.date
    """

    root: Node
    owner: TreeOwner | None = None
    planted: _dt.date | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Tree:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Tree")).get
        return cls(
            root=(
                _serde.missing("Tree.root") if (_v := _get("root")) is None else Node.from_dict(_v)
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Tree.id", "a string")
            ),
            type=(
                None
                if (_v := _get("type")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Tree.type", "a string")
            ),
            owner=(None if (_v := _get("owner")) is None else TreeOwner.from_dict(_v)),
            planted=(
                None if (_v := _get("planted")) is None else _serde.parse_date(_v, "Tree.planted")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["root"] = self.root.to_dict(exclude_readonly=exclude_readonly)
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.type is not None and not exclude_readonly:
            _result["type"] = self.type
        if self.owner is not None:
            _result["owner"] = self.owner.to_dict(exclude_readonly=exclude_readonly)
        if self.planted is not None:
            _result["planted"] = _serde.format_date(self.planted)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_model(path + ".root", self.root, required=True, model=Node)
        _validation.check_model(path + ".owner", self.owner, required=False, model=TreeOwner)
        _validation.check_date(path + ".planted", self.planted, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Node:
    """A recursive node.

    :ivar value:
    :vartype value: int
    :ivar weight:
    :vartype weight: float
    :ivar leaf:
    :vartype leaf: bool
    :ivar children:
    :vartype children: list[Node]
    """

    value: int
    weight: float | None = None
    leaf: bool | None = None
    children: list[Node] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Node:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Node")).get
        return cls(
            value=(
                _serde.missing("Node.value")
                if (_v := _get("value")) is None
                else _serde.parse_int32(_v, "Node.value")
            ),
            weight=(
                None
                if (_v := _get("weight")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Node.weight")
            ),
            leaf=(
                None
                if (_v := _get("leaf")) is None
                else _v if type(_v) is bool else _serde.wrong_type(_v, "Node.leaf", "true or false")
            ),
            children=(
                None
                if (_v := _get("children")) is None
                else [Node.from_dict(_i0) for _i0 in _serde.as_list(_v, "Node.children")]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["value"] = self.value
        if self.weight is not None:
            _result["weight"] = self.weight
        if self.leaf is not None:
            _result["leaf"] = self.leaf
        if self.children is not None:
            _result["children"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.children
            ]
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(
            path + ".value", self.value, required=True, minimum=-2147483648, maximum=2147483647
        )
        _validation.check_number(path + ".weight", self.weight, required=False)
        _validation.check_bool(path + ".leaf", self.leaf, required=False)
        _validation.check_list(path + ".children", self.children, required=False)
        for _n0_4, _i0_4 in enumerate(self.children or ()):
            _validation.check_model(
                path + ".children" + f"[{_n0_4}]", _i0_4, required=True, model=Node
            )


@_dc.dataclass(slots=True, kw_only=True, repr=False)
class TreeOwner:
    """An inline model.

    :ivar name:
    :vartype name: str
    :ivar secret:  Secret: never shown by ``repr``.
    :vartype secret: str
    """

    name: str | None = None
    secret: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> TreeOwner:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "TreeOwner")).get
        return cls(
            name=(
                None
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "TreeOwner.name", "a string")
            ),
            secret=(
                None
                if (_v := _get("secret")) is None
                else (
                    _v if type(_v) is str else _serde.wrong_type(_v, "TreeOwner.secret", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.name is not None:
            _result["name"] = self.name
        if self.secret is not None:
            _result["secret"] = self.secret
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=False)
        _validation.check_secret(
            _validation.check_str, path + ".secret", self.secret, required=False
        )

    def __repr__(self) -> str:
        _fields = [
            "name=" + repr(self.name),
            "secret=" + ("None" if self.secret is None else "'***'"),
        ]
        return "TreeOwner(" + ", ".join(_fields) + ")"


@_dc.dataclass(slots=True, kw_only=True)
class ErrorResponse:
    """ErrorResponse.

    :ivar error:
    :vartype error: ErrorResponseError
    """

    error: ErrorResponseError | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ErrorResponse:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ErrorResponse")).get
        return cls(
            error=(None if (_v := _get("error")) is None else ErrorResponseError.from_dict(_v)),
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
            path + ".error", self.error, required=False, model=ErrorResponseError
        )


@_dc.dataclass(slots=True, kw_only=True)
class ErrorResponseError:
    """ErrorResponseError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ErrorResponseError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ErrorResponseError")).get
        return cls(
            code=(
                None
                if (_v := _get("code")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ErrorResponseError.code", "a string")
                )
            ),
            message=(
                None
                if (_v := _get("message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ErrorResponseError.message", "a string")
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
