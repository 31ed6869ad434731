"""The async git_data operations of Code Host (reach them as ``client.git_data``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _git_data_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import CreateBlobBody, GitRef

__all__ = ["GitDataOperations"]


class GitDataOperations:
    """The git_data operations. Reach them as ``client.git_data``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get_ref(
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
        _request = _operations.build_git_data_get_ref_request(
            self._config,
            owner,
            repo,
            ref,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_git_data_get_ref_response, _response)
        return _operations.handle_git_data_get_ref_response(_response)

    async def create_blob(
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
        _request = _operations.build_git_data_create_blob_request(
            self._config,
            owner,
            repo,
            body,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_git_data_create_blob_response, _response)
        return _operations.handle_git_data_create_blob_response(_response)
