"""Request bodies: JSON, XML, text, binary and form data, by media type, and x-ms-client-flatten on a body."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.build.context import BuildContext, text
from generator.build.nodes import (
    BINARY,
    FORM_TYPES,
    is_binary_schema,
    is_json,
    json_constant,
    media_base,
    typed,
)
from generator.build.parameters import build_parameter
from generator.build.schemas import type_of
from generator.build.xml import is_xml, xml_body
from generator.ir import MediaKind, MediaType, Parameter, XmlNode
from generator.names import NameRegistry, attribute_name, unshadowed
from generator.spec import Location


def declared_media_types(ctx: BuildContext, operation: dict[str, Any], key: str) -> list[str]:
    """Swagger 2.0 ``consumes`` / ``produces`` of an operation: its own, else the spec's."""
    found = operation.get(key) if isinstance(operation.get(key), list) else ctx.spec.data.get(key)
    return [str(m) for m in found or [] if isinstance(m, str) and m.strip()]


def body_parameter_v2(
    ctx: BuildContext, param: dict[str, Any], location: Location, names: NameRegistry, prefix: str, operation: dict[str, Any]
) -> Parameter:
    consumes = [m for m in declared_media_types(ctx, operation, "consumes") if media_base(m) not in FORM_TYPES]
    json_types = [m for m in consumes if is_json(m)]
    required = param.get("required") is True
    schema, _ = ctx.spec.deref(param.get("schema", {}), location.child("schema"))
    octet_only = not json_types and any(media_base(m) == "application/octet-stream" for m in consumes)
    media_types: tuple[MediaType, ...] = ()
    xml: XmlNode | None = None
    text_schema = isinstance(schema, dict) and schema.get("type") in ("string", None) and not is_binary_schema(schema)
    bases = {media_base(m) for m in consumes}
    if len(bases) > 1 and any(not is_json(m) for m in consumes):
        # Several media types: the method takes a content_type keyword and sends the value
        # as the one chosen (by default the first that fits the value's type).
        kinds: dict[str, MediaType] = {}
        for m in consumes:
            if media_base(m) in kinds:
                continue
            kind: MediaKind = "binary" if is_binary_schema(schema) else "json" if is_json(m) else "text" if media_base(m).startswith("text/") and text_schema else "binary"
            kinds[media_base(m)] = MediaType(m, kind)
        media_types = tuple(kinds.values())
    if media_types and any(m.kind != "binary" for m in media_types):
        json_type = type_of(ctx, param.get("schema", {}), location.child("schema"), prefix + "Body") if any(m.kind == "json" for m in media_types) else None
        annotations = [json_type.annotation] if json_type is not None else []
        if any(m.kind == "text" for m in media_types) and "str" not in annotations and "_t.Any" not in annotations:
            annotations.append("str")
        if any(m.kind == "binary" for m in media_types):
            annotations.append(BINARY.annotation)
        type_ref, content_type, constant = typed("media", " | ".join(annotations), item=json_type), media_types[0].media_type, None
    elif is_binary_schema(schema) or octet_only:
        # Raw bytes with the operation's own media type (a JSON file is still sent as is).
        type_ref, content_type, constant = BINARY, consumes[0] if consumes else "application/octet-stream", None
    else:
        type_ref = type_of(ctx, param.get("schema", {}), location.child("schema"), prefix + "Body")
        content_type = (json_types or consumes or ["application/json"])[0]
        constant = json_constant(schema) if required and isinstance(schema, dict) else None
        if is_xml(content_type):
            type_ref, xml = xml_body(ctx, param.get("schema", {}), location.child("schema"), type_ref)
        elif not is_json(content_type) and media_base(content_type).startswith("text/") and type_ref.kind == "str":
            type_ref = typed("text", "str", constraints=type_ref.constraints)  # sent as its UTF-8 text, not as JSON
    client_name = param.get("x-ms-client-name") or param.get("name") or "body"
    return Parameter(
        name=names.claim(unshadowed(attribute_name(str(client_name), "body"))), wire_name=str(param.get("name", "body")),
        location="body", type=type_ref, required=required,
        description=text(param.get("description")), on_client=False,
        constant=constant, default=None,
        content_type=content_type, pointer=location.pointer, media_types=media_types, xml=xml,
    )


