"""XML bodies: how a body's value travels as an XML document, from the spec's ``xml`` objects.

A body whose media type is XML (``application/xml``, ``text/xml``, ``*+xml``) keeps its
type (a model, a list, a dict): the generated code encodes it to its JSON value as for JSON
and the runtime's ``_xml`` maps that value to XML and back, led by the :class:`XmlNode` of
the body's root element and the :class:`XmlModel` of every model it holds (``ctx.xml_models``).

Names follow the OpenAPI ``xml`` object as AutoRest reads it: a property's element is named
by its ``xml.name``, else by the ``xml.name`` of the schema it refers to, else by its JSON
name; an array's items by their ``xml.name``, else their model's, else (wrapped) the model's
schema name, else the property's name; a root element by its schema's ``xml.name``, else the
schema's name.  A string body stays the document's text; what XML cannot carry (a value
of any type, additionalProperties beside properties, flattened properties, subtypes named
by a discriminator, a name that is no XML name) is a warning ``unsupported-xml``.
"""

from __future__ import annotations

import re
from typing import Any

from generator.build.context import BuildContext
from generator.build.nodes import BINARY, media_base, typed
from generator.ir import EnumBase, TypeRef, XmlField, XmlKind, XmlModel, XmlNode, XmlPlace
from generator.spec import Location

_XML_TYPES = ("application/xml", "text/xml")
_NCNAME = re.compile(r"[^\W\d][\w.\-]*\Z")  # an XML name without a colon (as _xml checks a dict's keys)
_QNAME = re.compile(r"[^\W\d][\w.\-]*(:[^\W\d][\w.\-]*)?\Z")  # one with a prefix (xml:lang)


def is_xml(media_type: str) -> bool:
    base = media_base(media_type)
    return base in _XML_TYPES or base.endswith("+xml")


def xml_body(ctx: BuildContext, schema: Any, location: Location, type_ref: TypeRef) -> tuple[TypeRef, XmlNode | None]:
    """The type and root element of an XML body of ``schema`` (typed ``type_ref``): a
    string stays text (the document itself, no node); a value XML cannot carry is sent or
    read as bytes, with a warning."""
    if type_ref.kind in ("str", "text"):
        return typed("text", "str", constraints=type_ref.constraints), None
    resolved, where = ctx.spec.deref(schema, location)
    if _scalar_kind(ctx, type_ref) is None and type_ref.kind not in ("model", "list", "dict"):
        ctx.warn("unsupported-xml", f"an XML body of type {type_ref.kind} is not mapped to XML: it is sent and read as bytes", location)
        return (BINARY if type_ref.kind != "bytes" else type_ref), None
    own = _xml_of(resolved)
    name = own.get("name") or ctx.schema_names.get(where) or type_ref.name
    if not isinstance(name, str) or not name:
        item = type_ref.item.name if type_ref.item is not None and type_ref.item.name else "Item"
        name = f"ArrayOf{item}" if type_ref.kind == "list" else "Value"
    node = _value_node(ctx, schema, location, type_ref, name, own, wrapped=True)
    return type_ref, node


def _xml_of(node: Any) -> dict[str, Any]:
    xml = node.get("xml") if isinstance(node, dict) else None
    return xml if isinstance(xml, dict) else {}


def _scalar_kind(ctx: BuildContext, type_ref: TypeRef) -> XmlKind | None:
    """How the text of a value of ``type_ref`` is read: the JSON type it decodes from."""
    if type_ref.kind in ("int", "unixtime"):
        return "int"
    if type_ref.kind in ("float", "bool"):
        return type_ref.kind
    if type_ref.kind == "enum":
        base: EnumBase = type_ref.enum_base or "str"
        return base
    if type_ref.kind == "str" or type_ref.codec is not None:
        return "str"
    return None


