"""Request building and response handling for every operation, shared by the sync
and async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from . import _serde, _validation
from ._errors import error_from_response as _error_from_response
from ._policy import Request as _Request
from .models import CreateBlobBody, GitRef, Repository

if _t.TYPE_CHECKING:
    import httpx


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None


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


def build_meta_zen_request(
    config: ClientConfig,
) -> _Request:
    """GET /zen"""
    _url = config.endpoint + "/zen"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_meta_zen_response(response: httpx.Response) -> str:
    """The result of meta/zen, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return response.text
    raise _error_from_response(response)
