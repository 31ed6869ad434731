"""A part of the client's own operations (Notes): request building,
response handling and the sync methods of ``NotesClient`` that ``_client.py``'s
``_PARTS`` lists for ``_operations_2`` (imported when one of them is first used)."""

from __future__ import annotations

import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from ._policy import TimeoutTypes
from .models._models_1 import NotesError

if _t.TYPE_CHECKING:
    import httpx

    from ._operations import ClientConfig
    from ._pipeline import Pipeline

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = ["_Operations2"]


def build_delete_note_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """DELETE /notes/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/notes/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("DELETE", _url, _params, _headers)


def handle_delete_note_response(response: httpx.Response) -> None:
    """The result of DeleteNote, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response, NotesError.from_dict)


def build_note_exists_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """HEAD /notes/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/notes/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("HEAD", _url, _params, _headers)


def handle_note_exists_response(response: httpx.Response) -> bool:
    """The result of NoteExists, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return True
    if _status == 404:
        return False
    raise _error_from_response(response)


class _Operations2:
    """Methods of ``NotesClient``: reach them on the client; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def delete_note(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """Delete a note.

        :param id: The note's id.
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
        _request = build_delete_note_request(
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
            return _serde.strictly(handle_delete_note_response, _response)
        return handle_delete_note_response(_response)

    def note_exists(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> bool:
        """Whether a note exists.

        :param id: The note's id.
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
        _request = build_note_exists_request(
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
            return _serde.strictly(handle_note_exists_response, _response)
        return handle_note_exists_response(_response)
