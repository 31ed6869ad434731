"""opgen as users install it: a wheel built from this checkout, installed into a fresh
virtual environment, generates exactly what the checkout does.

Offline: the wheel is built without build isolation (setuptools from the test
environment) from a copy of the files the build reads, so no build/ or *.egg-info is
left in the repository; it is installed with ``--no-deps --no-index``, and the new
environment finds the dependencies through a ``.pth`` line naming this environment's
site-packages (a plain path line: the editable install's own ``.pth`` there is not
processed, so the checkout's ``generator`` stays out of reach).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from generator.emit.render import output_templates
from generator.pipeline import generate
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "desktopvirtualization" / "2025-10-10"
PACKAGE = "desktopvirtualization"
# What the build reads: pyproject.toml names them (package-dir, package-data, readme).
BUILD_INPUTS = ("pyproject.toml", "README.md", "generator", "templates")


def run(*command: object, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=300)
    if check and result.returncode != 0:
        pytest.fail(f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def copy_build_inputs(target: Path) -> Path:
    target.mkdir()
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    return target


def fresh_venv(path: Path) -> tuple[Path, Path]:
    """A new environment without pip (this environment's pip installs into it), whose
    dependencies come from this environment's site-packages."""
    run(sys.executable, "-m", "venv", "--without-pip", path, cwd=path.parent)
    python = path / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=path.parent).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "_opgen_test_dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    return python, purelib


def pip_into(python: Path, *args: object, cwd: Path) -> None:
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-index", *args, cwd=cwd)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", minversion="70.1", reason="builds the wheel offline: install '.[test]'")
    work = tmp_path_factory.mktemp("wheel")
    source = copy_build_inputs(work / "src")
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-w", work / "dist", source, cwd=work)
    [built] = (work / "dist").glob("opgen-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(python, site-packages) of a fresh environment with the wheel installed."""
    work = tmp_path_factory.mktemp("installed")
    python, purelib = fresh_venv(work / "venv")
    pip_into(python, wheel, cwd=work)
    return python, purelib


def test_wheel_ships_every_template(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(n.removeprefix("generator/templates/") for n in names if n.startswith("generator/templates/"))
    expected = sorted(p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*.jinja"))
    assert shipped == expected
    assert not any(n.startswith("templates/") or n.startswith("tests/") for n in names)


def test_wheel_ships_the_runtime(wheel: Path) -> None:
    """generator/runtime/: the modules copied into each package (generator.emit.render.runtime_files)."""
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(n.removeprefix("generator/runtime/") for n in names if n.startswith("generator/runtime/") and n.endswith(".py"))
    runtime = ROOT / "generator" / "runtime"
    expected = sorted(p.relative_to(runtime).as_posix() for p in runtime.rglob("*.py") if "__pycache__" not in p.parts)
    assert shipped == expected


def test_installed_opgen_is_the_wheel_not_the_checkout(installed: tuple[Path, Path], tmp_path: Path) -> None:
    python, purelib = installed
    probe = "import json, generator, generator.emit.render as r; print(json.dumps([generator.__file__, str(r.builtin_templates()), r.output_templates()]))"
    package_file, templates, names = json.loads(run(python, "-c", probe, cwd=tmp_path).stdout)
    assert Path(package_file).is_relative_to(purelib)
    assert Path(templates) == purelib / "generator" / "templates"
    assert names == output_templates()  # the same templates, in the same order


def test_installed_generates_what_the_checkout_does(installed: tuple[Path, Path], tmp_path: Path) -> None:
    python, _ = installed
    opgen = python.parent / "opgen"
    out = tmp_path / "out"
    result = run(opgen, "generate", SPEC, "--output", out, "--package", PACKAGE, cwd=tmp_path)
    assert "written" in result.stdout
    assert snapshot(out / PACKAGE) == generate(SPEC, PACKAGE).files
    # ... and --check of that output passes with the installed opgen.
    assert run(opgen, "generate", SPEC, "--output", out, "--package", PACKAGE, "--check", cwd=tmp_path).returncode == 0


def test_installed_check_passes_on_the_committed_client(installed: tuple[Path, Path], tmp_path: Path) -> None:
    """The pre-commit hook's command, by the installed opgen, on a copy of this repository's
    [tool.opgen] client: generated/ is what the wheel generates."""
    python, _ = installed
    project = tmp_path / "project"
    shutil.copytree(SPEC, project / "specs" / PACKAGE / SPEC.name)
    shutil.copytree(ROOT / "generated" / PACKAGE, project / "generated" / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "pyproject.toml").write_text(
        f'[tool.opgen]\n[[tool.opgen.clients]]\nspec = "specs/{PACKAGE}/{SPEC.name}"\noutput = "generated"\npackage = "{PACKAGE}"\n'
    )
    result = run(python.parent / "opgen", "generate", "--check", cwd=project, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("damage", ["removed", "emptied"])
def test_installed_without_templates_exit_3_client_untouched(installed: tuple[Path, Path], tmp_path: Path, damage: str) -> None:
    python, purelib = installed
    opgen = python.parent / "opgen"
    out = tmp_path / "out"
    run(opgen, "generate", SPEC, "--output", out, "--package", PACKAGE, cwd=tmp_path)
    before = snapshot(out)
    templates = purelib / "generator" / "templates"
    aside = tmp_path / "templates-aside"
    shutil.move(templates, aside)
    if damage == "emptied":
        templates.mkdir()
    try:
        for extra in ([], ["--check"]):
            result = run(opgen, "generate", SPEC, "--output", out, "--package", PACKAGE, *extra, cwd=tmp_path, check=False)
            assert result.returncode == 3, result.stdout + result.stderr
            assert "internal error" in result.stderr and "built-in templates" in result.stderr
            assert "Traceback" not in result.stderr
            assert snapshot(out) == before
    finally:
        shutil.rmtree(templates, ignore_errors=True)
        shutil.move(aside, templates)


def test_editable_install_uses_the_checkout_templates(tmp_path: Path) -> None:
    """``pip install -e``: no generator/templates; the checkout's templates/ is found."""
    pytest.importorskip("setuptools", minversion="70.1", reason="builds the editable install offline: install '.[test]'")
    source = copy_build_inputs(tmp_path / "src")
    python, _ = fresh_venv(tmp_path / "venv")
    pip_into(python, "--no-build-isolation", "-e", source, cwd=tmp_path)
    probe = "import json, generator.emit.render as r; print(json.dumps([str(r.builtin_templates()), r.output_templates()]))"
    templates, names = json.loads(run(python, "-c", probe, cwd=tmp_path).stdout)
    assert Path(templates) == source / "templates"
    assert names == output_templates()
    out = tmp_path / "out"
    run(python.parent / "opgen", "generate", SPEC, "--output", out, "--package", PACKAGE, cwd=tmp_path)
    assert snapshot(out / PACKAGE) == generate(SPEC, PACKAGE).files
