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


def json_bytes(value: _t.Any) -> bytes:
    """Compact UTF-8 JSON for a request body."""
    return _json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


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
