"""Models of Library (a part of ``models``: import them from there;
its docstring says how they read and write JSON)."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _serde, _validation

__all__ = [
    "Book",
    "Title",
    "StorageError",
    "StatsGetResponse",
]


@_dc.dataclass(slots=True, kw_only=True)
class Book:
    """Book.

    :ivar id:
    :vartype id: int
    :ivar available:
    :vartype available: bool
    :ivar title:
    :vartype title: Title
    :ivar authors:
    :vartype authors: list[str]
    :ivar tags:
    :vartype tags: list[str]
    :ivar price:
    :vartype price: float
    :ivar published:
    :vartype published: _dt.datetime
    :ivar isbn:
    :vartype isbn: str
    :ivar notes:
    :vartype notes: dict[str, str]
    """

    id: int
    available: bool | None = None
    title: Title | None = None
    authors: list[str] | None = None
    tags: list[str] | None = None
    price: float | None = None
    published: _dt.datetime | None = None
    isbn: str | None = None
    notes: dict[str, str] | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Book:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Book")).get
        return cls(
            id=(
                _serde.missing("Book.id")
                if (_v := _get("id")) is None
                else _serde.parse_int64(_v, "Book.id")
            ),
            available=(
                None
                if (_v := _get("available")) is None
                else (
                    _v
                    if type(_v) is bool
                    else _serde.wrong_type(_v, "Book.available", "true or false")
                )
            ),
            title=(None if (_v := _get("title")) is None else Title.from_dict(_v)),
            authors=(
                None
                if (_v := _get("authors")) is None
                else [
                    _i0 if type(_i0) is str else _serde.wrong_type(_i0, "Book.authors", "a string")
                    for _i0 in _serde.as_list(_v, "Book.authors")
                ]
            ),
            tags=(
                None
                if (_v := _get("tags")) is None
                else [
                    _i0 if type(_i0) is str else _serde.wrong_type(_i0, "Book.tags", "a string")
                    for _i0 in _serde.as_list(_v, "Book.tags")
                ]
            ),
            price=(
                None
                if (_v := _get("price")) is None
                else _v if type(_v) is float else _serde.as_float(_v, "Book.price")
            ),
            published=(
                None
                if (_v := _get("published")) is None
                else _serde.parse_datetime(_v, "Book.published")
            ),
            isbn=(
                None
                if (_v := _get("isbn")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Book.isbn", "a string")
            ),
            notes=(
                None
                if (_v := _get("notes")) is None
                else {
                    _k0: (
                        _v0
                        if type(_v0) is str
                        else _serde.wrong_type(_v0, "Book.notes", "a string")
                    )
                    for _k0, _v0 in _serde.as_dict(_v, "Book.notes").items()
                }
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        _result["id"] = self.id
        if self.available is not None:
            _result["available"] = self.available
        if self.title is not None:
            _result["title"] = self.title.to_dict(exclude_readonly=exclude_readonly)
        if self.authors is not None:
            _result["authors"] = self.authors
        if self.tags is not None:
            _result["tags"] = self.tags
        if self.price is not None:
            _result["price"] = self.price
        if self.published is not None:
            _result["published"] = _serde.format_datetime(self.published)
        if self.isbn is not None:
            _result["isbn"] = self.isbn
        if self.notes is not None:
            _result["notes"] = self.notes
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(
            path + ".id",
            self.id,
            required=True,
            minimum=-9223372036854775808,
            maximum=9223372036854775807,
        )
        _validation.check_bool(path + ".available", self.available, required=False)
        _validation.check_model(path + ".title", self.title, required=False, model=Title)
        _validation.check_list(path + ".authors", self.authors, required=False)
        for _n0_4, _i0_4 in enumerate(self.authors or ()):
            _validation.check_str(path + ".authors" + f"[{_n0_4}]", _i0_4, required=False)
        _validation.check_list(path + ".tags", self.tags, required=False)
        for _n0_5, _i0_5 in enumerate(self.tags or ()):
            _validation.check_str(path + ".tags" + f"[{_n0_5}]", _i0_5, required=False)
        _validation.check_number(path + ".price", self.price, required=False)
        _validation.check_datetime(path + ".published", self.published, required=False)
        _validation.check_str(path + ".isbn", self.isbn, required=False)
        _validation.check_dict(path + ".notes", self.notes, required=False)
        for _n0_9, _i0_9 in (self.notes or {}).items():
            _validation.check_str(path + ".notes" + f"[{_n0_9!r}]", _i0_9, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class Title:
    """Title.

    :ivar lang:
    :vartype lang: str
    :ivar text:
    :vartype text: str
    """

    lang: str | None = None
    text: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> Title:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "Title")).get
        return cls(
            lang=(
                None
                if (_v := _get("lang")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Title.lang", "a string")
            ),
            text=(
                None
                if (_v := _get("text")) is None
                else _v if type(_v) is str else _serde.wrong_type(_v, "Title.text", "a string")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.lang is not None:
            _result["lang"] = self.lang
        if self.text is not None:
            _result["text"] = self.text
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".lang", self.lang, required=False)
        _validation.check_str(path + ".text", self.text, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class StorageError:
    """StorageError.

    :ivar code:
    :vartype code: str
    :ivar message:
    :vartype message: str
    """

    code: str | None = None
    message: str | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> StorageError:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "StorageError")).get
        return cls(
            code=(
                None
                if (_v := _get("Code")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "StorageError.Code", "a string")
                )
            ),
            message=(
                None
                if (_v := _get("Message")) is None
                else (
                    _v
                    if type(_v) is str
                    else _serde.wrong_type(_v, "StorageError.Message", "a string")
                )
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.code is not None:
            _result["Code"] = self.code
        if self.message is not None:
            _result["Message"] = self.message
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_str(path + ".code", self.code, required=False)
        _validation.check_str(path + ".message", self.message, required=False)


@_dc.dataclass(slots=True, kw_only=True)
class StatsGetResponse:
    """StatsGetResponse.

    :ivar books:
    :vartype books: int
    """

    books: int | None = None

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], strict: bool = False) -> StatsGetResponse:
        """Build from the JSON object the service sends.

        ``strict=True``: a required field absent or null, or a value outside its format,
        raises DeserializationError instead of being tolerated (see the module's docstring).
        """
        if strict:
            return _serde.strictly(cls.from_dict, data)
        _get = (data if type(data) is dict else _serde.not_object(data, "StatsGetResponse")).get
        return cls(
            books=(
                None
                if (_v := _get("books")) is None
                else _v if type(_v) is int else _serde.as_int(_v, "StatsGetResponse.books")
            ),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, _t.Any]:
        """The JSON object for this model, with the service's names; ``exclude_readonly``
        leaves out the read-only properties, here and in nested models (a request body)."""
        _result: dict[str, _t.Any] = {}
        if self.books is not None:
            _result["books"] = self.books
        return _result

    def _validate(self, path: str) -> None:
        """Raise ParameterValidationError when a field breaks the spec's rules (the
        fields a request sends: not read-only ones); ``path`` names this model."""
        _validation.check_number(path + ".books", self.books, required=False)
