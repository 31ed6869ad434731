"""A part of the client's own operations (Notes): request building,
response handling and the sync methods of ``NotesClient`` that ``_client.py``'s
``_PARTS`` lists for ``_operations_1`` (imported when one of them is first used)."""

from __future__ import annotations

import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from ._policy import TimeoutTypes
from .models._models_1 import Note, NotesError

if _t.TYPE_CHECKING:
    import httpx

    from ._operations import ClientConfig
    from ._pipeline import Pipeline

_PATTERN_1 = _re.compile("^[a-z0-9]+\\Z", _re.ASCII)

__all__ = ["_Operations1"]


def build_get_note_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """GET /notes/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _url = config.endpoint + "/notes/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_get_note_response(response: httpx.Response) -> Note:
    """The result of GetNote, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "GetNote response 200")
        if _body is None:
            return _t.cast("Note", _serde.empty_body("GetNote response 200"))
        return Note.from_dict(_body)
    raise _error_from_response(response, NotesError.from_dict)


def build_put_note_request(
    config: ClientConfig,
    id: str,
    note: Note,
) -> _Request:
    """PUT /notes/{id}"""
    _validation.check_str("id", id, required=True, pattern=_PATTERN_1)
    _validation.check_model("note", note, required=True, model=Note)
    _url = config.endpoint + "/notes/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if note is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(note.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_put_note_response(response: httpx.Response) -> Note:
    """The result of PutNote, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "PutNote response 200")
        if _body is None:
            return _t.cast("Note", _serde.empty_body("PutNote response 200"))
        return Note.from_dict(_body)
    raise _error_from_response(response, NotesError.from_dict)


class _Operations1:
    """Methods of ``NotesClient``: reach them on the client; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def get_note(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Note:
        """Read a note.

        :param id: The note's id.
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The note.
        :rtype: Note
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_get_note_request(
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
            return _serde.strictly(handle_get_note_response, _response)
        return handle_get_note_response(_response)

    def put_note(
        self,
        id: str,
        note: Note,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Note:
        """Create or replace a note.

        :param id: The note's id.
        :type id: str
        :param note:
        :type note: Note
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The stored note.
        :rtype: Note
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_put_note_request(
            self._config,
            id,
            note,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_put_note_response, _response)
        return handle_put_note_response(_response)