def _value_node(ctx: BuildContext, schema: Any, location: Location, type_ref: TypeRef, name: str, xml: dict[str, Any], wrapped: bool) -> XmlNode:
    """The node of a value of ``schema`` (typed ``type_ref``) in an element ``name``;
    ``xml`` gives its namespace and prefix."""
    namespace, prefix = _text_or_none(xml.get("namespace")), _text_or_none(xml.get("prefix"))
    name = _checked_name(ctx, name, _QNAME, location)
    if prefix is not None and not _NCNAME.match(prefix):
        ctx.warn("unsupported-xml", f"xml.prefix {prefix!r} is not an XML name: the element is written without it", location)
        prefix = None
    resolved, where = ctx.spec.deref(schema, location)
    if type_ref.kind == "model" and type_ref.name is not None:
        _register_model(ctx, resolved, where, type_ref.name)
        return XmlNode(name, "model", namespace, prefix, model=type_ref.name)
    if type_ref.kind in ("list", "dict") and type_ref.item is not None and isinstance(resolved, dict):
        key = "items" if type_ref.kind == "list" else "additionalProperties"
        element, element_at = resolved.get(key), where.child(key)
        element_xml = {**_xml_of(ctx.spec.deref(element, element_at)[0]), **_xml_of(element)}
        item_name = name if type_ref.kind == "dict" else _item_name(ctx, element, element_at, element_xml, name, wrapped)
        item = _value_node(ctx, element, element_at, type_ref.item, item_name, element_xml, wrapped=False)
        return XmlNode(name, type_ref.kind, namespace, prefix, item=item, wrapped=wrapped)
    kind = _scalar_kind(ctx, type_ref)
    if kind is None:
        ctx.warn("unsupported-xml", f"a value of type {type_ref.kind} is not mapped to XML: it is read and written as text", location)
        kind = "str"
    return XmlNode(name, kind, namespace, prefix)


def _item_name(ctx: BuildContext, items: Any, location: Location, xml: dict[str, Any], holder: str, wrapped: bool) -> str:
    """An array item's element name: its ``xml.name`` (or its model's), else, wrapped,
    its schema's name, else the array's own name."""
    name = xml.get("name")
    if isinstance(name, str) and name:
        return name
    if wrapped:
        schema_name = ctx.schema_names.get(ctx.spec.deref(items, location)[1])
        if schema_name:
            return schema_name
    return holder


def _checked_name(ctx: BuildContext, name: str, pattern: re.Pattern[str], location: Location) -> str:
    """``name`` when it is an XML name; else (with a warning) its invalid characters
    replaced by ``_``, so that a document stays well-formed."""
    if pattern.match(name):
        return name
    fixed = re.sub(r"[^\w.\-]", "_", name)
    fixed = fixed if re.match(r"[^\W\d]", fixed) else "_" + fixed
    ctx.warn("unsupported-xml", f"{name!r} is not an XML name: the element (or attribute) is named {fixed!r}", location)
    return fixed


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _register_model(ctx: BuildContext, node: Any, location: Location, name: str) -> None:
    """Build the XmlModel of the model ``name`` (at ``location``) once."""
    model = ctx.models.get(location)
    if name in ctx.xml_models or model is None or not isinstance(node, dict):
        return
    ctx.xml_models[name] = XmlModel(name, ())  # a recursive model refers to itself by name
    schemas: dict[str, tuple[Any, Location]] = {}
    _property_schemas(ctx, node, location, schemas, 0)
    for p in model.properties:
        if p.wire_path or p.wire_name not in schemas:
            ctx.warn("unsupported-xml", f"the flattened property {p.name!r} is not mapped to XML: it is left out of XML bodies", location)
    types = {p.wire_name: p.type for p in model.properties if not p.wire_path}
    # In the spec's order (a base's properties first), as the elements are written.
    fields = [_field(ctx, key, *schemas[key], types[key]) for key in schemas if key in types]
    if node.get("discriminator") is not None:
        ctx.warn("unsupported-xml", "a discriminator is not followed in XML: a body holds the declared model's properties only", location)
    if model.additional is not None:
        ctx.warn("unsupported-xml", "additionalProperties beside properties are not mapped to XML: they are left out of XML bodies", location)
    ctx.xml_models[name] = XmlModel(name, tuple(fields))


def _property_schemas(ctx: BuildContext, node: dict[str, Any], location: Location, out: dict[str, tuple[Any, Location]], depth: int) -> None:
    """The schemas of a model's properties, its allOf members' included, by JSON name."""
    for index, member in enumerate(node.get("allOf") or [] if depth < 50 else []):
        member_node, member_location = ctx.spec.deref(member, location.child("allOf", index))
        if isinstance(member_node, dict):
            _property_schemas(ctx, member_node, member_location, out, depth + 1)
    for key, value in (node.get("properties") or {}).items():
        out[str(key)] = (value, location.child("properties", key))


def _field(ctx: BuildContext, key: str, schema: Any, location: Location, type_ref: TypeRef) -> XmlField:
    """A property in XML: an attribute, the element's text or a child element."""
    own = _xml_of(schema)
    referred = _xml_of(ctx.spec.deref(schema, location)[0])
    xml = {**referred, **own}
    name = xml.get("name") if isinstance(xml.get("name"), str) and xml.get("name") else key
    place: XmlPlace = "attribute" if xml.get("attribute") is True else "text" if xml.get("x-ms-text") is True else "element"
    wrapped = own.get("wrapped", referred.get("wrapped")) is True
    return XmlField(key, place, _value_node(ctx, schema, location, type_ref, str(name), xml, wrapped))
