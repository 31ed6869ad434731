"""The books operations of Library: request building, response
handling and the sync ``BooksOperations`` class (reach it as ``client.books``)."""

from __future__ import annotations

import typing as _t

from .. import _serde, _validation, _xml
from .._errors import error_from_response as _error_from_response
from .._operations import ClientConfig
from .._pipeline import Pipeline
from .._policy import Request as _Request
from .._policy import TimeoutTypes
from ..models._models_1 import Book, StorageError

if _t.TYPE_CHECKING:
    import httpx


_XML_MODELS: _xml.Models = {
    "Book": (
        ("id", "attribute", ("int", "id", None, None, None)),
        ("available", "attribute", ("bool", "available", None, None, None)),
        ("title", "element", ("model", "title", None, None, "Title")),
        (
            "authors",
            "element",
            ("list", "authors", None, None, (("str", "author", None, None, None), True)),
        ),
        (
            "tags",
            "element",
            ("list", "tags", None, None, (("str", "tag", None, None, None), False)),
        ),
        ("price", "element", ("float", "price", None, None, None)),
        ("published", "element", ("str", "published", None, None, None)),
        ("isbn", "element", ("str", "code", "urn:isbn", "isbn", None)),
        ("notes", "element", ("dict", "notes", None, None, ("str", "notes", None, None, None))),
    ),
    "Title": (
        ("lang", "attribute", ("str", "lang", None, None, None)),
        ("text", "text", ("str", "text", None, None, None)),
    ),
    "StorageError": (
        ("Code", "element", ("str", "Code", None, None, None)),
        ("Message", "element", ("str", "Message", None, None, None)),
    ),
}

__all__ = ["BooksOperations"]


def build_books_get_request(
    config: ClientConfig,
    id: str,
) -> _Request:
    """GET /books/{id}"""
    _validation.check_str("id", id, required=True)
    _url = config.endpoint + "/books/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_books_get_response(response: httpx.Response) -> Book:
    """The result of Books_Get, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _xml.loads(
            response.content,
            ("model", "book", "http://example.com/schema/library", "lib", "Book"),
            _XML_MODELS,
            "Books_Get response 200",
        )
        if _body is None:
            return _t.cast("Book", _serde.empty_body("Books_Get response 200"))
        return Book.from_dict(_body)
    raise _xml.error_from_response(
        response,
        StorageError.from_dict,
        ("model", "Error", None, None, "StorageError"),
        _XML_MODELS,
    )


def build_books_put_request(
    config: ClientConfig,
    id: str,
    body: Book,
) -> _Request:
    """PUT /books/{id}"""
    _validation.check_str("id", id, required=True)
    _validation.check_model("body", body, required=True, model=Book)
    _url = config.endpoint + "/books/" + _serde.path_segment("id", _serde.to_wire(id))
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    if body is not None:
        _headers["Content-Type"] = "application/xml"
        _content = _xml.dumps(
            body.to_dict(exclude_readonly=True),
            ("model", "book", "http://example.com/schema/library", "lib", "Book"),
            _XML_MODELS,
        )
    return _Request("PUT", _url, _params, _headers, _content)


def handle_books_put_response(response: httpx.Response) -> None:
    """The result of Books_Put, or the error it raises."""
    _status = response.status_code
    if _status == 201:
        return None
    raise _error_from_response(response)


def build_books_list_request(
    config: ClientConfig,
) -> _Request:
    """GET /books"""
    _url = config.endpoint + "/books"
    _params: list[tuple[str, str | int | float | bool | None]] = []
    _headers: dict[str, str] = {}
    return _Request("GET", _url, _params, _headers)


def handle_books_list_response(response: httpx.Response) -> list[Book]:
    """The result of Books_List, or the error it raises."""
    _status = response.status_code
    if _status == 200:
        _body = _xml.loads(
            response.content,
            (
                "list",
                "Books",
                None,
                None,
                (("model", "book", "http://example.com/schema/library", "lib", "Book"), True),
            ),
            _XML_MODELS,
            "Books_List response 200",
        )
        if _body is None:
            return _t.cast("list[Book]", _serde.empty_body("Books_List response 200"))
        return [Book.from_dict(_i0) for _i0 in _serde.as_list(_body, "Books_List response 200")]
    raise _error_from_response(response)


class BooksOperations:
    """The books operations. Reach them as ``client.books``; do not create this class."""

    def __init__(self, pipeline: Pipeline, config: ClientConfig) -> None:
        self._pipeline = pipeline
        self._config = config

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> Book:
        """Books_Get

        :param id:
        :type id: str
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: The book.
        :rtype: Book
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_books_get_request(
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
            return _serde.strictly(handle_books_get_response, _response)
        return handle_books_get_response(_response)

    def put(
        self,
        id: str,
        body: Book,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> None:
        """Books_Put

        :param id:
        :type id: str
        :param body:
        :type body: Book
        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Stored.
        :rtype: None
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_books_put_request(
            self._config,
            id,
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
            return _serde.strictly(handle_books_put_response, _response)
        return handle_books_put_response(_response)

    def list(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        deadline: float | None = None,
        retries: int | None = None,
        client_request_id: str | None = None,
    ) -> list[Book]:
        """Books_List

        :keyword timeout: Seconds, or an ``httpx.Timeout``, for each attempt of this call.
        :keyword deadline: Seconds for the whole call, retries and waits included.
        :keyword retries: Retry budget for this call, instead of the client's.
        :keyword client_request_id: Sent as ``x-ms-client-request-id`` (default: a new UUID; none if the client has ``auto_request_id=False``).
        :return: Every book.
        :rtype: list[Book]
        :raises HttpResponseError: the service answered with an error status.
        :raises ParameterValidationError: an argument breaks a rule of the spec; nothing was sent.
        """
        _request = build_books_list_request(
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
            return _serde.strictly(handle_books_list_response, _response)
        return handle_books_list_response(_response)
