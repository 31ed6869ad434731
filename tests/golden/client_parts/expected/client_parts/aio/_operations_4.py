"""A part of the client's own async operations (Notes): the methods of
the async ``NotesClient`` that ``_client.py``'s ``_PARTS`` lists for ``_operations_4``
(imported when one of them is first used); their request builders and response handlers
are the sync part's."""

from __future__ import annotations

import typing as _t

from .. import _operations_4 as _operations
from .. import _serde
from .._policy import TimeoutTypes

if _t.TYPE_CHECKING:
    from .._operations import ClientConfig
    from ..models._enums_1 import Color
    from ..models._models_1 import Note
    from ..models._models_2 import GetTagResult
    from ._pipeline import AsyncPipeline

__all__ = ["_Operations4"]


class _Operations4:
    """Methods of ``NotesClient`` (async): reach them on the client; do not use this class."""

    _pipeline: AsyncPipeline
    _config: ClientConfig

    async def get_tag(
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
        _request = _operations.build_get_tag_request(
            self._config,
            name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_get_tag_response, _response)
        return _operations.handle_get_tag_response(_response)

    async def search(
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
        _request = _operations.build_search_request(
            self._config,
            q,
            color,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_search_response, _response)
        return _operations.handle_search_response(_response)
