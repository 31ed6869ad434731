"""Stage 4, second half: operations, parameters, responses and the client.

Split from :mod:`generator.build` (schemas) to keep each module about one thing; it
uses that module's :class:`~generator.build._Builder` for every schema it meets.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from generator.build import (
    _PATH_PARAM,
    CALL_OPTIONS,
    CLIENT_OPTIONS,
    CLIENT_PARAMETER_NAMES,
    HTTP_METHODS,
    _json_constant,
    _single_value,
    _text,
)
from generator.ir import (
    Client,
    Constraints,
    Header,
    LongRunning,
    MediaType,
    Model,
    Operation,
    OperationGroup,
    Paging,
    Parameter,
    PathPart,
    Property,
    Response,
    Result,
    TypeRef,
)
from generator.names import (
    FIELD_SHADOWED_BUILTINS,
    SHADOWED_BUILTINS,
    NameRegistry,
    attribute_name,
    class_name,
    pascal_case,
    snake_case,
    unshadowed,
)
from generator.resolve import Location

if TYPE_CHECKING:
    from generator.build import _Builder

_JSON_TYPES = ("application/json", "text/json")
_SIMPLE_KINDS = frozenset(
    {"str", "int", "float", "bool", "datetime", "rfc1123", "unixtime", "date", "time", "duration", "byte", "base64url", "enum"}
)
# Names an operation's parameters may not take: the generated method's ``self`` and the
# ``config`` argument every request-building function in _operations.py takes first, and
# ``httpx``, the one module imported without an underscore alias.
_METHOD_LOCALS = frozenset({"self", "config", "httpx", "_first", "_link", "_page", "_base"})
# Names the client's constructor uses besides its options.
_CLIENT_LOCALS = frozenset({"self", "scopes_for", "httpx"})
# ``list`` is the conventional name of list operations, so it stays; a method named
# ``list`` is emitted last in its class, after every annotation that says ``list[...]``.
_METHOD_SHADOWED = SHADOWED_BUILTINS - {"list"}


def _list_last(operations: list[Operation]) -> tuple[Operation, ...]:
    return tuple(sorted(operations, key=lambda op: op.name == "list"))


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in _JSON_TYPES or base.endswith("+json")


_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# A request body given as bytes or a binary file object, sent as it is.
BINARY = TypeRef("binary", "bytes | _t.IO[bytes]")
# A response body handed over unread: the caller iterates over its chunks.
STREAM = TypeRef("stream", "ByteStream")


def _media_base(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()


def _is_binary_schema(node: Any) -> bool:
    """``type: file`` (Swagger 2.0), or ``format: binary`` / ``format: file`` on a string
    or object schema: raw bytes, not JSON."""
    if not isinstance(node, dict):
        return False
    if node.get("type") == "file":
        return True
    return node.get("format") in ("binary", "file") and node.get("type") in (None, "string", "object")


def client_class_name(data: dict[str, Any]) -> str:
    """The client class: ``info.title`` in PascalCase, ending in ``Client``."""
    info = data.get("info") or {}
    name = class_name(_text(info.get("title")) or "Api", "Client")
    return name if name.endswith("Client") else name + "Client"


def _status_key(status: str) -> tuple[int, str]:
    return (0, status) if status[:1].isdigit() else (1, status)


def _returns_headers(status: str, response: Any) -> bool:
    """A 2xx response that declares headers (a $ref'd response is resolved by then)."""
    return status.startswith("2") and isinstance(response, dict) and isinstance(response.get("headers"), dict) and bool(response["headers"])


def _head_response(response: Response) -> Response:
    """A HEAD response has no body: True (1xx-3xx) or False (a declared 4xx), or its headers."""
    if response.result is not None:
        result = dataclasses.replace(response.result, body=None, nullable=False)
        return dataclasses.replace(response, type=None, nullable=False, result=result)
    return dataclasses.replace(response, type=None, nullable=False, value=response.status[:1] in ("1", "2", "3"))


class OperationsBuilder:
    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        self.spec = builder.spec
        self.v2 = builder.spec.version == "2.0"
        self.client_params: dict[str, Parameter] = {}  # by wire name + location
        self.client_names = NameRegistry(CLIENT_OPTIONS | _CLIENT_LOCALS)
        self.functions = NameRegistry()
        self.api_keys: dict[str, Parameter] = {}  # by security scheme name
        # x-ms-parameterized-host: the base URL template as (literal, parameter name) pairs,
        # its operation-level parameters (by name) and where they go in each method.
        self.host_template: list[tuple[str | None, str | None]] = []
        self.host_method: dict[str, tuple[dict[str, Any], Location]] = {}
        self.host_first = False
        self.host_endpoint: Parameter | None = None  # a leading {endpoint}: the client's endpoint argument
        self.group_models: dict[str, Model] = {}  # x-ms-parameter-grouping classes, by group name

    # -- security --------------------------------------------------------------------
    def security_schemes(self) -> None:
        """An API key in a header becomes an optional client argument (sent by the operations
        that list its scheme); any other scheme but OAuth2 / bearer tokens is a warning."""
        data, root = self.spec.data, self.spec.root_location
        if self.v2:
            schemes, at = data.get("securityDefinitions") or {}, root.child("securityDefinitions")
        else:
            schemes, at = (data.get("components") or {}).get("securitySchemes") or {}, root.child("components", "securitySchemes")
        oauth = self.uses_oauth()
        for key, scheme in schemes.items():
            scheme, location = self.spec.deref(scheme, at.child(key))
            if not isinstance(scheme, dict):
                continue
            kind, where, header = scheme.get("type"), scheme.get("in"), scheme.get("name")
            if kind in ("oauth2", "openIdConnect") or kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                continue
            if kind == "apiKey" and where == "header" and isinstance(header, str) and header:
                if oauth and header.lower() == "authorization":
                    self.b.warn("unsupported-security", f"security scheme {key!r} (API key in the Authorization header) is not offered: the OAuth2 token goes there", location)
                    continue
                self.api_keys[str(key)] = self.client_params.setdefault(f"header:{header}", Parameter(
                    name=self.client_names.claim(unshadowed(attribute_name(header))), wire_name=header, location="header",
                    type=TypeRef("str", "str"), required=False,
                    description=_text(scheme.get("description")) or f"The API key, sent in the {header} header.",
                    on_client=True, constant=None, default=None, content_type=None, pointer=location.pointer, secret=True,
                ))
                continue
            what = f"API key in {where} {header!r}" if kind == "apiKey" else f"{kind} {scheme.get('scheme') or ''}".strip()
            self.b.warn("unsupported-security", f"security scheme {key!r} ({what}) is not supported: requests do not carry it (an http_client of yours can add it)", location)

    def _api_keys_for(self, node: dict[str, Any]) -> list[Parameter]:
        """The API key parameters an operation sends: those its security requirements name."""
        requirements = node["security"] if "security" in node else self.spec.data.get("security")
        if not isinstance(requirements, list):
            return list(self.api_keys.values())
        named = {str(k) for requirement in requirements if isinstance(requirement, dict) for k in requirement}
        return [p for key, p in self.api_keys.items() if key in named]

    def _check_extensions(self, node: dict[str, Any], location: Location) -> None:
        """Warn about what an operation declares that the generated method does not do."""
        if node.get("servers"):
            self.b.warn("unsupported-servers", "the operation's own servers are ignored: it is sent to the client's endpoint", location.child("servers"))

    # -- entry point -----------------------------------------------------------
    def build(self) -> tuple[Client, tuple[OperationGroup, ...], tuple[Operation, ...]]:
        root = self.spec.root_location
        groups: dict[str, list[Operation]] = {}
        group_names: dict[str, str] = {}
        group_spellings: dict[str, str] = {}  # casefolded group key -> the first spelling met
        attributes = NameRegistry({"close", "self"})
        ungrouped: list[Operation] = []
        method_names: dict[str, NameRegistry] = {}
        pageable: dict[str, tuple[dict[str, Any], Location]] = {}  # operation pointer -> its node
        self.security_schemes()
        self.parameterized_host()
        for path_key in ("paths", "x-ms-paths"):
            paths = self.spec.data.get(path_key) or {}
            for path, item in paths.items():
                item_location = root.child(path_key, path)
                item, item_location = self.spec.deref(item, item_location)
                if not isinstance(item, dict):
                    continue
                for method in HTTP_METHODS:
                    if not isinstance(item.get(method), dict):
                        continue
                    op_location = item_location.child(method)
                    group_key, method_key = self._split_id(item[method], method, str(path))
                    if group_key is not None:
                        # Groups match case-insensitively (HttpSuccess_x joins httpSuccess_y);
                        # the first spelling met names the group.
                        group_key = group_spellings.setdefault(group_key.casefold(), group_key)
                    if group_key is not None and group_key not in group_names:
                        group_names[group_key] = attributes.claim(attribute_name(group_key))
                        groups[group_names[group_key]] = []
                        method_names[group_names[group_key]] = NameRegistry({"self"})
                    registry = attributes if group_key is None else method_names[group_names[group_key]]
                    base = attribute_name(method_key, "call")
                    if item[method].get("x-ms-long-running-operation") is True:  # the Azure SDK's name for a poller
                        base = "begin_" + base
                    name = registry.claim(unshadowed(base, _METHOD_SHADOWED))
                    operation = self.operation(item, item_location, item[method], op_location, method, str(path), name, group_key)
                    if "x-ms-pageable" in item[method]:
                        pageable[operation.pointer] = (item[method], op_location)
                    (ungrouped if group_key is None else groups[group_names[group_key]]).append(operation)
        if pageable:  # next-page operations (operationName) may come later in the spec: paging is added last
            every = ungrouped + [op for ops in groups.values() for op in ops]
            paged = {pointer: self.paging(every, next(op for op in every if op.pointer == pointer), node, location) for pointer, (node, location) in pageable.items()}
            ungrouped = [paged.get(op.pointer, op) for op in ungrouped]
            groups = {name: [paged.get(op.pointer, op) for op in ops] for name, ops in groups.items()}
        # Group classes claim their names last: a model or enum of the same name keeps it.
        built_groups = tuple(
            OperationGroup(name=name, class_name=self.b.classes.claim(class_name(key) + "Operations"), operations=_list_last(groups[name]))
            for key, name in group_names.items()
        )
        return self.client(), built_groups, _list_last(ungrouped)

    def _split_id(self, node: dict[str, Any], method: str, path: str) -> tuple[str | None, str]:
        operation_id = node.get("operationId")
        if isinstance(operation_id, str) and operation_id.strip():
            if "_" in operation_id.strip("_"):
                group, _, rest = operation_id.strip("_").partition("_")
                return group, rest
            return None, operation_id
        return None, method + "_" + "_".join(s for s in _PATH_PARAM.sub(r"by_\1", path).split("/") if s)

    # -- the client ----------------------------------------------------------------
    def client(self) -> Client:
        data = self.spec.data
        info = data.get("info") or {}
        name = client_class_name(data)
        # Client parameters: required ones first, then those with defaults, each in spec order.
        params = sorted(self.client_params.values(), key=lambda p: not p.required or p.default is not None)
        return Client(
            name=name,
            description=_text(info.get("description")),
            parameters=tuple(params),
            endpoint="" if self.host_template and self.host_endpoint is None else self.endpoint(),
            host_parts=self.client_host_parts(),
            credential=self.uses_oauth(),
            scope_suffix="/.default",
            scopes=self.oauth_scopes(),
        )

    def oauth_scopes(self) -> tuple[str, ...]:
        """The scopes (resource URIs) the spec's top-level security requirements ask of its
        OAuth2 schemes (AutoRest's default credential scopes), in order; empty when none."""
        data = self.spec.data
        schemes = data.get("securityDefinitions") if self.v2 else (data.get("components") or {}).get("securitySchemes")
        schemes = schemes if isinstance(schemes, dict) else {}
        found: list[str] = []
        for requirement in data.get("security") or []:
            if not isinstance(requirement, dict):
                continue
            for key, scopes in requirement.items():
                scheme = schemes.get(key)
                if isinstance(scheme, dict) and scheme.get("type") in ("oauth2", "openIdConnect") and isinstance(scopes, list):
                    # Only scopes that are resource URIs: ARM's "user_impersonation" is a
                    # permission, not a token scope (the endpoint's /.default stays the default).
                    found += [s for s in scopes if isinstance(s, str) and "://" in s and s not in found]
        return tuple(found)

    def parameterized_host(self) -> None:
        """``x-ms-parameterized-host``: the base URL is ``hostTemplate`` (after the first of
        ``schemes`` and ``://``, unless ``useSchemePrefix: false``) followed by ``basePath``.
        Its parameters are resolved like any others: a top-level one (or one marked
        ``x-ms-parameter-location: client``) is a client argument, an inline one an argument
        of every operation, placed after (``positionInOperation: last``, the default) or before
        the operation's own required arguments.  A template that starts with a client
        parameter named ``endpoint`` (no scheme prefix) keeps the client's ``endpoint``."""
        node = self.spec.data.get("x-ms-parameterized-host")
        if not isinstance(node, dict) or not isinstance(node.get("hostTemplate"), str):
            return
        at = self.spec.root_location.child("x-ms-parameterized-host")
        template = node["hostTemplate"]
        prefixed = node.get("useSchemePrefix") is not False
        if prefixed:
            schemes = self.spec.data.get("schemes")
            scheme = str(schemes[0]) if isinstance(schemes, list) and schemes else "http"
            template = f"{scheme}://{template}"
        base_path = self.spec.data.get("basePath")
        if isinstance(base_path, str):
            template += base_path.rstrip("/")
        declared: dict[str, tuple[dict[str, Any], Location, bool]] = {}
        for index, param in enumerate(node.get("parameters") or []):
            param_location = at.child("parameters", index)
            global_param = isinstance(param, dict) and str(param.get("$ref", "")).startswith(("#/parameters/", "#/components/parameters/"))
            resolved, resolved_location = self.spec.deref(param, param_location)
            if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
                declared[resolved["name"]] = (resolved, resolved_location, global_param)
        self.host_first = node.get("positionInOperation") == "first"
        position = 0
        for match in _PATH_PARAM.finditer(template):
            if match.start() > position:
                self.host_template.append((template[position : match.start()], None))
            name = match.group(1)
            position = match.end()
            if name not in declared:
                self.b.fail("missing-host-parameter", f"hostTemplate names {{{name}}} but x-ms-parameterized-host declares no parameter of that name", at.child("hostTemplate"))
                continue
            param, param_location, global_param = declared[name]
            if not self._on_client(param, name, global_param):
                self.host_method[name] = (param, param_location)
            elif not prefixed and not self.host_template and attribute_name(name) == "endpoint":
                default = param.get("x-ms-client-default", param.get("default"))
                self.host_endpoint = Parameter(
                    name="endpoint", wire_name=name, location="path", type=TypeRef("str", "str"), required=True,
                    description=_text(param.get("description")), on_client=True, constant=None,
                    default=default if isinstance(default, str) else None,
                    content_type=None, pointer=param_location.pointer, skip_url_encoding=True,
                )
            else:
                built = self.client_parameter(param, param_location)
                default = param.get("default")
                if built.default is None and built.constant is None and isinstance(default, (str, int, float)) and not isinstance(default, bool):
                    # A host part with a default is a keyword argument, even when "required".
                    self.client_params[f"path:{name}"] = dataclasses.replace(built, default=default)
            self.host_template.append((None, name))
        if position < len(template):
            self.host_template.append((template[position:], None))

    def host_parts(self, method_params: list[Parameter], location: Location) -> tuple[PathPart, ...]:
        """The parts of an operation's base URL; empty when it is the client's endpoint."""
        if self.host_endpoint is not None and len(self.host_template) == 1:
            return ()  # the template is {endpoint} alone
        by_name = {p.wire_name: p for p in method_params}
        parts = []
        for literal, name in self.host_template:
            if name is None:
                parts.append(PathPart(literal, None))
            elif self.host_endpoint is not None and name == self.host_endpoint.wire_name:
                parts.append(PathPart(None, self.host_endpoint))
            else:
                parts.append(PathPart(None, by_name.get(name) or self.client_params[f"path:{name}"]))
        return tuple(parts)

    def client_host_parts(self) -> tuple[PathPart, ...]:
        """The client's base URL when it takes no endpoint: its own parameters, and the
        operations' as ``{name}`` text."""
        if not self.host_template or self.host_endpoint is not None:
            return ()
        parts: list[PathPart] = []
        for literal, name in self.host_template:
            param = self.client_params.get(f"path:{name}") if name is not None else None
            parts.append(PathPart(None, param) if param is not None else PathPart(literal if name is None else f"{{{name}}}", None))
        return tuple(parts)

    def endpoint(self) -> str:
        data = self.spec.data
        if self.host_endpoint is not None:
            return str(self.host_endpoint.default or "").rstrip("/")
        if self.v2:
            host = data.get("host")
            if not isinstance(host, str) or not host:
                return ""
            schemes = data.get("schemes") or ["https"]
            scheme = "https" if "https" in schemes else str(schemes[0])
            return f"{scheme}://{host}{data.get('basePath') or ''}".rstrip("/")
        servers = data.get("servers") or []
        if not servers or not isinstance(servers[0], dict):
            return ""
        url = str(servers[0].get("url", ""))
        for var, spec in (servers[0].get("variables") or {}).items():
            if isinstance(spec, dict) and "default" in spec:
                url = url.replace("{" + str(var) + "}", str(spec["default"]))
        return url.rstrip("/") if url.startswith(("http://", "https://")) else ""

    def uses_oauth(self) -> bool:
        data = self.spec.data
        schemes = data.get("securityDefinitions") if self.v2 else (data.get("components") or {}).get("securitySchemes")
        for scheme in (schemes or {}).values():
            if isinstance(scheme, dict) and (
                scheme.get("type") in ("oauth2", "openIdConnect")
                or scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
            ):
                return True
        return False

    # -- operations -----------------------------------------------------------------
    def operation(
        self, item: dict[str, Any], item_location: Location, node: dict[str, Any], location: Location,
        method: str, path: str, name: str, group: str | None,
    ) -> Operation:
        raw: dict[tuple[str, str], tuple[dict[str, Any], Location, bool, bool]] = {}
        for source, source_location in ((item, item_location), (node, location)):
            for index, param in enumerate(source.get("parameters") or []):
                param_location = source_location.child("parameters", index)
                global_param = isinstance(param, dict) and str(param.get("$ref", "")).startswith(("#/parameters/", "#/components/parameters/"))
                resolved, resolved_location = self.spec.deref(param, param_location)
                if isinstance(resolved, dict) and "name" in resolved and "in" in resolved:
                    referenced = isinstance(param, dict) and "$ref" in param
                    raw[(str(resolved["in"]), str(resolved["name"]))] = (resolved, resolved_location, global_param, referenced)
        names = NameRegistry(CALL_OPTIONS | _METHOD_LOCALS)
        # Names made from the operation's (parameter groups, body models) leave out the
        # begin_ of a long-running operation's method, as AutoRest names them.
        prefix = pascal_case(group or "") + pascal_case(name.removeprefix("begin_") if node.get("x-ms-long-running-operation") is True else name)
        method_params: list[Parameter] = []
        client_used: list[Parameter] = []
        body: Parameter | None = None
        form: list[tuple[dict[str, Any], Location]] = []
        grouping: dict[str, tuple[Any, Location]] = {}  # parameter name -> its x-ms-parameter-grouping
        body_node: dict[str, Any] = {}
        body_location = location
        for (where, wire_name), (param, param_location, global_param, referenced) in raw.items():
            if where == "body":
                body = self.body_parameter_v2(param, param_location, names, prefix, node)
                body_node, body_location = param, param_location
                continue
            if where == "formData":
                form.append((param, param_location))
                continue
            if where == "cookie":
                self.b.warn("unsupported-cookie", f"cookie parameter {wire_name!r} is not supported: the method does not take it", param_location)
                continue
            if self._on_client(param, wire_name, global_param, referenced):
                client_used.append(self.client_parameter(param, param_location))
                continue
            built = self.parameter(param, param_location, names, prefix)
            method_params.append(built)
            if "x-ms-parameter-grouping" in param:
                grouping[built.name] = (param["x-ms-parameter-grouping"], param_location.child("x-ms-parameter-grouping"))
        if "requestBody" in node:
            body = self.request_body(node["requestBody"], location.child("requestBody"), names, prefix, node)
        if form:
            method_params += self.form_parameters(form, node, names, prefix)
        client_used += [p for p in self._api_keys_for(node) if p not in client_used]
        self._check_extensions(node, location)
        if body is not None:
            fields = self.flatten_body(body, body_node, body_location, names) if body_node.get("x-ms-client-flatten") is True else []
            if fields:  # the body model's fields are the method's arguments; the body is built from them
                body = dataclasses.replace(body, required=True)
                method_params += fields
            else:
                method_params.append(body)
            if "x-ms-parameter-grouping" in body_node:
                for member in fields or [body]:
                    grouping[member.name] = (body_node["x-ms-parameter-grouping"], body_location.child("x-ms-parameter-grouping"))
            if body.media_types:
                media = ", ".join(m.media_type for m in body.media_types)
                method_params.append(Parameter(
                    name=names.claim("content_type"), wire_name="Content-Type", location="content-type", type=TypeRef("str", "str"),
                    required=False, description=f"The media type to send {body.name} as: {media}. Default: the first of them that fits the value.",
                    on_client=False, constant=None, default=None, content_type=None, pointer=body.pointer,
                ))
        host_params = [self.parameter(param, param_location, names, prefix) for param, param_location in self.host_method.values()]
        if self.host_first:
            method_params[:0] = host_params
        else:
            method_params += host_params
        ordered = [p for p in method_params if p.required and p.constant is None] + [
            p for p in method_params if not p.required or p.constant is not None
        ]
        ordered, groups = self.parameter_groups(ordered, grouping, names, prefix)
        path_parts = self.path_parts(path, ordered + client_used, location)
        host_parts = self.host_parts(host_params, location)
        produces = self.media_types(node, "produces") if self.v2 else []
        responses, errors, error_type = self.responses(node.get("responses") or {}, location.child("responses"), prefix, produces)
        if not any(r.status[:1] in ("1", "2", "3") for r in responses):  # only errors (or 4xx results) declared
            self.b.warn("no-success-response", "no success response is declared: any 2xx status returns None", location.child("responses"))
            responses.append(Response(status="2XX", description="Any 2xx status (the spec declares no success response).", type=None, is_error=False, pointer=location.child("responses").pointer))
            responses.sort(key=lambda r: _status_key(r.status))
        if method == "head":  # no body, whatever the spec says: True for a 2xx (or 3xx), False for a declared 4xx
            responses = [_head_response(r) for r in responses]
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
        return_annotation = " | ".join(sorted(success_types, key=lambda a: a == "None")) or "None"
        function = snake_case(group or "") + ("_" if group else "") + (name.removeprefix("begin_") if node.get("x-ms-long-running-operation") is True else name)
        lro = self.long_running(node, location, method.upper(), responses, function) if node.get("x-ms-long-running-operation") is True else None
        return Operation(
            name=name,
            operation_id=str(node.get("operationId") or ""),
            method=method.upper(),
            path=path,
            path_parts=path_parts,
            parameters=tuple(ordered),
            client_parameters=tuple(client_used),
            body=body,
            responses=tuple(responses),
            error_type=error_type,
            errors=tuple(errors),
            return_annotation=return_annotation,
            summary=_text(node.get("summary")),
            description=_text(node.get("description")),
            deprecated=node.get("deprecated") is True,
            builder=self.functions.claim(f"build_{function}_request"),
            handler=self.functions.claim(f"handle_{function}_response"),
            pointer=location.pointer,
            host_parts=host_parts,
            groups=groups,
            lro=lro,
        )

    _FINAL_STATES = ("azure-async-operation", "location", "original-uri")

    def long_running(self, node: dict[str, Any], location: Location, method: str, responses: list[Response], function: str) -> LongRunning:
        """``x-ms-long-running-operation``: how the poller ends and what its result is. The result
        type is the 200 response's, else the 201's, else the first success response's with a body."""
        options = node.get("x-ms-long-running-operation-options")
        via = options.get("final-state-via") if isinstance(options, dict) else None
        if via is not None and via not in self._FINAL_STATES:
            self.b.warn("unsupported-lro", f"final-state-via {via!r} is not one of {', '.join(self._FINAL_STATES)}: ARM's default is used", location.child("x-ms-long-running-operation-options", "final-state-via"))
            via = None
        typed = [r for r in responses if r.status.startswith("2") and r.type is not None]
        typed.sort(key=lambda r: {"200": 0, "201": 1}.get(r.status, 2))
        result = typed[0].type if typed else None
        if result is not None and result.kind in ("stream", "binary", "media"):
            self.b.warn("unsupported-lro", f"a long-running operation's {result.kind} result is not read: the poller's result is None", location.child("responses", typed[0].status))
            result = None
        nullable = result is None or method not in ("PUT", "PATCH") or any(r.nullable for r in typed[:1])
        annotation = "None" if result is None else result.annotation + (" | None" if nullable else "")
        return LongRunning(
            final_state_via=str(via or ""),
            result=result,
            nullable=nullable,
            annotation=annotation,
            handler=self.functions.claim(f"finish_{function}"),
        )

    def paging(self, every: list[Operation], op: Operation, node: dict[str, Any], location: Location) -> Operation:
        """``op`` with its :class:`Paging` (x-ms-pageable), or as it is, warned about, when
        its response is not a page opgen can read."""
        pageable = node.get("x-ms-pageable")
        where = location.child("x-ms-pageable")
        if not isinstance(pageable, dict):
            return op
        next_name = pageable.get("nextLinkName")
        item_name = pageable.get("itemName") or "value"
        in_result = False
        if op.lro is not None:
            # A pageable long-running operation (azure-core's LROPoller[ItemPaged]): the
            # poller's result is the first page, then the next links are followed.
            page_type = op.lro.result
        else:
            only = op.responses[0] if len(op.responses) == 1 and op.responses[0].status.startswith("2") else None
            page_type = only.type if only is not None and only.result is None and not only.nullable else None
            # A page that also declares response headers (Azure Batch): the handler returns a
            # Result, the page is its body.
            in_result = only is not None and only.result is not None and only.result.body is not None and not only.result.nullable
            if in_result and only is not None and only.result is not None:
                page_type = only.result.body
        models = {m.name: m for m in self.b.models.values() if m is not None}
        model = models.get(page_type.name or "") if page_type is not None and page_type.kind == "model" else None
        found = {p.wire_name: p for p in model.properties if not p.wire_path} if model is not None else {}
        items = found.get(str(item_name))
        if model is None or items is None or items.type.kind != "list" or items.type.item is None:
            if next_name:
                what = ("the long-running result", "the poller's result is") if op.lro is not None else ("the response", "the method returns")
                self.b.warn("unsupported-paging", f"x-ms-pageable is not generated: {what[0]} is not one model with a list {item_name!r}; {what[1]} the first page", where)
            return op
        link: Property | None = None
        if next_name is not None:
            link = found.get(str(next_name))
            if link is None or link.type.kind != "str":
                self.b.warn("unsupported-paging", f"x-ms-pageable: the page has no string property {next_name!r}; the method returns the items of the first page only", where)
        function = op.builder.removeprefix("build_").removesuffix("_request")
        next_operation: str | None = None
        arguments: tuple[str, ...] = ()
        operation_name = pageable.get("operationName")
        if isinstance(operation_name, str) and operation_name and link is not None:
            target = next((o for o in every if o.operation_id == operation_name), None) or next(
                (o for o in every if o.operation_id.casefold() == operation_name.casefold()), None)
            mapped = self._next_arguments(op, target) if target is not None else None
            if target is None or mapped is None:
                self.b.warn("unsupported-paging", f"x-ms-pageable operationName {operation_name!r}: {'no such operation' if target is None else 'a required argument of it is not an argument of this operation'}; next pages are requested with a GET of the next link", where)
            else:
                next_operation, arguments = target.builder, mapped
        api_version = next((p for p in op.client_parameters if p.location == "query" and p.wire_name.lower() == "api-version"), None)
        paging = Paging(
            item=items.type.item,
            items=items.name,
            next_link=None if link is None else link.name,
            page=self.functions.claim(f"page_{function}"),
            next_request=self.functions.claim(f"next_{function}_request"),
            next_operation=next_operation,
            next_arguments=arguments,
            api_version=api_version,
            pointer=where.pointer,
            in_result=in_result,
        )
        return dataclasses.replace(op, paging=paging)

    @staticmethod
    def _next_arguments(op: Operation, target: Operation) -> tuple[str, ...] | None:
        """The arguments of ``target``'s request builder, for the next page of ``op``: the
        next link (``_link``) for its ``nextLink`` parameter, ``op``'s own builder parameter
        of the same name, or None for an optional one; None when a required one has none."""
        own = {p.name: p for p in op.parameters if p.constant is None}
        arguments = []
        for p in target.parameters:
            if p.constant is not None:
                continue
            mine = own.get(p.name)
            if p.wire_name.casefold() == "nextlink" and p.location in ("path", "query") and p.type.kind == "str":
                arguments.append("_link")
            elif mine is not None and mine.type.annotation == p.type.annotation and (mine.required or not p.required):
                arguments.append(p.name)
            elif not p.required:
                arguments.append("None")
            else:
                return None
        return tuple(arguments)

    def flatten_body(self, body: Parameter, node: dict[str, Any], location: Location, names: NameRegistry) -> list[Parameter]:
        """``x-ms-client-flatten`` on a body parameter: the fields of its model a request
        sends (not read-only, not constant) become method parameters; empty (with a warning)
        when the body is not a model with such fields."""
        schema_location = self.spec.deref(node.get("schema", {}), location.child("schema"))[1]
        model = self.b.models.get(schema_location) if body.type.kind == "model" and not body.media_types else None
        fields = [p for p in model.properties if not p.read_only and p.constant is None] if model is not None else []
        if model is None or model.additional is not None or not fields:
            self.b.warn("unsupported-flatten", f"x-ms-client-flatten is ignored: the body {body.wire_name!r} stays one argument (it is not a model with fields to send)", location.child("x-ms-client-flatten"))
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

    def parameter_groups(
        self, params: list[Parameter], grouping: dict[str, tuple[Any, Location]], names: NameRegistry, prefix: str
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
                self.b.warn("unsupported-grouping", f"x-ms-parameter-grouping is ignored for {p.wire_name!r}: a raw body is not a model field; it stays an argument of its own", at)
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
                         default=p.default if _literal_default(p) else None)
                for p in sorted(fields, key=lambda p: not p.required)
            )
            model = self.group_models.get(group)
            if model is None or model.properties != props:
                model = Model(name=self.b.classes.claim(group), description=f"Parameters of {prefix} passed together (x-ms-parameter-grouping).",
                              properties=props, pointer=where[group].pointer, has_secrets=any(p.secret for p in props))
                self.group_models.setdefault(group, model)
                # Keyed by its own name: a grouped parameter shared through #/parameters has
                # one location for all the groups of the operations that use it.
                self.b.register_model(where[group].child(model.name), model)
            required = any(p.required for p in fields)
            arguments[group] = Parameter(
                name=names.claim(unshadowed(attribute_name(group))), wire_name=group, location="group",
                type=TypeRef("model", model.name, name=model.name), required=required, description=model.description,
                on_client=False, constant=None, default=None, content_type=None, pointer=where[group].pointer,
            )
        grouped = {p.name: arguments[g].name for g, fields in members.items() for p in fields}
        return [dataclasses.replace(p, group=grouped[p.name]) if p.name in grouped else p for p in params], tuple(arguments.values())

    def _on_client(self, param: dict[str, Any], wire_name: str, global_param: bool, referenced: bool = True) -> bool:
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
        return self.v2 and global_param

    def _param_schema(self, param: dict[str, Any], location: Location) -> tuple[Any, Location]:
        if self.v2 or "schema" not in param:
            return param, location  # Swagger 2.0: the parameter is its own schema
        return param["schema"], location.child("schema")

    def _constant(self, param: dict[str, Any], schema: Any, location: Location, required: bool) -> object | None:
        node, _ = self.spec.deref(schema, location)
        if required and isinstance(node, dict):
            return _single_value(node)
        return None

    def parameter(
        self, param: dict[str, Any], location: Location, names: NameRegistry, prefix: str, type_ref: TypeRef | None = None
    ) -> Parameter:
        """A path, query, header or form parameter (``type_ref``: its type, when the caller
        has decided it)."""
        schema, schema_location = self._param_schema(param, location)
        wire_name = str(param["name"])
        where = str(param["in"])
        required = param.get("required") is True or where == "path"
        if type_ref is None:
            type_ref = self.b.type_of(schema, schema_location, prefix + pascal_case(wire_name))
            self._check_simple(type_ref, location, wire_name)
        schema_node, _ = self.spec.deref(schema, schema_location)
        default = schema_node.get("default") if isinstance(schema_node, dict) else None
        constant = self._constant(param, schema, schema_location, required)
        client_default = param.get("x-ms-client-default")
        if client_default is None and isinstance(schema_node, dict):
            client_default = schema_node.get("x-ms-client-default")
        if constant is None and isinstance(client_default, (str, int, float, bool)):
            # x-ms-client-default: the client fills the value in (and sends it) unless told otherwise.
            default, required = client_default, False
        client_name = param.get("x-ms-client-name")
        return Parameter(
            name=names.claim(unshadowed(attribute_name(str(client_name) if isinstance(client_name, str) else wire_name))),
            wire_name=wire_name,
            location=where,
            type=type_ref,
            required=required,
            description=_text(param.get("description")),
            on_client=False,
            constant=constant,
            default=default if isinstance(default, (str, int, float, bool)) and not required else None,
            content_type=None,
            pointer=location.pointer,
            collection_format=self._collection_format(param, type_ref),
            skip_url_encoding=param.get("x-ms-skip-url-encoding") is True,
        )

    def form_parameters(
        self, form: list[tuple[dict[str, Any], Location]], operation: dict[str, Any], names: NameRegistry, prefix: str
    ) -> list[Parameter]:
        """Swagger 2.0 formData parameters: method arguments sent as one form body, in the
        first form media type the operation consumes (``multipart/form-data`` whenever a field
        is a file; ``application/x-www-form-urlencoded`` when it declares neither).  A file
        (``type: file``, or an array of them) takes bytes or binary file objects."""
        declared = [m for m in map(_media_base, self.media_types(operation, "consumes")) if m in _FORM_TYPES]
        files = [param.get("type") == "file" or isinstance(param.get("items"), dict) and param["items"].get("type") == "file" for param, _ in form]
        media = "multipart/form-data" if any(files) else (declared or ["application/x-www-form-urlencoded"])[0]
        built = []
        for (param, param_location), is_file in zip(form, files, strict=True):
            type_ref = None
            if is_file:
                type_ref = BINARY if param.get("type") == "file" else TypeRef("list", f"list[{BINARY.annotation}]", item=BINARY)
            field = self.parameter(param, param_location, names, prefix, type_ref)
            built.append(dataclasses.replace(field, location="form", content_type=media))
        return built

    def _collection_format(self, param: dict[str, Any], type_ref: TypeRef) -> str | None:
        """How an array parameter travels: csv, ssv, tsv, pipes or multi."""
        if type_ref.kind != "list":
            return None
        if self.v2:
            found = str(param.get("collectionFormat", "csv"))
            return found if found in ("csv", "ssv", "tsv", "pipes", "multi") else "csv"
        style = param.get("style", "form" if param.get("in") in ("query", "cookie") else "simple")
        explode = param.get("explode", style == "form")
        if style == "form":
            return "multi" if explode else "csv"
        return {"spaceDelimited": "ssv", "pipeDelimited": "pipes"}.get(str(style), "csv")

    def _check_simple(self, type_ref: TypeRef, location: Location, wire_name: str) -> None:
        kind = type_ref.item.kind if type_ref.kind == "list" and type_ref.item else type_ref.kind
        if kind not in _SIMPLE_KINDS:
            self.b.warn("complex-parameter", f"parameter {wire_name!r} has a {kind} type; sent as its string form", location)

    def client_parameter(self, param: dict[str, Any], location: Location) -> Parameter:
        key = f"{param['in']}:{param['name']}"
        known = self.client_params.get(key)
        if known is not None:
            return known
        info_version = str((self.spec.data.get("info") or {}).get("version", ""))
        built = self.parameter(param, location, self.client_names, "")
        default = built.default
        if param["name"] == "api-version" and info_version:
            default = built.constant if built.constant is not None else info_version
        built = dataclasses.replace(
            built, required=built.required or default is not None, on_client=True, default=default
        )
        self.client_params[key] = built
        return built

    def media_types(self, operation: dict[str, Any], key: str) -> list[str]:
        """Swagger 2.0 ``consumes`` / ``produces`` of an operation: its own, else the spec's."""
        found = operation.get(key) if isinstance(operation.get(key), list) else self.spec.data.get(key)
        return [str(m) for m in found or [] if isinstance(m, str) and m.strip()]

    def body_parameter_v2(
        self, param: dict[str, Any], location: Location, names: NameRegistry, prefix: str, operation: dict[str, Any]
    ) -> Parameter:
        consumes = [m for m in self.media_types(operation, "consumes") if _media_base(m) not in _FORM_TYPES]
        json_types = [m for m in consumes if _is_json(m)]
        required = param.get("required") is True
        schema, _ = self.spec.deref(param.get("schema", {}), location.child("schema"))
        octet_only = not json_types and any(_media_base(m) == "application/octet-stream" for m in consumes)
        media_types: tuple[MediaType, ...] = ()
        text_schema = isinstance(schema, dict) and schema.get("type") in ("string", None) and not _is_binary_schema(schema)
        bases = {_media_base(m) for m in consumes}
        if len(bases) > 1 and any(not _is_json(m) for m in consumes):
            # Several media types: the method takes a content_type keyword and sends the value
            # as the one chosen (by default the first that fits the value's type).
            kinds = {}
            for m in consumes:
                if _media_base(m) in kinds:
                    continue
                kind = "binary" if _is_binary_schema(schema) else "json" if _is_json(m) else "text" if _media_base(m).startswith("text/") and text_schema else "binary"
                kinds[_media_base(m)] = MediaType(m, kind)
            media_types = tuple(kinds.values())
        if media_types and any(m.kind != "binary" for m in media_types):
            json_type = self.b.type_of(param.get("schema", {}), location.child("schema"), prefix + "Body") if any(m.kind == "json" for m in media_types) else None
            annotations = [json_type.annotation] if json_type is not None else []
            if any(m.kind == "text" for m in media_types) and "str" not in annotations and "_t.Any" not in annotations:
                annotations.append("str")
            if any(m.kind == "binary" for m in media_types):
                annotations.append(BINARY.annotation)
            type_ref, content_type, constant = TypeRef("media", " | ".join(annotations), item=json_type), media_types[0].media_type, None
        elif _is_binary_schema(schema) or octet_only:
            # Raw bytes with the operation's own media type (a JSON file is still sent as is).
            type_ref, content_type, constant = BINARY, consumes[0] if consumes else "application/octet-stream", None
        else:
            type_ref = self.b.type_of(param.get("schema", {}), location.child("schema"), prefix + "Body")
            content_type = (json_types or consumes or ["application/json"])[0]
            constant = _json_constant(schema) if required and isinstance(schema, dict) else None
            if not _is_json(content_type) and _media_base(content_type).startswith("text/") and type_ref.kind == "str":
                type_ref = TypeRef("text", "str", constraints=type_ref.constraints)  # sent as its UTF-8 text, not as JSON
        client_name = param.get("x-ms-client-name") or param.get("name") or "body"
        return Parameter(
            name=names.claim(unshadowed(attribute_name(str(client_name), "body"))), wire_name=str(param.get("name", "body")),
            location="body", type=type_ref, required=required,
            description=_text(param.get("description")), on_client=False,
            constant=constant, default=None,
            content_type=content_type, pointer=location.pointer, media_types=media_types,
        )

    def request_body(self, node: Any, location: Location, names: NameRegistry, prefix: str, operation: dict[str, Any]) -> Parameter | None:
        node, location = self.spec.deref(node, location)
        if not isinstance(node, dict):
            return None
        content = node.get("content") or {}
        if not content:
            return None
        media = next((m for m in content if _is_json(str(m))), next(iter(content)))
        media_node = content[media] if isinstance(content[media], dict) else {}
        if _is_json(str(media)):
            type_ref = self.b.type_of(media_node.get("schema", {}), location.child("content", media, "schema"), prefix + "Body")
        else:
            type_ref = BINARY
            if len(content) > 1:
                self.b.warn("extra-media-types", f"request body offered as {len(content)} media types; only {media!r} is generated", location.child("content"))
            if str(media).lower().startswith("multipart/"):
                self.b.warn("unsupported-multipart", f"{media} bodies are not encoded: the method sends the bytes given, with no boundary", location.child("content", media))
        client_name = operation.get("x-ms-requestBody-name") or node.get("x-ms-client-name") or "body"
        return Parameter(
            name=names.claim(unshadowed(attribute_name(str(client_name), "body"))), wire_name="body", location="body",
            type=type_ref, required=node.get("required") is True, description=_text(node.get("description")),
            on_client=False, constant=None, default=None, content_type=str(media), pointer=location.pointer,
        )

    def path_parts(self, path: str, params: list[Parameter], location: Location) -> tuple[PathPart, ...]:
        by_name = {p.wire_name: p for p in params if p.location == "path"}
        parts: list[PathPart] = []
        position = 0
        for match in _PATH_PARAM.finditer(path):
            if match.start() > position:
                parts.append(PathPart(path[position : match.start()], None))
            param = by_name.get(match.group(1))
            if param is None:
                self.b.fail("missing-path-parameter", f"path template names {{{match.group(1)}}} but no path parameter of that name is declared", location)
                parts.append(PathPart(match.group(0), None))
            else:
                parts.append(PathPart(None, param))
            position = match.end()
        if position < len(path):
            parts.append(PathPart(path[position:], None))
        return tuple(parts)

    def responses(
        self, node: dict[Any, Any], location: Location, prefix: str, produces: list[str] | None = None
    ) -> tuple[list[Response], list[Response], TypeRef | None]:
        """Success responses, the declared error responses but ``default``, and the body type
        of every other error status: ``default``'s (None when it has no schema); without a
        ``default``, the first declared error type."""
        success: list[Response] = []
        errors: list[Response] = []
        error_type: TypeRef | None = None
        has_default = False
        with_headers = [s for s in node if _returns_headers(str(s), node[s])]
        for status in sorted((str(s) for s in node), key=_status_key):
            response, response_location = self.spec.deref(node[status] if status in node else node[int(status)], location.child(status))
            if not isinstance(response, dict):
                continue
            is_error = self._is_error(status, response)
            type_ref = self.response_type(response, response_location, prefix + ("Error" if is_error else "Response"))
            if not is_error and type_ref is not None and type_ref.kind == "str" and produces and all(
                _media_base(m).startswith("text/") and not _is_json(m) for m in produces
            ):
                type_ref = TypeRef("text", "str")  # Swagger 2.0 produces text only: the body is the text itself
            if is_error:
                if status == "default":
                    error_type, has_default = type_ref, True
                else:
                    if not has_default:
                        error_type = error_type or type_ref
                    errors.append(Response(
                        status=status, description=_text(response.get("description")), type=type_ref,
                        is_error=True, pointer=location.child(status).pointer,
                    ))
                continue
            nullable = type_ref is not None and self._nullable_body(response, response_location)
            result = None
            # A 2xx's declared headers come back with its body in a result class; a stream
            # carries them itself (ByteStream.headers), a redirect's are the pipeline's business.
            if _returns_headers(status, response) and (type_ref is None or type_ref.kind != "stream"):
                result_name = prefix + ("" if len(with_headers) == 1 else status) + "Result"
                headers = self.response_headers(response["headers"], response_location.child("headers"), prefix, type_ref is not None)
                result = Result(
                    name=self.b.classes.claim(class_name(result_name)), description=_text(response.get("description")),
                    body=type_ref, nullable=nullable, headers=headers, pointer=location.child(status).pointer,
                )
            success.append(
                Response(
                    status=status,
                    description=_text(response.get("description")),
                    type=type_ref,
                    is_error=False,
                    pointer=location.child(status).pointer,
                    nullable=nullable,
                    result=result,
                )
            )
        return success, errors, error_type

    def response_headers(self, node: dict[str, Any], location: Location, prefix: str, has_body: bool) -> tuple[Header, ...]:
        """The declared headers of a response, as attributes of its result class."""
        names = NameRegistry({"body"} if has_body else set())
        headers: list[Header] = []
        for wire_name, header in node.items():
            header, where = self.spec.deref(header, location.child(wire_name))
            if not isinstance(header, dict):
                continue
            schema, schema_at = (header, where) if self.v2 else (header.get("schema", {}), where.child("schema"))
            type_ref = self.b.type_of(schema, schema_at, prefix + pascal_case(str(wire_name)))
            read_as = self._read_as(type_ref)
            if read_as is None:
                self.b.warn("complex-header", f"response header {str(wire_name)!r} has a {type_ref.kind} type; returned as its text", where)
                type_ref, read_as = TypeRef("str", "str"), "text"
            headers.append(Header(
                name=names.claim(unshadowed(attribute_name(str(wire_name)), FIELD_SHADOWED_BUILTINS)), wire_name=str(wire_name),
                type=type_ref, read_as=read_as, description=_text(header.get("description")), pointer=where.pointer,
            ))
        return tuple(headers)

    def _read_as(self, type_ref: TypeRef) -> str | None:
        """How a header's text becomes the JSON value its type decodes (see Header.read_as);
        None for a type a header cannot carry."""
        if type_ref.kind == "enum":
            base = next((e.base for e in self.b.enums.values() if e.name == type_ref.name), "str")
            return base if base in ("int", "float") else "str"
        if type_ref.kind == "unixtime":
            return "int"
        if type_ref.kind in ("int", "float", "bool"):
            return type_ref.kind
        if type_ref.kind == "str":
            return "text"
        return "str" if type_ref.codec is not None else None

    def _is_error(self, status: str, response: dict[str, Any]) -> bool:
        """Whether a declared response raises.  ``default`` and ``x-ms-error-response: true``
        always do.  Swagger 2.0 follows AutoRest: any other declared status is a result
        (a 404 with its own schema, a HEAD's 404 meaning "no").  OpenAPI 3 keeps HTTP's
        reading: 4xx and 5xx raise unless marked ``x-ms-error-response: false``."""
        marked = response.get("x-ms-error-response")
        if status == "default" or marked is True:
            return True
        if self.v2 or marked is False:
            return False
        return not status.startswith(("1", "2", "3"))

    def _nullable_body(self, response: dict[str, Any], location: Location) -> bool:
        if self.v2:
            schema, where = response.get("schema"), location.child("schema")
        else:
            media = next((m for m in (response.get("content") or {}) if _is_json(str(m))), None)
            if media is None:
                return False
            schema, where = response["content"][media].get("schema"), location.child("content", media, "schema")
        node, _ = self.spec.deref(schema, where)
        return isinstance(node, dict) and (node.get("x-nullable") is True or node.get("nullable") is True)

    def response_type(self, response: dict[str, Any], location: Location, hint: str) -> TypeRef | None:
        if self.v2:
            if "schema" not in response:
                return None
            if _is_binary_schema(self.spec.deref(response["schema"], location.child("schema"))[0]):
                return STREAM
            return self.b.type_of(response["schema"], location.child("schema"), hint)
        content = response.get("content") or {}
        for media, media_node in content.items():
            if _is_json(str(media)) and isinstance(media_node, dict) and "schema" in media_node:
                return self.b.type_of(media_node["schema"], location.child("content", media, "schema"), hint)
        for media, media_node in content.items():
            if isinstance(media_node, dict) and _is_binary_schema(self.spec.deref(media_node.get("schema"), location.child("content", media, "schema"))[0]):
                return STREAM
        if any(str(media).lower().startswith("text/") for media in content):
            return TypeRef("text", "str")
        if content:
            return TypeRef("bytes", "bytes")
        return None


__all__ = ["OperationsBuilder", "Constraints"]


def _literal_default(p: Parameter) -> bool:
    """Whether ``p.default`` can start a dataclass field as it is: an immutable scalar of
    the field's own Python type (not a date-time's text, not a list)."""
    kinds: dict[str, type | tuple[type, ...]] = {
        "str": str, "int": int, "float": (int, float), "bool": bool, "enum": (str, int, float)
    }
    return (
        not p.required and p.type.codec is None and p.type.kind in kinds
        and isinstance(p.default, kinds[p.type.kind]) and (p.type.kind == "bool" or not isinstance(p.default, bool))
    )
