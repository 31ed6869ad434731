"""A part of the client's own operations (Notes): request building,
response handling and the sync methods of ``NotesClient`` that ``_client.py``'s
``_PARTS`` lists for ``_operations_6`` (imported when one of them is first used)."""

from __future__ import annotations

import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._paging import ItemPaged
from ._policy import Request as _Request
from ._policy import TimeoutTypes
from .models._models_1 import NotesError
from .models._models_2 import NoteList

if _t.TYPE_CHECKING:
    import httpx

    from ._operations import ClientConfig
    from ._pipeline import Pipeline
    from .models._models_1 import Note


__all__ = ["_Operations6"]


def build_list_notes_next_request(
    config: ClientConfig,
    next_link: str,
    tag: str | None,
) -> _Request:
    """GET /notes?next={nextLink}"""
    _validation.check_str("next_link", next_link, required=True)
    _validation.check_str("tag", tag, required=False, max_length=20)
    _url = config.endpoint + "/notes?next=" + _serde.to_wire(next_link)
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if tag is not None:
        _params.append(("tag", _serde.to_wire(tag)))
    return _Request("GET", _url, _params, _headers)


def handle_list_notes_next_response(response: httpx.Response) -> NoteList:
    """The result of ListNotesNext, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ListNotesNext response 200")
        if _body is None:
            return _t.cast("NoteList", _serde.empty_body("ListNotesNext response 200"))
        return NoteList.from_dict(_body)
    raise _error_from_response(response, NotesError.from_dict)


def page_list_notes_next(response: httpx.Response) -> tuple[list[Note], str | None]:
    """The items and the next link of a page of ListNotesNext, or the error it raises."""
    _page = handle_list_notes_next_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_list_notes_next_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    next_link: str,
    tag: str | None,
) -> _Request:
    """The request of the page a next link of ListNotesNext names."""
    return build_list_notes_next_request(config, _link, tag)


class _Operations6:
    """Methods of ``NotesClient``: reach them on the client; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def list_notes_next(
        self,
        next_link: str,
        *,
        tag: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[Note]:
        """The next page of notes.

        :param next_link:
        :type next_link: str
        :param tag:  Optional.
        :type tag: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of notes.
        :rtype: ItemPaged[Note]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_list_notes_next_request(
            self._config,
            next_link,
            tag,
        )

        def _page(_link: str | None) -> tuple[list[Note], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_list_notes_next_request(
                    self._config,
                    _first,
                    _link,
                    next_link,
                    tag,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_list_notes_next, _response)
            return page_list_notes_next(_response)

        return ItemPaged(_page)
