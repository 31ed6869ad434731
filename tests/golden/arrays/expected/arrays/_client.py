"""Client of Array Service."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from . import _operations, _serde
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent
from .models import Item

if _t.TYPE_CHECKING:
    import httpx

__all__ = ["ArrayServiceClient"]


class ItemsOperations:
    """The items operations. Reach them as ``client.items``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def create(
        self,
        *,
        tags: list[str] | None = None,
        body: list[Item] | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Item]:
        """Items_Create

        :param tags:  Optional.
        :type tags: list[str]
        :param body:  Optional.
        :type body: list[Item]
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Created items.
        :rtype: list[Item]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_items_create_request(
            self._config,
            tags,
            body,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_items_create_response, _response)
        return _operations.handle_items_create_response(_response)


class ArrayServiceClient:
    """Array Service client.

    :keyword endpoint: The service's base URL (default ``https://arrays.example.com/api/v1``).
    :keyword http_client: An ``httpx.Client`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword auto_request_id: Send a new ``x-ms-client-request-id`` (a UUID) with every call
        not given one (default: on).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the Azure SDK reads them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    """

    def __init__(
        self,
        *,
        endpoint: str = "https://arrays.example.com/api/v1",
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
        )
        _operations.validate_client_config(self._config)
        self._pipeline = Pipeline(
            credential=None,
            scopes=(),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )
        self.items = ItemsOperations(self._pipeline, self._config)
        """ItemsOperations: the items operations."""

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> ArrayServiceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
