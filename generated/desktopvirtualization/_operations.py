"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import CloudError, RegistrationInfo, RegistrationTokenList

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[A-Za-z0-9@.\\-_ ]*\\Z", _re.ASCII)


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str
    subscription_id: str
    api_version: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    _validation.check_str("subscription_id", config.subscription_id, required=True, fmt="uuid")
    _validation.check_str("api_version", config.api_version, required=True, min_length=1)


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
    return _Request("POST", _url, _params, _headers)


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
    return _Request("POST", _url, _params, _headers)


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
