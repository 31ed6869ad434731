"""A part of the pets operations of Pet Shop: request building,
response handling and the sync methods of ``PetsOperations`` that
``_pets_operations.py``'s ``_PARTS`` lists for ``_pets_operations_6`` (imported when one
of them is first used)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._paging import ItemPaged
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import PetList, ShopError

if _t.TYPE_CHECKING:
    import httpx

    from .._operations import ClientConfig
    from .._pipeline import Pipeline
    from ..models._enums_1 import Kind
    from ..models._models_1 import Pet
    from . import _pets_operations_5
else:
    _pets_operations_5 = _serde.LazyModule(__package__, "_pets_operations_5", globals())


__all__ = ["_PetsOperations6"]


def build_pets_list_request(
    config: ClientConfig,
    kind: Kind | str | None,
) -> _Request:
    """GET /pets"""
    _validation.check_enum("kind", kind, required=False, allowed=("cat", "dog", "bird"))
    _url = config.endpoint + "/pets"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if kind is not None:
        _params.append(("kind", _serde.to_wire(kind)))
    return _Request("GET", _url, _params, _headers)


def handle_pets_list_response(response: httpx.Response) -> PetList:
    """The result of Pets_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_List response 200")
        if _body is None:
            return _t.cast("PetList", _serde.empty_body("Pets_List response 200"))
        return PetList.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


def page_pets_list(response: httpx.Response) -> tuple[list[Pet], str | None]:
    """The items and the next link of a page of Pets_List, or the error it raises."""
    _page = handle_pets_list_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_pets_list_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    kind: Kind | str | None,
) -> _Request:
    """The request of the page a next link of Pets_List names."""
    return _pets_operations_5.build_pets_list_next_request(config, _link)


class _PetsOperations6:
    """Methods of ``PetsOperations``: reach them as ``client.pets``; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def list(
        self,
        *,
        kind: Kind | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[Pet]:
        """Every pet, a page at a time.

        :param kind: Only the pets of this kind. Optional.
        :type kind: Kind | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of pets.
        :rtype: ItemPaged[Pet]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_pets_list_request(
            self._config,
            kind,
        )

        def _page(_link: str | None) -> tuple[list[Pet], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_pets_list_request(
                    self._config,
                    _first,
                    _link,
                    kind,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_pets_list, _response)
            return page_pets_list(_response)

        return ItemPaged(_page)
