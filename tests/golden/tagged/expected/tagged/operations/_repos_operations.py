"""The repos operations of Code Host: request building, response
handling and the sync ``ReposOperations`` class (reach it as ``client.repos``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Repository

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["ReposOperations"]


def build_repos_get_request(
    config: ClientConfig,
    owner: str,
    repo: str,
) -> _Request:
    """GET /repos/{owner}/{repo}"""
    _validation.check_str("owner", owner, required=True)
    _validation.check_str("repo", repo, required=True)
    _url = (
        config.endpoint
        + "/repos/"
        + _serde.path_segment("owner", _serde.to_wire(owner))
        + "/"
        + _serde.path_segment("repo", _serde.to_wire(repo))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_repos_get_response(response: httpx.Response) -> Repository:
    """The result of repos/get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "repos/get response 200")
        if _body is None:
            return _t.cast("Repository", _serde.empty_body("repos/get response 200"))
        return Repository.from_dict(_body)
    raise _error_from_response(response)


def build_repos_delete_request(
    config: ClientConfig,
    owner: str,
    repo: str,
) -> _Request:
    """DELETE /repos/{owner}/{repo}"""
    _validation.check_str("owner", owner, required=True)
    _validation.check_str("repo", repo, required=True)
    _url = (
        config.endpoint
        + "/repos/"
        + _serde.path_segment("owner", _serde.to_wire(owner))
        + "/"
        + _serde.path_segment("repo", _serde.to_wire(repo))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("DELETE", _url, _params, _headers)


def handle_repos_delete_response(response: httpx.Response) -> None:
    """The result of repos_delete, or the error it raises."""
    _status = response.status_code
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_repos_get_2_request(
    config: ClientConfig,
    id: int,
) -> _Request:
    """GET /repositories/{id}"""
    _validation.check_number("id", id, required=True)
    _url = config.endpoint + "/repositories/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_repos_get_2_response(response: httpx.Response) -> Repository:
    """The result of ReposGet, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "ReposGet response 200")
        if _body is None:
            return _t.cast("Repository", _serde.empty_body("ReposGet response 200"))
        return Repository.from_dict(_body)
    raise _error_from_response(response)


def build_repos_list_for_org_request(
    config: ClientConfig,
    org: str,
    per_page: int | None,
) -> _Request:
    """GET /orgs/{org}/repos"""
    _validation.check_str("org", org, required=True)
    _validation.check_number("per_page", per_page, required=False, minimum=1, maximum=100)
    _url = config.endpoint + "/orgs/" + _serde.path_segment("org", _serde.to_wire(org)) + "/repos"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    if per_page is not None:
        _params.append(("per_page", _serde.to_wire(per_page)))
    return _Request("GET", _url, _params, _headers)


def handle_repos_list_for_org_response(response: httpx.Response) -> list[Repository]:
    """The result of repos/list-for-org, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "repos/list-for-org response 200")
        if _body is None:
            return _t.cast("list[Repository]", _serde.empty_body("repos/list-for-org response 200"))
        return [
            Repository.from_dict(_i0)
            for _i0 in _serde.as_list(_body, "repos/list-for-org response 200")
        ]
    raise _error_from_response(response)


class ReposOperations:
    """The repos operations. Reach them as ``client.repos``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        owner: str,
        repo: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Repository:
        """GitHub's form, <tag>/<kebab-name>, becomes repos.get.

        :param owner:
        :type owner: str
        :param repo:
        :type repo: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The repository.
        :rtype: Repository
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_repos_get_request(
            self._config,
            owner,
            repo,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_repos_get_response, _response)
        return handle_repos_get_response(_response)

    def delete(
        self,
        owner: str,
        repo: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """An id repeating the tag with _ loses it too, becoming repos.delete.

        :param owner:
        :type owner: str
        :param repo:
        :type repo: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Deleted.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_repos_delete_request(
            self._config,
            owner,
            repo,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_repos_delete_response, _response)
        return handle_repos_delete_response(_response)

    def get_2(
        self,
        id: int,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Repository:
        """Also repos.get once the tag is dropped, so the second one is repos.get_2.

        :param id:
        :type id: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The repository.
        :rtype: Repository
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_repos_get_2_request(
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
            return _serde.strictly(handle_repos_get_2_response, _response)
        return handle_repos_get_2_response(_response)

    def list_for_org(
        self,
        org: str,
        *,
        per_page: int | None = 30,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Repository]:
        """repos/list-for-org

        :param org:
        :type org: str
        :param per_page:  Optional.
        :type per_page: int
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: The organization's repositories.
        :rtype: list[Repository]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_repos_list_for_org_request(
            self._config,
            org,
            per_page,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_repos_list_for_org_response, _response)
        return handle_repos_list_for_org_response(_response)