def request_body(ctx: BuildContext, node: Any, location: Location, names: NameRegistry, prefix: str, operation: dict[str, Any]) -> Parameter | None:
    node, location = ctx.spec.deref(node, location)
    if not isinstance(node, dict):
        return None
    content = node.get("content") or {}
    if not content:
        return None
    media = next((m for m in content if is_json(str(m))), next(iter(content)))
    media_node = content[media] if isinstance(content[media], dict) else {}
    xml: XmlNode | None = None
    if is_json(str(media)):
        type_ref = type_of(ctx, media_node.get("schema", {}), location.child("content", media, "schema"), prefix + "Body")
    elif is_xml(str(media)) and len(content) == 1 and _xml_schema(ctx, media_node, location.child("content", media, "schema")):
        schema_at = location.child("content", media, "schema")
        type_ref, xml = xml_body(ctx, media_node["schema"], schema_at, type_of(ctx, media_node["schema"], schema_at, prefix + "Body"))
    else:
        type_ref = BINARY
        if len(content) > 1:
            ctx.warn("extra-media-types", f"request body offered as {len(content)} media types; only {media!r} is generated", location.child("content"))
        if str(media).lower().startswith("multipart/"):
            ctx.warn("unsupported-multipart", f"{media} bodies are not encoded: the method sends the bytes given, with no boundary", location.child("content", media))
    client_name = operation.get("x-ms-requestBody-name") or node.get("x-ms-client-name") or "body"
    return Parameter(
        name=names.claim(unshadowed(attribute_name(str(client_name), "body"))), wire_name="body", location="body",
        type=type_ref, required=node.get("required") is True, description=text(node.get("description")),
        on_client=False, constant=None, default=None, content_type=str(media), pointer=location.pointer, xml=xml,
    )


def _xml_schema(ctx: BuildContext, media_node: dict[str, Any], location: Location) -> bool:
    """An OpenAPI 3 XML media type whose schema is a value, not a file."""
    return "schema" in media_node and not is_binary_schema(ctx.spec.deref(media_node["schema"], location)[0])


def form_parameters(
    ctx: BuildContext, form: list[tuple[dict[str, Any], Location]], operation: dict[str, Any], names: NameRegistry, prefix: str
) -> list[Parameter]:
    """Swagger 2.0 formData parameters: method arguments sent as one form body, in the
    first form media type the operation consumes (``multipart/form-data`` whenever a field
    is a file; ``application/x-www-form-urlencoded`` when it declares neither).  A file
    (``type: file``, or an array of them) takes bytes or binary file objects."""
    declared = [m for m in map(media_base, declared_media_types(ctx, operation, "consumes")) if m in FORM_TYPES]
    files = [param.get("type") == "file" or isinstance(param.get("items"), dict) and param["items"].get("type") == "file" for param, _ in form]
    media = "multipart/form-data" if any(files) else (declared or ["application/x-www-form-urlencoded"])[0]
    built = []
    for (param, param_location), is_file in zip(form, files, strict=True):
        type_ref = None
        if is_file:
            type_ref = BINARY if param.get("type") == "file" else typed("list", f"list[{BINARY.annotation}]", item=BINARY)
        field = build_parameter(ctx, param, param_location, names, prefix, type_ref)
        built.append(dataclasses.replace(field, location="form", content_type=media))
    return built


def flatten_body(ctx: BuildContext, body: Parameter, node: dict[str, Any], location: Location, names: NameRegistry) -> list[Parameter]:
    """``x-ms-client-flatten`` on a body parameter: the fields of its model a request
    sends (not read-only, not constant) become method parameters; empty (with a warning)
    when the body is not a model with such fields."""
    schema_location = ctx.spec.deref(node.get("schema", {}), location.child("schema"))[1]
    model = ctx.models.get(schema_location) if body.type.kind == "model" and not body.media_types else None
    fields = [p for p in model.properties if not p.read_only and p.constant is None] if model is not None else []
    if model is None or model.additional is not None or not fields:
        ctx.warn("unsupported-flatten", f"x-ms-client-flatten is ignored: the body {body.wire_name!r} stays one argument (it is not a model with fields to send)", location.child("x-ms-client-flatten"))
        return []
    return [
        Parameter(
            name=names.claim(unshadowed(p.name)), wire_name=p.wire_name, location="body", type=p.type, required=p.required,
            description=p.description, on_client=False, constant=None, content_type=body.content_type,
            # An optional field's default is the argument's (passing None still leaves it out).
            default=p.default if not p.required else None,
            pointer=p.pointer, secret=p.secret, body_field=p.name,
        )
        for p in fields
    ]
