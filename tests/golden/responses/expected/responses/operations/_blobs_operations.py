"""The blobs operations of Blob Store: request building, response
handling and the sync ``BlobsOperations`` class (reach it as ``client.blobs``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._enums_1 import Tier, _Tier_MEMBERS
from ..models._models_1 import (
    Blob,
    BlobsGetResult,
    BlobsPut201Result,
    BlobsPut202Result,
    CloudError,
    Tombstone,
)

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["BlobsOperations"]


def build_blobs_get_request(
    config: ClientConfig,
    name: str,
) -> _Request:
    """GET /blobs/{name}"""
    _validation.check_str("name", name, required=True)
    _url = config.endpoint + "/blobs/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_blobs_get_response(response: httpx.Response) -> BlobsGetResult | Tombstone:
    """The result of Blobs_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Blobs_Get response 200")
        _h0 = _serde.header(response.headers, "ETag", "text", "Blobs_Get response 200 header ETag")
        _h1 = _serde.header(
            response.headers, "Last-Modified", "str", "Blobs_Get response 200 header Last-Modified"
        )
        _h2 = _serde.header(
            response.headers,
            "x-ms-version-count",
            "int",
            "Blobs_Get response 200 header x-ms-version-count",
        )
        return BlobsGetResult(
            body=(
                _serde.empty_body("Blobs_Get response 200")
                if _body is None
                else Blob.from_dict(_body)
            ),
            e_tag=_h0,
            last_modified=(
                None
                if _h1 is None
                else _serde.parse_rfc1123(_h1, "Blobs_Get response 200 header Last-Modified")
            ),
            x_ms_version_count=(
                None
                if _h2 is None
                else _serde.parse_int64(_h2, "Blobs_Get response 200 header x-ms-version-count")
            ),
        )
    if _status == 404:
        _body = _serde.json_body(response.content, "Blobs_Get response 404")
        if _body is None:
            return _t.cast("Tombstone", _serde.empty_body("Blobs_Get response 404"))
        return Tombstone.from_dict(_body)
    raise _error_from_response(response, CloudError.from_dict)


def build_blobs_put_request(
    config: ClientConfig,
    name: str,
    blob: Blob,
) -> _Request:
    """PUT /blobs/{name}"""
    _validation.check_str("name", name, required=True)
    _validation.check_model("blob", blob, required=True, model=Blob)
    _url = config.endpoint + "/blobs/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if blob is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(blob.to_dict(exclude_readonly=True))
    return _Request("PUT", _url, _params, _headers, _content)


def handle_blobs_put_response(response: httpx.Response) -> BlobsPut201Result | BlobsPut202Result:
    """The result of Blobs_Put, or the error it raises."""
    _status = response.status_code
    if _status == 201:
        _h0 = _serde.header(
            response.headers, "Location", "text", "Blobs_Put response 201 header Location"
        )
        _h1 = _serde.header(
            response.headers, "Retry-After", "int", "Blobs_Put response 201 header Retry-After"
        )
        _h2 = _serde.header(
            response.headers, "x-ms-created", "str", "Blobs_Put response 201 header x-ms-created"
        )
        _h3 = _serde.header(
            response.headers, "x-ms-tier", "str", "Blobs_Put response 201 header x-ms-tier"
        )
        _h4 = _serde.header(
            response.headers, "x-ms-sealed", "bool", "Blobs_Put response 201 header x-ms-sealed"
        )
        _h5 = _serde.header(
            response.headers, "x-ms-ratio", "float", "Blobs_Put response 201 header x-ms-ratio"
        )
        _h6 = _serde.header(
            response.headers, "x-ms-ttl", "str", "Blobs_Put response 201 header x-ms-ttl"
        )
        _h7 = _serde.header(
            response.headers, "Content-MD5", "str", "Blobs_Put response 201 header Content-MD5"
        )
        _h8 = _serde.header(
            response.headers, "x-ms-born", "str", "Blobs_Put response 201 header x-ms-born"
        )
        return BlobsPut201Result(
            location=_h0,
            retry_after=(
                None
                if _h1 is None
                else _serde.parse_int32(_h1, "Blobs_Put response 201 header Retry-After")
            ),
            x_ms_created=(
                None
                if _h2 is None
                else _serde.parse_datetime(_h2, "Blobs_Put response 201 header x-ms-created")
            ),
            x_ms_tier=(
                None
                if _h3 is None
                else (
                    _Tier_MEMBERS.get(_h3, _h3)
                    if type(_h3) is str
                    else _serde.as_enum(Tier, _h3, "Blobs_Put response 201 header x-ms-tier")
                )
            ),
            x_ms_sealed=_h4,
            x_ms_ratio=_h5,
            x_ms_ttl=(
                None
                if _h6 is None
                else _serde.parse_duration(_h6, "Blobs_Put response 201 header x-ms-ttl")
            ),
            content_md5=(
                None
                if _h7 is None
                else _serde.parse_byte(_h7, "Blobs_Put response 201 header Content-MD5")
            ),
            x_ms_born=(
                None
                if _h8 is None
                else _serde.parse_date(_h8, "Blobs_Put response 201 header x-ms-born")
            ),
        )
    if _status == 202:
        _h0 = _serde.header(
            response.headers, "Location", "text", "Blobs_Put response 202 header Location"
        )
        return BlobsPut202Result(
            location=_h0,
        )
    if _status == 409:
        raise _error_from_response(
            response,
            lambda _body: (
                _body
                if type(_body) is str
                else _serde.wrong_type(_body, "Blobs_Put response 409", "a string")
            ),
        )
    raise _error_from_response(response, CloudError.from_dict)


def build_blobs_exists_request(
    config: ClientConfig,
    name: str,
) -> _Request:
    """HEAD /blobs/{name}"""
    _validation.check_str("name", name, required=True)
    _url = config.endpoint + "/blobs/" + _serde.path_segment("name", _serde.to_wire(name))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("HEAD", _url, _params, _headers)


def handle_blobs_exists_response(response: httpx.Response) -> bool:
    """The result of Blobs_Exists, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return True
    if _status == 404:
        return False
    raise _error_from_response(response)


class BlobsOperations:
    """The blobs operations. Reach them as ``client.blobs``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> BlobsGetResult | Tombstone:
        """Blobs_Get

        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The blob's metadata, and its version in headers. / Declared, without x-ms-error-response, so a result.
        :rtype: BlobsGetResult | Tombstone
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_blobs_get_request(
            self._config,
            name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_blobs_get_response, _response)
        return handle_blobs_get_response(_response)

    def put(
        self,
        name: str,
        blob: Blob,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> BlobsPut201Result | BlobsPut202Result:
        """Blobs_Put

        :param name:
        :type name: str
        :param blob:
        :type blob: Blob
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Created. / Accepted.
        :rtype: BlobsPut201Result | BlobsPut202Result
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_blobs_put_request(
            self._config,
            name,
            blob,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_blobs_put_response, _response)
        return handle_blobs_put_response(_response)

    def exists(
        self,
        name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> bool:
        """Blobs_Exists

        :param name:
        :type name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: It exists. / It does not.
        :rtype: bool
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_blobs_exists_request(
            self._config,
            name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_blobs_exists_response, _response)
        return handle_blobs_exists_response(_response)
