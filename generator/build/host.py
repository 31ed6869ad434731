"""The client's base URL: ``host`` / ``servers``, or ``x-ms-parameterized-host`` and its parameters."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.build.context import PATH_PARAM, BuildContext, text
from generator.build.nodes import typed
from generator.build.parameters import client_parameter, on_client
from generator.ir import Parameter, PathPart
from generator.names import attribute_name
from generator.spec import Location


def parameterized_host(ctx: BuildContext) -> None:
    """``x-ms-parameterized-host``: the base URL is ``hostTemplate`` (after the first of
    ``schemes`` and ``://``, unless ``useSchemePrefix: false``) followed by ``basePath``.
    Its parameters are resolved like any others: a top-level one (or one marked
    ``x-ms-parameter-location: client``) is a client argument, an inline one an argument
    of every operation, placed after (``positionInOperation: last``, the default) or before
    the operation's own required arguments.  A template that starts with a client
    parameter named ``endpoint`` (no scheme prefix) keeps the client's ``endpoint``."""
    node = ctx.spec.data.get("x-ms-parameterized-host")
    if not isinstance(node, dict) or not isinstance(node.get("hostTemplate"), str):
        return
    at = ctx.spec.root_location.child("x-ms-parameterized-host")
    template = node["hostTemplate"]
    prefixed = node.get("useSchemePrefix") is not False
    if prefixed:
        schemes = ctx.spec.data.get("schemes")
        scheme = str(schemes[0]) if isinstance(schemes, list) and schemes else "http"
        template = f"{scheme}://{template}"
    base_path = ctx.spec.data.get("basePath")
    if isinstance(base_path, str):
        template += base_path.rstrip("/")
    declared: dict[str, tuple[dict[str, Any], Location, bool]] = {}
    for index, param in enumerate(node.get("parameters") or []):
        param_location = at.child("parameters", index)
        global_param = isinstance(param, dict) and str(param.get("$ref", "")).startswith(("#/parameters/", "#/components/parameters/"))
        resolved, resolved_location = ctx.spec.deref(param, param_location)
        if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
            declared[resolved["name"]] = (resolved, resolved_location, global_param)
    ctx.host_first = node.get("positionInOperation") == "first"
    position = 0
    for match in PATH_PARAM.finditer(template):
        if match.start() > position:
            ctx.host_template.append((template[position : match.start()], None))
        name = match.group(1)
        position = match.end()
        if name not in declared:
            ctx.fail("missing-host-parameter", f"hostTemplate names {{{name}}} but x-ms-parameterized-host declares no parameter of that name", at.child("hostTemplate"))
            continue
        param, param_location, global_param = declared[name]
        if not on_client(ctx, param, name, global_param):
            ctx.host_method[name] = (param, param_location)
        elif not prefixed and not ctx.host_template and attribute_name(name) == "endpoint":
            default = param.get("x-ms-client-default", param.get("default"))
            ctx.host_endpoint = Parameter(
                name="endpoint", wire_name=name, location="path", type=typed("str", "str"), required=True,
                description=text(param.get("description")), on_client=True, constant=None,
                default=default if isinstance(default, str) else None,
                content_type=None, pointer=param_location.pointer, skip_url_encoding=True,
            )
        else:
            built = client_parameter(ctx, param, param_location)
            default = param.get("default")
            if built.default is None and built.constant is None and isinstance(default, (str, int, float)) and not isinstance(default, bool):
                # A host part with a default is a keyword argument, even when "required".
                ctx.client_params[f"path:{name}"] = dataclasses.replace(built, default=default)
        ctx.host_template.append((None, name))
    if position < len(template):
        ctx.host_template.append((template[position:], None))


def build_host_parts(ctx: BuildContext, method_params: list[Parameter], location: Location) -> tuple[PathPart, ...]:
    """The parts of an operation's base URL; empty when it is the client's endpoint."""
    if ctx.host_endpoint is not None and len(ctx.host_template) == 1:
        return ()  # the template is {endpoint} alone
    by_name = {p.wire_name: p for p in method_params}
    parts = []
    for literal, name in ctx.host_template:
        if name is None:
            parts.append(PathPart(literal, None))
        elif ctx.host_endpoint is not None and name == ctx.host_endpoint.wire_name:
            parts.append(PathPart(None, ctx.host_endpoint))
        else:
            parts.append(PathPart(None, by_name.get(name) or ctx.client_params[f"path:{name}"]))
    return tuple(parts)


def client_host_parts(ctx: BuildContext) -> tuple[PathPart, ...]:
    """The client's base URL when it takes no endpoint: its own parameters, and the
    operations' as ``{name}`` text."""
    if not ctx.host_template or ctx.host_endpoint is not None:
        return ()
    parts: list[PathPart] = []
    for literal, name in ctx.host_template:
        param = ctx.client_params.get(f"path:{name}") if name is not None else None
        parts.append(PathPart(None, param) if param is not None else PathPart(literal if name is None else f"{{{name}}}", None))
    return tuple(parts)


def endpoint(ctx: BuildContext) -> str:
    data = ctx.spec.data
    if ctx.host_endpoint is not None:
        return str(ctx.host_endpoint.default or "").rstrip("/")
    if ctx.v2:
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
