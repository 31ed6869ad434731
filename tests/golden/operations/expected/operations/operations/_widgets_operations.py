"""The widgets operations of Widget Store: request building, response
handling and the sync ``WidgetsOperations`` class (reach it as ``client.widgets``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Widget

if _t.TYPE_CHECKING:
    import httpx


__all__ = ["WidgetsOperations"]


def build_widgets_get_request(
    config: ClientConfig,
    widget_name: str,
) -> _Request:
    """GET /widgets/{widgetName}"""
    _validation.check_str("widget_name", widget_name, required=True, min_length=1)
    _url = (
        config.endpoint
        + "/widgets/"
        + _serde.path_segment("widget_name", _serde.to_wire(widget_name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_widgets_get_response(response: httpx.Response) -> Widget:
    """The result of Widgets_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_Get response 200")
        if _body is None:
            return _t.cast("Widget", _serde.empty_body("Widgets_Get response 200"))
        return Widget.from_dict(_body)
    raise _error_from_response(response)


def build_widgets_delete_request(
    config: ClientConfig,
    widget_name: str,
) -> _Request:
    """DELETE /widgets/{widgetName}"""
    _validation.check_str("widget_name", widget_name, required=True, min_length=1)
    _url = (
        config.endpoint
        + "/widgets/"
        + _serde.path_segment("widget_name", _serde.to_wire(widget_name))
    )
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("DELETE", _url, _params, _headers)


def handle_widgets_delete_response(response: httpx.Response) -> None:
    """The result of Widgets_Delete, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        return None
    if _status == 204:
        return None
    raise _error_from_response(response)


def build_widgets_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /widgets"""
    _url = config.endpoint + "/widgets"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_widgets_list_response(response: httpx.Response) -> list[Widget]:
    """The result of Widgets_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _serde.json_body(response.content, "Widgets_List response 200")
        if _body is None:
            return _t.cast("list[Widget]", _serde.empty_body("Widgets_List response 200"))
        return [Widget.from_dict(_i0) for _i0 in _serde.as_list(_body, "Widgets_List response 200")]
    raise _error_from_response(response)


class WidgetsOperations:
    """The widgets operations. Reach them as ``client.widgets``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
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
        _request = build_widgets_get_request(
            self._config,
            widget_name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_widgets_get_response, _response)
        return handle_widgets_get_response(_response)

    def delete(
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
        _request = build_widgets_delete_request(
            self._config,
            widget_name,
        )
        _response = self._pipeline.send(
            _request,
            timeout=timeout,
            deadline=deadline,
            retries=retries,
            client_request_id=client_request_id,
        )
        if self._pipeline.strict_responses:
            return _serde.strictly(handle_widgets_delete_response, _response)
        return handle_widgets_delete_response(_response)

    def list(
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
        _request = build_widgets_list_request(
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
            return _serde.strictly(handle_widgets_list_response, _response)
        return handle_widgets_list_response(_response)
