"""Async client of Desktop Virtualization Lite."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from .. import _operations, _serde
from .._credentials import AsyncTokenCredential, scopes_for
from .._policy import RetryPolicy, TimeoutTypes
from .._policy import user_agent as _user_agent
from ..models import HostPool, ScalingHostPoolType, ScalingPlan, Workspace
from ._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    import httpx

__all__ = ["DesktopVirtualizationLiteClient"]


class WorkspacesOperations:
    """The workspaces operations. Reach them as ``client.workspaces``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: _operations.ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get(
        self,
        resource_group_name: str,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Workspace:
        """Workspaces_Get

        :param resource_group_name:
        :type resource_group_name: str
        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The workspace.
        :rtype: Workspace
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_workspaces_get_request(
            self._config,
            resource_group_name,
            name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_workspaces_get_response, _response)
        return _operations.handle_workspaces_get_response(_response)


class HostPoolsOperations:
    """The host_pools operations. Reach them as ``client.host_pools``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: _operations.ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get(
        self,
        resource_group_name: str,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> HostPool:
        """HostPools_Get

        :param resource_group_name:
        :type resource_group_name: str
        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The host pool.
        :rtype: HostPool
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_host_pools_get_request(
            self._config,
            resource_group_name,
            name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_host_pools_get_response, _response)
        return _operations.handle_host_pools_get_response(_response)


class ScalingPlansOperations:
    """The scaling_plans operations. Reach them as ``client.scaling_plans``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: _operations.ClientConfig) -> None:
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


class DesktopVirtualizationLiteClient:
    """Desktop Virtualization Lite client.

    :param credential: Any object with azure-core's ``AsyncTokenCredential`` protocol,
        for instance ``azure.identity.aio.DefaultAzureCredential()``.
    :param subscription_id:
    :param api_version:  Default: ``'2024-04-03'``.
    :keyword endpoint: The service's base URL (default ``https://management.azure.com``).
    :keyword credential_scopes: Token scopes (default ``<endpoint>/.default``).
    :keyword http_client: An ``httpx.AsyncClient`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword auto_request_id: Send a new ``x-ms-client-request-id`` (a UUID) with every call
        not given one (default: on).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the Azure SDK reads them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    """

    def __init__(
        self,
        credential: AsyncTokenCredential,
        subscription_id: str,
        *,
        api_version: str = "2024-04-03",
        endpoint: str = "https://management.azure.com",
        credential_scopes: _t.Sequence[str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
            subscription_id=subscription_id,
            api_version=api_version,
        )
        _operations.validate_client_config(self._config)
        self._pipeline = AsyncPipeline(
            credential=credential,
            scopes=scopes_for(endpoint, credential_scopes),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )
        self.workspaces = WorkspacesOperations(self._pipeline, self._config)
        """WorkspacesOperations: the workspaces operations."""
        self.host_pools = HostPoolsOperations(self._pipeline, self._config)
        """HostPoolsOperations: the host_pools operations."""
        self.scaling_plans = ScalingPlansOperations(self._pipeline, self._config)
        """ScalingPlansOperations: the scaling_plans operations."""

    async def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        await self._pipeline.close()

    async def __aenter__(self) -> DesktopVirtualizationLiteClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
