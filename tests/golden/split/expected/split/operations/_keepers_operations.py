"""The keepers operations of Zoo: request building, response
handling and the sync ``KeepersOperations`` class (reach it as ``client.keepers``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_3 import Keeper
from ..models._models_9 import KeepersGetResult

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["KeepersOperations"]


def build_keepers_get_request(
    config: ClientConfig,
    id: int,
) -> _Request:
    """GET /keepers/{id}"""
    _validation.check_number("id", id, required=True)
    _url = config.endpoint + "/keepers/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_keepers_get_response(response: httpx.Response) -> KeepersGetResult:
    """The result of Keepers_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Keepers_Get response 200")
        _h0 = _serde.header(
            response.headers, "ETag", "text", "Keepers_Get response 200 header ETag"
        )
        return KeepersGetResult(
            body=(
                _serde.empty_body("Keepers_Get response 200")
                if _body is None
                else Keeper.from_dict(_body)
            ),
            e_tag=_h0,
        )
    raise _error_from_response(response)


class KeepersOperations:
    """The keepers operations. Reach them as ``client.keepers``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        id: int,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> KeepersGetResult:
        """Keepers_Get

        :param id:
        :type id: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: A keeper and its pets.
        :rtype: KeepersGetResult
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_keepers_get_request(
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
            return _serde.strictly(handle_keepers_get_response, _response)
        return handle_keepers_get_response(_response)
