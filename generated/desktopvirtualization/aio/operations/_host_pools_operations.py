"""The async host_pools operations of DesktopVirtualizationAPIClient (reach them as ``client.host_pools``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _host_pools_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import RegistrationInfo, RegistrationTokenList

__all__ = ["HostPoolsOperations"]


class HostPoolsOperations:
    """The host_pools operations. Reach them as ``client.host_pools``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def retrieve_registration_token(
        self,
        resource_group_name: str,
        host_pool_name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> RegistrationInfo:
        """Host Pools - Retrieve Registration Token

        Registration token of the host pool.

        :param resource_group_name: The name of the resource group. The name is case insensitive.
        :type resource_group_name: str
        :param host_pool_name: The name of the host pool within the specified resource group
        :type host_pool_name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Successfully retrieved host pool in resource group.
        :rtype: RegistrationInfo
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_host_pools_retrieve_registration_token_request(
            self._config,
            resource_group_name,
            host_pool_name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(
                _operations.handle_host_pools_retrieve_registration_token_response, _response
            )
        return _operations.handle_host_pools_retrieve_registration_token_response(_response)

    async def list_registration_tokens(
        self,
        resource_group_name: str,
        host_pool_name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> RegistrationTokenList:
        """Host Pools - List Registration Tokens

        Operation to list the RegistrationTokens associated with the HostPool

        :param resource_group_name: The name of the resource group. The name is case insensitive.
        :type resource_group_name: str
        :param host_pool_name: The name of the host pool within the specified resource group
        :type host_pool_name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Successfully retrieved host pool in resource group.
        :rtype: RegistrationTokenList
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_host_pools_list_registration_tokens_request(
            self._config,
            resource_group_name,
            host_pool_name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(
                _operations.handle_host_pools_list_registration_tokens_response, _response
            )
        return _operations.handle_host_pools_list_registration_tokens_response(_response)
