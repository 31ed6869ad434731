"""Client of Fleet Tracker."""

from __future__ import annotations

import functools as _functools
import typing as _t
from types import TracebackType

from . import _auth, _operations, _serde
from ._credentials import TokenCredential
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent

if _t.TYPE_CHECKING:
    import httpx

    from .operations._trips_operations import TripsOperations
    from .operations._vehicles_operations import VehiclesOperations

__all__ = ["FleetTrackerClient"]


class FleetTrackerClient:
    """Vehicles and their trips, as an installable client (opgen generate --project).

    :param oauth: Any object with a ``get_token(*scopes)`` method returning
        an object with ``token`` and ``expires_on`` (``TokenCredential``). Formerly ``credential`` (still taken, deprecated).
    :param key: The API key, sent in the X-Fleet-Key header. Formerly ``x_fleet_key`` (still taken, deprecated).
    :keyword endpoint: The service's base URL (default ``https://fleet.example.com/v1``).
    :keyword credential_scopes: Token scopes for every operation (default: those its security
        requirement lists).
    :keyword http_client: An ``httpx.Client`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword request_id_header: A header to send each call's client request id in: a new
        UUID, or the call's ``client_request_id`` (default: none; nothing is sent).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the official SDKs read them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    """

    def __init__(
        self,
        credential: TokenCredential | None = None,
        *,
        oauth: TokenCredential | None = None,
        key: str | None = None,
        x_fleet_key: str | None = None,
        endpoint: str = "https://fleet.example.com/v1",
        credential_scopes: _t.Sequence[str] | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        request_id_header: str | None = None,
        strict_responses: bool = False,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
        )
        _operations.validate_client_config(self._config)
        oauth = _auth.renamed("oauth", oauth, "credential", credential)
        key = _auth.renamed("key", key, "x_fleet_key", x_fleet_key)
        self._pipeline = Pipeline(
            auth=_auth.Credentials(
                {
                    "oauth": oauth,
                    "key": key,
                },
                scopes=credential_scopes,
            ),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            request_id_header=request_id_header,
            strict_responses=strict_responses,
        )

    @_functools.cached_property
    def vehicles(self) -> VehiclesOperations:
        """VehiclesOperations: the vehicles operations (their module is imported on first use)."""
        from .operations import _vehicles_operations

        return _vehicles_operations.VehiclesOperations(self._pipeline, self._config)

    @_functools.cached_property
    def trips(self) -> TripsOperations:
        """TripsOperations: the trips operations (their module is imported on first use)."""
        from .operations import _trips_operations

        return _trips_operations.TripsOperations(self._pipeline, self._config)

    def health(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """health

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Up.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_health_request(
            self._config,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_health_response, _response)
        return _operations.handle_health_response(_response)

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> FleetTrackerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
