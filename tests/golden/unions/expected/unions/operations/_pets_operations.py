"""The pets operations of Zoo: request building, response
handling and the sync ``PetsOperations`` class (reach it as ``client.pets``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _unions, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Cat, Dog, Lizard

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["PetsOperations"]


def build_pets_get_request(
    config: ClientConfig,
    id: int | str,
) -> _Request:
    """GET /pets/{id}"""
    _validation.check_union(
        "id",
        id,
        required=True,
        variants=(
            ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
            ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
        ),
    )
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_pets_get_response(response: httpx.Response) -> Cat | Dog | Lizard:
    """The result of Pets_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Get response 200")
        if _body is None:
            return _t.cast("Cat | Dog | Lizard", _serde.empty_body("Pets_Get response 200"))
        return _t.cast(
            "Cat | Dog | Lizard",
            _unions.tagged(
                _body,
                "Pets_Get response 200",
                "petType",
                (("kitty", 0), ("Dog", 1), ("Lizard", 2)),
                (
                    ("object", ("petType", "name"), lambda _u0: Cat.from_dict(_u0)),
                    ("object", ("petType", "name"), lambda _u0: Dog.from_dict(_u0)),
                    ("object", ("petType",), lambda _u0: Lizard.from_dict(_u0)),
                ),
            ),
        )
    raise _error_from_response(response)


def build_pets_put_request(
    config: ClientConfig,
    id: int | str,
    body: Cat | Dog | Lizard,
) -> _Request:
    """PUT /pets/{id}"""
    _validation.check_union(
        "id",
        id,
        required=True,
        variants=(
            ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
            ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
        ),
    )
    _validation.check_union(
        "body",
        body,
        required=True,
        variants=(
            ((Cat,), lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Cat)),
            ((Dog,), lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Dog)),
            (
                (Lizard,),
                lambda _n, _x: _validation.check_model(_n, _x, required=True, model=Lizard),
            ),
        ),
    )
    _url = config.endpoint + "/pets/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_pets_put_response(response: httpx.Response) -> Cat | Dog | Lizard:
    """The result of Pets_Put, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Put response 200")
        if _body is None:
            return _t.cast("Cat | Dog | Lizard", _serde.empty_body("Pets_Put response 200"))
        return _t.cast(
            "Cat | Dog | Lizard",
            _unions.tagged(
                _body,
                "Pets_Put response 200",
                "petType",
                (("kitty", 0), ("Dog", 1), ("Lizard", 2)),
                (
                    ("object", ("petType", "name"), lambda _u0: Cat.from_dict(_u0)),
                    ("object", ("petType", "name"), lambda _u0: Dog.from_dict(_u0)),
                    ("object", ("petType",), lambda _u0: Lizard.from_dict(_u0)),
                ),
            ),
        )
    raise _error_from_response(response)


class PetsOperations:
    """The pets operations. Reach them as ``client.pets``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        id: int | str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Cat | Dog | Lizard:
        """Pets_Get

        :param id:
        :type id: int | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: A pet.
        :rtype: Cat | Dog | Lizard
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_get_request(
            self._config,
            id,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_pets_get_response, _response)
        return handle_pets_get_response(_response)

    def put(
        self,
        id: int | str,
        body: Cat | Dog | Lizard,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Cat | Dog | Lizard:
        """Pets_Put

        :param id:
        :type id: int | str
        :param body:
        :type body: Cat | Dog | Lizard
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The stored pet.
        :rtype: Cat | Dog | Lizard
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_put_request(
            self._config,
            id,
            body,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_pets_put_response, _response)
        return handle_pets_put_response(_response)
