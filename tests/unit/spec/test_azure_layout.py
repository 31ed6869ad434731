"""Azure's spec repository as it is: specs under ``specification/<rp>/resource-manager/``
that refer to ``common-types`` five folders up, picked by the tags of AutoRest's
``readme.md``; ``--spec-root`` (``spec-root`` in ``[tool.opgen]``) widens what ``$ref``s
may reach, and nothing else does."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import GenerationError
from generator.spec import autorest
from tests.conftest import ROOT
from tests.support.package_files import models_text
from tests.support.packages import run_python

FIXTURE = ROOT / "tests" / "fixtures" / "azure-specs"
RM = FIXTURE / "specification" / "widgets" / "resource-manager"
README = RM / "readme.md"
V1, V2 = "package-2024-01-01", "package-2024-06-01"
V1_FOLDER = RM / "Microsoft.Widgets" / "stable" / "2024-01-01"
COMMON = "specification/common-types/resource-management/v5/types.json"
# file[:line][#pointer]: error: message [code]
NO_CHANGES = "no changes a client can see"
DIAGNOSTIC = re.compile(r"^\S+?(:\d+)?(#\S*)?: error: .+ \[[a-z-]+\]$")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def meta(package: Path) -> dict[str, object]:
    tree = ast.parse((package / "_meta.py").read_text("utf-8"))
    return {n.targets[0].id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".opgen-manifest.json"}


def assert_errors_formatted(err: str) -> None:
    lines = err.strip().splitlines()
    assert lines[-1].startswith("opgen: ") and "Traceback" not in err
    for line in lines[:-1]:
        assert DIAGNOSTIC.match(line), line


@pytest.fixture(scope="module")
def by_tag(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each tag of the readme generated once, as package ``widgets``."""
    out = tmp_path_factory.mktemp("by-tag")
    packages = {}
    for tag in (V1, V2):
        assert main(["generate", str(README), "--tag", tag, "--output", str(out / tag), "--package", "widgets"]) == 0
        packages[tag] = out / tag / "widgets"
    return packages


def copy_fixture(tmp_path: Path) -> Path:
    """A copy of the spec repository to change (the root holding ``specification/``)."""
    root = tmp_path / "azure-rest-api-specs"
    shutil.copytree(FIXTURE, root)
    return root


# -- generate by tag ------------------------------------------------------------------


def test_each_tag_is_its_api_version_merged_with_common_types(by_tag: dict[str, Path]) -> None:
    old, new = meta(by_tag[V1]), meta(by_tag[V2])
    assert old["VERSION"] == "2024-01-01" and new["VERSION"] == "2024-06-01"
    # Named relative to the spec root (the repository's), the same on every machine.
    assert old["SPEC_FILES"] == (COMMON, "specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-01-01/widgets.json")
    assert new["SPEC_FILES"] == (
        COMMON,
        "specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-06-01/operations.json",
        "specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-06-01/widgets.json",
    )
    models_v1 = models_text(by_tag[V1])
    models_v2 = models_text(by_tag[V2])
    assert "class TrackedResource" in models_v1 and "class ErrorResponse" in models_v1
    assert "WidgetColor" not in models_v1 and "class WidgetColor" in models_v2
    assert "OperationListResult" not in models_v1 and "class OperationListResult" in models_v2


def test_generated_clients_import_and_work(by_tag: dict[str, Path]) -> None:
    code = """
import inspect, json
from widgets import WidgetsManagementClient
from widgets.models import Widget, WidgetColor
from widgets._meta import VERSION
widget = Widget.from_dict({"location": "westeurope", "tags": {"a": "b"}, "properties": {"size": 3, "color": "Red"},
                           "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Widgets/widgets/w1"})
assert widget.color is WidgetColor.RED and widget.size == 3
client = WidgetsManagementClient(object(), subscription_id="daefabc0-95b4-48b3-b645-8a753a63c4fa")
print(json.dumps({
    "version": VERSION,
    "dict": widget.to_dict(),
    "groups": sorted(n for n in ("widgets", "operations") if hasattr(client, n)),
    "get": list(inspect.signature(client.widgets.get).parameters)[:2],
}))
"""
    result = run_python(code, by_tag[V2].parent)
    assert result["version"] == "2024-06-01"
    assert result["dict"]["properties"] == {"size": 3, "color": "Red"} and result["dict"]["location"] == "westeurope"
    assert result["groups"] == ["operations", "widgets"]
    assert result["get"] == ["resource_group_name", "widget_name"]
    old = run_python("import json, widgets.models as m, widgets._meta as meta\nprint(json.dumps([meta.VERSION, hasattr(m, 'WidgetColor')]))", by_tag[V1].parent)
    assert old == ["2024-01-01", False]


