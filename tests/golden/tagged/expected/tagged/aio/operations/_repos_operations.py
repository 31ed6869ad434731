"""The async repos operations of Code Host (reach them as ``client.repos``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _repos_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import Repository

__all__ = ["ReposOperations"]


class ReposOperations:
    """The repos operations. Reach them as ``client.repos``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get(
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
        _request = _operations.build_repos_get_request(
            self._config,
            owner,
            repo,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_repos_get_response, _response)
        return _operations.handle_repos_get_response(_response)

    async def delete(
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
        _request = _operations.build_repos_delete_request(
            self._config,
            owner,
            repo,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_repos_delete_response, _response)
        return _operations.handle_repos_delete_response(_response)

    async def get_2(
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
        _request = _operations.build_repos_get_2_request(
            self._config,
            id,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_repos_get_2_response, _response)
        return _operations.handle_repos_get_2_response(_response)

    async def list_for_org(
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
        _request = _operations.build_repos_list_for_org_request(
            self._config,
            org,
            per_page,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_repos_list_for_org_response, _response)
        return _operations.handle_repos_list_for_org_response(_response)
