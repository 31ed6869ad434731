"""XML request, response and error bodies (runtime of this package, shipped only by packages
with an ``application/xml`` or ``text/xml`` body).

The generated code keeps one code path for models: a model is encoded to its JSON value
(``to_dict``) and decoded from one (``from_dict``).  This module maps that JSON value to
an XML document and back, led by data the generator wrote from the spec's ``xml``
objects: a *node* ``(kind, name, namespace, prefix, detail)`` says how one value travels
(kind ``str``, ``int``, ``float``, ``bool``: its text; ``model``: detail names its fields
in the module's table; ``list``: detail is ``(item node, wrapped)``; ``dict``: detail is
the value node, each key an element name), and a model's *fields* ``(key, place, node)``
say where each JSON key goes: an ``attribute``, the element's ``text`` (``x-ms-text``) or
an ``element``.

Reading matches names by their local part: a namespace (or a default namespace the
document declares) does not hide an element.  Text is converted to the JSON type the
model decodes (an integer, a number, true / false); text that does not convert is kept as
it is, so that decoding then reports the field it belongs to.

Security: responses are parsed by expat through ``xml.parsers.expat`` with every
document type declaration refused (:class:`DeserializationError`), as defusedxml does:
no internal entity can then be declared, so no entity expansion (the "billion laughs")
can happen, and external entities are never fetched (expat does not, and no DTD is read).
"""

from __future__ import annotations

import re as _re
import typing as _t
import xml.etree.ElementTree as _et
from xml.parsers import expat as _expat

from ._errors import (
    ClientError,
    DeserializationError,
    HttpResponseError,
    ParameterValidationError,
)
from ._errors import error_from_response as _error_from_response

if _t.TYPE_CHECKING:
    import httpx

# (kind, name, namespace, prefix, detail): see the module's docstring.
Node = tuple[str, str, _t.Any, _t.Any, _t.Any]
# (JSON key, place, node) of each field of a model.
Field = tuple[str, str, Node]
# The fields of each model an XML body holds, by class name.
Models = _t.Mapping[str, tuple[Field, ...]]

_NAME = _re.compile(r"[^\W\d][\w.\-]*\Z")
_UNWRITABLE = _re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class _Refused(Exception):
    """A document type declaration: the document is refused."""


def dumps(value: _t.Any, root: Node, models: Models) -> bytes:
    """The UTF-8 XML document of ``value`` (a JSON value: what ``to_dict`` gives for a
    model) whose root element is ``root``; a list's root always wraps its items."""
    element = _element(root)
    _fill(element, value, root, models)
    return _t.cast(bytes, _et.tostring(element, encoding="utf-8", xml_declaration=True))


def loads(content: bytes, root: Node, models: Models, where: str) -> _t.Any:
    """The JSON value (what ``from_dict`` reads for a model) of the XML document
    ``content`` whose root element is of node ``root``; None for an empty body."""
    if not content.strip():
        return None
    try:
        return _read(_parse(content, where), root, models)
    except RecursionError:  # a recursive model nested deeper than Python recurses
        raise DeserializationError(where, "body nests too deep") from None


def error_from_response(
    response: httpx.Response, decode: _t.Callable[[_t.Any], object], root: Node, models: Models
) -> HttpResponseError:
    """The exception for an error response whose body is XML: as ``_errors`` makes it,
    with ``model`` decoded from the document (None when the body is not that document)."""
    error = _error_from_response(response)
    try:
        value = loads(response.content, root, models, "error body")
        error.model = None if value is None else decode(value)
    except ClientError:
        error.model = None
    return error


def _parse(content: bytes, where: str) -> _et.Element:
    """The document's root element, its names stripped of their namespace."""
    builder = _et.TreeBuilder()
    parser = _expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def refuse(*_: object) -> None:
        raise _Refused

    def start(tag: str, attributes: dict[str, str]) -> None:
        builder.start(_local(tag), {_local(k): v for k, v in attributes.items()})

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(_local(tag))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(content, True)
    except _Refused:
        raise DeserializationError(
            where, "body has a document type declaration (DOCTYPE): refused"
        ) from None
    except _expat.ExpatError as exc:
        raise DeserializationError(where, f"body is not valid XML ({exc})") from None
    return builder.close()


