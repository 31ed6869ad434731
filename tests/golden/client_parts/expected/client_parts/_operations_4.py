"""A part of the client's own operations (Notes): request building,
response handling and the sync methods of ``NotesClient`` that ``_client.py``'s
``_PARTS`` lists for ``_operations_4`` (imported when one of them is first used)."""

from __future__ import annotations

import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from ._policy import TimeoutTypes
from .models._models_1 import Note
from .models._models_2 import GetTagResult, Tag

if _t.TYPE_CHECKING:
    import httpx

    from ._operations import ClientConfig
    from ._pipeline import Pipeline
    from .models._enums_1 import Color


__all__ = ["_Operations4"]


def build_get_tag_request(
    config: ClientConfig,
    name: str,
) -> _Request:
    """GET /tags/{name}"""
    _validation.check_str("name", name, required=True)
    _url = config.endpoint + "/tags/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_get_tag_response(response: httpx.Response) -> GetTagResult:
    """The result of GetTag, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "GetTag response 200")
        _h0 = _serde.header(response.headers, "ETag", "text", "GetTag response 200 header ETag")
        return GetTagResult(
            body=(
                _serde.empty_body("GetTag response 200") if _body is None else Tag.from_dict(_body)
            ),
            e_tag=_h0,
        )
    raise _error_from_response(response)


def build_search_request(
    config: ClientConfig,
    q: str,
    color: Color | str | None,
) -> _Request:
    """POST /search"""
    _validation.check_str("q", q, required=True, min_length=1)
    _validation.check_enum("color", color, required=False, allowed=("red", "green", "blue"))
    _url = config.endpoint + "/search"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("q", _serde.to_wire(q)))
    if color is not None:
        _params.append(("color", _serde.to_wire(color)))
    return _Request("POST", _url, _params, _headers)


def handle_search_response(response: httpx.Response) -> list[Note]:
    """The result of Search, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Search response 200")
        if _body is None:
            return _t.cast("list[Note]", _serde.empty_body("Search response 200"))
        return [Note.from_dict(_i0) for _i0 in _serde.as_list(_body, "Search response 200")]
    raise _error_from_response(response)


class _Operations4:
    """Methods of ``NotesClient``: reach them on the client; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def get_tag(
        self,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> GetTagResult:
        """Read a tag.

        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The tag.
        :rtype: GetTagResult
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_get_tag_request(
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
            return _serde.strictly(handle_get_tag_response, _response)
        return handle_get_tag_response(_response)

    def search(
        self,
        q: str,
        *,
        color: Color | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Note]:
        """Find notes by text.

        :param q: The text to find.
        :type q: str
        :param color:  Optional.
        :type color: Color | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The notes found.
        :rtype: list[Note]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_search_request(
            self._config,
            q,
            color,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_search_response, _response)
        return handle_search_response(_response)
