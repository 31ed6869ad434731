"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models._models_1 import PetList, ShopError

if _t.TYPE_CHECKING:
    import httpx

    from .models._models_1 import Pet
    from .operations import _pets_operations_5
else:
    _pets_operations_5 = _serde.LazyModule(
        __package__ + ".operations", "_pets_operations_5", globals()
    )


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


def build_list_all_pets_request(
    config: ClientConfig,
) -> _Request:
    """GET /all-pets"""
    _url = config.endpoint + "/all-pets"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_list_all_pets_response(response: httpx.Response) -> PetList:
    """The result of ListAllPets, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ListAllPets response 200")
        if _body is None:
            return _t.cast("PetList", _serde.empty_body("ListAllPets response 200"))
        return PetList.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


def page_list_all_pets(response: httpx.Response) -> tuple[list[Pet], str | None]:
    """The items and the next link of a page of ListAllPets, or the error it raises."""
    _page = handle_list_all_pets_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_list_all_pets_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
) -> _Request:
    """The request of the page a next link of ListAllPets names."""
    return _pets_operations_5.build_pets_list_next_request(config, _link)


def build_ping_request(
    config: ClientConfig,
) -> _Request:
    """GET /ping"""
    _url = config.endpoint + "/ping"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_ping_response(response: httpx.Response) -> str:
    """The result of Ping, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Ping response 200")
        if _body is None:
            return _t.cast("str", _serde.empty_body("Ping response 200"))
        return (
            _body
            if type(_body) is str
            else _serde.wrong_type(_body, "Ping response 200", "a string")
        )
    raise _error_from_response(response)
