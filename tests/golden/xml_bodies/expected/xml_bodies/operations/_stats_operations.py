"""The stats operations of Library: request building, response
handling and the sync ``StatsOperations`` class (reach it as ``client.stats``)."""

from __future__ import annotations

import typing as _t

from .. import _serde
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import StatsGetResponse

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["StatsOperations"]


def build_stats_get_request(
    config: ClientConfig,
) -> _Request:
    """GET /stats"""
    _url = config.endpoint + "/stats"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_stats_get_response(response: httpx.Response) -> StatsGetResponse:
    """The result of Stats_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Stats_Get response 200")
        if _body is None:
            return _t.cast("StatsGetResponse", _serde.empty_body("Stats_Get response 200"))
        return StatsGetResponse.from_dict(_body)
    raise _error_from_response(response)


class StatsOperations:
    """The stats operations. Reach them as ``client.stats``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> StatsGetResponse:
        """Stats_Get

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Counts, as JSON.
        :rtype: StatsGetResponse
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_stats_get_request(
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
            return _serde.strictly(handle_stats_get_response, _response)
        return handle_stats_get_response(_response)
