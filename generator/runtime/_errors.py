"""Every exception this package raises, in one place.

::

    ClientError                         base of everything below
    ├── ParameterValidationError        (also a ValueError) an argument breaks a rule of the spec;
    │                                    raised before anything is sent
    ├── ServiceRequestError             the request could not be sent or answered (connection,
    │                                    timeout)
    ├── DeserializationError            a success response does not match the spec
    └── HttpResponseError               the service answered with an error status
        ├── ClientAuthenticationError   401, 403
        ├── ResourceNotFoundError       404
        └── ResourceExistsError         409

The names are those the official SDKs of many services use (HttpResponseError,
ResourceNotFoundError...), so code written against them reads the same. A package generated
from a spec that follows its cloud's own conventions may also export its SDK's name for the
base class (an alias of :class:`ClientError`, see the package's ``__init__``).
"""

from __future__ import annotations

import json as _json
import typing as _t

from ._config import RESPONSE_ID_HEADER

if _t.TYPE_CHECKING:
    import httpx


class ClientError(Exception):
    """Base class of every error this package raises."""


class ParameterValidationError(ClientError, ValueError):
    """An argument breaks a rule of the spec; raised before any network I/O.

    :ivar parameter: the Python name of the parameter.
    :ivar constraint: the rule broken: ``required``, ``min_length``, ``pattern``...
    """

    def __init__(self, parameter: str, constraint: str, detail: str) -> None:
        self.parameter = parameter
        self.constraint = constraint
        super().__init__(f"parameter {parameter!r}: {detail} ({constraint})")


class ServiceRequestError(ClientError):
    """The request could not be sent, or no response came back in time.

    :ivar attempts: how many attempts were made.
    """

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        self.attempts = attempts
        super().__init__(message)


class DeserializationError(ClientError):
    """A success response does not match the spec.

    :ivar where: the model and field (``RegistrationInfo.expirationTime``) or the body.
    """

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        super().__init__(f"{where}: {detail}")


class HttpResponseError(ClientError):
    """The service answered with an error status.

    :ivar status_code: the HTTP status.
    :ivar code: the error code from the body (``error.code``, or ``code``), if any.
    :ivar message: the error message from the body, if any.
    :ivar details: ``error.details`` from the body, if any.
    :ivar request_id: the service's request id (the response header ``_config.RESPONSE_ID_HEADER``
        names, if the spec's conventions have one), if any.
    :ivar body: the raw response body.
    :ivar headers: the response headers.
    :ivar model: the body deserialized as the operation's error model, if it parsed.
    :ivar attempts: how many attempts were made before giving up.
    :ivar response: the last ``httpx.Response``.
    """

    def __init__(
        self,
        status_code: int,
        *,
        code: str | None = None,
        message: str | None = None,
        details: list[_t.Any] | None = None,
        request_id: str | None = None,
        body: bytes = b"",
        headers: _t.Mapping[str, str] | None = None,
        model: object | None = None,
        attempts: int = 1,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.response = response
        self.code = code
        self.message = message
        self.details = details or []
        self.request_id = request_id
        self.body = body
        self.headers = dict(headers or {})
        self.model = model
        self.attempts = attempts
        text = f"HTTP {status_code}"
        if code:
            text += f" {code}"
        if message:
            text += f": {message}"
        if request_id:
            text += f" (request id {request_id})"
        super().__init__(text)


class ClientAuthenticationError(HttpResponseError):
    """401 or 403: the credential was refused or lacks permission."""


class ResourceNotFoundError(HttpResponseError):
    """404: the resource does not exist."""


class ResourceExistsError(HttpResponseError):
    """409: the resource already exists, or conflicts with the request."""


_BY_STATUS: dict[int, type[HttpResponseError]] = {
    401: ClientAuthenticationError,
    403: ClientAuthenticationError,
    404: ResourceNotFoundError,
    409: ResourceExistsError,
}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def error_from_response(
    response: httpx.Response, model: _t.Callable[[_t.Any], object] | None = None
) -> HttpResponseError:
    """The exception for an error response; a body that is not JSON is kept raw."""
    body = response.content
    try:
        parsed: _t.Any = _json.loads(body) if body else None
    except (ValueError, RecursionError):
        parsed = None
    code = message = None
    details: list[_t.Any] | None = None
    error_model = None
    if isinstance(parsed, dict):
        inner = parsed.get("error")
        error: dict[str, _t.Any] = inner if isinstance(inner, dict) else parsed
        code, message = _text(error.get("code")), _text(error.get("message"))
        details = error.get("details") if isinstance(error.get("details"), list) else None
    if model is not None and parsed is not None:  # any JSON: an object, a string, a number...
        try:
            error_model = model(parsed)
        except ClientError:
            error_model = None
    cls = _BY_STATUS.get(response.status_code, HttpResponseError)
    return cls(
        response.status_code,
        code=code,
        message=message,
        details=details,
        request_id=response.headers.get(RESPONSE_ID_HEADER) if RESPONSE_ID_HEADER else None,
        body=body,
        headers=response.headers,
        model=error_model,
        attempts=int(response.extensions.get("opgen.attempts", 1)),
        response=response,
    )
