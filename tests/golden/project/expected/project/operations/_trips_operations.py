"""The trips operations of Fleet Tracker: request building, response
handling and the sync ``TripsOperations`` class (reach it as ``client.trips``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["TripsOperations"]


def build_trips_start_request(
    config: ClientConfig,
    vehicle_id: str,
    seats: int,
) -> _Request:
    """POST /vehicles/{vehicleId}/trips"""
    _validation.check_str("vehicle_id", vehicle_id, required=True)
    _validation.check_number("seats", seats, required=True)
    _url = (
        config.endpoint
        + "/vehicles/"
        + _serde.path_segment("vehicle_id", _serde.to_wire(vehicle_id))
        + "/trips"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("seats", _serde.to_wire(seats)))
    return _Request(
        "POST",
        _url,
        _params,
        _headers,
        auth=(
            (("oauth", "oauth2", "header", "Authorization", ()),),
            (("key", "apiKey", "header", "X-Fleet-Key", ()),),
        ),
    )


def handle_trips_start_response(response: httpx.Response) -> None:
    """The result of Trips_Start, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


class TripsOperations:
    """The trips operations. Reach them as ``client.trips``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def start(
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
        _request = build_trips_start_request(
            self._config,
            vehicle_id,
            seats,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_trips_start_response, _response)
        return handle_trips_start_response(_response)
