"""Where opgen writes: package names, configured output paths, symbolic links, manifests.

A pyproject.toml or a package folder may come with a cloned repository, so neither
may make opgen write (or delete) anything outside the package folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.emit.write import MANIFEST

SPEC = """\
openapi: 3.0.3
info: {title: Out, version: "1"}
paths:
  /things:
    get:
      operationId: Things_List
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def everything(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "spec.yaml").write_text(SPEC, "utf-8")
    return root


@pytest.mark.parametrize("package", ["json", "httpx", "typing", "é", "pkg\x00", "", "a\\b", "..", "/abs"])
def test_package_names_refused(capsys: pytest.CaptureFixture[str], project: Path, package: str) -> None:
    code, err = run(capsys, "generate", str(project / "spec.yaml"), "--output", str(project / "out"), "--package", package)
    assert code == 2 and "[bad-package]" in err and "Traceback" not in err
    assert not (project / "out").exists()
    if package in ("json", "httpx", "typing"):
        assert "would shadow the module" in err


@pytest.mark.parametrize(
    ("output", "package", "pointer", "needle"),
    [
        ("../outside", "out", "/tool/opgen/clients/0/output", "relative path inside the project"),
        ("/tmp/opgen-absolute", "out", "/tool/opgen/clients/0/output", "relative path inside the project"),
        ("gen/../../outside", "out", "/tool/opgen/clients/0/output", "no '..'"),
        ("gen", "json", "/tool/opgen/clients/0/package", "would shadow"),
        ("gen", "a/b", "/tool/opgen/clients/0/package", "not a valid Python identifier"),
    ],
)
def test_configured_output_stays_in_the_project(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, project: Path, output: str, package: str, pointer: str, needle: str
) -> None:
    (project / "pyproject.toml").write_text(f'[[tool.opgen.clients]]\nspec = "spec.yaml"\noutput = "{output}"\npackage = "{package}"\n', "utf-8")
    before = everything(project.parent)
    monkeypatch.chdir(project)
    code, err = run(capsys, "generate")
    assert code == 2 and f"pyproject.toml#{pointer}: error:" in err and needle in err
    assert everything(project.parent) == before
    assert not Path("/tmp/opgen-absolute").exists()


def test_configured_output_through_a_symlink_out_is_refused(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    (project / "gen").mkdir()
    (project / "gen" / "out").symlink_to(elsewhere, target_is_directory=True)  # the package folder itself
    (project / "pyproject.toml").write_text('[[tool.opgen.clients]]\nspec = "spec.yaml"\noutput = "gen"\npackage = "out"\n', "utf-8")
    monkeypatch.chdir(project)
    code, err = run(capsys, "generate")
    assert code == 2 and "no symlink out" in err
    assert list(elsewhere.iterdir()) == []


def test_never_writes_through_a_symlinked_folder_in_the_package(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    """A package whose aio/ is a link elsewhere: nothing is written there, nor anywhere."""
    out = project / "out"
    assert run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")[0] == 0
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    package = out / "pkg"
    shutil.rmtree(package / "aio")
    (package / "aio").symlink_to(elsewhere, target_is_directory=True)
    before = everything(package)
    code, err = run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")
    assert code == 2 and "[symlink-escape]" in err and "aio/_client.py" in err
    assert list(elsewhere.iterdir()) == []
    assert everything(package) == before


def test_a_doctored_manifest_deletes_nothing_outside(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    """The manifest names files outside the package, with their real hashes: kept."""
    out = project / "out"
    assert run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")[0] == 0
    package = out / "pkg"
    victim = project / "victim.txt"
    victim.write_text("precious\n", "utf-8")
    linked = project.parent / "linked"
    linked.mkdir()
    (linked / "also.py").write_text("precious too\n", "utf-8")
    (package / "sub").symlink_to(linked, target_is_directory=True)
    digest = hashlib.sha256(b"precious\n").hexdigest()
    manifest = json.loads((package / MANIFEST).read_text("utf-8"))
    manifest["files"].update(
        {
            "../../victim.txt": digest,
            str(victim): digest,
            "sub/also.py": hashlib.sha256(b"precious too\n").hexdigest(),
        }
    )
    (package / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    code, err = run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")
    assert code == 0, err
    assert victim.read_text("utf-8") == "precious\n"
    assert (linked / "also.py").read_text("utf-8") == "precious too\n"


def test_a_link_left_at_a_staging_name_is_not_followed(capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staging files are created new (O_EXCL | O_NOFOLLOW) under an unpredictable name."""
    out = project / "out"
    assert run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")[0] == 0
    victim = project / "victim.txt"
    victim.write_text("precious\n", "utf-8")
    package = out / "pkg"
    # The old, predictable staging name of _operations.py in this process, as a link to the victim.
    (package / f"._operations.py.opgen-{os.getpid()}.tmp").symlink_to(victim)
    (project / "spec.yaml").write_text(SPEC.replace("Things_List", "Things_Get"), "utf-8")
    code, err = run(capsys, "generate", str(project / "spec.yaml"), "--output", str(out), "--package", "pkg")
    assert code == 0, err
    assert victim.read_text("utf-8") == "precious\n"
    assert not [p for p in package.iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]


def test_output_that_is_a_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "out").write_text("a file\n", "utf-8")
    code, err = run(capsys, "generate", str(project / "spec.yaml"), "--output", str(project / "out"), "--package", "pkg")
    assert code == 2 and "Traceback" not in err and "internal error" not in err
    assert (project / "out").read_text("utf-8") == "a file\n"
