"""The stores operations of Pet Shop: request building, response
handling and the sync ``StoresOperations`` class (reach it as ``client.stores``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._paging import ItemPaged
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import PetList, ShopError, Store

if _t.TYPE_CHECKING:
    import httpx

    from ..models._models_1 import Pet
    from . import _pets_operations_5
else:
    _pets_operations_5 = _serde.LazyModule(__package__, "_pets_operations_5", globals())


__all__ = ["StoresOperations"]


def build_stores_get_request(
    config: ClientConfig,
    store: str,
) -> _Request:
    """GET /stores/{store}"""
    _validation.check_str("store", store, required=True)
    _url = config.endpoint + "/stores/" + _serde.path_segment("store", _serde.to_wire(store))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_stores_get_response(response: httpx.Response) -> Store:
    """The result of Stores_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Stores_Get response 200")
        if _body is None:
            return _t.cast("Store", _serde.empty_body("Stores_Get response 200"))
        return Store.from_dict(_body)
    raise _error_from_response(response)


def build_stores_list_pets_request(
    config: ClientConfig,
    store: str,
) -> _Request:
    """GET /stores/{store}/pets"""
    _validation.check_str("store", store, required=True)
    _url = (
        config.endpoint + "/stores/" + _serde.path_segment("store", _serde.to_wire(store)) + "/pets"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_stores_list_pets_response(response: httpx.Response) -> PetList:
    """The result of Stores_ListPets, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Stores_ListPets response 200")
        if _body is None:
            return _t.cast("PetList", _serde.empty_body("Stores_ListPets response 200"))
        return PetList.from_dict(_body)
    raise _error_from_response(response, ShopError.from_dict)


def page_stores_list_pets(response: httpx.Response) -> tuple[list[Pet], str | None]:
    """The items and the next link of a page of Stores_ListPets, or the error it raises."""
    _page = handle_stores_list_pets_response(response)
    if _page is None:  # no body, or an empty one tolerated (_serde.empty_body)
        return [], None
    return list(_page.value or ()), _page.next_link or None


def next_stores_list_pets_request(
    config: ClientConfig,
    _first: _Request,
    _link: str,
    store: str,
) -> _Request:
    """The request of the page a next link of Stores_ListPets names."""
    return _pets_operations_5.build_pets_list_next_request(config, _link)


class StoresOperations:
    """The stores operations. Reach them as ``client.stores``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        store: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Store:
        """Read a store.

        :param store:
        :type store: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The store.
        :rtype: Store
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_stores_get_request(
            self._config,
            store,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_stores_get_response, _response)
        return handle_stores_get_response(_response)

    def list_pets(
        self,
        store: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> ItemPaged[Pet]:
        """The pets of a store, a page at a time (the next pages are asked for as the Pets group asks for its own).

        :param store:
        :type store: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: An iterator over the items of every page, requesting each page as it is reached (``.by_page()``: the pages); each page: A page of pets.
        :rtype: ItemPaged[Pet]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _first = build_stores_list_pets_request(
            self._config,
            store,
        )

        def _page(_link: str | None) -> tuple[list[Pet], str | None]:
            if _link is None:
                _request = _first
            else:
                _request = next_stores_list_pets_request(
                    self._config,
                    _first,
                    _link,
                    store,
                )
            _response = self._pipeline.send(
                _request,
                timeout=timeout,
                deadline=deadline,
                retries=retries,
                client_request_id=client_request_id,
            )
            if self._pipeline.strict_responses:
                return _serde.strictly(page_stores_list_pets, _response)
            return page_stores_list_pets(_response)

        return ItemPaged(_page)
