"""The colors operations of Enum Service: request building, response
handling and the sync ``ColorsOperations`` class (reach it as ``client.colors``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Palette

if _t.TYPE_CHECKING:
    import httpx

    from ..models._enums_1 import Level, Mode


__all__ = ["ColorsOperations"]


def build_colors_list_request(
    config: ClientConfig,
    mode: Mode | str,
    level: Level | int | None,
) -> _Request:
    """GET /colors/{mode}"""
    _validation.check_enum("mode", mode, required=True, allowed=("light", "dark"))
    _validation.check_enum("level", level, required=False, allowed=(1, 2, 3))
    _url = config.endpoint + "/colors/" + _serde.path_segment("mode", _serde.to_wire(mode))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("kind", _serde.to_wire("fixed")))
    if level is not None:
        _params.append(("level", _serde.to_wire(level)))
    return _Request("GET", _url, _params, _headers)


def handle_colors_list_response(response: httpx.Response) -> Palette:
    """The result of Colors_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Colors_List response 200")
        if _body is None:
            return _t.cast("Palette", _serde.empty_body("Colors_List response 200"))
        return Palette.from_dict(_body)
    raise _error_from_response(response)


class ColorsOperations:
    """The colors operations. Reach them as ``client.colors``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list(
        self,
        mode: Mode | str,
        *,
        level: Level | int | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Palette:
        """Lists colors of a mode.

        :param mode:
        :type mode: Mode | str
        :param level:  Optional.
        :type level: Level | int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The palette.
        :rtype: Palette
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_colors_list_request(
            self._config,
            mode,
            level,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_colors_list_response, _response)
        return handle_colors_list_response(_response)
