"""The shapes operations of Shapes: request building, response
handling and the sync ``ShapesOperations`` class (reach it as ``client.shapes``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _unions, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Circle, Square

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["ShapesOperations"]


def build_shapes_get_request(
    config: ClientConfig,
    id: int | str,
    scale: float | None,
) -> _Request:
    """GET /shapes/{id}"""
    _validation.check_union(
        "id",
        id,
        required=True,
        variants=(
            ((int,), lambda _n, _x: _validation.check_number(_n, _x, required=True)),
            ((str,), lambda _n, _x: _validation.check_str(_n, _x, required=True)),
        ),
    )
    _validation.check_number("scale", scale, required=False)
    _url = config.endpoint + "/shapes/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if scale is not None:
        _params.append(("scale", _serde.to_wire(scale)))
    return _Request("GET", _url, _params, _headers)


def handle_shapes_get_response(response: httpx.Response) -> Circle | Square:
    """The result of Shapes_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Shapes_Get response 200")
        if _body is None:
            return _t.cast("Circle | Square", _serde.empty_body("Shapes_Get response 200"))
        return _t.cast(
            "Circle | Square",
            _unions.tagged(
                _body,
                "Shapes_Get response 200",
                "kind",
                (("Circle", 0), ("Square", 1)),
                (
                    ("object", ("kind", "radius"), lambda _u0: Circle.from_dict(_u0)),
                    ("object", ("kind", "side"), lambda _u0: Square.from_dict(_u0)),
                ),
            ),
        )
    raise _error_from_response(response)


class ShapesOperations:
    """The shapes operations. Reach them as ``client.shapes``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        id: int | str,
        *,
        scale: float | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Circle | Square:
        """Shapes_Get

        :param id:
        :type id: int | str
        :param scale:  Optional.
        :type scale: float
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: A shape.
        :rtype: Circle | Square
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_shapes_get_request(
            self._config,
            id,
            scale,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_shapes_get_response, _response)
        return handle_shapes_get_response(_response)
