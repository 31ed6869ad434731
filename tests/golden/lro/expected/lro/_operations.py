"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import CloudError, Disk, Export

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str
    polling_interval: float = 30.0
    """Seconds between two polls of a long-running operation without ``Retry-After``."""


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


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
    return _Request("PUT", _url, _params, _headers, _content)


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
    return _Request("POST", _url, _params, _headers)


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
