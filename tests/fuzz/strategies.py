"""Hypothesis strategies: random valid OpenAPI 3.0 specs, JSON instances of their
schemas, and random mutations of a spec document.

Specs have 1-4 named object schemas with random names (tricky ones mixed in),
properties of every type opgen models (string, date-time, date, integer, number,
boolean, string and integer enums, arrays, maps, inline objects, references to named
schemas, themselves included), random required / nullable / constraints, and 1-3
operations with path, query and header parameters, request bodies and responses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

# Names that have broken generators: keywords, builtins, runtime names, empty, digits,
# punctuation, quotes, Jinja delimiters, non-ASCII, and pairs that sanitize alike.
TRICKY_NAMES = [
    "class", "from", "self", "None", "True", "type", "id", "_", "1st", "content-type", "content_type",
    "contentType", "$ref", "naïve", "日本", "str", "int", "list", "dict", "bytes", "float", "bool",
    "models", "_serde", "from_dict", "to_dict", "config", "httpx", "cls", "data", "match", "mro",
    "x\"); import os #", "'''", '"""', "\\", "{{ x }}", "{% if %}", "", " ", "a b", "A_B", "a-b", "-1",
    "ClientConfig", "Pipeline", "RetryPolicy", "value", "name", "__init__", "__class__",
]
# Component keys must match ^[a-zA-Z0-9.\-_]+$ in OpenAPI 3.0.
TRICKY_KEYS = [
    "class", "None", "models", "_serde", "foo-bar", "foo_bar", "Foo", "foo", "1st", "_", "ClientConfig",
    "Pipeline", "RetryPolicy", "TracebackType", "Exception", "list", "str", "a.b", "A-B", "Models",
    "ModelsOperations", "FuzzClient", "Error",
]

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
names = st.one_of(st.sampled_from(TRICKY_NAMES), text)
keys = st.one_of(st.sampled_from(TRICKY_KEYS), st.from_regex(r"[a-zA-Z0-9.\-_]{1,10}", fullmatch=True))
descriptions = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(['"""', "a\\", 'ends "', "{{ x }}", "\x00\r\n"]))
path_segments = st.from_regex(r"[a-zA-Z0-9._~-]{1,8}", fullmatch=True)


def _described(schema: dict[str, Any], description: str | None) -> dict[str, Any]:
    if description is not None:
        schema["description"] = description
    return schema


