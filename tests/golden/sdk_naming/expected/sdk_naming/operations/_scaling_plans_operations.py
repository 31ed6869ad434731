"""The scaling_plans operations of Desktop Virtualization Lite: request building, response
handling and the sync ``ScalingPlansOperations`` class (reach it as ``client.scaling_plans``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import ScalingPlan, ScalingPlanPatch

if _t.TYPE_CHECKING:
    import httpx

    from ..models._enums_1 import ScalingHostPoolType


__all__ = ["ScalingPlansOperations"]


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
    return _Request(
        "PUT",
        _url,
        _params,
        _headers,
        _content,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


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
    return _Request(
        "PATCH",
        _url,
        _params,
        _headers,
        _content,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_scaling_plans_update_response(response: httpx.Response) -> ScalingPlan:
    """The result of ScalingPlans_Update, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ScalingPlans_Update response 200")
        if _body is None:
            return _t.cast("ScalingPlan", _serde.empty_body("ScalingPlans_Update response 200"))
        return ScalingPlan.from_dict(_body)
    raise _error_from_response(response)


class ScalingPlansOperations:
    """The scaling_plans operations. Reach them as ``client.scaling_plans``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def create(
        self,
        resource_group_name: str,
        name: str,
        scaling_plan: ScalingPlan,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ScalingPlan:
        """ScalingPlans_Create

        :param resource_group_name:
        :type resource_group_name: str
        :param name:
        :type name: str
        :param scaling_plan:
        :type scaling_plan: ScalingPlan
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The scaling plan.
        :rtype: ScalingPlan
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_scaling_plans_create_request(
            self._config,
            resource_group_name,
            name,
            scaling_plan,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_scaling_plans_create_response, _response)
        return handle_scaling_plans_create_response(_response)

    def update(
        self,
        resource_group_name: str,
        name: str,
        *,
        description: str | None = None,
        host_pool_type: ScalingHostPoolType | str | None = "Pooled",
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ScalingPlan:
        """ScalingPlans_Update

        :param resource_group_name:
        :type resource_group_name: str
        :param name:
        :type name: str
        :param description: The description. Optional.
        :type description: str
        :param host_pool_type: The host pool type. Optional.
        :type host_pool_type: ScalingHostPoolType | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The scaling plan.
        :rtype: ScalingPlan
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_scaling_plans_update_request(
            self._config,
            resource_group_name,
            name,
            description,
            host_pool_type,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_scaling_plans_update_response, _response)
        return handle_scaling_plans_update_response(_response)
