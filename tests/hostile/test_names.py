"""Spec names that are keywords, builtins, not identifiers, or clash: names.yaml.

Each becomes a valid, unique Python name, predictably (the rules of
:mod:`generator.names`), the package passes ``mypy --strict`` and imports, and the JSON
names on the wire are kept exactly.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from generator.build import RUNTIME_NAMES
from generator.names import NameRegistry, class_name, enum_member_name
from tests.support.packages import mypy_strict, run_python

# JSON name -> attribute of the model generated from components/schemas/models.
FIELDS = {
    "class": "class_", "from": "from_", "self": "self_2", "None": "none", "True": "true",
    "type": "type", "id": "id", "_": "field", "1st": "n_1_st", "content-type": "content_type",
    "content_type": "content_type_2", "contentType": "content_type_3", "$ref": "ref",
    "naïve": "naive", "日本": "field_2", "Ωmega": "mega", "str": "str_", "int": "int_",
    "list": "list_", "dict": "dict_", "float": "float_", "bool": "bool_", "bytes": "bytes_",
    "from_dict": "from_dict_2", "to_dict": "to_dict_2", "cls": "cls", "data": "data",
    "match": "match_", "e": "e", "n": "n", "child": "child",
}
WIRE = {
    "class": "c", "from": "f", "self": "s", "None": "n", "True": True, "type": "t", "id": 7, "_": "u",
    "1st": "first", "content-type": "a", "content_type": "b", "contentType": "c", "$ref": "#/x",
    "naïve": "ï", "日本": "日本語", "Ωmega": "Ω", "str": "s", "int": 1, "list": ["a", ""], "dict": {"k": "v", "": ""},
    "float": 1.5, "bool": False, "bytes": "b", "from_dict": "fd", "to_dict": "td", "cls": "k", "data": "d",
    "match": "m", "e": "a-b", "n": -1, "child": {"class": "inner", "1st": "1", "e": ""},
}
PROBE = """
import dataclasses, functools, importlib, inspect, json, sys
import names_pkg
from names_pkg import _operations, _urls, models
from names_pkg.aio import NamesClient as AsyncNamesClient
group_module = importlib.import_module("names_pkg.operations._models_operations")
given = json.load(open(sys.argv[1], encoding="utf-8"))
instance = models.Models.from_dict(given)
client = names_pkg.NamesClient(endpoint="https://h")
groups = [n for n, v in vars(type(client)).items() if isinstance(v, functools.cached_property)]  # created on first use
methods = lambda cls: [n for n, v in vars(cls).items() if inspect.isfunction(v) and not n.startswith("_")]
request = group_module.build_models_list_request(
    _operations.ClientConfig(endpoint="https://h"), class_="c/1", config_2="cfg", self_2="s", str_="s",
    list_=["a", "b"], bytes_="b", type_=3, httpx_2="h", timeout_2=1.5, field="u", content_type="ct", content_type_2="ct2")