@st.composite
def string_schema(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    fmt = draw(st.sampled_from([None, None, "date-time", "date", "uuid", "byte-ish"]))
    if fmt not in (None, "byte-ish"):
        schema["format"] = fmt
    if fmt is None and draw(st.booleans()):
        low = draw(st.integers(0, 5))
        schema["minLength"] = low
        schema["maxLength"] = draw(st.integers(low, 20))
    return schema


@st.composite
def number_schema(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": kind}
    if draw(st.booleans()):
        low = draw(st.integers(-1000, 1000))
        exclusive = draw(st.booleans())
        schema["minimum"] = low
        schema["maximum"] = draw(st.integers(low + exclusive, low + 10_000))
        if exclusive:
            schema["exclusiveMinimum"] = True
    return schema


@st.composite
def enum_schema(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        values: list[Any] = draw(st.lists(names, min_size=1, max_size=6, unique=True))
        return {"type": "string", "enum": values}
    return {"type": "integer", "enum": draw(st.lists(st.integers(-5, 1000), min_size=1, max_size=5, unique=True))}


def schema(refs: list[str], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """A property schema; ``refs``: named schemas it may refer to."""
    leaves: list[st.SearchStrategy[dict[str, Any]]] = [
        string_schema(), number_schema("integer"), number_schema("number"), st.just({"type": "boolean"}), enum_schema(),
    ]
    if refs:
        leaves.append(st.sampled_from(refs).map(lambda key: {"$ref": f"#/components/schemas/{key}"}))
    if depth >= 2:
        return st.one_of(leaves)
    nested = [
        st.builds(lambda item, lo: {"type": "array", "items": item, **({"minItems": 0, "maxItems": lo} if lo else {})},
                  schema(refs, depth + 1), st.sampled_from([None, 3, 10])),
        st.builds(lambda value: {"type": "object", "additionalProperties": value}, schema(refs, depth + 1)),
        object_schema(refs, depth + 1),
    ]
    return st.one_of(*leaves, *nested)


@st.composite
def object_schema(draw: st.DrawFn, refs: list[str], depth: int = 0, required_refs: list[str] | None = None) -> dict[str, Any]:
    """An object schema.  Only ``required_refs`` may be referred to by a required
    property (so every schema has finite instances); ``refs`` by optional ones."""
    wire_names = draw(st.lists(names, min_size=0 if depth else 1, max_size=6, unique=True))
    properties: dict[str, Any] = {}
    required: list[str] = []
    for wire in wire_names:
        is_required = draw(st.booleans())
        prop = draw(schema(required_refs if is_required and required_refs is not None else refs, depth))
        if is_required and required_refs is None and _refers(prop):
            is_required = False
        if draw(st.integers(0, 5)) == 0 and "$ref" not in prop:
            prop["nullable"] = True
        properties[wire] = _described(prop, draw(descriptions)) if "$ref" not in prop else prop
        if is_required:
            required.append(wire)
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return _described(result, draw(descriptions))


def _refers(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_refers(v) for v in node.values())
    if isinstance(node, list):
        return any(_refers(v) for v in node)
    return False


@st.composite
def parameter(draw: st.DrawFn, where: str, name: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "enum", "array"]))
    if kind == "enum":
        param_schema = draw(enum_schema())
    elif kind == "array":
        param_schema = {"type": "array", "items": draw(string_schema())}
    elif kind == "string":
        param_schema = draw(string_schema())
    elif kind == "boolean":
        param_schema = {"type": "boolean"}
    else:
        param_schema = draw(number_schema(kind))
    param: dict[str, Any] = {"name": name, "in": where, "schema": param_schema}
    if where == "path" or draw(st.booleans()):
        param["required"] = True
    return _described(param, draw(descriptions))


@st.composite
def operation(draw: st.DrawFn, keys_: list[str], index: int) -> tuple[str, str, dict[str, Any]]:
    segments = draw(st.lists(path_segments, min_size=1, max_size=3))
    # openapi-spec-validator parses path templates with the `parse` library, which stops
    # on names like "[" or "a.b" ("validation stopped"); opgen itself takes any name.
    path_params = draw(st.lists(st.from_regex(r"[a-zA-Z_][a-zA-Z0-9_\-]{0,8}", fullmatch=True), max_size=2, unique=True))
    path = "/" + "/".join(segments) + "".join("/{" + p + "}" for p in path_params) + f"/op{index}"
    params = [draw(parameter("path", p)) for p in path_params]
    for where in ("query", "header"):
        for name in draw(st.lists(names.filter(bool), max_size=3, unique=True)):
            params.append(draw(parameter(where, name)))
    method = draw(st.sampled_from(["get", "put", "post", "delete", "patch"]))
    op_id = draw(st.one_of(st.none(), names.filter(lambda n: n.strip() != ""), st.builds(lambda g, o: f"{g}_{o}", names, names)))
    op: dict[str, Any] = {"parameters": params, "responses": {}}
    if op_id is not None:
        op["operationId"] = f"{op_id}{index}"
    ref = {"$ref": f"#/components/schemas/{draw(st.sampled_from(keys_))}"}
    if method in ("put", "post", "patch") and draw(st.booleans()):
        op["requestBody"] = {"required": draw(st.booleans()), "content": {"application/json": {"schema": ref}}}
    body = draw(st.sampled_from(["model", "list", "none", "text"]))
    if body == "model":
        op["responses"]["200"] = {"description": "ok", "content": {"application/json": {"schema": ref}}}
    elif body == "list":
        op["responses"]["200"] = {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": ref}}}}
    elif body == "text":
        op["responses"]["200"] = {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
    else:
        op["responses"]["204"] = {"description": "no content"}
    if draw(st.booleans()):
        op["responses"]["default"] = {"description": "error", "content": {"application/json": {"schema": ref}}}
    return path, method, _described(op, draw(descriptions))


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid OpenAPI 3.0.3 document."""
    keys_ = draw(st.lists(keys, min_size=1, max_size=4, unique_by=str.lower))
    schemas: dict[str, Any] = {}
    for index, key in enumerate(keys_):
        schemas[key] = draw(object_schema(keys_, 0, required_refs=keys_[:index]))
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        path, method, op = draw(operation(keys_, index))
        paths.setdefault(path, {})[method] = op
    title = draw(st.one_of(names, st.just("Fuzz")))
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": draw(st.sampled_from(["1", "2024-01-01", '1"""']))},
        "servers": [{"url": "https://example.com/api"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


# -- instances -----------------------------------------------------------------------------


def _utc_datetime(value: dt.datetime) -> str:
    return value.replace(tzinfo=None).isoformat() + "Z"  # the form the runtime writes


def instances(node: Any, schemas: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON values valid for the schema ``node`` (in the canonical form the generated
    code writes back), with no explicit nulls: an absent optional field round-trips,
    a null does not (to_dict leaves out None)."""
    if "$ref" in node:
        return instances(schemas[node["$ref"].rsplit("/", 1)[1]], schemas, depth + 1)
    kind = node.get("type")
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if kind == "string":
        if node.get("format") == "date-time":
            return st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)).map(_utc_datetime)
        if node.get("format") == "date":
            return st.dates().map(dt.date.isoformat)
        if node.get("format") == "uuid":
            return st.uuids().map(str)
        return st.text(min_size=node.get("minLength", 0), max_size=node.get("maxLength", 20))
    low, high = node.get("minimum"), node.get("maximum")
    if low is not None and node.get("exclusiveMinimum") is True:
        low += 1
    if kind == "integer":
        return st.integers(-(2**63) if low is None else low, 2**63 if high is None else high)
    if kind == "number":
        return st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        limit = 0 if depth > 4 else 3
        return st.lists(instances(node["items"], schemas, depth + 1), max_size=limit)
    if "additionalProperties" in node:
        limit = 0 if depth > 4 else 3
        return st.dictionaries(st.text(max_size=5), instances(node["additionalProperties"], schemas, depth + 1), max_size=limit)
    properties = node.get("properties") or {}
    required = set(node.get("required") or [])

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for wire, prop in properties.items():
            if wire in required or (depth <= 4 and draw(st.booleans())):
                result[wire] = draw(instances(prop, schemas, depth + 1))
        return result

    return build()


# -- mutations -------------------------------------------------------------------------------

HOSTILE_VALUES = [
    None, True, 0, -1, 2**70, 1.5, float("inf"), "", '"""', "x\"); import os #", "{{ x }}", "\x00",
    [], {}, [1, "a", None], {"$ref": "#/components/schemas/Nope"}, {"$ref": "https://example.com/x.yaml"},
    {"$ref": "../../../etc/passwd"}, {"$ref": "#"}, {"$ref": "#/paths"}, {"$ref": 7},
    {"type": "array"}, {"type": ["string", "null"]}, {"type": "object", "properties": []}, {"enum": []},
    {"allOf": [{"$ref": "#/components/schemas/HostPool"}]}, {"oneOf": [{}, {}]}, {"pattern": "(?<x"},
    {"minLength": -1}, {"maximum": "ten"}, "2024-01-01", {"x-ms-enum": {"name": '"""'}},
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for token in path:
        node = node[token]
    return node


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (deep-copied) with one to three random mutations: delete, replace,
    duplicate elsewhere, rename a key, wrap a node in a list, or (most often, as these
    keep a spec valid more often and so reach the builder) change a value to another
    of its type or add a property of a random schema."""
    import copy

    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _get(doc, path[:-1]), path[-1]
        action = draw(st.sampled_from(["delete", "replace", "copy", "rename", "wrap", "retype", "retype", "retype", "property", "property"]))
        if action == "property":
            holders = [p for p in paths if p[-1] == "properties" and isinstance(_get(doc, p), dict)]
            if holders:
                _get(doc, draw(st.sampled_from(holders)))[draw(names)] = draw(schema([], 1))
            continue
        if action == "retype":
            value = parent[last]
            if isinstance(value, bool):
                parent[last] = not value
            elif isinstance(value, (int, float)):
                parent[last] = draw(st.one_of(st.integers(-10, 10**6), st.floats(allow_nan=False)))
            elif isinstance(value, str):
                parent[last] = draw(names)
            elif isinstance(value, list) and value:
                del value[draw(st.integers(0, len(value) - 1))]
            elif isinstance(value, dict):
                value[draw(names)] = copy.deepcopy(draw(st.sampled_from(HOSTILE_VALUES)))
            continue
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = copy.deepcopy(draw(st.one_of(st.sampled_from(HOSTILE_VALUES), names, st.integers())))
        elif action == "copy":
            other = _get(doc, draw(st.sampled_from(paths)))
            parent[last] = copy.deepcopy(other)
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(names)] = parent.pop(last)
        elif action == "wrap":
            parent[last] = [parent[last]]
    return doc

