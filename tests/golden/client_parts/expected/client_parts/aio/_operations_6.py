"""A part of the client's own async operations (Notes): the methods of
the async ``NotesClient`` that ``_client.py``'s ``_PARTS`` lists for ``_operations_6``
(imported when one of them is first used); their request builders and response handlers
are the sync part's."""

from __future__ import annotations

import typing as _t

from .. import _operations_6 as _operations
from .. import _serde
from .._paging import AsyncItemPaged
from .._policy import TimeoutTypes

if _t.TYPE_CHECKING:
    from .._operations import ClientConfig
    from ..models._models_1 import Note
    from ._pipeline import AsyncPipeline

__all__ = ["_Operations6"]


class _Operations6:
    """Methods of ``NotesClient`` (async): reach them on the client; do not use this class."""

    _pipeline: AsyncPipeline
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
    ) -> AsyncItemPaged[Note]:
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
        :rtype: AsyncItemPaged[Note]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = _operations.build_list_notes_next_request(
            self._config,
            next_link,
            tag,
        )

        async def _page(_link: str | None) -> tuple[list[Note], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = _operations.next_list_notes_next_request(
                    self._config,
                    _first,
                    _link,
                    next_link,
                    tag,
                )
            _response = await self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(_operations.page_list_notes_next, _response)
            return _operations.page_list_notes_next(_response)

        return AsyncItemPaged(_page)