def test_default_tag_is_the_readmes(capsys: pytest.CaptureFixture[str], tmp_path: Path, by_tag: dict[str, Path]) -> None:
    code, out, err = run(capsys, "generate", README, "--output", tmp_path, "--package", "widgets")
    assert code == 0, err
    assert snapshot(tmp_path / "widgets") == snapshot(by_tag[V2])
    code, out, _ = run(capsys, "validate", README)
    assert code == 0 and "valid (Swagger 2.0, 3 file(s))" in out


def test_unknown_tag_names_the_readme_the_tag_and_the_tags(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "generate", README, "--tag", "package-1999-01-01", "--output", tmp_path, "--package", "widgets")
    assert code == 2
    assert f"{README}: error: no tag 'package-1999-01-01' in this readme" in err
    assert f"the tags: {V2}, {V1}, all-api-versions [unknown-tag]" in err
    assert_errors_formatted(err)
    assert list(tmp_path.iterdir()) == []


def test_readme_tags_across_versions_do_not_merge(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", README, "--tag", "all-api-versions")
    assert code == 2 and "[merge-conflict]" in err and "info.version" in err
    assert_errors_formatted(err)


# -- the spec root ----------------------------------------------------------------------


def test_a_folder_needs_the_spec_root(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "generate", V1_FOLDER, "--output", tmp_path, "--package", "widgets")
    assert code == 2
    assert "leaves the folder of the spec (widen it with --spec-root DIR) [ref-outside-root]" in err
    assert re.search(r"2024-01-01/widgets\.json(:\d+)?#/definitions/Widget/allOf/0/\$ref: error: \$ref '\.\./\.\./\.\./\.\./\.\./common-types/", err)
    assert_errors_formatted(err)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_the_spec_root_is_the_tag(capsys: pytest.CaptureFixture[str], tmp_path: Path, by_tag: dict[str, Path]) -> None:
    code, _, err = run(capsys, "generate", V1_FOLDER, "--spec-root", FIXTURE, "--output", tmp_path, "--package", "widgets")
    assert code == 0, err
    # The same files, named alike: the same client, the same _meta.py.
    assert snapshot(tmp_path / "widgets") == snapshot(by_tag[V1])
    code, out, _ = run(capsys, "validate", V1_FOLDER / "widgets.json", "--spec-root", FIXTURE / "specification")
    assert code == 0 and "valid (Swagger 2.0, 2 file(s))" in out


def test_a_ref_outside_the_given_root_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    narrow = FIXTURE / "specification" / "widgets"
    code, _, err = run(capsys, "generate", V1_FOLDER, "--spec-root", narrow, "--output", tmp_path, "--package", "widgets")
    assert code == 2
    assert f"leaves the spec root {narrow} (widen it with --spec-root) [ref-outside-root]" in err
    assert_errors_formatted(err)
    code, _, err = run(capsys, "validate", README, "--spec-root", narrow)
    assert code == 2 and f"leaves the spec root {narrow}" in err
    # The spec itself must be inside the root.
    code, _, err = run(capsys, "validate", V1_FOLDER, "--spec-root", tmp_path)
    assert code == 2 and "not inside the spec root" in err and "[outside-spec-root]" in err
    code, _, err = run(capsys, "validate", V1_FOLDER, "--spec-root", tmp_path / "nope")
    assert code == 2 and "[bad-spec-root]" in err
    assert list(tmp_path.iterdir()) == []


def test_symlinks_and_dot_dots_do_not_leave_the_root(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    outside = tmp_path / "outside"
    shutil.copytree(root / "specification" / "common-types", outside / "common-types")
    # common-types is a symbolic link out of the root: refused, though the path looks inside.
    shutil.rmtree(root / "specification" / "common-types")
    (root / "specification" / "common-types").symlink_to(outside / "common-types", target_is_directory=True)
    readme = root / "specification" / "widgets" / "resource-manager" / "readme.md"
    code, _, err = run(capsys, "validate", readme, "--tag", V1)
    assert code == 2 and "leaves the spec root" in err and "[ref-outside-root]" in err
    assert_errors_formatted(err)
    (root / "specification" / "common-types").unlink()
    shutil.copytree(outside / "common-types", root / "specification" / "common-types")
    assert run(capsys, "validate", readme, "--tag", V1)[0] == 0
    # A '..' one level too many, to a file that exists next to the root.
    spec = root / "specification" / "widgets" / "resource-manager" / "Microsoft.Widgets" / "stable" / "2024-01-01" / "widgets.json"
    (tmp_path / "secret.json").write_text('{"definitions": {"X": {"type": "object"}}}', "utf-8")
    data = json.loads(spec.read_text("utf-8"))
    data["definitions"]["Widget"]["properties"]["extra"] = {"$ref": "../../../../../../../secret.json#/definitions/X"}
    spec.write_text(json.dumps(data), "utf-8")
    code, _, err = run(capsys, "validate", readme, "--tag", V1)
    assert code == 2 and "secret.json" in err and "leaves the spec root" in err
    # A readme's input-file that climbs out of the root, or is absolute.
    text = readme.read_text("utf-8")
    readme.write_text(text.replace("- Microsoft.Widgets/stable/2024-01-01/widgets.json", "- ../../../../secret.json"), "utf-8")
    code, _, err = run(capsys, "validate", readme, "--tag", V1)
    assert code == 2 and "secret.json: error: not inside the spec root" in err
    readme.write_text(text.replace("- Microsoft.Widgets/stable/2024-01-01/widgets.json", f"- {tmp_path / 'secret.json'}"), "utf-8")
    code, _, err = run(capsys, "validate", readme, "--tag", V1)
    assert code == 2 and "only paths relative to the readme are read [bad-readme]" in err
    assert_errors_formatted(err)


def test_the_repository_root_is_found_from_the_readme(tmp_path: Path) -> None:
    assert autorest.repository_root(README) == FIXTURE
    lone = tmp_path / "readme.md"
    lone.write_text("```yaml\ntag: a\n```\n", "utf-8")
    assert autorest.repository_root(lone) == tmp_path  # no specification/ above: its own folder


def test_spec_files_are_named_alike_wherever_the_repository_is(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = copy_fixture(tmp_path / "a"), copy_fixture(tmp_path / "b" / "deeper")
    for root, out in ((first, tmp_path / "out-a"), (second, tmp_path / "out-b")):
        readme = root / "specification" / "widgets" / "resource-manager" / "readme.md"
        assert run(capsys, "generate", readme, "--tag", V1, "--output", out, "--package", "widgets")[0] == 0
    assert snapshot(tmp_path / "out-a" / "widgets") == snapshot(tmp_path / "out-b" / "widgets")


# -- the readme's conditions ------------------------------------------------------------


def write_readme(tmp_path: Path, text: str) -> Path:
    readme = tmp_path / "readme.md"
    readme.write_text(text, "utf-8")
    return readme


CONDITIONS = """\
# Service

``` yaml
openapi-type: arm
```

``` yaml !$(csharp)
tag: package-b
```

``` yaml $(tag) == 'package-a' || $(tag) === "package-b"
input-file: shared/common.json
```

```yaml $(tag) == 'package-a'
input-file:
  - a/one.json
  - $(this-folder)/a/two.json
```

``` yaml $(tag) == 'package-b' /* autogenerated */
input-file:
  - b/one.json
  - b/two.json
exclude-file:
  - $(this-folder)/b/two.json
```

``` yaml $(tag) == 'package-a' && $(python)
input-file: [python/only.json]
```

``` yaml $(go) && $(tag) == 'package-b'
input-file: [go/only.json]
```

``` yaml $(tag) == 'package-b' && !$(python) && $(openapi-type) == 'arm'
input-file: [b/arm.json]
```

``` yaml $(tag) != 'package-a' && $(tag) == 'package-c'
input-file: [c/one.json]
```

    ``` yaml $(tag) == 'indented-code-is-not-a-fence'
    input-file: [nope.json]
    ```

````markdown
``` yaml $(tag) == 'package-a'
input-file: [inside-another-fence.json]
```
````

``` yaml $(csharp) & bitwise
input-file: [csharp.json]
```
"""


def test_readme_conditions(tmp_path: Path) -> None:
    readme = write_readme(tmp_path, CONDITIONS)
    a = autorest.select(readme, "package-a")
    assert [p.relative_to(tmp_path).as_posix() for p in a.input_files] == ["shared/common.json", "a/one.json", "a/two.json"]
    default = autorest.select(readme)  # the `tag:` of a block that applies without a tag (!$(csharp))
    assert default.tag == "package-b"
    assert [p.relative_to(tmp_path).as_posix() for p in default.input_files] == ["shared/common.json", "b/one.json", "b/arm.json"]
    assert [p.name for p in autorest.select(readme, "package-c").input_files] == ["one.json"]
    assert a.tags == ("package-a", "package-b", "package-c")


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("``` yaml\nopenapi-type: arm\n```\n``` yaml $(tag) == 'x'\ninput-file: [x.json]\n```\n", "no default tag", None),
        ("``` yaml $(tag) = 'x'\ninput-file: [x.json]\n```\n", "cannot read the condition", 1),
        ("``` yaml $(tag) == 'x'\ninput-file: [x.json\n```\n", "in a yaml block: invalid YAML", 3),  # where libyaml notices: the block's end
        ("``` yaml\ntag: x\n```\n``` yaml $(tag) == 'x'\ninput-file: {a: b}\n```\n", "input-file must be a path or a list of paths", 5),
        ("``` yaml\ntag: x\n```\n``` yaml $(tag) == 'x'\ninput-file: [https://example.com/x.json]\n```\n", "only paths relative to the readme", 5),
        ("``` yaml\ntag: x\na: !!python/object/apply:os.system ['echo hi']\n```\n", "refused YAML construct", 3),
    ],
    ids=["no-default-tag", "bad-condition", "bad-yaml", "bad-input-file", "url", "python-tag"],
)
def test_bad_readmes_are_named(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, needle: str, line: int | None) -> None:
    readme = write_readme(tmp_path, "# Title\n\n" + text)
    with pytest.raises(GenerationError) as caught:
        autorest.select(readme)
    diagnostic = caught.value.diagnostics[0]
    assert needle in diagnostic.message and diagnostic.file == str(readme)
    assert diagnostic.line == (line + 2 if line is not None else None)
    code, _, err = run(capsys, "validate", readme)
    assert code == 2 and needle in err
    assert_errors_formatted(err)


def test_a_tag_goes_with_a_readme(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "generate", V1_FOLDER, "--tag", V1, "--output", tmp_path, "--package", "widgets")
    assert code == 2 and "[tag-without-readme]" in err
    assert_errors_formatted(err)
    code, _, err = run(capsys, "generate", "--tag", V1)
    assert code == 2 and "--spec-root and --tag go with a SPEC" in err


# -- [tool.opgen] -----------------------------------------------------------------------


def project(tmp_path: Path, clients: str) -> Path:
    copy_fixture(tmp_path)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f"[tool.opgen]\n{clients}", "utf-8")
    return pyproject


