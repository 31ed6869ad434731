"""Operations and the client: every path and method becomes a method of the client or of a group."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from generator.build.bodies import (
    body_parameter_v2,
    declared_media_types,
    flatten_body,
    form_parameters,
    request_body,
)
from generator.build.context import CALL_OPTIONS, HTTP_METHODS, PATH_PARAM, BuildContext, text
from generator.build.host import build_host_parts, client_host_parts, endpoint, parameterized_host
from generator.build.lro import long_running
from generator.build.nodes import typed
from generator.build.paging import Pageables, with_paging
from generator.build.parameters import (
    build_parameter,
    build_path_parts,
    client_parameter,
    on_client,
    parameter_groups,
)
from generator.build.responses import build_responses, head_response, status_condition, status_key
from generator.build.security import (
    azure_server,
    azure_spec,
    client_security,
    oauth_scopes,
    operation_security,
    security_schemes,
)
from generator.ir import Client, Operation, OperationGroup, Parameter, Response, TypeRef, XmlNode
from generator.names import (
    SHADOWED_BUILTINS,
    NameRegistry,
    attribute_name,
    class_name,
    pascal_case,
    snake_case,
    unshadowed,
)
from generator.spec import Location

# Names an operation's parameters may not take: the generated method's ``self`` and the
# ``config`` argument every request-building function in _operations.py takes first, and
# ``httpx``, the one module imported without an underscore alias.
_METHOD_LOCALS = frozenset({"self", "config", "httpx", "_first", "_link", "_page", "_base"})


# ``list`` is the conventional name of list operations, so it stays; a method named
# ``list`` is emitted last in its class, after every annotation that says ``list[...]``.
_METHOD_SHADOWED = SHADOWED_BUILTINS - {"list"}


def _list_last(operations: list[Operation]) -> tuple[Operation, ...]:
    return tuple(sorted(operations, key=lambda op: op.name == "list"))


def client_class_name(data: dict[str, Any]) -> str:
    """The client class: ``info.title`` in PascalCase, ending in ``Client``."""
    info = data.get("info") or {}
    name = class_name(text(info.get("title")) or "Api", "Client")
    return name if name.endswith("Client") else name + "Client"


def build_operations(ctx: BuildContext) -> tuple[Client, tuple[OperationGroup, ...], tuple[Operation, ...]]:
    root = ctx.spec.root_location
    groups: dict[str, list[Operation]] = {}
    group_names: dict[str, str] = {}
    group_spellings: dict[str, str] = {}  # group key (casefolded; outside Azure, snake_case) -> the first spelling met
    attributes = NameRegistry({"close", "self"})
    ungrouped: list[Operation] = []
    method_names: dict[str, NameRegistry] = {}
    pageable: dict[str, tuple[dict[str, Any], Location]] = {}  # operation pointer -> its node
    azure_extensions = any(azure_style(document) for document in (ctx.spec.data, *ctx.spec.documents.values()))
    azure = not _dotted_ids(ctx.spec.data) and azure_extensions
    security_schemes(ctx, azure_spec(ctx, azure_extensions))
    parameterized_host(ctx)
    for path_key in ("paths", "x-ms-paths"):
        paths = ctx.spec.data.get(path_key) or {}
        for path, item in paths.items():
            item_location = root.child(path_key, path)
            item, item_location = ctx.spec.deref(item, item_location)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if not isinstance(item.get(method), dict):
                    continue
                op_location = item_location.child(method)
                group_key, method_key, ungrouped_name = _group_and_method(item[method], method, str(path), azure)
                if group_key is not None:
                    # Groups match case-insensitively (HttpSuccess_x joins httpSuccess_y), and
                    # outside Azure specs by their words (the tag "Git Data" joins git-data_x);
                    # the first spelling met names the group.
                    group_key = group_spellings.setdefault(group_key.casefold() if azure else snake_case(group_key), group_key)
                if group_key is not None and group_key not in group_names:
                    group_names[group_key] = attributes.claim(attribute_name(group_key))
                    groups[group_names[group_key]] = []
                    method_names[group_names[group_key]] = NameRegistry({"self"})
                registry = attributes if group_key is None else method_names[group_names[group_key]]
                base = attribute_name(method_key, "call")
                if item[method].get("x-ms-long-running-operation") is True:  # the Azure SDK's name for a poller
                    base = "begin_" + base
                name = registry.claim(unshadowed(base, _METHOD_SHADOWED))
                # Names made from the operation's (inline models, parameter groups) start with
                # its operationId in PascalCase: a tag does not rename them.
                stem = pascal_case(attribute_name(ungrouped_name, "call")) if ungrouped_name is not None else ""
                operation = build_operation(ctx, _Site(item, item_location, item[method], op_location, method, str(path), name, group_key, stem))
                if "x-ms-pageable" in item[method]:
                    pageable[operation.pointer] = (item[method], op_location)
                (ungrouped if group_key is None else groups[group_names[group_key]]).append(operation)
    if pageable:  # next-page operations (operationName) may come later in the spec: paging is added last
        every = ungrouped + [op for ops in groups.values() for op in ops]
        known = Pageables.of(ctx, every)
        by_pointer: dict[str, Operation] = {}
        for op in every:
            by_pointer.setdefault(op.pointer, op)
        paged = {pointer: with_paging(ctx, known, by_pointer[pointer], node, location) for pointer, (node, location) in pageable.items()}
        ungrouped = [paged.get(op.pointer, op) for op in ungrouped]
        groups = {name: [paged.get(op.pointer, op) for op in ops] for name, ops in groups.items()}
    # Group classes claim their names last: a model or enum of the same name keeps it.
    built_groups = tuple(
        OperationGroup(name=name, class_name=ctx.classes.claim(class_name(key) + "Operations"), operations=_list_last(groups[name]))
        for key, name in group_names.items()
    )
    return build_client(ctx, azure_extensions), built_groups, _list_last(ungrouped)


def azure_style(data: Any) -> bool:
    """Whether a spec document uses Azure's extensions: any ``x-ms-*`` key, anywhere.  When
    one of a spec's does, and its operationIds are not mostly dotted paths (:func:`_dotted_ids`),
    its operations are grouped by their ``Group_`` prefix alone, tags ignored."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if any(isinstance(key, str) and key.startswith("x-ms-") for key in node):
                return True
            stack.extend(value for value in node.values() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            stack.extend(value for value in node if isinstance(value, (dict, list)))
    return False


def _dotted_ids(data: dict[str, Any]) -> bool:
    """Whether at least half the operationIds are dotted paths (Microsoft Graph's
    ``users.user.ListUser``, tagged ``users.user``): a spec with ``x-ms-*`` keys that is
    not in AutoRest's ``Group_Method`` convention, grouped as any other spec."""
    ids = [
        operation.get("operationId")
        for key in ("paths", "x-ms-paths")
        for item in (data.get(key) or {}).values()
        if isinstance(item, dict)
        for operation in item.values()
        if isinstance(operation, dict)
    ]
    named = [i.strip(".") for i in ids if isinstance(i, str) and i.strip(".")]
    return bool(named) and 2 * sum("." in i for i in named) >= len(named)


_GROUP_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9]")  # ``Group_Method``, AutoRest's style


