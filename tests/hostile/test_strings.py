"""No spec string becomes code: strings.yaml, generated, walked as an AST.

The proof has four parts, each over every file of the generated package:

1. every file compiles;
2. every hostile string of the spec is in the package as data, exactly: names on the
   wire, enum values, defaults, paths, media types, title and version as string
   constants, descriptions in docstrings (line by line);
3. nothing in the code refers to what the payloads try to run (``__import__``, ``os``,
   ``system``, ``eval``, ``exec``...), and the imports are exactly those of a benign package
   (names.yaml's), models aside;
4. every identifier is plain ASCII (what :mod:`generator.names` makes).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from tests.support.packages import run_python

HERE = Path(__file__).resolve().parent

SPEC = HERE / "strings.yaml"
FORBIDDEN_NAMES = {"__import__", "os", "system", "eval", "exec", "subprocess", "builtins", "getattr"}
OWN_STDLIB = {("dataclasses", 0, "_dc"), ("datetime", 0, "_dt"), ("enum", 0, "_enum"), ("re", 0, "_re"), ("typing", 0, "_t")}
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")


def spec_data() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text("utf-8"))  # type: ignore[no-any-return]


def trees(package: Path) -> dict[str, ast.Module]:
    found = {}
    for path in sorted(package.rglob("*.py")):
        source = path.read_text("utf-8")
        compile(source, str(path), "exec", dont_inherit=True)
        found[path.relative_to(package).as_posix()] = ast.parse(source)
    return found


def string_constants(modules: dict[str, ast.Module]) -> set[str]:
    return {node.value for tree in modules.values() for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def identifiers(node: ast.AST) -> list[str]:
    """Every string in ``node`` that is not a string constant: names, attributes, modules."""
    if isinstance(node, ast.Constant):
        return []
    found = []
    for _, value in ast.iter_fields(node):
        if isinstance(value, str):
            found.append(value)
    return found


_GROUP_MODULE = re.compile(r"_\w+_operations")
_PART = re.compile(r"_(models|enums)_\d+")


def _normal(name: str) -> str:
    """A group's module or a part of the models, whatever the group or part."""
    return _PART.sub(r"_\1_N", _GROUP_MODULE.sub("_GROUP_operations", name))


