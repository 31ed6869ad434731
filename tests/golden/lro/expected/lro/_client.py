"""Client of Disk Service."""

from __future__ import annotations

import functools as _functools
import typing as _t
from types import TracebackType

from . import _auth, _operations
from ._credentials import TokenCredential, scopes_for
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent

if _t.TYPE_CHECKING:
    import httpx

    from .operations._disks_operations import DisksOperations

__all__ = ["DiskServiceClient"]


class DiskServiceClient:
    """Disk Service client.

    :param credential: Any object with azure-core's ``TokenCredential`` protocol,
        for instance ``azure.identity.DefaultAzureCredential()``.
    :keyword endpoint: The service's base URL (default ``https://management.example.com``).
    :keyword credential_scopes: Token scopes for every operation (default: those its security
        requirement lists, else ``<endpoint>/.default``).
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
    :keyword polling_interval: Seconds between two polls of a long-running operation when
        the service sends no ``Retry-After`` (default 30).
    """

    def __init__(
        self,
        credential: TokenCredential,
        *,
        endpoint: str = "https://management.example.com",
        credential_scopes: _t.Sequence[str] | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
        polling_interval: float = 30.0,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
            polling_interval=polling_interval,
        )
        _operations.validate_client_config(self._config)
        _auth.require("credential", credential)
        self._pipeline = Pipeline(
            auth=_auth.Credentials(
                {
                    "credential": credential,
                },
                scopes=credential_scopes,
                default_scopes=scopes_for(endpoint, None),
            ),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )

    @_functools.cached_property
    def disks(self) -> DisksOperations:
        """DisksOperations: the disks operations (their module is imported on first use)."""
        from .operations import _disks_operations

        return _disks_operations.DisksOperations(self._pipeline, self._config)

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> DiskServiceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