def _has_group_prefix(operation_id: object) -> bool:
    """``HostPools_Get``, ``dictionary_getNull``: a group, then the method; an id in
    lower-case snake_case (``list_pets``) is a name, not a group and a method."""
    return isinstance(operation_id, str) and bool(_GROUP_PREFIX.match(operation_id.strip())) and not operation_id.islower()


def _group_and_method(node: dict[str, Any], method: str, path: str, azure: bool) -> tuple[str | None, str, str | None]:
    """The group an operation goes in (None: a method of the client), its method's name
    before snake_case, and, for an operation grouped by its tag, the name it would have
    outside any group: its whole operationId (README, "Operation groups and method names"):

    - in an Azure spec, the ``Group_`` prefix of the operationId (``HostPools_Get``), as
      AutoRest does; an id without ``_`` is a method of the client;
    - elsewhere too, a ``Group_`` prefix (letters and digits, then ``_``) in an id that
      is not all lower-case (``Pets_List``, AutoRest's ``dictionary_getNull``; not
      ``list_pets`` or FastAPI's ``read_items_items_get``, which are snake_case names);
    - elsewhere the first tag (``repos``), when the operation has one made of ASCII words;
      the operationId's words, less the tag's when they start with them (``repos/get``,
      ``repos_get``, ``reposGet``, ``Repos.Get``: ``get``), name the method;
    - an untagged operation, as in an Azure spec.
    """
    group, name = _split_id(node, method, path)
    operation_id = node.get("operationId")
    tag = None if azure or _has_group_prefix(operation_id) else _first_tag(node)
    if tag is None:
        return group, name, None
    full = operation_id.strip() if isinstance(operation_id, str) and operation_id.strip() else name
    return tag, without_group(full, tag), full


