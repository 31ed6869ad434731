"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import re as _re
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models._models_1 import GetLimitsResponse

if _t.TYPE_CHECKING:
    import httpx

_PATTERN_1 = _re.compile("^[A-Z]{3}\\Z", _re.ASCII)
_PATTERN_2 = _re.compile("^[0-9a-f]+\\Z", _re.ASCII)


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_get_limits_request(
    config: ClientConfig,
    account_id: str,
    count: int,
    ratio: float | None,
    step: int | None,
    code: str | None,
    x_ms_trace: str | None,
    since: _dt.datetime | None,
    verbose: bool | None,
) -> _Request:
    """GET /accounts/{accountId}/limits"""
    _validation.check_str("account_id", account_id, required=True, fmt="uuid")
    _validation.check_number("count", count, required=True, minimum=1, maximum=100)
    _validation.check_number(
        "ratio",
        ratio,
        required=False,
        minimum=0,
        maximum=1,
        exclusive_minimum=True,
        exclusive_maximum=True,
    )
    _validation.check_number("step", step, required=False, multiple_of=5)
    _validation.check_str(
        "code", code, required=False, min_length=3, max_length=3, pattern=_PATTERN_1
    )
    _validation.check_str("x_ms_trace", x_ms_trace, required=False, pattern=_PATTERN_2)
    _validation.check_datetime("since", since, required=False)
    _validation.check_bool("verbose", verbose, required=False)
    _url = (
        config.endpoint
        + "/accounts/"
        + _serde.path_segment("account_id", _serde.to_wire(account_id))
        + "/limits"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("count", _serde.to_wire(count)))
    if ratio is not None:
        _params.append(("ratio", _serde.to_wire(ratio)))
    if step is not None:
        _params.append(("step", _serde.to_wire(step)))
    if code is not None:
        _params.append(("code", _serde.to_wire(code)))
    if x_ms_trace is not None:
        _headers["x-ms-trace"] = _serde.to_wire(x_ms_trace)
    if since is not None:
        _params.append(("since", _serde.to_wire(_serde.format_datetime(since))))
    if verbose is not None:
        _params.append(("verbose", _serde.to_wire(verbose)))
    return _Request("GET", _url, _params, _headers)


def handle_get_limits_response(response: httpx.Response) -> GetLimitsResponse | None:
    """The result of GetLimits, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "GetLimits response 200")
        if _body is None:
            return _t.cast("GetLimitsResponse", _serde.empty_body("GetLimits response 200"))
        return GetLimitsResponse.from_dict(_body)
    if _status == 204:
        return None
    raise _error_from_response(response)
