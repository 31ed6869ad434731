"""Client of Code Host."""

from __future__ import annotations

import typing as _t
from types import TracebackType

from . import _operations, _serde
from ._pipeline import Pipeline
from ._policy import RetryPolicy, TimeoutTypes
from ._policy import user_agent as _user_agent
from .models import CreateBlobBody, GitRef, Repository

if _t.TYPE_CHECKING:
    import httpx

__all__ = ["CodeHostClient"]


class ReposOperations:
    """The repos operations. Reach them as ``client.repos``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The repository.
        :rtype: Repository
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_repos_get_request(
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
            return _serde.strictly(_operations.handle_repos_get_response, _response)
        return _operations.handle_repos_get_response(_response)

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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Deleted.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_repos_delete_request(
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
            return _serde.strictly(_operations.handle_repos_delete_response, _response)
        return _operations.handle_repos_delete_response(_response)

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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The repository.
        :rtype: Repository
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_repos_get_2_request(
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
            return _serde.strictly(_operations.handle_repos_get_2_response, _response)
        return _operations.handle_repos_get_2_response(_response)

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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The organization's repositories.
        :rtype: list[Repository]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_repos_list_for_org_request(
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
            return _serde.strictly(_operations.handle_repos_list_for_org_response, _response)
        return _operations.handle_repos_list_for_org_response(_response)


class GitDataOperations:
    """The git_data operations. Reach them as ``client.git_data``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: _operations.ClientConfig) -> None:
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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The reference.
        :rtype: GitRef
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_git_data_get_ref_request(
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
            return _serde.strictly(_operations.handle_git_data_get_ref_response, _response)
        return _operations.handle_git_data_get_ref_response(_response)

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
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The blob's reference.
        :rtype: GitRef
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_git_data_create_blob_request(
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
            return _serde.strictly(_operations.handle_git_data_create_blob_response, _response)
        return _operations.handle_git_data_create_blob_response(_response)


class CodeHostClient:
    """Operations grouped by their first tag, as GitHub's spec has them: no x-ms-* extension, operationIds without Azure's Group_ prefix.

    :keyword endpoint: The service's base URL (default ``https://api.codehost.example``).
    :keyword http_client: An ``httpx.Client`` to send with (proxies, certificates, HTTP/2);
        the client never closes one it was given.
    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).
    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).
    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.
    :keyword user_agent: Text put before the ``User-Agent`` this package sends.
    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret
        field replaced by ``***`` (default: off).
    :keyword auto_request_id: Send a new ``x-ms-client-request-id`` (a UUID) with every call
        not given one (default: on).
    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from
        the spec: a required value absent or null, an empty body where JSON was declared, an
        integer outside its format's range, a malformed UUID. Default off: those are read as
        the Azure SDK reads them (None, or the value kept) and logged once at DEBUG. A value
        of the wrong JSON type raises either way.
    """

    def __init__(
        self,
        *,
        endpoint: str = "https://api.codehost.example",
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | RetryPolicy = 3,
        user_agent: str | None = None,
        log_bodies: bool = False,
        auto_request_id: bool = True,
        strict_responses: bool = False,
    ) -> None:
        endpoint = endpoint.rstrip("/")
        self._config = _operations.ClientConfig(
            endpoint=endpoint,
        )
        _operations.validate_client_config(self._config)
        self._pipeline = Pipeline(
            credential=None,
            scopes=(),
            http_client=http_client,
            timeout=timeout,
            deadline=deadline,
            retry=RetryPolicy.of(retries),
            user_agent=_user_agent(user_agent),
            log_bodies=log_bodies,
            auto_request_id=auto_request_id,
            strict_responses=strict_responses,
        )
        self.repos = ReposOperations(self._pipeline, self._config)
        """ReposOperations: the repos operations."""
        self.git_data = GitDataOperations(self._pipeline, self._config)
        """GitDataOperations: the git_data operations."""

    def meta_zen(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> str:
        """Untagged, so a method of the client, meta_zen. Only tags make groups here.

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: A saying.
        :rtype: str
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_meta_zen_request(
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
            return _serde.strictly(_operations.handle_meta_zen_response, _response)
        return _operations.handle_meta_zen_response(_response)

    def close(self) -> None:
        """Close the connections this client opened (not an ``http_client`` it was given)."""
        self._pipeline.close()

    def __enter__(self) -> CodeHostClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
