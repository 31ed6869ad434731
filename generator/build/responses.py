"""Responses: success and error statuses, their body types and the headers a result class carries."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.build.context import BuildContext, text
from generator.build.nodes import STREAM, is_binary_schema, is_json, media_base, typed
from generator.build.schemas import type_of
from generator.build.xml import is_xml, xml_body
from generator.ir import EnumBase, Header, HeaderReadAs, Response, Result, TypeRef, XmlNode
from generator.names import (
    FIELD_SHADOWED_BUILTINS,
    NameRegistry,
    attribute_name,
    class_name,
    pascal_case,
    unshadowed,
)
from generator.spec import Location


def status_key(status: str) -> tuple[int, str]:
    return (0, status) if status[:1].isdigit() else (1, status)


def status_condition(status: str) -> str:
    """The Python test of ``_status`` that selects a response of ``status`` ("200", "2XX")."""
    if status[1:] == "XX":
        first = int(status[0]) * 100
        return f"{first} <= _status < {first + 100}"
    return f"_status == {status}"


def _returns_headers(status: str, response: Any) -> bool:
    """A 2xx response that declares headers (a $ref'd response is resolved by then)."""
    return status.startswith("2") and isinstance(response, dict) and isinstance(response.get("headers"), dict) and bool(response["headers"])


def head_response(response: Response) -> Response:
    """A HEAD response has no body: True (1xx-3xx) or False (a declared 4xx), or its headers."""
    if response.result is not None:
        result = dataclasses.replace(response.result, body=None, nullable=False)
        return dataclasses.replace(response, type=None, nullable=False, result=result)
    return dataclasses.replace(response, type=None, nullable=False, value=response.status[:1] in ("1", "2", "3"))


def build_responses(
    ctx: BuildContext, node: dict[Any, Any], location: Location, prefix: str, produces: list[str] | None = None, label: str = ""
) -> tuple[list[Response], list[Response], TypeRef | None, XmlNode | None]:
    """Success responses, the declared error responses but ``default``, and the body type
    of every other error status: ``default``'s (None when it has no schema); without a
    ``default``, the first declared error type; and that body's root element when it is
    XML.  ``label`` names the operation in decoding errors (``Response.label``, ``Header.label``)."""
    success: list[Response] = []
    errors: list[Response] = []
    error_type: TypeRef | None = None
    error_xml: XmlNode | None = None
    has_default = False
    with_headers = [s for s in node if _returns_headers(str(s), node[s])]
    for status in sorted((str(s) for s in node), key=status_key):
        response, response_location = ctx.spec.deref(node[status] if status in node else node[int(status)], location.child(status))
        if not isinstance(response, dict):
            continue
        is_error = _is_error(ctx, status, response)
        type_ref = response_type(ctx, response, response_location, prefix + ("Error" if is_error else "Response"))
        if not is_error and type_ref is not None and type_ref.kind == "str" and produces and all(
            media_base(m).startswith("text/") and not is_json(m) for m in produces
        ):
            type_ref = typed("text", "str")  # Swagger 2.0 produces text only: the body is the text itself
        xml = None
        xml_schema = _xml_schema(ctx, response, response_location, produces) if type_ref is not None and type_ref.kind != "stream" else None
        if xml_schema is not None and type_ref is not None:
            if not ctx.v2:
                type_ref = type_of(ctx, xml_schema[0], xml_schema[1], prefix + ("Error" if is_error else "Response"))
            type_ref, xml = xml_body(ctx, *xml_schema, type_ref)
        if is_error:
            if status == "default":
                error_type, error_xml, has_default = type_ref, xml, True
            else:
                if not has_default and error_type is None:
                    error_type, error_xml = type_ref, xml
                errors.append(Response(
                    status=status, description=text(response.get("description")), type=type_ref,
                    is_error=True, condition=status_condition(status), pointer=location.child(status).pointer,
                    label=f"{label} response {status}", xml=xml,
                ))
            continue
        nullable = type_ref is not None and _nullable_body(ctx, response, response_location)
        result = None
        # A 2xx's declared headers come back with its body in a result class; a stream
        # carries them itself (ByteStream.headers), a redirect's are the pipeline's business.
        if _returns_headers(status, response) and (type_ref is None or type_ref.kind != "stream"):
            result_name = prefix + ("" if len(with_headers) == 1 else status) + "Result"
            headers = response_headers(ctx, response["headers"], response_location.child("headers"), prefix, type_ref is not None, f"{label} response {status}")
            result = Result(
                name=ctx.classes.claim(class_name(result_name)), description=text(response.get("description")),
                body=type_ref, nullable=nullable, headers=headers, pointer=location.child(status).pointer,
            )
        success.append(
            Response(
                status=status,
                description=text(response.get("description")),
                type=type_ref,
                is_error=False,
                condition=status_condition(status),
                pointer=location.child(status).pointer,
                nullable=nullable,
                result=result,
                label=f"{label} response {status}",
                xml=xml,
            )
        )
    return success, errors, error_type, error_xml


def response_headers(ctx: BuildContext, node: dict[str, Any], location: Location, prefix: str, has_body: bool, label: str = "") -> tuple[Header, ...]:
    """The declared headers of a response, as attributes of its result class; ``label``
    names the response in decoding errors (``Header.label``)."""
    names = NameRegistry({"body"} if has_body else set())
    headers: list[Header] = []
    for wire_name, header in node.items():
        header, where = ctx.spec.deref(header, location.child(wire_name))
        if not isinstance(header, dict):
            continue
        schema, schema_at = (header, where) if ctx.v2 else (header.get("schema", {}), where.child("schema"))
        type_ref = type_of(ctx, schema, schema_at, prefix + pascal_case(str(wire_name)))
        read_as = _read_as(ctx, type_ref)
        if read_as is None:
            ctx.warn("complex-header", f"response header {str(wire_name)!r} has a {type_ref.kind} type; returned as its text", where)
            type_ref, read_as = typed("str", "str"), "text"
        headers.append(Header(
            name=names.claim(unshadowed(attribute_name(str(wire_name)), FIELD_SHADOWED_BUILTINS)), wire_name=str(wire_name),
            type=type_ref, read_as=read_as, description=text(header.get("description")), pointer=where.pointer,
            label=f"{label} header {wire_name}",
        ))
    return tuple(headers)


def _read_as(ctx: BuildContext, type_ref: TypeRef) -> HeaderReadAs | None:
    """How a header's text becomes the JSON value its type decodes (see Header.read_as);
    None for a type a header cannot carry."""
    if type_ref.kind == "enum":
        enum = ctx.enums_by_name.get(type_ref.name or "")
        base: EnumBase = enum.base if enum is not None else "str"
        return base
    if type_ref.kind == "unixtime":
        return "int"
    if type_ref.kind == "int" or type_ref.kind == "float" or type_ref.kind == "bool":
        return type_ref.kind
    if type_ref.kind == "str":
        return "text"
    return "str" if type_ref.codec is not None else None


def _is_error(ctx: BuildContext, status: str, response: dict[str, Any]) -> bool:
    """Whether a declared response raises.  ``default`` and ``x-ms-error-response: true``
    always do.  Swagger 2.0 follows AutoRest: any other declared status is a result
    (a 404 with its own schema, a HEAD's 404 meaning "no").  OpenAPI 3 keeps HTTP's
    reading: 4xx and 5xx raise unless marked ``x-ms-error-response: false``."""
    marked = response.get("x-ms-error-response")
    if status == "default" or marked is True:
        return True
    if ctx.v2 or marked is False:
        return False
    return not status.startswith(("1", "2", "3"))


def _xml_schema(ctx: BuildContext, response: dict[str, Any], location: Location, produces: list[str] | None) -> tuple[Any, Location] | None:
    """The schema of a response read as XML, and where it is: Swagger 2.0 producing XML and
    no JSON, OpenAPI 3 offering an XML media type and no JSON one (a file stays a stream)."""
    if ctx.v2:
        declared = produces or []
        if "schema" not in response or any(is_json(m) for m in declared) or not any(is_xml(m) for m in declared):
            return None
        return response["schema"], location.child("schema")
    content = response.get("content") or {}
    if any(is_json(str(m)) for m in content):
        return None
    for media, media_node in content.items():
        if is_xml(str(media)) and isinstance(media_node, dict) and "schema" in media_node:
            where = location.child("content", media, "schema")
            return None if is_binary_schema(ctx.spec.deref(media_node["schema"], where)[0]) else (media_node["schema"], where)
    return None


def _nullable_body(ctx: BuildContext, response: dict[str, Any], location: Location) -> bool:
    if ctx.v2:
        schema, where = response.get("schema"), location.child("schema")
    else:
        media = next((m for m in (response.get("content") or {}) if is_json(str(m))), None)
        if media is None:
            return False
        schema, where = response["content"][media].get("schema"), location.child("content", media, "schema")
    node, _ = ctx.spec.deref(schema, where)
    return isinstance(node, dict) and (node.get("x-nullable") is True or node.get("nullable") is True)


def response_type(ctx: BuildContext, response: dict[str, Any], location: Location, hint: str) -> TypeRef | None:
    if ctx.v2:
        if "schema" not in response:
            return None
        if is_binary_schema(ctx.spec.deref(response["schema"], location.child("schema"))[0]):
            return STREAM
        return type_of(ctx, response["schema"], location.child("schema"), hint)
    content = response.get("content") or {}
    for media, media_node in content.items():
        if is_json(str(media)) and isinstance(media_node, dict) and "schema" in media_node:
            return type_of(ctx, media_node["schema"], location.child("content", media, "schema"), hint)
    for media, media_node in content.items():
        if isinstance(media_node, dict) and is_binary_schema(ctx.spec.deref(media_node.get("schema"), location.child("content", media, "schema"))[0]):
            return STREAM
    if any(str(media).lower().startswith("text/") for media in content):
        return typed("text", "str")
    if content:
        return typed("bytes", "bytes")
    return None
