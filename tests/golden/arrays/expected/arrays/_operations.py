"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import Item

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_items_create_request(
    config: ClientConfig,
    tags: list[str] | None,
    body: list[Item] | None,
) -> _Request:
    """POST /items"""
    _validation.check_list("tags", tags, required=False, max_items=5, unique_items=True)
    for _tags_item in tags or ():
        _validation.check_str("tags[]", _tags_item, required=True, max_length=10)
    _validation.check_list("body", body, required=False, min_items=1)
    for _body_item in body or ():
        _validation.check_model("body[]", _body_item, required=True, model=Item)
    _url = config.endpoint + "/items"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    for _item in tags or ():
        _params.append(("tags", _serde.to_wire(_item)))
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes([_i0.to_dict(exclude_readonly=True) for _i0 in body])
    return _Request("POST", _url, _params, _headers, _content)


def handle_items_create_response(response: httpx.Response) -> list[Item]:
    """The result of Items_Create, or the error it raises."""
    _status = response.status_code
    if _status == 201:
        _body = _serde.json_body(response.content, "Items_Create response 201")
        if _body is None:
            return _t.cast("list[Item]", _serde.empty_body("Items_Create response 201"))
        return [Item.from_dict(_i0) for _i0 in _serde.as_list(_body, "Items_Create response 201")]
    raise _error_from_response(response)
