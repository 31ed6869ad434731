"""The async widgets operations of Widget Store (reach them as ``client.widgets``)."""

from __future__ import annotations

import typing as _t

from ... import _serde
from ..._operations import ClientConfig
from ..._policy import TimeoutTypes
from ...operations import _widgets_operations as _operations
from .._pipeline import AsyncPipeline

if _t.TYPE_CHECKING:
    from ...models._models_1 import Widget

__all__ = ["WidgetsOperations"]


class WidgetsOperations:
    """The widgets operations. Reach them as ``client.widgets``; do not create this class."""

    def __init__(self, pipeline: AsyncPipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    async def get(
        self,
        widget_name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Widget:
        """Widgets_Get

        :param widget_name:
        :type widget_name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: One widget.
        :rtype: Widget
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_widgets_get_request(
            self._config,
            widget_name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_widgets_get_response, _response)
        return _operations.handle_widgets_get_response(_response)

    async def delete(
        self,
        widget_name: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """Widgets_Delete

        :param widget_name:
        :type widget_name: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: Deleted. / Was not there.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_widgets_delete_request(
            self._config,
            widget_name,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_widgets_delete_response, _response)
        return _operations.handle_widgets_delete_response(_response)

    async def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Widget]:
        """Widgets_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent in the header the client's ``request_id_header`` names (default: a new UUID); without one, it only names the call in the logs.
        :return: All widgets.
        :rtype: list[Widget]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = _operations.build_widgets_list_request(
            self._config,
        )
        _response = await self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(_operations.handle_widgets_list_response, _response)
        return _operations.handle_widgets_list_response(_response)
