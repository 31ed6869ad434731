"""The crates operations of Zoo: request building, response
handling and the sync ``CratesOperations`` class (reach it as ``client.crates``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_5 import Crate

if _t.TYPE_CHECKING:
    import httpx

    from ..models._enums_1 import Size


__all__ = ["CratesOperations"]


def build_crates_list_request(
    config: ClientConfig,
    size: Size | str | None,
) -> _Request:
    """GET /crates"""
    _validation.check_enum("size", size, required=False, allowed=("small", "large"))
    _url = config.endpoint + "/crates"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if size is not None:
        _params.append(("size", _serde.to_wire(size)))
    return _Request("GET", _url, _params, _headers)


def handle_crates_list_response(response: httpx.Response) -> Crate:
    """The result of Crates_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Crates_List response 200")
        if _body is None:
            return _t.cast("Crate", _serde.empty_body("Crates_List response 200"))
        return Crate.from_dict(_body)
    raise _error_from_response(response)


class CratesOperations:
    """The crates operations. Reach them as ``client.crates``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list(
        self,
        *,
        size: Size | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Crate:
        """Crates_List

        :param size:  Optional.
        :type size: Size | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The crates.
        :rtype: Crate
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_crates_list_request(
            self._config,
            size,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_crates_list_response, _response)
        return handle_crates_list_response(_response)
