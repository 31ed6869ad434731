"""Client of Styles."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from . import _operations, _serde
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent

if _t.TYPE_CHECKING:
    import httpx

    from .models._enums_1 import CookiesTheme
    from .models._models_1 import Color, Nested

__all__ = ["StylesClient"]


class StylesClient:
    """Parameter styles (style / explode / allowReserved) in every location, and cookies.

    :keyword endpoint: The service's base URL (default ``http://localhost``).
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
        endpoint: str = "http://localhost",
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

    def query(
        self,
        *,
        id: list[int] | None = None,
        ids: list[int] | None = None,
        color: Color | None = None,
        spaced: list[str] | None = None,
        piped: list[str] | None = None,
        filter: Color | None = None,
        tags: dict[str, str] | None = None,
        flags: list[bool] | None = None,
        raw: str | None = None,
        q: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """query

        :param id:  Optional.
        :type id: list[int]
        :param ids:  Optional.
        :type ids: list[int]
        :param color:  Optional.
        :type color: Color
        :param spaced:  Optional.
        :type spaced: list[str]
        :param piped:  Optional.
        :type piped: list[str]
        :param filter:  Optional.
        :type filter: Color
        :param tags:  Optional.
        :type tags: dict[str, str]
        :param flags:  Optional.
        :type flags: list[bool]
        :param raw:  Optional.
        :type raw: str
        :param q:  Optional.
        :type q: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_query_request(
            self._config,
            id,
            ids,
            color,
            spaced,
            piped,
            filter,
            tags,
            flags,
            raw,
            q,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_query_response, _response)
        return _operations.handle_query_response(_response)

    def path(
        self,
        simple: list[int],
        label: list[int],
        matrix: list[int],
        object_: Color,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """path

        :param simple:
        :type simple: list[int]
        :param label:
        :type label: list[int]
        :param matrix:
        :type matrix: list[int]
        :param object_:
        :type object_: Color
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_path_request(
            self._config,
            simple,
            label,
            matrix,
            object_,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_path_response, _response)
        return _operations.handle_path_response(_response)

    def headers(
        self,
        *,
        x_ids: list[int] | None = None,
        x_color: Color | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """headers

        :param x_ids:  Optional.
        :type x_ids: list[int]
        :param x_color:  Optional.
        :type x_color: Color
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_headers_request(
            self._config,
            x_ids,
            x_color,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_headers_response, _response)
        return _operations.handle_headers_response(_response)

    def cookies(
        self,
        session: str,
        *,
        prefs: list[str] | None = None,
        theme: CookiesTheme | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """cookies

        :param session:
        :type session: str
        :param prefs:  Optional.
        :type prefs: list[str]
        :param theme:  Optional.
        :type theme: CookiesTheme | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_cookies_request(
            self._config,
            session,
            prefs,
            theme,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_cookies_response, _response)
        return _operations.handle_cookies_response(_response)

    def json(
        self,
        *,
        q: Color | None = None,
        x_ids: list[int] | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """json

        :param q:  Optional.
        :type q: Color
        :param x_ids:  Optional.
        :type x_ids: list[int]
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_json_request(
            self._config,
            q,
            x_ids,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_json_response, _response)
        return _operations.handle_json_response(_response)

    def unsupported(
        self,
        *,
        nested: Nested | None = None,
        x_nested: Nested | None = None,
        grid: list[list[int]] | None = None,
        plain: str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """unsupported

        :param nested:  Optional.
        :type nested: Nested
        :param x_nested:  Optional.
        :type x_nested: Nested
        :param grid:  Optional.
        :type grid: list[list[int]]
        :param plain:  Optional.
        :type plain: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Done
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_unsupported_request(
            self._config,
            nested,
            x_nested,
            grid,
            plain,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_unsupported_response, _response)
        return _operations.handle_unsupported_response(_response)

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> StylesClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
