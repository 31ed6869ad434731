"""Client of Notes."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from . import _methods, _operations
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent

if _t.TYPE_CHECKING:
    import httpx

    from ._operations_1 import _Operations1
    from ._operations_2 import _Operations2
    from ._operations_3 import _Operations3
    from ._operations_4 import _Operations4
    from ._operations_5 import _Operations5
    from ._operations_6 import _Operations6

__all__ = ["NotesClient"]

_PARTS: dict[str, str] = {
    "_operations_1:_Operations1": "get_note put_note",
    "_operations_2:_Operations2": "delete_note note_exists",
    "_operations_3:_Operations3": "list_notes",
    "_operations_4:_Operations4": "get_tag search",
    "_operations_5:_Operations5": "ping",
    "_operations_6:_Operations6": "list_notes_next",
}
"""The parts of the client's operations (``module:class``) and their methods: a part is
imported when one of its methods is first read."""

if _t.TYPE_CHECKING:

    class _ClientOperations(
        _Operations1, _Operations2, _Operations3, _Operations4, _Operations5, _Operations6
    ):
        """The methods of every part, as type checkers see them."""

else:
    _ClientOperations = _methods.lazy_methods("_ClientOperations", __name__, _PARTS)


class NotesClient(_ClientOperations):
    """A client whose own operations (no group, no tag) are cut into parts (x-opgen-part-budget), each imported on first use.

    :keyword endpoint: The service's base URL (default ``https://notes.example.com``).
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
        endpoint: str = "https://notes.example.com",
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
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> NotesClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
