"""What goes on the wire as bytes or text (runtime of this package): JSON request and
response bodies, binary, form and multipart bodies, response headers, and the text of
path, query and header values.
"""

from __future__ import annotations

import datetime as _dt
import enum as _enum
import json as _json
import typing as _t

from ._errors import DeserializationError, ParameterValidationError
from ._formats import format_datetime
from ._tolerance import fail


def json_body(content: bytes, where: str) -> _t.Any:
    """The parsed JSON of a response body; None for an empty or whitespace-only body."""
    if not content:
        return None
    try:
        # UTF-8 (RFC 8259), decoded here: json.loads of bytes first guesses the encoding
        # in Python, a third of its time for a small body.
        return _json.loads(content.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        pass
    if not content.strip():  # JSON's whitespace only: no value, as an empty body
        return None
    try:
        return _json.loads(content)  # UTF-16 or UTF-32, or the error to report
    except (ValueError, RecursionError) as exc:
        raise DeserializationError(where, f"body is not valid JSON ({exc})") from None


def json_text(value: _t.Any) -> str:
    """Compact JSON text: a parameter given by ``content`` (``application/json``)."""
    return _json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def json_bytes(value: _t.Any) -> bytes:
    """Compact UTF-8 JSON for a request body."""
    return json_text(value).encode("utf-8")


def binary_content(value: bytes | bytearray | memoryview | _t.IO[bytes]) -> bytes:
    """A binary body: the bytes given, or all that a binary file object reads (once, so
    that every attempt sends the same bytes)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return value.read()


def form_urlencoded(fields: list[tuple[str, str]]) -> bytes:
    """An ``application/x-www-form-urlencoded`` body."""
    from urllib.parse import urlencode

    return urlencode(fields).encode("ascii")


def _part_name(name: str) -> str:
    """A field or file name inside a quoted ``Content-Disposition`` parameter."""
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def multipart(fields: list[tuple[str, str | bytes | _t.IO[bytes]]]) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its content type: a text part for each ``str``,
    a file part for bytes or a binary file object (named after the file, if it has a name)."""
    import uuid

    boundary = uuid.uuid4().hex
    chunks: list[bytes] = []
    for name, value in fields:
        disposition = f'form-data; name="{_part_name(name)}"'
        if isinstance(value, str):
            head, data = f"Content-Disposition: {disposition}\r\n", value.encode("utf-8")
        else:
            filename = name
            if (
                not isinstance(value, bytes)
                and hasattr(value, "name")
                and isinstance(value.name, str)
                and value.name
            ):
                filename = value.name.replace("\\", "/").rsplit("/", 1)[-1] or name  # its base name
            head = (
                f'Content-Disposition: {disposition}; filename="{_part_name(filename)}"\r\n'
                "Content-Type: application/octet-stream\r\n"
            )
            data = binary_content(value)
        chunks += [f"--{boundary}\r\n{head}\r\n".encode(), data, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def header(headers: _t.Mapping[str, str], name: str, read_as: str, where: str) -> _t.Any:
    """A response header as the JSON value its type decodes, or None when it is absent (or
    empty, unless ``read_as`` is ``text``): ``int``, ``float`` and ``bool`` (``true`` /
    ``false``) text is converted, any other kept as it is."""
    text = headers.get(name)
    if text is None or text == "" and read_as != "text":
        return None
    if read_as == "int":
        try:
            return int(text.strip())
        except ValueError:
            raise fail(where, "an integer", text) from None
    if read_as == "float":
        try:
            return float(text.strip())
        except ValueError:
            raise fail(where, "a number", text) from None
    if read_as == "bool":
        flag = text.strip().lower()
        if flag not in ("true", "false"):
            raise fail(where, "true or false", text)
        return flag == "true"
    return text


def to_wire(value: object) -> str:
    """The text form of a path, query or header value (None, an absent item: empty)."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def unreserved(text: object) -> bool:
    """Whether ``text`` is a non-empty str of RFC 3986 unreserved characters only, which
    every percent-encoder leaves as they are (query values, path segments)."""
    return (
        type(text) is str
        and text.isascii()
        and text.replace("-", "a").replace(".", "a").replace("_", "a").replace("~", "a").isalnum()
    )


def path_segment(name: str, value: object, constant: bool = False) -> str:
    """``value`` percent-encoded as exactly one path segment.

    ``/``, ``?``, ``#`` and ``%`` are encoded, and so are the dot segments ``.`` and
    ``..``, which URL normalisation would otherwise turn into a different path.  Only the
    spec's own ``constant`` may be empty.
    """
    text = to_wire(value)
    if text == "" and not constant:
        raise ParameterValidationError(name, "non-empty", "a path segment cannot be empty")
    if text.strip(".") == "":
        return "%2E" * len(text)
    if unreserved(text):  # most names: nothing to encode
        return text
    from urllib.parse import quote  # imported when first needed: see _log

    return quote(text, safe="")


# Parameter styles (OpenAPI 3 ``style`` / ``explode``; Swagger 2.0 ``collectionFormat``
# maps onto them, its ``tsv`` as ``tabDelimited``).  Build decides a parameter's style,
# explode and allowReserved; the functions below turn its value into text.  The value is
# the JSON form of the argument: a primitive, a list of them or a dict of them (a model
# instance is read through its ``to_dict``).  A None item of an array or value of an
# object is skipped, unless ``keep_none`` (Swagger 2.0 arrays, as AutoRest sends them: an
# empty item).  A nested array or object, or a style its location does not have, raises
# TypeError naming the parameter: never a Python repr on the wire.
#
# In a URL the delimiters a style adds go as they are (``,`` ``|`` ``[`` ``]`` ``;`` ``=``
# ``.``) and the same characters inside names and values are percent-encoded, a space as
# ``%20`` (never ``+``); header values go as they are.

# The RFC 3986 reserved characters an ``allowReserved`` value keeps; not ``#``, which would
# end the query and start the fragment.
_RESERVED = ":/?[]@!$&'()*+,;="

# How an array's items (or an object's keys and values) are joined, by style, in a header
# and in a URL; any other style joins them with ``,``.
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|", "tabDelimited": "\t"}
_URL_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|", "tabDelimited": "%09"}

_QUERY_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited", "tabDelimited", "deepObject"})
_PATH_STYLES = frozenset(
    {"simple", "label", "matrix", "spaceDelimited", "pipeDelimited", "tabDelimited"}
)
_HEADER_STYLES = frozenset({"simple", "spaceDelimited", "pipeDelimited", "tabDelimited"})


class Encoded(str):
    """One ``name=value`` piece of a query string, percent-encoded by :func:`query_param`
    and put into the URL as it is (``_urls.url_with_query``)."""

    __slots__ = ()


def url_component(text: str, allow_reserved: bool = False) -> str:
    """``text`` percent-encoded as a name or value inside a URL (a space as ``%20``)."""
    if unreserved(text):
        return text
    from urllib.parse import quote

    return quote(text, safe=_RESERVED if allow_reserved else "")


def _primitive(where: str, value: object) -> str:
    if isinstance(value, (_t.Mapping, list, tuple)) or hasattr(value, "to_dict"):
        raise TypeError(f"{where}: a nested {type(value).__name__} cannot be sent in this style")
    return to_wire(value)


def _shape(where: str, value: object, keep_none: bool) -> tuple[str, list[tuple[str, str]]]:
    """``("scalar" | "array" | "object", [(key, text), ...])``: the text of the value, of
    each item (key ``""``) or of each key and value, in order."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, _t.Mapping):
        pairs = [(str(k), _primitive(where, v)) for k, v in value.items() if v is not None]
        return "object", pairs
    if isinstance(value, (list, tuple)):
        kept = [v for v in value if v is not None or keep_none]
        return "array", [("", _primitive(where, v)) for v in kept]
    return "scalar", [("", _primitive(where, value))]


def _unsupported(where: str, style: str, location: str) -> TypeError:
    return TypeError(f"{where}: style {style!r} is not supported in a {location}")


def _joined(
    shape: str,
    pairs: list[tuple[str, str]],
    delimiter: str,
    explode: bool,
    encode: _t.Callable[[str], str],
) -> str:
    """An array's items, or an object's ``key,value`` (``key=value`` when exploded), each
    encoded, joined by ``delimiter``."""
    if shape != "object":
        return delimiter.join(encode(text) for _, text in pairs)
    if explode:
        return delimiter.join(f"{encode(key)}={encode(text)}" for key, text in pairs)
    return delimiter.join(f"{encode(key)}{delimiter}{encode(text)}" for key, text in pairs)


def query_param(
    name: str,
    value: object,
    style: str,
    explode: bool,
    allow_reserved: bool = False,
    keep_none: bool = False,
) -> list[tuple[str, Encoded]]:
    """The query pieces of parameter ``name``, for the request's params: ``form``
    (``id=1&id=2`` exploded, ``id=1,2`` not; an object ``a=1&b=2`` or ``obj=a,1,b,2``),
    ``spaceDelimited`` (``id=1%202``), ``pipeDelimited`` (``id=1|2``), ``tabDelimited``
    and ``deepObject`` (``obj[a]=1&obj[b]=2``).  An empty array or object exploded sends
    nothing, else ``name=``.  ``allow_reserved`` keeps RFC 3986 reserved characters but
    ``#`` as they are."""
    where = f"query parameter {name!r}"
    if style not in _QUERY_STYLES:
        raise _unsupported(where, style, "query")
    shape, pairs = _shape(where, value, keep_none)

    def encode(text: str) -> str:
        return url_component(text, allow_reserved)

    key = url_component(name)
    if style == "deepObject":
        if shape != "object":
            raise TypeError(f"{where}: deepObject sends an object, not an {shape}")
        pieces = [f"{key}[{encode(k)}]={encode(text)}" for k, text in pairs]
    elif shape == "scalar":
        pieces = [f"{key}={encode(pairs[0][1])}"]
    elif explode:
        pieces = [f"{key if shape == 'array' else encode(k)}={encode(text)}" for k, text in pairs]
    else:
        delimiter = _URL_DELIMITERS.get(style, ",")
        pieces = [f"{key}={_joined(shape, pairs, delimiter, False, encode)}"]
    return [(name, Encoded(piece)) for piece in pieces]


def path_param(
    name: str,
    value: object,
    style: str,
    explode: bool,
    allow_reserved: bool = False,
    keep_none: bool = False,
) -> str:
    """The text of path parameter ``name`` in the URL: ``simple`` (``1,2``; an object
    ``a,1,b,2``, exploded ``a=1,b=2``), ``label`` (``.1,2``, exploded ``.1.2``) or
    ``matrix`` (``;id=1,2``, exploded ``;id=1;id=2``; an object ``;id=a,1,b,2`` or
    ``;a=1;b=2``); Swagger 2.0's delimited arrays as ``simple`` with their delimiter.
    ``/`` and the rest are percent-encoded (``allow_reserved``: the reserved characters
    are kept, as a spec asks of a value it marks as encoded already); a simple value
    cannot be empty."""
    where = f"path parameter {name!r}"
    if style not in _PATH_STYLES:
        raise _unsupported(where, style, "path")
    shape, pairs = _shape(where, value, keep_none)

    def encode(text: str) -> str:
        return url_component(text, allow_reserved)

    if style == "label":
        delimiter = "." if explode else ","
        return "." + _joined(shape, pairs, delimiter, explode, encode)
    if style == "matrix":
        key = url_component(name)
        if not explode or shape == "scalar":
            text = _joined(shape, pairs, ",", False, encode)
            return f";{key}={text}" if pairs else f";{key}"
        if shape == "array":
            return "".join(f";{key}={encode(text)}" for _, text in pairs)
        return ";" + _joined(shape, pairs, ";", True, encode)
    delimiter = _URL_DELIMITERS.get(style, ",")
    text = _joined(shape, pairs, delimiter, explode, encode)
    if text == "":
        raise ParameterValidationError(name, "non-empty", "a path segment cannot be empty")
    if text.strip(".") == "":  # a dot segment, which URL normalisation would remove
        return "%2E" * len(text)
    return text


def header_param(
    name: str, value: object, style: str, explode: bool, keep_none: bool = False
) -> str:
    """The value of header parameter ``name``, style ``simple``: ``1,2``; an object
    ``a,1,b,2``, exploded ``a=1,b=2`` (Swagger 2.0's delimited arrays with their
    delimiter).  Sent as it is, not percent-encoded."""
    where = f"header parameter {name!r}"
    if style not in _HEADER_STYLES:
        raise _unsupported(where, style, "header")
    shape, pairs = _shape(where, value, keep_none)
    return _joined(shape, pairs, _DELIMITERS.get(style, ","), explode, str)


def cookie_param(name: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    """The cookies of cookie parameter ``name`` (style ``form``), for :func:`cookie_header`:
    ``(id, 1)``, an array exploded ``(id, 1), (id, 2)`` or not ``(id, "1,2")``, an object
    exploded ``(a, 1), (b, 2)`` or not ``(obj, "a,1,b,2")``.  Names and values are
    percent-encoded (a cookie value cannot hold a space, ``;``, ``,`` or ``"``)."""
    where = f"cookie parameter {name!r}"
    if style != "form":
        raise _unsupported(where, style, "cookie")
    shape, pairs = _shape(where, value, False)
    key = url_component(name)
    if shape == "scalar":
        return [(key, url_component(pairs[0][1]))]
    if explode:
        return [
            (key if shape == "array" else url_component(k), url_component(text))
            for k, text in pairs
        ]
    return [(key, _joined(shape, pairs, ",", False, url_component))]


def cookie_header(pairs: _t.Iterable[tuple[str, str]]) -> str:
    """The value of the one ``Cookie`` header of a request (RFC 6265): its cookies as
    ``name=value`` joined by ``; ``.  Each pair goes as given, so it must already be valid
    cookie text: a parameter's pairs come from :func:`cookie_param` (percent-encoded); an
    API key sent in a cookie is added as its own ``(name, key)`` pair to the same list."""
    return "; ".join(f"{name}={value}" for name, value in pairs)
