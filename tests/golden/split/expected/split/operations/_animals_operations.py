"""The animals operations of Zoo: request building, response
handling and the sync ``AnimalsOperations`` class (reach it as ``client.animals``)."""

from __future__ import annotations

import re as _re
import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import ZooError
from ..models._models_2 import Animal

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[a-z]+\\Z", _re.ASCII)

__all__ = ["AnimalsOperations"]


def build_animals_get_request(
    config: ClientConfig,
    name: str,
) -> _Request:
    """GET /animals/{name}"""
    _validation.check_str("name", name, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/animals/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_animals_get_response(response: httpx.Response) -> Animal:
    """The result of Animals_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Animals_Get response 200")
        if _body is None:
            return _t.cast("Animal", _serde.empty_body("Animals_Get response 200"))
        return Animal.from_dict(_body)
    raise _error_from_response(response, ZooError.from_dict)


def build_animals_put_request(
    config: ClientConfig,
    name: str,
    animal: Animal,
) -> _Request:
    """PUT /animals/{name}"""
    _validation.check_str("name", name, required=True, pattern=_PATTERN_1)
    _validation.check_model("animal", animal, required=True, model=Animal)
    _url = config.endpoint + "/animals/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if animal is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(animal.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_animals_put_response(response: httpx.Response) -> Animal:
    """The result of Animals_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Animals_Put response 200")
        if _body is None:
            return _t.cast("Animal", _serde.empty_body("Animals_Put response 200"))
        return Animal.from_dict(_body)
    raise _error_from_response(response, ZooError.from_dict)


class AnimalsOperations:
    """The animals operations. Reach them as ``client.animals``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Animal:
        """Animals_Get

        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An animal of any kind.
        :rtype: Animal
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_animals_get_request(
            self._config,
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
            return _serde.strictly(handle_animals_get_response, _response)
        return handle_animals_get_response(_response)

    def put(
        self,
        name: str,
        animal: Animal,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Animal:
        """Animals_Put

        :param name:
        :type name: str
        :param animal:
        :type animal: Animal
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The stored animal.
        :rtype: Animal
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_animals_put_request(
            self._config,
            name,
            animal,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_animals_put_response, _response)
        return handle_animals_put_response(_response)
