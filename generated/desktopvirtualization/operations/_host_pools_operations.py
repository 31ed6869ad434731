"""The host_pools operations of DesktopVirtualizationAPIClient: request building, response
handling and the sync ``HostPoolsOperations`` class (reach it as ``client.host_pools``)."""

from __future__ import annotations

import re as _re
import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CloudError, RegistrationInfo, RegistrationTokenList

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[A-Za-z0-9@.\\-_ ]*\\Z", _re.ASCII)

__all__ = ["HostPoolsOperations"]


def build_host_pools_retrieve_registration_token_request(
    config: ClientConfig,
    resource_group_name: str,
    host_pool_name: str,
) -> _Request:
    """POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/hostPools/{hostPoolName}/retrieveRegistrationToken"""
    _validation.check_str(
        "resource_group_name", resource_group_name, required=True, min_length=1, max_length=90
    )
    _validation.check_str(
        "host_pool_name",
        host_pool_name,
        required=True,
        min_length=3,
        max_length=64,
        pattern=_PATTERN_1,
    )
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/hostPools/"
        + _serde.path_segment("host_pool_name", _serde.to_wire(host_pool_name))
        + "/retrieveRegistrationToken"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_host_pools_retrieve_registration_token_response(
    response: httpx.Response,
) -> RegistrationInfo:
    """The result of HostPools_RetrieveRegistrationToken, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(
            response.content, "HostPools_RetrieveRegistrationToken response 200"
        )
        if _body is None:
            return _t.cast(
                "RegistrationInfo",
                _serde.empty_body("HostPools_RetrieveRegistrationToken response 200"),
            )
        return RegistrationInfo.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def build_host_pools_list_registration_tokens_request(
    config: ClientConfig,
    resource_group_name: str,
    host_pool_name: str,
) -> _Request:
    """POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DesktopVirtualization/hostPools/{hostPoolName}/listRegistrationTokens"""
    _validation.check_str(
        "resource_group_name", resource_group_name, required=True, min_length=1, max_length=90
    )
    _validation.check_str(
        "host_pool_name",
        host_pool_name,
        required=True,
        min_length=3,
        max_length=64,
        pattern=_PATTERN_1,
    )
    _url = (
        config.endpoint
        + "/subscriptions/"
        + _serde.path_segment("subscription_id", _serde.to_wire(config.subscription_id))
        + "/resourceGroups/"
        + _serde.path_segment("resource_group_name", _serde.to_wire(resource_group_name))
        + "/providers/Microsoft.DesktopVirtualization/hostPools/"
        + _serde.path_segment("host_pool_name", _serde.to_wire(host_pool_name))
        + "/listRegistrationTokens"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("api-version", _serde.to_wire(config.api_version)))
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_host_pools_list_registration_tokens_response(
    response: httpx.Response,
) -> RegistrationTokenList:
    """The result of HostPools_ListRegistrationTokens, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "HostPools_ListRegistrationTokens response 200")
        if _body is None:
            return _t.cast(
                "RegistrationTokenList",
                _serde.empty_body("HostPools_ListRegistrationTokens response 200"),
            )
        return RegistrationTokenList.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


class HostPoolsOperations:
    """The host_pools operations. Reach them as ``client.host_pools``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def retrieve_registration_token(
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
        _request = build_host_pools_retrieve_registration_token_request(
            self._config,
            resource_group_name,
            host_pool_name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(
                handle_host_pools_retrieve_registration_token_response, _response
            )
        return handle_host_pools_retrieve_registration_token_response(_response)

    def list_registration_tokens(
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
        _request = build_host_pools_list_registration_tokens_request(
            self._config,
            resource_group_name,
            host_pool_name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_host_pools_list_registration_tokens_response, _response)
        return handle_host_pools_list_registration_tokens_response(_response)