def imports(modules: dict[str, ast.Module]) -> set[tuple[str, str, int, str]]:
    """(file, module, level, name) of every import, except the models and group classes a
    module imports; a group's module and a part of the models stand for any."""
    found = set()
    for file, tree in modules.items():
        file = _normal(file)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update((file, alias.name, 0, alias.asname or "") for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not _PART.match(node.module or "") and not _GROUP_MODULE.match(node.module or "") and (node.module or "").split(".")[0] not in ("models", "_client") and not (node.module or "").startswith("operations."):
                found.update((file, node.module or "", node.level, _normal(alias.name)) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                found.add((file, _normal(node.module or ""), node.level, "*"))
    return found


@pytest.fixture(scope="module")
def modules(hostile_out: Path) -> dict[str, ast.Module]:
    return trees(hostile_out / "strings_pkg")


def test_every_file_compiles_and_every_identifier_is_plain(modules: dict[str, ast.Module]) -> None:
    assert "models/_models_1.py" in modules and "_operations.py" in modules and "aio/_client.py" in modules
    for file, tree in modules.items():
        for node in ast.walk(tree):
            for name in identifiers(node):
                star = isinstance(node, ast.alias) and name == "*"  # from ._models_1 import * (for type checkers)
                assert star or IDENTIFIER.match(name), f"{file}: {type(node).__name__} {name!r}"


def test_no_payload_became_code(modules: dict[str, ast.Module], hostile_out: Path) -> None:
    benign_modules = trees(hostile_out / "names_pkg")
    benign = {name for tree in benign_modules.values() for node in ast.walk(tree) for name in identifiers(node)}
    for file, tree in modules.items():
        for node in ast.walk(tree):
            for name in identifiers(node):
                assert name not in FORBIDDEN_NAMES or name in benign, f"{file}: {type(node).__name__} {name!r} in code"
    # The same imports as a benign package, statement for statement (the models aside),
    # but for the standard-library modules opgen imports under its own aliases where the
    # code uses them (generator/build/imports.py): ``re`` for a pattern, ``datetime`` for a date.
    # Which module imports which of the package's own modules depends on where the
    # operations are (the client's own or a group's): an import differing is fine when the
    # benign package makes it too, in some module; the models and group classes aside.
    benign_imports = imports(benign_modules)
    benign_anywhere = {(module, level, name) for _, module, level, name in benign_imports}
    differ = imports(modules) ^ benign_imports
    unexplained = {d for d in differ if d[1:] not in OWN_STDLIB and d[1:] not in benign_anywhere and d[3] != "*"}
    assert not unexplained, unexplained


def test_every_hostile_string_is_data(modules: dict[str, ast.Module]) -> None:
    data = spec_data()
    constants = string_constants(modules)
    docstrings = [c for c in constants if "\n" in c or len(c) > 60]

    def exact(value: str) -> None:
        assert value in constants, f"{value!r} is not a string constant of the package"

    def described(text: str) -> None:
        for line in text.strip().replace("\r\n", "\n").splitlines():
            line = line.strip()
            if line:
                assert any(line in doc for doc in constants), f"{line[:80]!r} is in no docstring"

    info = data["info"]
    exact(info["title"])
    exact(info["version"])
    described(info["description"])
    for path, item in data["paths"].items():
        literal = path.split("}")[-1]
        exact(literal)
        for method, operation in item.items():
            if method == "parameters":
                continue
            described(operation["summary"])
            described(operation["description"])
            for param in operation["parameters"] + item["parameters"]:
                exact(param["name"])
                described(param.get("description", ""))
                schema = param["schema"]
                if isinstance(schema.get("default"), str):
                    exact(schema["default"])
                for value in schema.get("enum", []):
                    exact(value)
            body = operation["requestBody"]
            described(body["description"])
            for media in body["content"]:
                exact(media)
            for status, response in operation["responses"].items():
                if status.startswith("2"):  # error responses are raised, not documented
                    described(response["description"])
    for schema in data["components"]["schemas"].values():
        described(schema.get("description", "") or schema.get("title", ""))
        for wire_name, prop in (schema.get("properties") or {}).items():
            exact(wire_name)
            described(prop.get("description", ""))
        for value in schema.get("enum", []):
            exact(value)
    markers = set(re.findall(r"PWNED_[A-Z0-9]+", SPEC.read_text("utf-8")))
    assert len(markers) > 20
    for marker in markers:
        assert any(marker in c for c in constants), f"{marker} never reached the package"
    assert docstrings



SEGMENT = "\"'\\\"\"\"PWNED_PATTERN"  # matches the spec's pattern: ^["'\\]{0,3}\"\"\"PWNED_PATTERN$
RUN = """
import inspect, json, sys
import strings_pkg
import importlib
from strings_pkg import _meta, _operations
from strings_pkg.models import EImportOs, XImportOs
group = importlib.import_module("strings_pkg.operations._grp_import_os_operations")
given = json.load(open(sys.argv[1], encoding="utf-8"))
model = XImportOs.from_dict(given["wire"])
request = group.build_grp_import_os_op_pwned_opid_request(
    _operations.ClientConfig(endpoint="https://h"), x_import_os=given["segment"],
    q_pwned_query=given["query"], n_pwned_number=2.5, body=EImportOs(given["enum"]))
print(json.dumps({
    "wire": model.to_dict(), "enum": [member.value for member in EImportOs],
    "title": _meta.TITLE, "version": _meta.VERSION,
    "endpoint": inspect.signature(getattr(strings_pkg, strings_pkg.__all__[0])).parameters["endpoint"].default,
    "url": request.url, "params": request.params, "headers": request.headers,
}))
"""


def test_generated_package_runs_with_hostile_values(hostile_out: Path, tmp_path: Path) -> None:
    """Import it, round-trip the model, build a request: the wire keeps every byte."""
    data = spec_data()
    enum_values = data["components"]["schemas"]['E"); import os #']["enum"]
    wire = {
        'x"); import os #': 'a"""b\\',
        '"""': 3,
        "{{ x }}": 1.5,
        "{% if %}": True,
        "\\": "2024-01-02T03:04:05Z",
        "__import__('os').system('PWNED_CALL')": "'" * 3,
        "e": "{% if %}",
        "nested": [{'k"': {'x"); import os #': "\x00"}}],
    }
    given = tmp_path / "given.json"
    given.write_text(json.dumps({"wire": wire, "segment": SEGMENT, "enum": "\r\n", "query": '"""'}), "utf-8")
    result = run_python(RUN.replace("sys.argv[1]", repr(str(given))), hostile_out)
    assert result["wire"] == wire
    assert result["enum"] == enum_values
    assert result["title"] == data["info"]["title"] and result["version"] == data["info"]["version"]
    # The spec's endpoint and literal path pieces, verbatim; the value, one encoded segment.
    assert result["endpoint"] == 'https://example.com"""PWNED_VARIABLE\\/x"); import os #PWNED_SERVER'
    prefix, suffix = "https://h/a/", '/b"""PWNED_PATH\\'
    url = result["url"]
    assert url.startswith(prefix) and url.endswith(suffix), url
    segment = url[len(prefix) : -len(suffix)]
    assert "/" not in segment and unquote(segment) == SEGMENT
    assert result["params"] == [["q\\'\"PWNED_QUERY", '"""'], ['n"PWNED_NUMBER', "2.5"]]
    assert result["headers"]["h\r\nX-Injected: PWNED_HEADER"] == 'PWNED_CONST """ \\'


def test_hostile_spec_file_names_stay_data(tmp_path: Path) -> None:
    """The spec's own file name reaches the package too (docstring, _meta.SPEC_FILES):
    the package from a hostile file name differs from the one from a plain name in
    string constants only."""
    from generator.pipeline import generate

    def blanked(content: bytes) -> str:
        tree = ast.parse(content.decode("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                node.value = ""
        return ast.dump(tree)

    text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
    hostile = 'x"""; import os; \'\'\' {{ y }} \\.yaml'
    (tmp_path / hostile).write_text(text, "utf-8")
    (tmp_path / "plain.yaml").write_text(text, "utf-8")
    bad, plain = generate(tmp_path / hostile, "named_pkg").files, generate(tmp_path / "plain.yaml", "named_pkg").files
    assert sorted(bad) == sorted(plain)
    for file in bad:
        if file.endswith(".py"):
            assert blanked(bad[file]) == blanked(plain[file]), file
    meta = ast.parse(bad["_meta.py"].decode("utf-8"))
    assert hostile in {node.value for node in ast.walk(meta) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert hostile in (ast.get_docstring(ast.parse(bad["__init__.py"].decode("utf-8"))) or "")
