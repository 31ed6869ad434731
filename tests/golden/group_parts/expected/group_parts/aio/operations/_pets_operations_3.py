"""A part of the async pets operations of Pet Shop: the methods of the
async ``PetsOperations`` that ``_pets_operations.py``'s ``_PARTS`` lists for
``_pets_operations_3`` (imported when one of them is first used); their request builders and
response handlers are the sync part's."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._policy import TimeoutTypes
from ..._streams import ByteStream
from ...operations import _pets_operations_3 as _operations

if _t.TYPE_CHECKING:
    from ..._operations import ClientConfig
    from ...models._models_1 import Pet
    from .._pipeline import AsyncPipeline

__all__ = ["_PetsOperations3"]


class _PetsOperations3:
    """Methods of ``PetsOperations`` (async): reach them as ``client.pets``; do not use this class."""

    _pipeline: AsyncPipeline
    _config: ClientConfig

    async def get_photo(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ByteStream:
        """A pet's photo.

        :param id:
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The photo.
        :rtype: ByteStream
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_pets_get_photo_request(
            self._config,
            id,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_pets_get_photo_response, _response)
        return _operations.handle_pets_get_photo_response(_response)

    async def feed(
        self,
        id: str,
        grams: int,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Pet:
        """Feed a pet.

        :param id:
        :type id: str
        :param grams: How much food.
        :type grams: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The fed pet.
        :rtype: Pet
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_pets_feed_request(
            self._config,
            id,
            grams,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_pets_feed_response, _response)
        return _operations.handle_pets_feed_response(_response)
