"""The fish operations of Aquarium: request building, response
handling and the sync ``FishOperations`` class (reach it as ``client.fish``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import AquariumError, Fish

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["FishOperations"]


def build_fish_get_request(
    config: ClientConfig,
) -> _Request:
    """GET /fish"""
    _url = config.endpoint + "/fish"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_fish_get_response(response: httpx.Response) -> Fish:
    """The result of Fish_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Fish_Get response 200")
        if _body is None:
            return _t.cast("Fish", _serde.empty_body("Fish_Get response 200"))
        return Fish.from_dict(_body)
    raise _error_from_response(response, AquariumError.from_dict)


def build_fish_put_request(
    config: ClientConfig,
    fish: Fish,
) -> _Request:
    """PUT /fish"""
    _validation.check_model("fish", fish, required=True, model=Fish)
    _url = config.endpoint + "/fish"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if fish is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(fish.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_fish_put_response(response: httpx.Response) -> Fish:
    """The result of Fish_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Fish_Put response 200")
        if _body is None:
            return _t.cast("Fish", _serde.empty_body("Fish_Put response 200"))
        return Fish.from_dict(_body)
    raise _error_from_response(response, AquariumError.from_dict)


class FishOperations:
    """The fish operations. Reach them as ``client.fish``; do not create this class."""

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
    ) -> Fish:
        """Fish_Get

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: A fish of any kind.
        :rtype: Fish
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_fish_get_request(
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
            return _serde.strictly(handle_fish_get_response, _response)
        return handle_fish_get_response(_response)

    def put(
        self,
        fish: Fish,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Fish:
        """Fish_Put

        :param fish:
        :type fish: Fish
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The stored fish.
        :rtype: Fish
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_fish_put_request(
            self._config,
            fish,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_fish_put_response, _response)
        return handle_fish_put_response(_response)