print(json.dumps({
    "attributes": {
        f.name: v if isinstance(v := getattr(instance, f.name), (str, int, float, bool)) else type(v).__name__
        for f in dataclasses.fields(models.Models)
    },
    "round_trip": instance.to_dict(),
    "weird": {m.name: m.value for m in models.Weird}, "numbers": {m.name: m.value for m in models.Numbers},
    "models": sorted(models.__all__),
    "groups": {name: type(getattr(client, name)).__name__ for name in groups},
    "group_methods": {type(getattr(client, n)).__name__: methods(type(getattr(client, n))) for n in groups},
    "client_methods": methods(names_pkg.NamesClient), "async_methods": methods(AsyncNamesClient),
    # A styled parameter is one encoded piece (list=a&list=b): its names and values, as sent.
    "params": _urls.plain_params(request.params), "headers": request.headers, "url": request.url,
}))
"""


@pytest.fixture(scope="module")
def probe(hostile_out: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    given = tmp_path_factory.mktemp("names") / "given.json"
    given.write_text(json.dumps(WIRE), "utf-8")
    return run_python(PROBE.replace("sys.argv[1]", repr(str(given))), hostile_out)  # type: ignore[no-any-return]


def test_hostile_packages_pass_mypy_strict(hostile_out: Path) -> None:
    mypy_strict(hostile_out, "names_pkg", "strings_pkg")


def test_property_names(probe: dict[str, object]) -> None:
    attributes = probe["attributes"]
    assert isinstance(attributes, dict)
    assert sorted(attributes) == sorted(FIELDS.values())
    for wire_name, name in FIELDS.items():
        value = WIRE[wire_name]
        expected = value if isinstance(value, (str, int, float, bool)) else type(value).__name__.replace("dict", "Models" if wire_name == "child" else "dict")
        assert attributes[name] == expected, (wire_name, name)


def test_wire_names_round_trip_exactly(probe: dict[str, object]) -> None:
    assert probe["round_trip"] == WIRE


def test_model_and_group_names_never_clash(probe: dict[str, object]) -> None:
    # The client keeps its name, runtime names are never taken, a model named like a
    # group's class keeps its name and the group's class yields; foo-bar / foo_bar /
    # "Foo Bar" get FooBar, FooBar2, FooBar3 in spec order.
    assert probe["models"] == sorted(
        [
            "Models", "ModelsOperations", "NamesClient2", "Serde", "FooBar", "FooBar2", "FooBar3",
            "ClientConfig2", "RetryPolicy2", "Pipeline2", "TracebackType2", "ExceptionModel", "Weird", "Numbers",
        ]
    )
    # foo-bar_Get and "Foo Bar_Delete" (not an Azure spec): groups with the same words are one.
    assert probe["groups"] == {"models": "ModelsOperations2", "foo_bar": "FooBarOperations"}
    # Methods named like builtins get a trailing underscore, except ``list``, emitted last.
    assert probe["group_methods"] == {"ModelsOperations2": ["str_", "int_", "list"], "FooBarOperations": ["get", "delete"]}
    assert probe["client_methods"] == probe["async_methods"] == ["type_", "list", "close"]


def test_parameter_names_keep_their_wire_names(probe: dict[str, object]) -> None:
    assert probe["url"] == "https://h/things/c%2F1"
    assert probe["params"] == [
        ["config", "cfg"], ["self", "s"], ["str", "s"], ["list", "a"], ["list", "b"], ["bytes", "b"],
        ["httpx", "h"], ["timeout", "1.5"], ["_", "u"], ["Content_Type", "ct2"],
    ]
    assert probe["headers"] == {"type": "3", "content-type": "ct"}


def test_enum_member_names(probe: dict[str, object]) -> None:
    assert probe["weird"] == {
        "EMPTY": "", "V_1": "1", "NONE": "None", "TRUE": "True", "A_B": "a b", "A_B_2": "a-b", "A_B_3": "A_B",
        "MRO": "mro", "NAME": "name", "VALUE": "value", "VALUE_2": "_", "U": "ü",
    }
    assert probe["numbers"] == {"V_1": 1, "V_MINUS_1": -1, "V_0": 0, "V_10": 10}


def test_enum_member_names_unit() -> None:
    members = NameRegistry({"mro"})
    assert [members.claim(enum_member_name(v)) for v in ["a b", "A-B", -2, 2, True]] == ["A_B", "A_B_2", "V_MINUS_2", "V_2", "TRUE"]


def test_runtime_names_a_model_could_take_are_reserved(hostile_out: Path) -> None:
    """Module-level names of the modules models are imported into (and of models.py)
    that a model could be named are all in RUNTIME_NAMES, so no model ever takes one.
    The classes opgen names itself (models, enums, client, groups) are claimed instead."""
    package = hostile_out / "names_pkg"
    files = ["_operations.py", "_client.py", "aio/_client.py"]
    files += sorted(p.relative_to(package).as_posix() for folder in ("models", "operations", "aio/operations") for p in (package / folder).glob("_*.py") if p.name != "__init__.py")
    assert "models/_models_1.py" in files and "operations/_models_operations.py" in files

    def own(node: ast.ImportFrom) -> bool:  # the package's models: claimed, not runtime names
        return (node.module or "").split(".")[0] in ("models", *(p.stem for p in (package / "models").glob("_*.py")))

    for file in files:
        bound: set[str] = set()
        for node in ast.parse((package / file).read_text("utf-8")).body:
            if isinstance(node, ast.Import):
                bound.update(alias.asname or alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not own(node):
                bound.update(alias.asname or alias.name for alias in node.names)
            elif isinstance(node, ast.If):  # if TYPE_CHECKING: import ...
                bound.update(
                    alias.asname or alias.name
                    for sub in node.body
                    if isinstance(sub, ast.Import) or isinstance(sub, ast.ImportFrom) and not own(sub) and sub.module != "operations" and not (sub.module or "").startswith("operations.")
                    for alias in sub.names
                )
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or isinstance(node, ast.ClassDef) and file == "_operations.py":
                bound.add(node.name)
            elif isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound.add(node.target.id)
        model_like = {name for name in bound if class_name(name) == name}
        assert model_like <= RUNTIME_NAMES, f"{file}: add {sorted(model_like - RUNTIME_NAMES)} to generator.build.RUNTIME_NAMES"