def _first_tag(node: dict[str, Any]) -> str | None:
    tags = node.get("tags")
    first = tags[0] if isinstance(tags, list) and tags else None
    return first.strip() if isinstance(first, str) and snake_case(first) else None


def without_group(name: str, group: str) -> str:
    """``name`` without the group's words it starts with (word by word, whatever the case and
    the separators: ``repos/get``, ``repos_get``, ``repos-get``, ``reposGet``, ``Repos.Get``
    in group ``repos`` give ``get``); ``name`` itself when it does not start with them or is
    nothing more (``repos``, ``repositoriesGet``, ``reposition``)."""
    words, prefix = snake_case(name), snake_case(group)
    if prefix and words.startswith(prefix + "_"):
        return words[len(prefix) + 1 :]
    return name


def _split_id(node: dict[str, Any], method: str, path: str) -> tuple[str | None, str]:
    operation_id = node.get("operationId")
    if isinstance(operation_id, str) and operation_id.strip():
        if "_" in operation_id.strip("_"):
            group, _, rest = operation_id.strip("_").partition("_")
            return group, rest
        return None, operation_id
    return None, method + "_" + "_".join(s for s in PATH_PARAM.sub(r"by_\1", path).split("/") if s)


def _check_extensions(ctx: BuildContext, node: dict[str, Any], location: Location) -> None:
    """Warn about what an operation declares that the generated method does not do."""
    if node.get("servers"):
        ctx.warn("unsupported-servers", "the operation's own servers are ignored: it is sent to the client's endpoint", location.child("servers"))


@dataclass(frozen=True)
class _Site:
    """Where an operation is declared (its path item and its own node), and its method's name."""

    item: dict[str, Any]
    item_location: Location
    node: dict[str, Any]
    location: Location
    method: str
    path: str
    name: str
    group: str | None
    stem: str = ""  # what names made from the operation's start with ("": its group's and its own)

    @property
    def long_running(self) -> bool:
        return self.node.get("x-ms-long-running-operation") is True

    @property
    def short_name(self) -> str:
        """The method's name without the begin_ of a long-running operation (AutoRest's
        names for what is made from the operation's: parameter groups, body models...)."""
        return self.name.removeprefix("begin_") if self.long_running else self.name


@dataclass
class _Arguments:
    """The arguments of an operation's method, as they are collected."""

    names: NameRegistry
    prefix: str  # what names made from the operation's start with
    method: list[Parameter] = field(default_factory=list)
    client: list[Parameter] = field(default_factory=list)  # the client's arguments it sends
    body: Parameter | None = None
    body_node: dict[str, Any] = field(default_factory=dict)
    body_location: Location | None = None
    form: list[tuple[dict[str, Any], Location]] = field(default_factory=list)
    grouping: dict[str, tuple[Any, Location]] = field(default_factory=dict)  # parameter name -> its x-ms-parameter-grouping


