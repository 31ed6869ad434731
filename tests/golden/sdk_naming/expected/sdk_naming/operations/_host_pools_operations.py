"""The host_pools operations of Desktop Virtualization Lite: request building, response
handling and the sync ``HostPoolsOperations`` class (reach it as ``client.host_pools``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import HostPool

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["HostPoolsOperations"]


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
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_host_pools_get_response(response: httpx.Response) -> HostPool:
    """The result of HostPools_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "HostPools_Get response 200")
        if _body is None:
            return _t.cast("HostPool", _serde.empty_body("HostPools_Get response 200"))
        return HostPool.from_dict(_body)
    raise _error_from_response(response)


class HostPoolsOperations:
    """The host_pools operations. Reach them as ``client.host_pools``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
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
        _request = build_host_pools_get_request(
            self._config,
            resource_group_name,
            name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_host_pools_get_response, _response)
        return handle_host_pools_get_response(_response)
