"""The async disks operations of Disk Service (reach them as ``client.disks``)."""

from __future__ import annotations

import typing as _t

from ... import _lro
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _disks_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import Disk, Export

__all__ = ["DisksOperations"]


class DisksOperations:
    """The disks operations. Reach them as ``client.disks``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def begin_create_or_update(
        self,
        disk_name: str,
        disk: Disk,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.AsyncLROPoller[Disk]:
        """Disks_CreateOrUpdate

        A long-running operation: this sends its first request and returns a poller;
        ``await poller.result()`` waits for the operation to end and returns its result.

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
        :rtype: AsyncLROPoller[Disk]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_disks_create_or_update_request(
            self._config,
            disk_name,
            disk,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        _polling = _lro.Polling(
            _request,
            _response,
            _operations.finish_disks_create_or_update,
            final_state_via="",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.AsyncLROPoller(
            self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries
        )

    async def begin_export(
        self,
        disk_name: str,
        *,
        polling_interval: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> _lro.AsyncLROPoller[Export | None]:
        """Disks_Export

        A long-running operation: this sends its first request and returns a poller;
        ``await poller.result()`` waits for the operation to end and returns its result.

        :param disk_name:
        :type disk_name: str
        :keyword polling_interval: Seconds between two polls when the service sends no ``Retry-After`` (default: the client's).
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of each request.
        :keyword deadline: Seconds for each request, retries and waits included.
        :keyword retries: Retry budget for each request, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``). The first request and every poll carry it.
        :return: A poller whose result is Exported. / Accepted.
        :rtype: AsyncLROPoller[Export | None]
        :raises HttpResponseError: the service answered with an error status (the poller's
            ``result()`` too, and when the operation ends Failed or Canceled).
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_disks_export_request(
            self._config,
            disk_name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        _polling = _lro.Polling(
            _request,
            _response,
            _operations.finish_disks_export,
            final_state_via="location",
            interval=(
                self._config.polling_interval if polling_interval is None else polling_interval
            ),
        )
        return _lro.AsyncLROPoller(
            self._pipeline, _polling, timeout=timeout, deadline=deadline, retries=retries
        )