def build_operation(ctx: BuildContext, site: _Site) -> Operation:
    args = _Arguments(NameRegistry(CALL_OPTIONS | _METHOD_LOCALS), site.stem or pascal_case(site.group or "") + pascal_case(site.short_name))
    _collect_arguments(ctx, site, args)
    _add_body(ctx, args)
    host_params = [build_parameter(ctx, param, param_location, args.names, args.prefix) for param, param_location in ctx.host_method.values()]
    if ctx.host_first:
        args.method[:0] = host_params
    else:
        args.method += host_params
    ordered = [p for p in args.method if p.required and p.constant is None] + [
        p for p in args.method if not p.required or p.constant is not None
    ]
    ordered, groups = parameter_groups(ctx, ordered, args.grouping, args.names, args.prefix)
    path_parts = build_path_parts(ctx, site.path, ordered + args.client, site.location)
    host_parts = build_host_parts(ctx, host_params, site.location)
    node = site.node
    operation_id = str(node.get("operationId") or "")
    label = operation_id or site.name  # Operation.label
    responses, errors, error_type, error_xml = _responses(ctx, site, args.prefix, label)
    function = snake_case(site.group or "") + ("_" if site.group else "") + site.short_name
    lro = long_running(ctx, site.node, site.location, site.method.upper(), responses, function, label) if site.long_running else None
    return Operation(
        name=site.name,
        operation_id=operation_id,
        method=site.method.upper(),
        path=site.path,
        path_parts=path_parts,
        parameters=tuple(ordered),
        client_parameters=tuple(args.client),
        body=args.body,
        responses=tuple(responses),
        error_type=error_type,
        error_xml=error_xml,
        errors=tuple(errors),
        return_annotation=_return_annotation(responses),
        summary=text(node.get("summary")),
        description=text(node.get("description")),
        deprecated=node.get("deprecated") is True,
        builder=ctx.functions.claim(f"build_{function}_request"),
        handler=ctx.functions.claim(f"handle_{function}_response"),
        pointer=site.location.pointer,
        host_parts=host_parts,
        groups=groups,
        lro=lro,
        security=operation_security(ctx, node),
    )


def _declared_parameters(ctx: BuildContext, site: _Site) -> dict[tuple[str, str], tuple[dict[str, Any], Location, bool, bool]]:
    """The parameters of the path item and of the operation (which wins), by (in, name):
    each resolved, with where, whether it is a top-level one and whether it is a $ref."""
    raw: dict[tuple[str, str], tuple[dict[str, Any], Location, bool, bool]] = {}
    for source, source_location in ((site.item, site.item_location), (site.node, site.location)):
        for index, param in enumerate(source.get("parameters") or []):
            param_location = source_location.child("parameters", index)
            global_param = isinstance(param, dict) and str(param.get("$ref", "")).startswith(("#/parameters/", "#/components/parameters/"))
            resolved, resolved_location = ctx.spec.deref(param, param_location)
            if isinstance(resolved, dict) and "name" in resolved and "in" in resolved:
                referenced = isinstance(param, dict) and "$ref" in param
                raw[(str(resolved["in"]), str(resolved["name"]))] = (resolved, resolved_location, global_param, referenced)
    return raw


def _collect_arguments(ctx: BuildContext, site: _Site, args: _Arguments) -> None:
    """The declared parameters, the body and the form fields."""
    node, names, prefix = site.node, args.names, args.prefix
    for (where, wire_name), (param, param_location, global_param, referenced) in _declared_parameters(ctx, site).items():
        if where == "body":
            args.body = body_parameter_v2(ctx, param, param_location, names, prefix, node)
            args.body_node, args.body_location = param, param_location
            continue
        if where == "formData":
            args.form.append((param, param_location))
            continue
        if on_client(ctx, param, wire_name, global_param, referenced):
            args.client.append(client_parameter(ctx, param, param_location))
            continue
        built = build_parameter(ctx, param, param_location, names, prefix)
        args.method.append(built)
        if "x-ms-parameter-grouping" in param:
            args.grouping[built.name] = (param["x-ms-parameter-grouping"], param_location.child("x-ms-parameter-grouping"))
    if "requestBody" in node:
        args.body = request_body(ctx, node["requestBody"], site.location.child("requestBody"), names, prefix, node)
    if args.form:
        args.method += form_parameters(ctx, args.form, node, names, prefix)
    if args.body_location is None:
        args.body_location = site.location
    _check_extensions(ctx, node, site.location)


