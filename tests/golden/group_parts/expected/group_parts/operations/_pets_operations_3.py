"""A part of the pets operations of Pet Shop: request building,
response handling and the sync methods of ``PetsOperations`` that
``_pets_operations.py``'s ``_PARTS`` lists for ``_pets_operations_3`` (imported when one
of them is first used)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from .._streams import ByteStream
from ..models._models_1 import Pet, ShopError

if _t.TYPE_CHECKING:
    import httpx

    from .._operations import ClientConfig
    from .._pipeline import Pipeline


__all__ = ["_PetsOperations3"]


def build_pets_get_photo_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """GET /pets/{id}/photo"""
    _validation.check_str("id", id, required=True)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id)) + "/photo"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers, stream=True)


def handle_pets_get_photo_response(response: httpx.Response) -> ByteStream:
    """The result of Pets_GetPhoto, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return ByteStream(response)
    raise _error_from_response(response)


def build_pets_feed_request(
    config: ClientConfig,
    id: str,
    grams: int,
) -> _Request:
    """POST /pets/{id}/feed"""
    _validation.check_str("id", id, required=True)
    _validation.check_number("grams", grams, required=True, minimum=1, maximum=500)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id)) + "/feed"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("grams", _serde.to_wire(grams)))
    return _Request("POST", _url, _params, _headers)


def handle_pets_feed_response(response: httpx.Response) -> Pet:
    """The result of Pets_Feed, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Feed response 200")
        if _body is None:
            return _t.cast("Pet", _serde.empty_body("Pets_Feed response 200"))
        return Pet.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


class _PetsOperations3:
    """Methods of ``PetsOperations``: reach them as ``client.pets``; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def get_photo(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ByteStream:
        """A pet's photo.

        :param id:
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The photo.
        :rtype: ByteStream
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_get_photo_request(
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
            return _serde.strictly(handle_pets_get_photo_response, _response)
        return handle_pets_get_photo_response(_response)

    def feed(
        self,
        id: str,
        grams: int,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Pet:
        """Feed a pet.

        :param id:
        :type id: str
        :param grams: How much food.
        :type grams: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The fed pet.
        :rtype: Pet
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_feed_request(
            self._config,
            id,
            grams,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_pets_feed_response, _response)
        return handle_pets_feed_response(_response)
