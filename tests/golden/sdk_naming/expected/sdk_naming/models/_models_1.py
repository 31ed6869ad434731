"""Models of Desktop Virtualization Lite (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _serde, _validation
from ._enums_1 import (
    DayOfWeek,
    LoadBalancerType,
    ResourceIdentityType,
    ResourceModelWithAllowedPropertySetTier,
    ScalingHostPoolType,
    ScalingPlanPropertiesPriority,
    SessionHandlingOperation,
    _DayOfWeek_MEMBERS,
    _LoadBalancerType_MEMBERS,
    _ResourceIdentityType_MEMBERS,
    _ResourceModelWithAllowedPropertySetTier_MEMBERS,
    _ScalingHostPoolType_MEMBERS,
    _ScalingPlanPropertiesPriority_MEMBERS,
    _SessionHandlingOperation_MEMBERS,
)

__all__ = [
    "TrackedResource",
    "ResourceModelWithAllowedPropertySet",
    "Workspace",
    "Identity",
    "ResourceModelWithAllowedPropertySetIdentity",
    "Sku",
    "ResourceModelWithAllowedPropertySetSku",
    "HostPool",
    "HostPoolAgentUpdate",
    "HostPoolAgentUpdateMaintenanceWindowsItem",
    "ScalingPlan",
    "ScalingPlanProperties",
    "ScalingSchedule",
    "ScalingPlanPatch",
]


@_dc.dataclass(slots=True, kw_only=True)
class TrackedResource:
    """A tracked resource.

    :ivar location: The geo-location.
    :vartype location: str
    :ivar id: The resource id. Read-only: set by the service.
    :vartype id: str
    :ivar tags: Resource tags.
    :vartype tags: dict[str, str]
    """

    location: str
    id: str | None = None
    tags: dict[str, str] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> TrackedResource:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "TrackedResource")).get
        return cls(
            location=(
                _serde.missing("TrackedResource.location")
                if (_v := _get("location")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "TrackedResource.location", "a string")
                )
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "TrackedResource.id", "a string")
                )
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "TrackedResource.tags", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "TrackedResource.tags").items()
                }
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["location"] = self.location
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.tags is not None:
            _result["tags"] = self.tags
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".location", self.location, required=True)
        _validation.check_dict(path + ".tags", self.tags, required=False)
        for _n0_2, _i0_2 in (self.tags or {}).items():
            _validation.check_str(path + ".tags" + f"[{_n0_2!r}]", _i0_2, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ResourceModelWithAllowedPropertySet(TrackedResource):
    """The full set of allowed top-level properties.

    :ivar location: The geo-location.
    :vartype location: str
    :ivar id: The resource id. Read-only: set by the service.
    :vartype id: str
    :ivar tags: Resource tags.
    :vartype tags: dict[str, str]
    :ivar kind: The kind.
    :vartype kind: str
    :ivar identity:
    :vartype identity: ResourceModelWithAllowedPropertySetIdentity
    :ivar sku:
    :vartype sku: ResourceModelWithAllowedPropertySetSku
    :ivar tier: An inline enum without an x-ms-enum name.
    :vartype tier: ResourceModelWithAllowedPropertySetTier | str
    """

    kind: str | None = None
    identity: ResourceModelWithAllowedPropertySetIdentity | None = None
    sku: ResourceModelWithAllowedPropertySetSku | None = None
    tier: ResourceModelWithAllowedPropertySetTier | str | None = None

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> ResourceModelWithAllowedPropertySet:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data
            if type(data) is dict
            else _serde.not_object(data, "ResourceModelWithAllowedPropertySet")
        ).get
        return cls(
            location=(
                _serde.missing("ResourceModelWithAllowedPropertySet.location")
                if (_v := _get("location")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(
                        _v, "ResourceModelWithAllowedPropertySet.location", "a string"
                    )
                )
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ResourceModelWithAllowedPropertySet.id", "a string")
                )
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(
                            _v0, "ResourceModelWithAllowedPropertySet.tags", "a string"
                        )
                    )
                    for _k0, _v0 in _serde.as_dict(
                        _v, "ResourceModelWithAllowedPropertySet.tags"
                    ).items()
                }
            ),
            kind=(
                None
                if (_v := _get("kind")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(
                        _v, "ResourceModelWithAllowedPropertySet.kind", "a string"
                    )
                )
            ),
            identity=(
                None
                if (_v := _get("identity")) is None
                else ResourceModelWithAllowedPropertySetIdentity.from_dict(_v)
            ),
            sku=(
                None
                if (_v := _get("sku")) is None
                else ResourceModelWithAllowedPropertySetSku.from_dict(_v)
            ),
            tier=(
                None
                if (_v := _get("tier")) is None
                else (
                    _ResourceModelWithAllowedPropertySetTier_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        ResourceModelWithAllowedPropertySetTier,
                        _v,
                        "ResourceModelWithAllowedPropertySet.tier",
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["location"] = self.location
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.kind is not None:
            _result["kind"] = self.kind
        if self.identity is not None:
            _result["identity"] = self.identity.to_dict(exclude_readonly=exclude_readonly)
        if self.sku is not None:
            _result["sku"] = self.sku.to_dict(exclude_readonly=exclude_readonly)
        if self.tier is not None:
            _result["tier"] = self.tier
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".location", self.location, required=True)
        _validation.check_dict(path + ".tags", self.tags, required=False)
        for _n0_2, _i0_2 in (self.tags or {}).items():
            _validation.check_str(path + ".tags" + f"[{_n0_2!r}]", _i0_2, required=False)
        _validation.check_str(path + ".kind", self.kind, required=False)
        _validation.check_model(
            path + ".identity",
            self.identity,
            required=False,
            model=ResourceModelWithAllowedPropertySetIdentity,
        )
        _validation.check_model(
            path + ".sku", self.sku, required=False, model=ResourceModelWithAllowedPropertySetSku
        )
        _validation.check_enum(path + ".tier", self.tier, required=False, allowed=("Free", "Paid"))


@_dc.dataclass(slots=True, kw_only=True)
class Workspace(ResourceModelWithAllowedPropertySet):
    """A workspace.

    :ivar location: The geo-location.
    :vartype location: str
    :ivar id: The resource id. Read-only: set by the service.
    :vartype id: str
    :ivar tags: Resource tags.
    :vartype tags: dict[str, str]
    :ivar kind: The kind.
    :vartype kind: str
    :ivar identity:
    :vartype identity: ResourceModelWithAllowedPropertySetIdentity
    :ivar sku:
    :vartype sku: ResourceModelWithAllowedPropertySetSku
    :ivar tier: An inline enum without an x-ms-enum name.
    :vartype tier: ResourceModelWithAllowedPropertySetTier | str
    :ivar friendly_name: The friendly name.
    :vartype friendly_name: str
    """

    friendly_name: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Workspace:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Workspace")).get
        return cls(
            location=(
                _serde.missing("Workspace.location")
                if (_v := _get("location")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "Workspace.location", "a string")
                )
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Workspace.id", "a string")
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "Workspace.tags", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "Workspace.tags").items()
                }
            ),
            kind=(
                None
                if (_v := _get("kind")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Workspace.kind", "a string")
            ),
            identity=(
                None
                if (_v := _get("identity")) is None
                else ResourceModelWithAllowedPropertySetIdentity.from_dict(_v)
            ),
            sku=(
                None
                if (_v := _get("sku")) is None
                else ResourceModelWithAllowedPropertySetSku.from_dict(_v)
            ),
            tier=(
                None
                if (_v := _get("tier")) is None
                else (
                    _ResourceModelWithAllowedPropertySetTier_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        ResourceModelWithAllowedPropertySetTier, _v, "Workspace.tier"
                    )
                )
            ),
            friendly_name=(
                None
                if (_v := _get("friendlyName")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "Workspace.friendlyName", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["location"] = self.location
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.kind is not None:
            _result["kind"] = self.kind
        if self.identity is not None:
            _result["identity"] = self.identity.to_dict(exclude_readonly=exclude_readonly)
        if self.sku is not None:
            _result["sku"] = self.sku.to_dict(exclude_readonly=exclude_readonly)
        if self.tier is not None:
            _result["tier"] = self.tier
        if self.friendly_name is not None:
            _result["friendlyName"] = self.friendly_name
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".location", self.location, required=True)
        _validation.check_dict(path + ".tags", self.tags, required=False)
        for _n0_2, _i0_2 in (self.tags or {}).items():
            _validation.check_str(path + ".tags" + f"[{_n0_2!r}]", _i0_2, required=False)
        _validation.check_str(path + ".kind", self.kind, required=False)
        _validation.check_model(
            path + ".identity",
            self.identity,
            required=False,
            model=ResourceModelWithAllowedPropertySetIdentity,
        )
        _validation.check_model(
            path + ".sku", self.sku, required=False, model=ResourceModelWithAllowedPropertySetSku
        )
        _validation.check_enum(path + ".tier", self.tier, required=False, allowed=("Free", "Paid"))
        _validation.check_str(path + ".friendly_name", self.friendly_name, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Identity:
    """Identity for the resource.

    :ivar principal_id: The principal id. Read-only: set by the service.
    :vartype principal_id: str
    :ivar type:
    :vartype type: ResourceIdentityType | str
    """

    principal_id: str | None = None
    type: ResourceIdentityType | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Identity:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Identity")).get
        return cls(
            principal_id=(
                None
                if (_v := _get("principalId")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "Identity.principalId", "a string")
                )
            ),
            type=(
                None
                if (_v := _get("type")) is None
                else (
                    _ResourceIdentityType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(ResourceIdentityType, _v, "Identity.type")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.principal_id is not None and not exclude_readonly:
            _result["principalId"] = self.principal_id
        if self.type is not None:
            _result["type"] = self.type
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_enum(
            path + ".type", self.type, required=False, allowed=("SystemAssigned",)
        )


@_dc.dataclass(slots=True, kw_only=True)
class ResourceModelWithAllowedPropertySetIdentity(Identity):
    """ResourceModelWithAllowedPropertySetIdentity.

    :ivar principal_id: The principal id. Read-only: set by the service.
    :vartype principal_id: str
    :ivar type:
    :vartype type: ResourceIdentityType | str
    """

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> ResourceModelWithAllowedPropertySetIdentity:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data
            if type(data) is dict
            else _serde.not_object(data, "ResourceModelWithAllowedPropertySetIdentity")
        ).get
        return cls(
            principal_id=(
                None
                if (_v := _get("principalId")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(
                        _v, "ResourceModelWithAllowedPropertySetIdentity.principalId", "a string"
                    )
                )
            ),
            type=(
                None
                if (_v := _get("type")) is None
                else (
                    _ResourceIdentityType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        ResourceIdentityType, _v, "ResourceModelWithAllowedPropertySetIdentity.type"
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.principal_id is not None and not exclude_readonly:
            _result["principalId"] = self.principal_id
        if self.type is not None:
            _result["type"] = self.type
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_enum(
            path + ".type", self.type, required=False, allowed=("SystemAssigned",)
        )


@_dc.dataclass(slots=True, kw_only=True)
class Sku:
    """The SKU.

    :ivar name: The SKU name.
    :vartype name: str
    """

    name: str

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Sku:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Sku")).get
        return cls(
            name=(
                _serde.missing("Sku.name")
                if (_v := _get("name")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Sku.name", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class ResourceModelWithAllowedPropertySetSku(Sku):
    """ResourceModelWithAllowedPropertySetSku.

    :ivar name: The SKU name.
    :vartype name: str
    """

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> ResourceModelWithAllowedPropertySetSku:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data
            if type(data) is dict
            else _serde.not_object(data, "ResourceModelWithAllowedPropertySetSku")
        ).get
        return cls(
            name=(
                _serde.missing("ResourceModelWithAllowedPropertySetSku.name")
                if (_v := _get("name")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(
                        _v, "ResourceModelWithAllowedPropertySetSku.name", "a string"
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["name"] = self.name
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=True)


@_dc.dataclass(slots=True, kw_only=True)
class HostPool(ResourceModelWithAllowedPropertySet):
    """A host pool.

    :ivar location: The geo-location.
    :vartype location: str
    :ivar id: The resource id. Read-only: set by the service.
    :vartype id: str
    :ivar tags: Resource tags.
    :vartype tags: dict[str, str]
    :ivar kind: The kind.
    :vartype kind: str
    :ivar identity:
    :vartype identity: ResourceModelWithAllowedPropertySetIdentity
    :ivar sku:
    :vartype sku: ResourceModelWithAllowedPropertySetSku
    :ivar tier: An inline enum without an x-ms-enum name.
    :vartype tier: ResourceModelWithAllowedPropertySetTier | str
    :ivar load_balancer_type: The load balancer.
    :vartype load_balancer_type: LoadBalancerType | str
    :ivar agent_update: The agent update schedule.
    :vartype agent_update: HostPoolAgentUpdate
    """

    load_balancer_type: LoadBalancerType | str | None = None
    agent_update: HostPoolAgentUpdate | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> HostPool:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "HostPool")).get
        return cls(
            location=(
                _serde.missing("HostPool.location")
                if (_v := _get("location")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "HostPool.location", "a string")
                )
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "HostPool.id", "a string")
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "HostPool.tags", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "HostPool.tags").items()
                }
            ),
            kind=(
                None
                if (_v := _get("kind")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "HostPool.kind", "a string")
            ),
            identity=(
                None
                if (_v := _get("identity")) is None
                else ResourceModelWithAllowedPropertySetIdentity.from_dict(_v)
            ),
            sku=(
                None
                if (_v := _get("sku")) is None
                else ResourceModelWithAllowedPropertySetSku.from_dict(_v)
            ),
            tier=(
                None
                if (_v := _get("tier")) is None
                else (
                    _ResourceModelWithAllowedPropertySetTier_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        ResourceModelWithAllowedPropertySetTier, _v, "HostPool.tier"
                    )
                )
            ),
            load_balancer_type=(
                None
                if (_v := _get("loadBalancerType")) is None
                else (
                    _LoadBalancerType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(LoadBalancerType, _v, "HostPool.loadBalancerType")
                )
            ),
            agent_update=(
                None if (_v := _get("agentUpdate")) is None else HostPoolAgentUpdate.from_dict(_v)
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["location"] = self.location
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.kind is not None:
            _result["kind"] = self.kind
        if self.identity is not None:
            _result["identity"] = self.identity.to_dict(exclude_readonly=exclude_readonly)
        if self.sku is not None:
            _result["sku"] = self.sku.to_dict(exclude_readonly=exclude_readonly)
        if self.tier is not None:
            _result["tier"] = self.tier
        if self.load_balancer_type is not None:
            _result["loadBalancerType"] = self.load_balancer_type
        if self.agent_update is not None:
            _result["agentUpdate"] = self.agent_update.to_dict(exclude_readonly=exclude_readonly)
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".location", self.location, required=True)
        _validation.check_dict(path + ".tags", self.tags, required=False)
        for _n0_2, _i0_2 in (self.tags or {}).items():
            _validation.check_str(path + ".tags" + f"[{_n0_2!r}]", _i0_2, required=False)
        _validation.check_str(path + ".kind", self.kind, required=False)
        _validation.check_model(
            path + ".identity",
            self.identity,
            required=False,
            model=ResourceModelWithAllowedPropertySetIdentity,
        )
        _validation.check_model(
            path + ".sku", self.sku, required=False, model=ResourceModelWithAllowedPropertySetSku
        )
        _validation.check_enum(path + ".tier", self.tier, required=False, allowed=("Free", "Paid"))
        _validation.check_enum(
            path + ".load_balancer_type", self.load_balancer_type, required=False
        )
        _validation.check_model(
            path + ".agent_update", self.agent_update, required=False, model=HostPoolAgentUpdate
        )


@_dc.dataclass(slots=True, kw_only=True)
class HostPoolAgentUpdate:
    """The agent update schedule.

    :ivar maintenance_windows:
    :vartype maintenance_windows: list[HostPoolAgentUpdateMaintenanceWindowsItem]
    :ivar session_handling: What happens to sessions on an update.
    :vartype session_handling: SessionHandlingOperation | str
    """

    maintenance_windows: list[HostPoolAgentUpdateMaintenanceWindowsItem] | None = None
    session_handling: SessionHandlingOperation | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> HostPoolAgentUpdate:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "HostPoolAgentUpdate")).get
        return cls(
            maintenance_windows=(
                None
                if (_v := _get("maintenanceWindows")) is None
                else [
                    HostPoolAgentUpdateMaintenanceWindowsItem.from_dict(_i0)
                    for _i0 in _serde.as_list(_v, "HostPoolAgentUpdate.maintenanceWindows")
                ]
            ),
            session_handling=(
                None
                if (_v := _get("sessionHandling")) is None
                else (
                    _SessionHandlingOperation_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        SessionHandlingOperation, _v, "HostPoolAgentUpdate.sessionHandling"
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.maintenance_windows is not None:
            _result["maintenanceWindows"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.maintenance_windows
            ]
        if self.session_handling is not None:
            _result["sessionHandling"] = self.session_handling
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_list(
            path + ".maintenance_windows", self.maintenance_windows, required=False
        )
        for _n0_1, _i0_1 in enumerate(self.maintenance_windows or ()):
            _validation.check_model(
                path + ".maintenance_windows" + f"[{_n0_1}]",
                _i0_1,
                required=True,
                model=HostPoolAgentUpdateMaintenanceWindowsItem,
            )
        _validation.check_enum(path + ".session_handling", self.session_handling, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class HostPoolAgentUpdateMaintenanceWindowsItem:
    """HostPoolAgentUpdateMaintenanceWindowsItem.

    :ivar day_of_week: The day of the maintenance window.
    :vartype day_of_week: DayOfWeek | str
    """

    day_of_week: DayOfWeek | str | None = None

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> HostPoolAgentUpdateMaintenanceWindowsItem:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data
            if type(data) is dict
            else _serde.not_object(data, "HostPoolAgentUpdateMaintenanceWindowsItem")
        ).get
        return cls(
            day_of_week=(
                None
                if (_v := _get("dayOfWeek")) is None
                else (
                    _DayOfWeek_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        DayOfWeek, _v, "HostPoolAgentUpdateMaintenanceWindowsItem.dayOfWeek"
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.day_of_week is not None:
            _result["dayOfWeek"] = self.day_of_week
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_enum(path + ".day_of_week", self.day_of_week, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ScalingPlan(TrackedResource):
    """A scaling plan.

    :ivar location: The geo-location.
    :vartype location: str
    :ivar time_zone: The time zone. Default: ``'UTC'``.
    :vartype time_zone: str
    :ivar id: The resource id. Read-only: set by the service.
    :vartype id: str
    :ivar tags: Resource tags.
    :vartype tags: dict[str, str]
    :ivar host_pool_type: The host pool type. Default: ``ScalingHostPoolType.POOLED``.
    :vartype host_pool_type: ScalingHostPoolType | str
    :ivar exclusion_tag: A tag. Default: ``''``.
    :vartype exclusion_tag: str
    :ivar ramp_up_capacity_threshold_pct: A threshold. Default: ``90``.
    :vartype ramp_up_capacity_threshold_pct: int
    :ivar ratio: A ratio. Default: ``1.0``.
    :vartype ratio: float
    :ivar enabled: Whether it is on. Default: ``True``.
    :vartype enabled: bool
    :ivar note: A nullable note.
    :vartype note: str
    :ivar priority: An integer enum with a default. Default: ``ScalingPlanPropertiesPriority.V_2``.
    :vartype priority: ScalingPlanPropertiesPriority | int
    :ivar schedules: The schedules.
    :vartype schedules: list[ScalingSchedule]
    :ivar off_peak_action: What happens off peak.
    :vartype off_peak_action: SessionHandlingOperation | str
    """

    time_zone: str = "UTC"
    host_pool_type: ScalingHostPoolType | str | None = ScalingHostPoolType.POOLED
    exclusion_tag: str | None = ""
    ramp_up_capacity_threshold_pct: int | None = 90
    ratio: float | None = 1.0
    enabled: bool | None = True
    note: str | None = None
    priority: ScalingPlanPropertiesPriority | int | None = ScalingPlanPropertiesPriority.V_2
    schedules: list[ScalingSchedule] | None = None
    off_peak_action: SessionHandlingOperation | str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ScalingPlan:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ScalingPlan")).get
        return cls(
            location=(
                _serde.missing("ScalingPlan.location")
                if (_v := _get("location")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlan.location", "a string")
                )
            ),
            time_zone=(
                _serde.missing("ScalingPlan.timeZone")
                if (_v := _serde.nested(data, ("properties", "timeZone"), "ScalingPlan.timeZone"))
                is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlan.timeZone", "a string")
                )
            ),
            id=(
                None
                if (_v := _get("id")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "ScalingPlan.id", "a string")
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "ScalingPlan.tags", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "ScalingPlan.tags").items()
                }
            ),
            host_pool_type=(
                None
                if (
                    _v := _serde.nested(
                        data, ("properties", "hostPoolType"), "ScalingPlan.hostPoolType"
                    )
                )
                is None
                else (
                    _ScalingHostPoolType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(ScalingHostPoolType, _v, "ScalingPlan.hostPoolType")
                )
            ),
            exclusion_tag=(
                None
                if (
                    _v := _serde.nested(
                        data, ("properties", "exclusionTag"), "ScalingPlan.exclusionTag"
                    )
                )
                is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlan.exclusionTag", "a string")
                )
            ),
            ramp_up_capacity_threshold_pct=(
                None
                if (
                    _v := _serde.nested(
                        data,
                        ("properties", "rampUpCapacityThresholdPct"),
                        "ScalingPlan.rampUpCapacityThresholdPct",
                    )
                )
                is None
                else _serde.parse_int32(_v, "ScalingPlan.rampUpCapacityThresholdPct")
            ),
            ratio=(
                None
                if (_v := _serde.nested(data, ("properties", "ratio"), "ScalingPlan.ratio")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "ScalingPlan.ratio")
            ),
            enabled=(
                None
                if (_v := _serde.nested(data, ("properties", "enabled"), "ScalingPlan.enabled"))
                is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "ScalingPlan.enabled", "true or false")
                )
            ),
            note=(
                None
                if (_v := _serde.nested(data, ("properties", "note"), "ScalingPlan.note")) is None
                else (
                    _v if type(_v) is str else _serde.wrong_type(_v, "ScalingPlan.note", "a string")
                )
            ),
            priority=(
                None
                if (_v := _serde.nested(data, ("properties", "priority"), "ScalingPlan.priority"))
                is None
                else (
                    _ScalingPlanPropertiesPriority_MEMBERS.get(_v, _v)
                    if type(_v) is int
                    else _serde.as_enum(ScalingPlanPropertiesPriority, _v, "ScalingPlan.priority")
                )
            ),
            schedules=(
                None
                if (_v := _serde.nested(data, ("properties", "schedules"), "ScalingPlan.schedules"))
                is None
                else [
                    ScalingSchedule.from_dict(_i0)
                    for _i0 in _serde.as_list(_v, "ScalingPlan.schedules")
                ]
            ),
            off_peak_action=(
                None
                if (
                    _v := _serde.nested(
                        data, ("properties", "offPeakAction"), "ScalingPlan.offPeakAction"
                    )
                )
                is None
                else (
                    _SessionHandlingOperation_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(SessionHandlingOperation, _v, "ScalingPlan.offPeakAction")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["location"] = self.location
        _result.setdefault("properties", {})["timeZone"] = self.time_zone
        if self.id is not None and not exclude_readonly:
            _result["id"] = self.id
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.host_pool_type is not None:
            _result.setdefault("properties", {})["hostPoolType"] = self.host_pool_type
        if self.exclusion_tag is not None:
            _result.setdefault("properties", {})["exclusionTag"] = self.exclusion_tag
        if self.ramp_up_capacity_threshold_pct is not None:
            _result.setdefault("properties", {})[
                "rampUpCapacityThresholdPct"
            ] = self.ramp_up_capacity_threshold_pct
        if self.ratio is not None:
            _result.setdefault("properties", {})["ratio"] = self.ratio
        if self.enabled is not None:
            _result.setdefault("properties", {})["enabled"] = self.enabled
        if self.note is not None:
            _result.setdefault("properties", {})["note"] = self.note
        if self.priority is not None:
            _result.setdefault("properties", {})["priority"] = self.priority
        if self.schedules is not None:
            _result.setdefault("properties", {})["schedules"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.schedules
            ]
        if self.off_peak_action is not None:
            _result.setdefault("properties", {})["offPeakAction"] = self.off_peak_action
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".location", self.location, required=True)
        _validation.check_str(path + ".time_zone", self.time_zone, required=True)
        _validation.check_dict(path + ".tags", self.tags, required=False)
        for _n0_3, _i0_3 in (self.tags or {}).items():
            _validation.check_str(path + ".tags" + f"[{_n0_3!r}]", _i0_3, required=False)
        _validation.check_enum(path + ".host_pool_type", self.host_pool_type, required=False)
        _validation.check_str(
            path + ".exclusion_tag", self.exclusion_tag, required=False, max_length=10
        )
        _validation.check_number(
            path + ".ramp_up_capacity_threshold_pct",
            self.ramp_up_capacity_threshold_pct,
            required=False,
            minimum=1,
            maximum=100,
        )
        _validation.check_number(path + ".ratio", self.ratio, required=False)
        _validation.check_bool(path + ".enabled", self.enabled, required=False)
        _validation.check_str(path + ".note", self.note, required=False)
        _validation.check_enum(path + ".priority", self.priority, required=False, allowed=(1, 2, 3))
        _validation.check_list(path + ".schedules", self.schedules, required=False)
        for _n0_11, _i0_11 in enumerate(self.schedules or ()):
            _validation.check_model(
                path + ".schedules" + f"[{_n0_11}]", _i0_11, required=True, model=ScalingSchedule
            )
        _validation.check_enum(path + ".off_peak_action", self.off_peak_action, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ScalingPlanProperties:
    """The scaling plan's properties.

    :ivar time_zone: The time zone. Default: ``'UTC'``.
    :vartype time_zone: str
    :ivar host_pool_type: The host pool type. Default: ``ScalingHostPoolType.POOLED``.
    :vartype host_pool_type: ScalingHostPoolType | str
    :ivar exclusion_tag: A tag. Default: ``''``.
    :vartype exclusion_tag: str
    :ivar ramp_up_capacity_threshold_pct: A threshold. Default: ``90``.
    :vartype ramp_up_capacity_threshold_pct: int
    :ivar ratio: A ratio. Default: ``1.0``.
    :vartype ratio: float
    :ivar enabled: Whether it is on. Default: ``True``.
    :vartype enabled: bool
    :ivar note: A nullable note.
    :vartype note: str
    :ivar priority: An integer enum with a default. Default: ``ScalingPlanPropertiesPriority.V_2``.
    :vartype priority: ScalingPlanPropertiesPriority | int
    :ivar schedules: The schedules.
    :vartype schedules: list[ScalingSchedule]
    :ivar off_peak_action: What happens off peak.
    :vartype off_peak_action: SessionHandlingOperation | str
    """

    time_zone: str = "UTC"
    host_pool_type: ScalingHostPoolType | str | None = ScalingHostPoolType.POOLED
    exclusion_tag: str | None = ""
    ramp_up_capacity_threshold_pct: int | None = 90
    ratio: float | None = 1.0
    enabled: bool | None = True
    note: str | None = None
    priority: ScalingPlanPropertiesPriority | int | None = ScalingPlanPropertiesPriority.V_2
    schedules: list[ScalingSchedule] | None = None
    off_peak_action: SessionHandlingOperation | str | None = None

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], strict: bool = False
    ) -> ScalingPlanProperties:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (
            data if type(data) is dict else _serde.not_object(data, "ScalingPlanProperties")
        ).get
        return cls(
            time_zone=(
                _serde.missing("ScalingPlanProperties.timeZone")
                if (_v := _get("timeZone")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlanProperties.timeZone", "a string")
                )
            ),
            host_pool_type=(
                None
                if (_v := _get("hostPoolType")) is None
                else (
                    _ScalingHostPoolType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        ScalingHostPoolType, _v, "ScalingPlanProperties.hostPoolType"
                    )
                )
            ),
            exclusion_tag=(
                None
                if (_v := _get("exclusionTag")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlanProperties.exclusionTag", "a string")
                )
            ),
            ramp_up_capacity_threshold_pct=(
                None
                if (_v := _get("rampUpCapacityThresholdPct")) is None
                else _serde.parse_int32(_v, "ScalingPlanProperties.rampUpCapacityThresholdPct")
            ),
            ratio=(
                None
                if (_v := _get("ratio")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "ScalingPlanProperties.ratio")
            ),
            enabled=(
                None
                if (_v := _get("enabled")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "ScalingPlanProperties.enabled", "true or false")
                )
            ),
            note=(
                None
                if (_v := _get("note")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlanProperties.note", "a string")
                )
            ),
            priority=(
                None
                if (_v := _get("priority")) is None
                else (
                    _ScalingPlanPropertiesPriority_MEMBERS.get(_v, _v)
                    if type(_v) is int
                    else _serde.as_enum(
                        ScalingPlanPropertiesPriority, _v, "ScalingPlanProperties.priority"
                    )
                )
            ),
            schedules=(
                None
                if (_v := _get("schedules")) is None
                else [
                    ScalingSchedule.from_dict(_i0)
                    for _i0 in _serde.as_list(_v, "ScalingPlanProperties.schedules")
                ]
            ),
            off_peak_action=(
                None
                if (_v := _get("offPeakAction")) is None
                else (
                    _SessionHandlingOperation_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(
                        SessionHandlingOperation, _v, "ScalingPlanProperties.offPeakAction"
                    )
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["timeZone"] = self.time_zone
        if self.host_pool_type is not None:
            _result["hostPoolType"] = self.host_pool_type
        if self.exclusion_tag is not None:
            _result["exclusionTag"] = self.exclusion_tag
        if self.ramp_up_capacity_threshold_pct is not None:
            _result["rampUpCapacityThresholdPct"] = self.ramp_up_capacity_threshold_pct
        if self.ratio is not None:
            _result["ratio"] = self.ratio
        if self.enabled is not None:
            _result["enabled"] = self.enabled
        if self.note is not None:
            _result["note"] = self.note
        if self.priority is not None:
            _result["priority"] = self.priority
        if self.schedules is not None:
            _result["schedules"] = [
                _i0.to_dict(exclude_readonly=exclude_readonly) for _i0 in self.schedules
            ]
        if self.off_peak_action is not None:
            _result["offPeakAction"] = self.off_peak_action
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".time_zone", self.time_zone, required=True)
        _validation.check_enum(path + ".host_pool_type", self.host_pool_type, required=False)
        _validation.check_str(
            path + ".exclusion_tag", self.exclusion_tag, required=False, max_length=10
        )
        _validation.check_number(
            path + ".ramp_up_capacity_threshold_pct",
            self.ramp_up_capacity_threshold_pct,
            required=False,
            minimum=1,
            maximum=100,
        )
        _validation.check_number(path + ".ratio", self.ratio, required=False)
        _validation.check_bool(path + ".enabled", self.enabled, required=False)
        _validation.check_str(path + ".note", self.note, required=False)
        _validation.check_enum(path + ".priority", self.priority, required=False, allowed=(1, 2, 3))
        _validation.check_list(path + ".schedules", self.schedules, required=False)
        for _n0_9, _i0_9 in enumerate(self.schedules or ()):
            _validation.check_model(
                path + ".schedules" + f"[{_n0_9}]", _i0_9, required=True, model=ScalingSchedule
            )
        _validation.check_enum(path + ".off_peak_action", self.off_peak_action, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ScalingSchedule:
    """A schedule.

    :ivar name: The name.
    :vartype name: str
    :ivar days_of_week: The days of the week.
    :vartype days_of_week: list[DayOfWeek | str]
    """

    name: str | None = None
    days_of_week: list[DayOfWeek | str] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ScalingSchedule:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ScalingSchedule")).get
        return cls(
            name=(
                None
                if (_v := _get("name")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingSchedule.name", "a string")
                )
            ),
            days_of_week=(
                None
                if (_v := _get("daysOfWeek")) is None
                else [
                    (
                        _DayOfWeek_MEMBERS.get(_i0, _i0)
                        if type(_i0) is str
                        else _serde.as_enum(DayOfWeek, _i0, "ScalingSchedule.daysOfWeek")
                    )
                    for _i0 in _serde.as_list(_v, "ScalingSchedule.daysOfWeek")
                ]
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.name is not None:
            _result["name"] = self.name
        if self.days_of_week is not None:
            _result["daysOfWeek"] = self.days_of_week
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".name", self.name, required=False)
        _validation.check_list(path + ".days_of_week", self.days_of_week, required=False)
        for _n0_2, _i0_2 in enumerate(self.days_of_week or ()):
            _validation.check_enum(path + ".days_of_week" + f"[{_n0_2}]", _i0_2, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class ScalingPlanPatch:
    """The patchable properties.

    :ivar description: The description.
    :vartype description: str
    :ivar host_pool_type: The host pool type. Default: ``ScalingHostPoolType.POOLED``.
    :vartype host_pool_type: ScalingHostPoolType | str
    """

    description: str | None = None
    host_pool_type: ScalingHostPoolType | str | None = ScalingHostPoolType.POOLED

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> ScalingPlanPatch:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "ScalingPlanPatch")).get
        return cls(
            description=(
                None
                if (_v := _get("description")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "ScalingPlanPatch.description", "a string")
                )
            ),
            host_pool_type=(
                None
                if (_v := _get("hostPoolType")) is None
                else (
                    _ScalingHostPoolType_MEMBERS.get(_v, _v)
                    if type(_v) is str
                    else _serde.as_enum(ScalingHostPoolType, _v, "ScalingPlanPatch.hostPoolType")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.description is not None:
            _result["description"] = self.description
        if self.host_pool_type is not None:
            _result["hostPoolType"] = self.host_pool_type
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".description", self.description, required=False)
        _validation.check_enum(path + ".host_pool_type", self.host_pool_type, required=False)