def _add_body(ctx: BuildContext, args: _Arguments) -> None:
    """The body argument (or the fields of a flattened body), and a content_type argument
    when it can be sent as several media types."""
    body, body_node, body_location = args.body, args.body_node, args.body_location
    if body is None or body_location is None:
        return
    fields = flatten_body(ctx, body, body_node, body_location, args.names) if body_node.get("x-ms-client-flatten") is True else []
    if fields:  # the body model's fields are the method's arguments; the body is built from them
        body = args.body = dataclasses.replace(body, required=True)
        args.method += fields
    else:
        args.method.append(body)
    if "x-ms-parameter-grouping" in body_node:
        for member in fields or [body]:
            args.grouping[member.name] = (body_node["x-ms-parameter-grouping"], body_location.child("x-ms-parameter-grouping"))
    if body.media_types:
        media = ", ".join(m.media_type for m in body.media_types)
        args.method.append(Parameter(
            name=args.names.claim("content_type"), wire_name="Content-Type", location="content-type", type=typed("str", "str"),
            required=False, description=f"The media type to send {body.name} as: {media}. Default: the first of them that fits the value.",
            on_client=False, constant=None, default=None, content_type=None, pointer=body.pointer,
        ))


def _responses(ctx: BuildContext, site: _Site, prefix: str, label: str) -> tuple[list[Response], list[Response], TypeRef | None, XmlNode | None]:
    """The success responses (any 2xx when none is declared; no body for HEAD), the
    declared errors and the type of every other error's body (and its root element, XML)."""
    location = site.location
    produces = declared_media_types(ctx, site.node, "produces") if ctx.v2 else []
    responses, errors, error_type, error_xml = build_responses(ctx, site.node.get("responses") or {}, location.child("responses"), prefix, produces, label)
    if not any(r.status[:1] in ("1", "2", "3") for r in responses):  # only errors (or 4xx results) declared
        ctx.warn("no-success-response", "no success response is declared: any 2xx status returns None", location.child("responses"))
        responses.append(Response(status="2XX", description="Any 2xx status (the spec declares no success response).", type=None, is_error=False, condition=status_condition("2XX"), pointer=location.child("responses").pointer, label=f"{label} response 2XX"))
        responses.sort(key=lambda r: status_key(r.status))
    if site.method == "head":  # no body, whatever the spec says: True for a 2xx (or 3xx), False for a declared 4xx
        responses = [head_response(r) for r in responses]
    return responses, errors, error_type, error_xml


def _return_annotation(responses: list[Response]) -> str:
    """What the method returns: the union of its success responses' types, None last."""
    success_types = []
    for response in responses:
        if response.result is not None:
            annotations = [response.result.name]
        else:
            annotations = [response.type.annotation if response.type else "bool" if response.value is not None else "None"]
            if response.nullable:
                annotations.append("None")
        for annotation in annotations:
            if annotation not in success_types:
                success_types.append(annotation)
    return " | ".join(sorted(success_types, key=lambda a: a == "None")) or "None"


def build_client(ctx: BuildContext, extensions: bool) -> Client:
    """The client; ``extensions``: the spec has ``x-ms-*`` keys (:func:`azure_style`)."""
    data = ctx.spec.data
    info = data.get("info") or {}
    name = client_class_name(data)
    # Client parameters: required ones first, then those with defaults, each in spec order.
    params = sorted(ctx.client_params.values(), key=lambda p: not p.required or p.default is not None)
    return Client(
        name=name,
        description=text(info.get("description")),
        parameters=tuple(params),
        endpoint="" if ctx.host_template and ctx.host_endpoint is None else endpoint(ctx),
        host_parts=client_host_parts(ctx),
        scope_suffix="/.default",
        scopes=oauth_scopes(ctx),
        azure=extensions or azure_server(endpoint(ctx)),
        security=client_security(ctx),
        azure_scopes=ctx.azure_auth,
    )
