"""The labels operations of Zoo: request building, response
handling and the sync ``LabelsOperations`` class (reach it as ``client.labels``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _unions
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Label

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["LabelsOperations"]


def build_labels_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /labels"""
    _url = config.endpoint + "/labels"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_labels_list_response(response: httpx.Response) -> list[str | Label]:
    """The result of Labels_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Labels_List response 200")
        if _body is None:
            return _t.cast("list[str | Label]", _serde.empty_body("Labels_List response 200"))
        return [
            _t.cast(
                "str | Label",
                _unions.one_of(
                    _i0,
                    "Labels_List response 200",
                    (
                        (
                            "string",
                            (),
                            lambda _u1: (
                                _u1
                                if type(_u1) is str
                                else _serde.wrong_type(_u1, "Labels_List response 200", "a string")
                            ),
                        ),
                        ("object", ("name", "color"), lambda _u1: Label.from_dict(_u1)),
                    ),
                ),
            )
            for _i0 in _serde.as_list(_body, "Labels_List response 200")
        ]
    raise _error_from_response(response)


class LabelsOperations:
    """The labels operations. Reach them as ``client.labels``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[str | Label]:
        """Labels_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Labels, as names or objects.
        :rtype: list[str | Label]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_labels_list_request(
            self._config,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_labels_list_response, _response)
        return handle_labels_list_response(_response)
