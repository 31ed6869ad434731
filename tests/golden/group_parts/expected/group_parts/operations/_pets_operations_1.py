"""A part of the pets operations of Pet Shop: request building,
response handling and the sync methods of ``PetsOperations`` that
``_pets_operations.py``'s ``_PARTS`` lists for ``_pets_operations_1`` (imported when one
of them is first used)."""

from __future__ import annotations

import re as _re
import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Pet, ShopError

if _t.TYPE_CHECKING:
    import httpx

    from .._operations import ClientConfig
    from .._pipeline import Pipeline

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = ["_PetsOperations1"]


def build_pets_get_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """GET /pets/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_pets_get_response(response: httpx.Response) -> Pet:
    """The result of Pets_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Get response 200")
        if _body is None:
            return _t.cast("Pet", _serde.empty_body("Pets_Get response 200"))
        return Pet.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


def build_pets_put_request(
    config: ClientConfig,
    id: str,
    pet: Pet,
) -> _Request:
    """PUT /pets/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _validation.check_model("pet", pet, required=True, model=Pet)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if pet is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(pet.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_pets_put_response(response: httpx.Response) -> Pet:
    """The result of Pets_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Put response 200")
        if _body is None:
            return _t.cast("Pet", _serde.empty_body("Pets_Put response 200"))
        return Pet.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


class _PetsOperations1:
    """Methods of ``PetsOperations``: reach them as ``client.pets``; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Pet:
        """Read a pet.

        :param id: The pet's id.
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The pet.
        :rtype: Pet
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_get_request(
            self._config,
            id,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_pets_get_response, _response)
        return handle_pets_get_response(_response)

    def put(
        self,
        id: str,
        pet: Pet,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Pet:
        """Create or replace a pet.

        :param id: The pet's id.
        :type id: str
        :param pet:
        :type pet: Pet
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The stored pet.
        :rtype: Pet
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_put_request(
            self._config,
            id,
            pet,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_pets_put_response, _response)
        return handle_pets_put_response(_response)
