"""The async scaling_plans operations of Desktop Virtualization Lite (reach them as ``client.scaling_plans``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _scaling_plans_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._enums_1 import ScalingHostPoolType
    from ...models._models_1 import ScalingPlan

__all__ = ["ScalingPlansOperations"]


class ScalingPlansOperations:
    """The scaling_plans operations. Reach them as ``client.scaling_plans``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def create(
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
        _request = _operations.build_scaling_plans_create_request(
            self._config,
            resource_group_name,
            name,
            scaling_plan,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_scaling_plans_create_response, _response)
        return _operations.handle_scaling_plans_create_response(_response)

    async def update(
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
        _request = _operations.build_scaling_plans_update_request(
            self._config,
            resource_group_name,
            name,
            description,
            host_pool_type,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_scaling_plans_update_response, _response)
        return _operations.handle_scaling_plans_update_response(_response)
