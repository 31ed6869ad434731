"""The async trips operations of Fleet Tracker (reach them as ``client.trips``)."""

from __future__ import annotations

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _trips_operations as _operations
from .._pipeline import AsyncPipeline

__all__ = ["TripsOperations"]


class TripsOperations:
    """The trips operations. Reach them as ``client.trips``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def start(
        self,
        vehicle_id: str,
        seats: int,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """Trips_Start

        :param vehicle_id:
        :type vehicle_id: str
        :param seats:
        :type seats: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Started.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_trips_start_request(
            self._config,
            vehicle_id,
            seats,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_trips_start_response, _response)
        return _operations.handle_trips_start_response(_response)
