"""Client of Constraint Service."""

from __future__ import annotations

import datetime as _dt
import typing as _t
from types import TracebackType

from . import _operations, _serde
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent

if _t.TYPE_CHECKING:
    import httpx

    from .models._models_1 import GetLimitsResponse

__all__ = ["ConstraintServiceClient"]


class ConstraintServiceClient:
    """Constraint Service client.

    :keyword endpoint: The service's base URL (default ``https://constraints.example.com``).
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
        *,
        endpoint: str = "https://constraints.example.com",
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
        self._pipeline = Pipeline(
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            request_id_header=request_id_header,
            strict_responses=strict_responses,
        )

    def get_limits(
        self,
        account_id: str,
        count: int,
        *,
        ratio: float | None = None,
        step: int | None = 10,
        code: str | None = None,
        x_ms_trace: str | None = None,
        since: _dt.datetime | None = None,
        verbose: bool | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> GetLimitsResponse | None:
        """Reads limits.

        :param account_id: The account.
        :type account_id: str
        :param count:
        :type count: int
        :param ratio:  Optional.
        :type ratio: float
        :param step:  Optional.
        :type step: int
        :param code:  Optional.
        :type code: str
        :param x_ms_trace:  Optional.
        :type x_ms_trace: str
        :param since:  Optional.
        :type since: _dt.datetime
        :param verbose:  Optional.
        :type verbose: bool
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The limits. / No limits.
        :rtype: GetLimitsResponse | None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_get_limits_request(
            self._config,
            account_id,
            count,
            ratio,
            step,
            code,
            x_ms_trace,
            since,
            verbose,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_get_limits_response, _response)
        return _operations.handle_get_limits_response(_response)

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> ConstraintServiceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
