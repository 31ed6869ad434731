"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import ErrorResponse, Tree

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_trees_put_request(
    config: ClientConfig,
    name: str,
    body: Tree,
) -> _Request:
    """PUT /trees/{name}"""
    _validation.check_str("name", name, required=True)
    _validation.check_model("body", body, required=True, model=Tree)
    _url = config.endpoint + "/trees/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_trees_put_response(response: httpx.Response) -> Tree:
    """The result of Trees_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Trees_Put response 200")
        if _body is None:
            return _t.cast("Tree", _serde.empty_body("Trees_Put response 200"))
        return Tree.from_dict(_body)
    raise _error_from_response(response, ErrorResponse.from_dict)
