"""The disks operations of Disk Service: request building, response
handling and the sync ``DisksOperations`` class (reach it as ``client.disks``)."""

from __future__ import annotations

import typing as _t

from .. import _lro, _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CloudError, Disk, Export

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["DisksOperations"]


def build_disks_create_or_update_request(
    config: ClientConfig,
    disk_name: str,
    disk: Disk,
) -> _Request:
    """PUT /disks/{diskName}"""
    _validation.check_str("disk_name", disk_name, required=True, max_length=80)
    _validation.check_model("disk", disk, required=True, model=Disk)
    _url = config.endpoint + "/disks/" + _serde.path_segment("disk_name", _serde.to_wire(disk_name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if disk is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(disk.to_dict(exclude_readonly=True))
    return _Request(
        "PUT",
        _url,
        _params,
        _headers,
        _content,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_disks_create_or_update_response(response: httpx.Response) -> Disk:
    """The result of Disks_CreateOrUpdate, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Disks_CreateOrUpdate response 200")
        if _body is None:
            return _t.cast("Disk", _serde.empty_body("Disks_CreateOrUpdate response 200"))
        return Disk.from_dict(_body)
    if _status == 201:
        _body = _serde.json_body(response.content, "Disks_CreateOrUpdate response 201")
        if _body is None:
            return _t.cast("Disk", _serde.empty_body("Disks_CreateOrUpdate response 201"))
        return Disk.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def build_disks_export_request(
    config: ClientConfig,
    disk_name: str,
) -> _Request:
    """POST /disks/{diskName}/export"""
    _validation.check_str("disk_name", disk_name, required=True)
    _url = (
        config.endpoint
        + "/disks/"
        + _serde.path_segment("disk_name", _serde.to_wire(disk_name))
        + "/export"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=((("credential", "oauth2", "header", "Authorization", ()),),),
    )


def handle_disks_export_response(response: httpx.Response) -> Export | None:
    """The result of Disks_Export, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Disks_Export response 200")
        if _body is None:
            return _t.cast("Export", _serde.empty_body("Disks_Export response 200"))
        return Export.from_dict(_body)
    if _status == 202:
        return None
    raise _error_from_response(response, CloudError.from_dict)


def finish_disks_create_or_update(response: httpx.Response, failed: bool = False) -> Disk:
    """The result of the long-running Disks_CreateOrUpdate from its final
    response; or its error (``failed``: the operation ended Failed or Canceled)."""
    if failed:
        raise _error_from_response(response, CloudError.from_dict)
    if not 200 <= response.status_code < 300:
        handle_disks_create_or_update_response(response)
        raise _error_from_response(response, CloudError.from_dict)
    _body = _serde.json_body(response.content, "Disks_CreateOrUpdate final response")
    if _body is None:
        return _t.cast("Disk", _serde.empty_body("Disks_CreateOrUpdate final response"))
    return Disk.from_dict(_body)


def finish_disks_export(response: httpx.Response, failed: bool = False) -> Export | None:
    """The result of the long-running Disks_Export from its final
    response; or its error (``failed``: the operation ended Failed or Canceled)."""
    if failed:
        raise _error_from_response(response, CloudError.from_dict)
    if not 200 <= response.status_code < 300:
        handle_disks_export_response(response)
        raise _error_from_response(response, CloudError.from_dict)
    _body = _serde.json_body(response.content, "Disks_Export final response")
    if _body is None:
        return None
    return Export.from_dict(_body)


class DisksOperations:
    """The disks operations. Reach them as ``client.disks``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def begin_create_or_update(
        self,
        disk_name: str,
        disk: Disk,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.LROPoller[Disk]:
        """Disks_CreateOrUpdate

        A long-running operation: this sends its first request and returns a poller;
        ``poller.result()`` waits for the operation to end and returns its result.

        :param disk_name:
        :type disk_name: str
        :param disk:
        :type disk: Disk
        :keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.
        :keyword deadline: Seconds for each request, retries and waits included.
        :keyword retries: Retry budget for each request, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``). The first request and every poll carry it.
        :return: A poller whose result is Updated. / Created; still provisioning.
        :rtype: LROPoller[Disk]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_disks_create_or_update_request(
            self._config,
            disk_name,
            disk,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        _polling = _lro.Polling(
            _request,
            _response,
            finish_disks_create_or_update,
            final_state_via="",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.LROPoller(
            self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries
        )

    def begin_export(
        self,
        disk_name: str,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.LROPoller[Export | None]:
        """Disks_Export

        A long-running operation: this sends its first request and returns a poller;
        ``poller.result()`` waits for the operation to end and returns its result.

        :param disk_name:
        :type disk_name: str
        :keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.
        :keyword deadline: Seconds for each request, retries and waits included.
        :keyword retries: Retry budget for each request, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``). The first request and every poll carry it.
        :return: A poller whose result is Exported. / Accepted.
        :rtype: LROPoller[Export | None]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_disks_export_request(
            self._config,
            disk_name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        _polling = _lro.Polling(
            _request,
            _response,
            finish_disks_export,
            final_state_via="location",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.LROPoller(
            self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries
        )