def test_tool_opgen_entries_with_tag_and_spec_root(capsys: pytest.CaptureFixture[str], tmp_path: Path, by_tag: dict[str, Path]) -> None:
    pyproject = project(
        tmp_path,
        """
[[tool.opgen.clients]]
spec = "azure-rest-api-specs/specification/widgets/resource-manager/readme.md"
tag = "package-2024-01-01"
output = "generated/old"
package = "widgets"

[[tool.opgen.clients]]
spec = "azure-rest-api-specs/specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-06-01"
spec-root = "azure-rest-api-specs"
output = "generated/new"
package = "widgets"

[[tool.opgen.clients]]
spec = "azure-rest-api-specs/specification/widgets/resource-manager/readme.md"
output = "generated/default"
package = "widgets"
""",
    )
    code, out, err = run(capsys, "generate", "--config", pyproject)
    assert code == 0, err
    assert snapshot(tmp_path / "generated" / "old" / "widgets") == snapshot(by_tag[V1])
    # The folder merges its files in name order, the readme in its own: the same files, the same
    # _meta.py (names and hash), operations and models in another order.
    new = snapshot(tmp_path / "generated" / "new" / "widgets")
    assert new.keys() == snapshot(by_tag[V2]).keys() and new["_meta.py"] == snapshot(by_tag[V2])["_meta.py"]
    assert snapshot(tmp_path / "generated" / "default" / "widgets") == snapshot(by_tag[V2])
    assert run(capsys, "generate", "--config", pyproject, "--check")[0] == 0