def _local(name: str) -> str:
    """A name without its namespace: the part after expat's ``}``, or after a spec name's
    own prefix (``xml:lang``)."""
    return name.rpartition("}")[2].rpartition(":")[2]


def _scalar(text: str, kind: str) -> _t.Any:
    """The JSON value of an element's or attribute's text; None for an empty number."""
    if kind == "str":
        return text
    stripped = text.strip()
    if kind == "bool":
        flag = stripped.lower()
        return True if flag in ("true", "1") else False if flag in ("false", "0") else text
    if not stripped:
        return None
    try:
        return int(stripped) if kind == "int" else float(stripped)
    except ValueError:
        return text


def _read(element: _et.Element, node: Node, models: Models) -> _t.Any:
    """The JSON value ``element`` holds (a list's items are its children of the item's name)."""
    kind, detail = node[0], node[4]
    if kind == "model":
        return _read_model(element, models[detail], models)
    if kind == "list":
        item: Node = detail[0]
        return [_read(child, item, models) for child in element if child.tag == _local(item[1])]
    if kind == "dict":
        return {child.tag: _read(child, detail, models) for child in element}
    return _scalar(element.text or "", kind)


def _read_model(
    element: _et.Element, fields: tuple[Field, ...], models: Models
) -> dict[str, _t.Any]:
    data: dict[str, _t.Any] = {}
    for key, place, node in fields:
        value: _t.Any = None
        if place == "attribute":
            text = element.get(_local(node[1]))
            value = None if text is None else _scalar(text, node[0])
        elif place == "text":
            value = _scalar(element.text or "", node[0])
        elif node[0] == "list" and not node[4][1]:  # unwrapped: the items repeat in its place
            value = _read(element, node, models)
        else:
            child = next((c for c in element if c.tag == _local(node[1])), None)
            value = None if child is None else _read(child, node, models)
        if value is not None:
            data[key] = value
    return data


def _element(node: Node, parent: _et.Element | None = None) -> _et.Element:
    """A new element of ``node`` (inside ``parent``), declaring its namespace."""
    name, namespace, prefix = node[1], node[2], node[3]
    tag = f"{prefix}:{name}" if prefix else name
    element = _et.Element(tag) if parent is None else _et.SubElement(parent, tag)
    if namespace:
        element.set(f"xmlns:{prefix}" if prefix else "xmlns", namespace)
    return element


def _text(value: object, name: str) -> str:
    """The text of a JSON scalar (the value of ``name``); a character XML 1.0 cannot hold
    (most control characters) is refused rather than sent as a broken document."""
    if value is True or value is False:
        return "true" if value else "false"
    text = str(value)
    if _UNWRITABLE.search(text):
        raise ParameterValidationError(name, "XML text", "holds a character XML cannot carry")
    return text


def _fill(element: _et.Element, value: _t.Any, node: Node, models: Models) -> None:
    """Put ``value`` (a JSON value of node ``node``) into ``element``."""
    kind, detail = node[0], node[4]
    if value is None:
        return
    if kind == "model":
        _fill_model(element, value, models[detail], models)
    elif kind == "list":
        item: Node = detail[0]
        for entry in value:
            _fill(_element(item, element), entry, item, models)
    elif kind == "dict":
        for key, entry in value.items():
            if not isinstance(key, str) or not _NAME.match(key):
                raise ParameterValidationError(
                    node[1], "an XML name", f"key {key!r} cannot be an element name"
                )
            _fill(_et.SubElement(element, key), entry, detail, models)
    else:
        element.text = _text(value, node[1])


def _fill_model(
    element: _et.Element, data: dict[str, _t.Any], fields: tuple[Field, ...], models: Models
) -> None:
    for key, place, node in fields:
        value = data.get(key)
        if value is None:
            continue
        if place == "attribute":
            name, namespace, prefix = node[1], node[2], node[3]
            if namespace:
                element.set(f"xmlns:{prefix}" if prefix else "xmlns", namespace)
            element.set(f"{prefix}:{name}" if prefix else name, _text(value, name))
        elif place == "text":
            element.text = _text(value, node[1])
        elif node[0] == "list" and not node[4][1]:  # unwrapped: the items repeat in its place
            _fill(element, value, node, models)
        else:
            _fill(_element(node, element), value, node, models)
