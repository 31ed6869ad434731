"""Path, query, header, cookie and client parameters, their styles (collection formats)
and x-ms-parameter-grouping."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.build.context import CLIENT_PARAMETER_NAMES, PATH_PARAM, BuildContext, text
from generator.build.defaults import literal_default
from generator.build.nodes import is_json, single_value, typed
from generator.build.schemas import register_model, type_of
from generator.ir import (
    CollectionFormat,
    Model,
    Parameter,
    ParameterLocation,
    PathPart,
    Property,
    TypeRef,
)
from generator.names import NameRegistry, attribute_name, class_name, pascal_case, unshadowed
from generator.spec import Location


def on_client(ctx: BuildContext, param: dict[str, Any], wire_name: str, global_param: bool, referenced: bool = True) -> bool:
    """Whether a parameter is a client argument.  ``x-ms-parameter-location`` decides
    when given; else, as AutoRest reads it, ``api-version`` is the client's unless
    ``x-ms-api-version: false``, ``subscriptionId`` is the client's unless declared inline
    (in the operation or its path item: then it is the method's), and so is any other
    Swagger 2.0 top-level parameter."""
    where = param.get("x-ms-parameter-location")
    if where in ("client", "method"):
        return bool(where == "client")
    if param.get("in") in ("path", "query"):
        if wire_name == "api-version":
            return param.get("x-ms-api-version") is not False
        if wire_name in CLIENT_PARAMETER_NAMES:
            return referenced
    return ctx.v2 and global_param


def _param_schema(ctx: BuildContext, param: dict[str, Any], location: Location) -> tuple[Any, Location]:
    if ctx.v2 or "schema" not in param and not _content_type(ctx, param):
        return param, location  # Swagger 2.0: the parameter is its own schema
    media_type = _content_type(ctx, param)
    if media_type is not None:  # OpenAPI 3 ``content``: the schema of its (one) media type
        return param["content"][media_type].get("schema", {}), location.child("content", media_type, "schema")
    return param["schema"], location.child("schema")


def _content_type(ctx: BuildContext, param: dict[str, Any]) -> str | None:
    """The media type of an OpenAPI 3 parameter given by ``content`` (its value is sent as
    that media type's text: JSON), or None."""
    content = param.get("content")
    if ctx.v2 or "schema" in param or not isinstance(content, dict) or not content:
        return None
    media_type = next(iter(content))
    return str(media_type) if isinstance(content[media_type], dict) else None


def _constant(ctx: BuildContext, param: dict[str, Any], schema: Any, location: Location, required: bool) -> object | None:
    node, _ = ctx.spec.deref(schema, location)
    if required and isinstance(node, dict):
        return single_value(node)
    return None


# Where a spec parameter is (its ``in``) -> Parameter.location; a formData field is a form field.
PARAMETER_LOCATIONS: dict[str, ParameterLocation] = {
    "path": "path", "query": "query", "header": "header", "cookie": "cookie", "body": "body", "formData": "form",
}


def build_parameter(
    ctx: BuildContext, param: dict[str, Any], location: Location, names: NameRegistry, prefix: str, type_ref: TypeRef | None = None
) -> Parameter:
    """A path, query, header or form parameter (``type_ref``: its type, when the caller
    has decided it)."""
    schema, schema_location = _param_schema(ctx, param, location)
    wire_name = str(param["name"])
    where = str(param["in"])
    location_in = PARAMETER_LOCATIONS.get(where)
    if location_in is None:  # only an x-ms-parameterized-host parameter can get here (validation checks the others)
        ctx.warn("unknown-parameter-location", f"parameter {wire_name!r} is in {where!r}; taken as a path parameter", location)
        location_in = "path"
    required = param.get("required") is True or where == "path"
    if type_ref is None:
        type_ref = type_of(ctx, schema, schema_location, prefix + pascal_case(wire_name))
    schema_node, _ = ctx.spec.deref(schema, schema_location)
    default = schema_node.get("default") if isinstance(schema_node, dict) else None
    constant = _constant(ctx, param, schema, schema_location, required)
    client_default = param.get("x-ms-client-default")
    if client_default is None and isinstance(schema_node, dict):
        client_default = schema_node.get("x-ms-client-default")
    if constant is None and isinstance(client_default, (str, int, float, bool)):
        # x-ms-client-default: the client fills the value in (and sends it) unless told otherwise.
        default, required = client_default, False
    client_name = param.get("x-ms-client-name")
    collection_format = _collection_format(ctx, param, type_ref)
    style, explode = _style(ctx, param, location_in, collection_format)
    skip_url_encoding = param.get("x-ms-skip-url-encoding") is True
    content_type = _content_type(ctx, param)
    if content_type is not None and not is_json(content_type):
        ctx.warn("unsupported-parameter-style", f"parameter {wire_name!r} is {content_type}: only JSON is sent; calling the method with it raises TypeError", location.child("content"))
        style = "content"
    elif content_type is None and style is not None:
        _check_style(ctx, style, location_in, type_ref, schema, schema_location, location, wire_name)
    return Parameter(
        name=names.claim(unshadowed(attribute_name(str(client_name) if isinstance(client_name, str) else wire_name))),
        wire_name=wire_name,
        location=location_in,
        type=type_ref,
        required=required,
        description=text(param.get("description")),
        on_client=False,
        constant=constant,
        default=default if isinstance(default, (str, int, float, bool)) and not required else None,
        content_type=content_type,
        pointer=location.pointer,
        collection_format=collection_format,
        separator=None if collection_format is None else SEPARATORS[collection_format],
        skip_url_encoding=skip_url_encoding,
        style=style,
        explode=explode,
        # x-ms-skip-url-encoding of an array: its items' reserved characters go as they are.
        allow_reserved=location_in == "query" and param.get("allowReserved") is True or skip_url_encoding and type_ref.kind == "list" and location_in in ("path", "query"),
        keep_none=ctx.v2 and type_ref.kind == "list",
    )


# How an array travels -> the text joining its items' text.  multi repeats the parameter
# in a query or a form; in a path or a header it cannot, so its items are joined by commas.
SEPARATORS: dict[CollectionFormat, str] = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|", "multi": ","}


def _collection_format(ctx: BuildContext, param: dict[str, Any], type_ref: TypeRef) -> CollectionFormat | None:
    """How an array parameter travels: csv, ssv, tsv, pipes or multi."""
    if type_ref.kind != "list":
        return None
    if ctx.v2:
        found = str(param.get("collectionFormat", "csv"))
        return next((f for f in SEPARATORS if f == found), "csv")
    style = param.get("style", "form" if param.get("in") in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    if style == "form":
        return "multi" if explode else "csv"
    styles: dict[str, CollectionFormat] = {"spaceDelimited": "ssv", "pipeDelimited": "pipes"}
    return styles.get(str(style), "csv")


# The styles OpenAPI 3 defines for each location, the first its default (explode: form's).
STYLES: dict[str, tuple[str, ...]] = {
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "path": ("simple", "label", "matrix"),
    "header": ("simple",),
    "cookie": ("form",),
}

# Swagger 2.0 collectionFormat -> the style it is (in a path or a header csv and multi are simple).
COLLECTION_STYLES: dict[CollectionFormat, str] = {
    "csv": "form", "ssv": "spaceDelimited", "tsv": "tabDelimited", "pipes": "pipeDelimited", "multi": "form",
}


def _style(ctx: BuildContext, param: dict[str, Any], where: str, collection_format: CollectionFormat | None) -> tuple[str | None, bool]:
    """How a path, query, header or cookie parameter is serialized: its style and explode."""
    if where not in STYLES:
        return None, False
    default = STYLES[where][0]
    if ctx.v2:  # collectionFormat: arrays only; a scalar is its text in any style
        style = COLLECTION_STYLES[collection_format] if collection_format else default
        return (default if style == "form" else style), collection_format == "multi" and where == "query"
    style = str(param.get("style", default))
    return style, param.get("explode", style == "form") is True


def _check_style(
    ctx: BuildContext, style: str, where: str, type_ref: TypeRef, schema: Any, schema_location: Location, location: Location, wire_name: str
) -> None:
    """Warn (``unsupported-parameter-style``) about what the runtime cannot serialize and
    refuses with a TypeError when called: a style its location lacks, deepObject of
    anything but an object, an array or object holding arrays or objects."""
    message = None
    if style not in STYLES[where] and not (ctx.v2 and style in COLLECTION_STYLES.values()):
        message = f"style {style!r} is not defined for a {where} parameter"
    elif style == "deepObject" and type_ref.kind not in ("dict", "model", "any"):
        message = f"deepObject sends an object, not {'an array' if type_ref.kind == 'list' else 'a ' + type_ref.kind}"
    elif _nested(ctx, type_ref, schema, schema_location):
        shape = "an array" if type_ref.kind == "list" else "an object"
        message = f"{shape} holding arrays or objects cannot be sent in style {style!r}"
    if message is not None:
        ctx.warn("unsupported-parameter-style", f"parameter {wire_name!r}: {message}; calling the method with it raises TypeError", location)


def _nested(ctx: BuildContext, type_ref: TypeRef, schema: Any, schema_location: Location) -> bool:
    """An array or object whose items (properties) are arrays or objects themselves."""
    if type_ref.kind in ("list", "dict"):
        return type_ref.item is not None and type_ref.item.kind in ("list", "dict", "model")
    if type_ref.kind != "model":
        return False
    node, node_location = ctx.spec.deref(schema, schema_location)
    properties = node.get("properties") if isinstance(node, dict) else None
    for name, prop in (properties or {}).items() if isinstance(properties, dict) else ():
        prop, _ = ctx.spec.deref(prop, node_location.child("properties", name))
        if isinstance(prop, dict) and (prop.get("type") in ("object", "array") or "properties" in prop or "items" in prop):
            return True
    return False


def client_parameter(ctx: BuildContext, param: dict[str, Any], location: Location) -> Parameter:
    key = f"{param['in']}:{param['name']}"
    known = ctx.client_params.get(key)
    if known is not None:
        return known
    info_version = str((ctx.spec.data.get("info") or {}).get("version", ""))
    built = build_parameter(ctx, param, location, ctx.client_names, "")
    default = built.default
    if param["name"] == "api-version" and info_version:
        default = built.constant if built.constant is not None else info_version
    built = dataclasses.replace(
        built, required=built.required or default is not None, on_client=True, default=default
    )
    ctx.client_params[key] = built
    return built


def parameter_groups(
    ctx: BuildContext, params: list[Parameter], grouping: dict[str, tuple[Any, Location]], names: NameRegistry, prefix: str
) -> tuple[list[Parameter], tuple[Parameter, ...]]:
    """``x-ms-parameter-grouping``: the parameters that name a group are passed together,
    as the attributes of one object (a class of ``models.py``: the extension's ``name``
    in PascalCase, else ``<Operation>`` and its ``postfix``, ``Parameters`` by default, as
    AutoRest names it; a member keeps its default).  Returns the parameters, grouped ones
    marked with their group argument, and the group arguments."""
    members: dict[str, list[Parameter]] = {}
    where: dict[str, Location] = {}
    for p in params:
        if p.name not in grouping:
            continue
        ext, at = grouping[p.name]
        if p.type.kind in ("binary", "media", "text"):
            ctx.warn("unsupported-grouping", f"x-ms-parameter-grouping is ignored for {p.wire_name!r}: a raw body is not a model field; it stays an argument of its own", at)
            continue
        named = ext.get("name") if isinstance(ext, dict) else None
        postfix = ext.get("postfix") if isinstance(ext, dict) else None
        postfix = postfix if isinstance(postfix, str) and postfix.strip() else "Parameters"
        group = class_name(str(named)) if isinstance(named, str) and named.strip() else class_name(prefix + pascal_case(postfix))
        members.setdefault(group, []).append(p)
        where.setdefault(group, at)
    if not members:
        return params, ()
    arguments: dict[str, Parameter] = {}
    for group, fields in members.items():
        props = tuple(
            Property(name=p.name, wire_name=p.wire_name, type=p.type, required=p.required, nullable=False, read_only=False,
                     secret=p.secret, description=p.description, pointer=p.pointer,
                     # The parameter's default starts the field (a scalar: dataclass defaults are shared).
                     default=p.default if literal_default(p) else None)
            for p in sorted(fields, key=lambda p: not p.required)
        )
        model = ctx.group_models.get(group)
        if model is None or model.properties != props:
            model = Model(name=ctx.classes.claim(group), description=f"Parameters of {prefix} passed together (x-ms-parameter-grouping).",
                          properties=props, pointer=where[group].pointer, has_secrets=any(p.secret for p in props))
            ctx.group_models.setdefault(group, model)
            # Keyed by its own name: a grouped parameter shared through #/parameters has
            # one location for all the groups of the operations that use it.
            register_model(ctx, where[group].child(model.name), model)
        required = any(p.required for p in fields)
        arguments[group] = Parameter(
            name=names.claim(unshadowed(attribute_name(group))), wire_name=group, location="group",
            type=typed("model", model.name, name=model.name), required=required, description=model.description,
            on_client=False, constant=None, default=None, content_type=None, pointer=where[group].pointer,
        )
    grouped = {p.name: arguments[g].name for g, fields in members.items() for p in fields}
    return [dataclasses.replace(p, group=grouped[p.name]) if p.name in grouped else p for p in params], tuple(arguments.values())


def _unsent_query(path: str, params: list[Parameter]) -> str:
    """A path with a query of its own (``/?comp=list``, as Storage specs write them) without
    the pairs a declared query parameter sends too: each is sent once."""
    base, mark, query = path.partition("?")
    if not mark:
        return path
    sent = {p.wire_name for p in params if p.location == "query"}
    kept = [pair for pair in query.split("&") if pair.split("=", 1)[0] not in sent]
    return base + ("?" + "&".join(kept) if kept else "")


def build_path_parts(ctx: BuildContext, path: str, params: list[Parameter], location: Location) -> tuple[PathPart, ...]:
    path = _unsent_query(path, params)
    by_name = {p.wire_name: p for p in params if p.location == "path"}
    parts: list[PathPart] = []
    position = 0
    for match in PATH_PARAM.finditer(path):
        if match.start() > position:
            parts.append(PathPart(path[position : match.start()], None))
        param = by_name.get(match.group(1))
        if param is None:
            ctx.fail("missing-path-parameter", f"path template names {{{match.group(1)}}} but no path parameter of that name is declared", location)
            parts.append(PathPart(match.group(0), None))
        else:
            parts.append(PathPart(None, param))
        position = match.end()
    if position < len(path):
        parts.append(PathPart(path[position:], None))
    return tuple(parts)