@pytest.mark.parametrize(
    ("entry", "needle", "pointer"),
    [
        ('spec-root = "/"', "spec-root '/' must be a relative path inside the project folder", "/spec-root"),
        ('spec-root = "azure-rest-api-specs/.."', "must be a relative path inside the project folder", "/spec-root"),
        ('spec-root = "link-out"', "must be a relative path inside the project folder", "/spec-root"),
        ("spec-root = 3", "'spec-root' must be a non-empty string", "/spec-root"),
        ('tag = "package-2024-01-01"\nspec-root = "azure-rest-api-specs"', "goes with a spec that is an AutoRest readme.md", "/tag"),
    ],
    ids=["absolute", "dot-dot", "symlink-out", "not-a-string", "tag-without-readme"],
)
def test_tool_opgen_bad_entries(capsys: pytest.CaptureFixture[str], tmp_path: Path, entry: str, needle: str, pointer: str) -> None:
    pyproject = project(
        tmp_path,
        f"""
[[tool.opgen.clients]]
spec = "azure-rest-api-specs/specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-06-01"
output = "generated"
package = "widgets"
{entry}
""",
    )
    (tmp_path / "link-out").symlink_to(tmp_path.parent, target_is_directory=True)
    code, _, err = run(capsys, "generate", "--config", pyproject)
    assert code == 2 and needle in err and f"pyproject.toml#/tool/opgen/clients/0{pointer}: error:" in err
    assert not (tmp_path / "generated").exists()


