"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import HostPool, ScalingHostPoolType, ScalingPlan, ScalingPlanPatch, Workspace

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str
    subscription_id: str
    api_version: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    _validation.check_str("subscription_id", config.subscription_id, required=True)
    _validation.check_str("api_version", config.api_version, required=True)


def build_workspaces_get_request(
    config: ClientConfig,
    resource_group_name: str,
    name: str,
) -> _Request:
    """GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/workspaces/{name}"""
    _validation.check_str("resource_group_name", resource_group_name, required=True)
    _validation.check_str("name", name, required=True)
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/workspaces/"
        + _serde.path_segment("name", _serde.to_wire(name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request("GET", _url, _params, _headers)


def handle_workspaces_get_response(response: httpx.Response) -> Workspace:
    """The result of Workspaces_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Workspaces_Get response 200")
        if _body is None:
            return _t.cast("Workspace", _serde.empty_body("Workspaces_Get response 200"))
        return Workspace.from_dict(_body)
    raise _error_from_response(response)


def build_host_pools_get_request(
    config: ClientConfig,
    resource_group_name: str,
    name: str,
) -> _Request:
    """GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/hostPools/{name}"""
    _validation.check_str("resource_group_name", resource_group_name, required=True)
    _validation.check_str("name", name, required=True)
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/hostPools/"
        + _serde.path_segment("name", _serde.to_wire(name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request("GET", _url, _params, _headers)


def handle_host_pools_get_response(response: httpx.Response) -> HostPool:
    """The result of HostPools_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "HostPools_Get response 200")
        if _body is None:
            return _t.cast("HostPool", _serde.empty_body("HostPools_Get response 200"))
        return HostPool.from_dict(_body)
    raise _error_from_response(response)


def build_scaling_plans_create_request(
    config: ClientConfig,
    resource_group_name: str,
    name: str,
    scaling_plan: ScalingPlan,
) -> _Request:
    """PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/scalingPlans/{name}"""
    _validation.check_str("resource_group_name", resource_group_name, required=True)
    _validation.check_str("name", name, required=True)
    _validation.check_model("scaling_plan", scaling_plan, required=True, model=ScalingPlan)
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/scalingPlans/"
        + _serde.path_segment("name", _serde.to_wire(name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    _content: bytes | None = None
    if scaling_plan is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(scaling_plan.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_scaling_plans_create_response(response: httpx.Response) -> ScalingPlan:
    """The result of ScalingPlans_Create, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ScalingPlans_Create response 200")
        if _body is None:
            return _t.cast("ScalingPlan", _serde.empty_body("ScalingPlans_Create response 200"))
        return ScalingPlan.from_dict(_body)
    raise _error_from_response(response)


def build_scaling_plans_update_request(
    config: ClientConfig,
    resource_group_name: str,
    name: str,
    description: str | None,
    host_pool_type: ScalingHostPoolType | str | None,
) -> _Request:
    """PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/scalingPlans/{name}"""
    _validation.check_str("resource_group_name", resource_group_name, required=True)
    _validation.check_str("name", name, required=True)
    _validation.check_str("description", description, required=False)
    _validation.check_enum("host_pool_type", host_pool_type, required=False)
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/scalingPlans/"
        + _serde.path_segment("name", _serde.to_wire(name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    scaling_plan = ScalingPlanPatch(
        description=description,
        host_pool_type=host_pool_type,
    )
    _headers["Content-Type"] = "application/json"
    _content: bytes | None = _serde.json_bytes(scaling_plan.to_dict(exclude_readonly=True))
    return _Request("PATCH", _url, _params, _headers, _content)


def handle_scaling_plans_update_response(response: httpx.Response) -> ScalingPlan:
    """The result of ScalingPlans_Update, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ScalingPlans_Update response 200")
        if _body is None:
            return _t.cast("ScalingPlan", _serde.empty_body("ScalingPlans_Update response 200"))
        return ScalingPlan.from_dict(_body)
    raise _error_from_response(response)
