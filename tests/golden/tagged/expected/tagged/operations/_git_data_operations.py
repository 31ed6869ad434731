"""The git_data operations of Code Host: request building, response
handling and the sync ``GitDataOperations`` class (reach it as ``client.git_data``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import CreateBlobBody, GitRef

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["GitDataOperations"]


def build_git_data_get_ref_request(
    config: ClientConfig,
    owner: str,
    repo: str,
    ref: str,
) -> _Request:
    """GET /repos/{owner}/{repo}/git/refs/{ref}"""
    _validation.check_str("owner", owner, required=True)
    _validation.check_str("repo", repo, required=True)
    _validation.check_str("ref", ref, required=True)
    _url = (
        config.endpoint
        + "/repos/"
        + _serde.path_segment("owner", _serde.to_wire(owner))
        + "/"
        + _serde.path_segment("repo", _serde.to_wire(repo))
        + "/git/refs/"
        + _serde.path_segment("ref", _serde.to_wire(ref))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_git_data_get_ref_response(response: httpx.Response) -> GitRef:
    """The result of gitData/getRef, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "gitData/getRef response 200")
        if _body is None:
            return _t.cast("GitRef", _serde.empty_body("gitData/getRef response 200"))
        return GitRef.from_dict(_body)
    raise _error_from_response(response)


def build_git_data_create_blob_request(
    config: ClientConfig,
    owner: str,
    repo: str,
    body: CreateBlobBody,
) -> _Request:
    """POST /repos/{owner}/{repo}/git/blobs"""
    _validation.check_str("owner", owner, required=True)
    _validation.check_str("repo", repo, required=True)
    _validation.check_model("body", body, required=True, model=CreateBlobBody)
    _url = (
        config.endpoint
        + "/repos/"
        + _serde.path_segment("owner", _serde.to_wire(owner))
        + "/"
        + _serde.path_segment("repo", _serde.to_wire(repo))
        + "/git/blobs"
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/json"
        _content = _serde.json_bytes(body.to_dict(exclude_readonly=True))
    return _Request("POST", _url, _params, _headers, _content)


def handle_git_data_create_blob_response(response: httpx.Response) -> GitRef:
    """The result of create-blob, or the error it raises."""
    _status = response.status_code
    if _status == 201:
        _body = _serde.json_body(response.content, "create-blob response 201")
        if _body is None:
            return _t.cast("GitRef", _serde.empty_body("create-blob response 201"))
        return GitRef.from_dict(_body)
    raise _error_from_response(response)


class GitDataOperations:
    """The git_data operations. Reach them as ``client.git_data``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get_ref(
        self,
        owner: str,
        repo: str,
        ref: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> GitRef:
        """The tag "Git Data" is the group git_data; the id's leading words git, data are dropped.

        :param owner:
        :type owner: str
        :param repo:
        :type repo: str
        :param ref:
        :type ref: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The reference.
        :rtype: GitRef
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_git_data_get_ref_request(
            self._config,
            owner,
            repo,
            ref,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_git_data_get_ref_response, _response)
        return handle_git_data_get_ref_response(_response)

    def create_blob(
        self,
        owner: str,
        repo: str,
        body: CreateBlobBody,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> GitRef:
        """Only the first tag counts; the id has no prefix to drop.

        :param owner:
        :type owner: str
        :param repo:
        :type repo: str
        :param body:
        :type body: CreateBlobBody
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The blob's reference.
        :rtype: GitRef
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_git_data_create_blob_request(
            self._config,
            owner,
            repo,
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
            return _serde.strictly(handle_git_data_create_blob_response, _response)
        return handle_git_data_create_blob_response(_response)
