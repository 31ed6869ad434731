"""A part of the pets operations of Pet Shop: request building,
response handling and the sync methods of ``PetsOperations`` that
``_pets_operations.py``'s ``_PARTS`` lists for ``_pets_operations_2`` (imported when one
of them is first used)."""

from __future__ import annotations

import re as _re
import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import ShopError

if _t.TYPE_CHECKING:
    import httpx

    from .._operations import ClientConfig
    from .._pipeline import Pipeline

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = ["_PetsOperations2"]


def build_pets_delete_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """DELETE /pets/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("DELETE", _url, _params, _headers)


def handle_pets_delete_response(response: httpx.Response) -> None:
    """The result of Pets_Delete, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response, ShopError.from_dict)


def build_pets_exists_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """HEAD /pets/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("HEAD", _url, _params, _headers)


def handle_pets_exists_response(response: httpx.Response) -> bool:
    """The result of Pets_Exists, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return True
    if _status == 404:
        return False
    raise _error_from_response(response)


class _PetsOperations2:
    """Methods of ``PetsOperations``: reach them as ``client.pets``; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """Delete a pet.

        :param id: The pet's id.
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Deleted.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_delete_request(
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
            return _serde.strictly(handle_pets_delete_response, _response)
        return handle_pets_delete_response(_response)

    def exists(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> bool:
        """Whether a pet exists.

        :param id: The pet's id.
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: It exists. / It does not.
        :rtype: bool
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_exists_request(
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
            return _serde.strictly(handle_pets_exists_response, _response)
        return handle_pets_exists_response(_response)
