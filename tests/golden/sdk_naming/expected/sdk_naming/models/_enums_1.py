"""Enums of Desktop Virtualization Lite (a part of ``models``: import them from there)."""

from __future__ import annotations

import enum as _enum

__all__ = [
    "ResourceIdentityType",
    "ResourceModelWithAllowedPropertySetTier",
    "LoadBalancerType",
    "DayOfWeek",
    "SessionHandlingOperation",
    "ScalingHostPoolType",
    "ScalingPlanPropertiesPriority",
]


class ResourceIdentityType(_enum.StrEnum):
    """ResourceIdentityType."""

    SYSTEM_ASSIGNED = "SystemAssigned"


_ResourceIdentityType_MEMBERS: dict[str, ResourceIdentityType] = {
    _m.value: _m for _m in ResourceIdentityType
}


class ResourceModelWithAllowedPropertySetTier(_enum.StrEnum):
    """An inline enum without an x-ms-enum name."""

    FREE = "Free"
    PAID = "Paid"


_ResourceModelWithAllowedPropertySetTier_MEMBERS: dict[
    str, ResourceModelWithAllowedPropertySetTier
] = {_m.value: _m for _m in ResourceModelWithAllowedPropertySetTier}


class LoadBalancerType(_enum.StrEnum):
    """The load balancer.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    BREADTH_FIRST = "BreadthFirst"
    DEPTH_FIRST = "DepthFirst"


_LoadBalancerType_MEMBERS: dict[str, LoadBalancerType] = {_m.value: _m for _m in LoadBalancerType}


class DayOfWeek(_enum.StrEnum):
    """The day of the maintenance window.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    MONDAY = "Monday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"
    THURSDAY = "Thursday"
    FRIDAY = "Friday"
    SATURDAY = "Saturday"
    SUNDAY = "Sunday"


_DayOfWeek_MEMBERS: dict[str, DayOfWeek] = {_m.value: _m for _m in DayOfWeek}


class SessionHandlingOperation(_enum.StrEnum):
    """What happens to sessions on an update.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    NONE = "None"
    DEALLOCATE = "Deallocate"
    HIBERNATE = "Hibernate"


_SessionHandlingOperation_MEMBERS: dict[str, SessionHandlingOperation] = {
    _m.value: _m for _m in SessionHandlingOperation
}


class ScalingHostPoolType(_enum.StrEnum):
    """The host pool type.

    Extensible: the service may send values not listed here; they are kept as plain
    strings.
    """

    POOLED = "Pooled"
    PERSONAL = "Personal"


_ScalingHostPoolType_MEMBERS: dict[str, ScalingHostPoolType] = {
    _m.value: _m for _m in ScalingHostPoolType
}


class ScalingPlanPropertiesPriority(_enum.IntEnum):
    """An integer enum with a default."""

    V_1 = 1
    V_2 = 2
    V_3 = 3


_ScalingPlanPropertiesPriority_MEMBERS: dict[int, ScalingPlanPropertiesPriority] = {
    _m.value: _m for _m in ScalingPlanPropertiesPriority
}