def test_tool_opgen_readme_outside_the_project(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy_fixture(tmp_path)
    inner = tmp_path / "project"
    inner.mkdir()
    (inner / "pyproject.toml").write_text(
        '[tool.opgen]\n[[tool.opgen.clients]]\nspec = "../azure-rest-api-specs/specification/widgets/resource-manager/readme.md"\noutput = "generated"\npackage = "widgets"\n',
        "utf-8",
    )
    code, _, err = run(capsys, "generate", "--config", inner / "pyproject.toml")
    assert code == 2 and "is outside the project folder" in err and "#/tool/opgen/clients/0/spec" in err


# -- opgen diff -------------------------------------------------------------------------


def test_diff_between_two_tags(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "diff", README, README, "--old-tag", V1, "--new-tag", V2)
    assert code == 0, err
    assert f"old: {README} (tag {V1}) (api-version 2024-01-01" in out
    assert f"new: {README} (tag {V2}) (api-version 2024-06-01" in out
    assert "2 breaking, 7 non-breaking change(s)" in out
    assert "parameter `widget_name`: pattern `^[a-z][a-z0-9-]*$` added [constraint-tightened]" in out
    assert "optional property `color` (`color`) added [property-added]" in out
    assert "operation `GET /providers/Microsoft.Widgets/operations` added [operation-added]" in out
    assert "new: types.json#/definitions/OperationListResult" in out  # common-types, named as such
    assert run(capsys, "diff", README, README, "--old-tag", V1, "--new-tag", V2, "--fail-on", "breaking")[0] == 1
    code, out, _ = run(capsys, "diff", README, README, "--old-tag", V1, "--new-tag", V2, "--format", "json")
    report = json.loads(out)
    assert report["old"]["path"] == f"{README} (tag {V1})"
    # The default tag, and the same tag twice: nothing changes.
    code, out, _ = run(capsys, "diff", README, README, "--old-tag", V2)
    assert code == 0 and NO_CHANGES in out


def test_diff_a_package_against_a_tag(capsys: pytest.CaptureFixture[str], by_tag: dict[str, Path]) -> None:
    code, out, err = run(capsys, "diff", by_tag[V1], README, "--new-tag", V2)
    assert code == 0, err
    assert "was built from exactly this spec" not in out
    assert f"was built from {README} (tag {V1})" in out
    assert "2 breaking, 7 non-breaking change(s)" in out


def test_diff_tag_errors(capsys: pytest.CaptureFixture[str], by_tag: dict[str, Path]) -> None:
    code, _, err = run(capsys, "diff", README, README, "--old-tag", "nope")
    assert code == 2 and "no tag 'nope' in this readme" in err and V1 in err
    code, _, err = run(capsys, "diff", by_tag[V1], README, "--old-tag", V1)
    assert code == 2 and "[tag-without-readme]" in err
    code, _, err = run(capsys, "diff", V1_FOLDER, README, "--old-tag", V1)
    assert code == 2 and "[tag-without-readme]" in err
    code, out, err = run(capsys, "diff", V1_FOLDER, README, "--spec-root", FIXTURE, "--new-tag", V1)
    assert code == 0, err
    assert NO_CHANGES in out
