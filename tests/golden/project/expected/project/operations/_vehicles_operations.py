"""The vehicles operations of Fleet Tracker: request building, response
handling and the sync ``VehiclesOperations`` class (reach it as ``client.vehicles``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Vehicle

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["VehiclesOperations"]


def build_vehicles_get_request(
    config: ClientConfig,
    vehicle_id: str,
) -> _Request:
    """GET /vehicles/{vehicleId}"""
    _validation.check_str("vehicle_id", vehicle_id, required=True)
    _url = (
        config.endpoint
        + "/vehicles/"
        + _serde.path_segment("vehicle_id", _serde.to_wire(vehicle_id))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=(
            (("oauth", "oauth2", "header", "Authorization", ()),),
            (("key", "apiKey", "header", "X-Fleet-Key", ()),),
        ),
    )


def handle_vehicles_get_response(response: httpx.Response) -> Vehicle:
    """The result of Vehicles_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Vehicles_Get response 200")
        if _body is None:
            return _t.cast("Vehicle", _serde.empty_body("Vehicles_Get response 200"))
        return Vehicle.from_dict(_body)
    raise _error_from_response(response)


def build_vehicles_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /vehicles"""
    _url = config.endpoint + "/vehicles"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request(
        "GET",
        _url,
        _params,
        _headers,
        auth=(
            (("oauth", "oauth2", "header", "Authorization", ()),),
            (("key", "apiKey", "header", "X-Fleet-Key", ()),),
        ),
    )


def handle_vehicles_list_response(response: httpx.Response) -> list[Vehicle]:
    """The result of Vehicles_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Vehicles_List response 200")
        if _body is None:
            return _t.cast("list[Vehicle]", _serde.empty_body("Vehicles_List response 200"))
        return [
            Vehicle.from_dict(_i0) for _i0 in _serde.as_list(_body, "Vehicles_List response 200")
        ]
    raise _error_from_response(response)


class VehiclesOperations:
    """The vehicles operations. Reach them as ``client.vehicles``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        vehicle_id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Vehicle:
        """Vehicles_Get

        :param vehicle_id:
        :type vehicle_id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: One vehicle.
        :rtype: Vehicle
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_vehicles_get_request(
            self._config,
            vehicle_id,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_vehicles_get_response, _response)
        return handle_vehicles_get_response(_response)

    def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Vehicle]:
        """Vehicles_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Every vehicle.
        :rtype: list[Vehicle]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_vehicles_list_request(
            self._config,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_vehicles_list_response, _response)
        return handle_vehicles_list_response(_response)
