"""A part of the pets operations of Pet Shop: request building,
response handling and the sync methods of ``PetsOperations`` that
``_pets_operations.py``'s ``_PARTS`` lists for ``_pets_operations_4`` (imported when one
of them is first used)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Pet

if _t.TYPE_CHECKING:
    import httpx

    from .._operations import ClientConfig
    from .._pipeline import Pipeline
    from ..models._enums_1 import Kind


__all__ = ["_PetsOperations4"]


def build_pets_search_request(
    config: ClientConfig,
    q: str,
    kind: Kind | str | None,
) -> _Request:
    """POST /search"""
    _validation.check_str("q", q, required=True, min_length=1)
    _validation.check_enum("kind", kind, required=False, allowed=("cat", "dog", "bird"))
    _url = config.endpoint + "/search"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _params.append(("q", _serde.to_wire(q)))
    if kind is not None:
        _params.append(("kind", _serde.to_wire(kind)))
    return _Request("POST", _url, _params, _headers)


def handle_pets_search_response(response: httpx.Response) -> list[Pet]:
    """The result of Pets_Search, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Pets_Search response 200")
        if _body is None:
            return _t.cast("list[Pet]", _serde.empty_body("Pets_Search response 200"))
        return [Pet.from_dict(_i0) for _i0 in _serde.as_list(_body, "Pets_Search response 200")]
    raise _error_from_response(response)


class _PetsOperations4:
    """Methods of ``PetsOperations``: reach them as ``client.pets``; do not use this class."""

    _pipeline: Pipeline
    _config: ClientConfig

    def search(
        self,
        q: str,
        *,
        kind: Kind | str | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Pet]:
        """Find pets by name.

        :param q: The text to find.
        :type q: str
        :param kind:  Optional.
        :type kind: Kind | str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The pets found.
        :rtype: list[Pet]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_pets_search_request(
            self._config,
            q,
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
            return _serde.strictly(handle_pets_search_response, _response)
        return handle_pets_search_response(_response)
