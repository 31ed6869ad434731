"""Compiled templates are kept between runs (OPGEN_CACHE_DIR, XDG_CACHE_HOME, ~/.cache),
checked against their source, and a cache that cannot be used changes nothing.

The built-in templates come compiled ahead of time (generator/emit/precompiled.py); the
cache holds the others (a user's templates, a built-in one edited in a checkout), so
these runs go without the modules compiled ahead of time."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.emit import render
from tests.conftest import ROOT

RENDER = """
import json, sys
from pathlib import Path
from generator import pipeline
from generator.emit import precompiled, render_api
precompiled._INDEX = None  # every template compiled, as a user's are
result = pipeline.build_spec(Path(sys.argv[1]), "mini")
json.dump(render_api(result.api), sys.stdout)
"""


@pytest.fixture(autouse=True)
def fresh_environment() -> Iterator[None]:
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def rendered(spec: Path, cache: str | None, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("OPGEN_CACHE_DIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(tmp_path / "home")
    if cache is not None:
        env["OPGEN_CACHE_DIR"] = cache
    done = subprocess.run([sys.executable, "-c", RENDER, str(spec)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_compiled_templates_are_kept_and_reused_with_the_same_output(tmp_path: Path, mini_spec: Path) -> None:
    cache = tmp_path / "cache"
    first = rendered(mini_spec, str(cache), tmp_path)
    compiled = sorted(cache.glob("templates-jinja2-*/*.cache"))
    assert compiled, "no compiled template was kept"
    stamps = {path: path.stat().st_mtime_ns for path in compiled}
    assert rendered(mini_spec, str(cache), tmp_path) == first
    assert {path: path.stat().st_mtime_ns for path in compiled} == stamps  # read, not written again
    assert rendered(mini_spec, "", tmp_path) == first  # OPGEN_CACHE_DIR="": no cache at all


def test_a_corrupt_cache_is_compiled_again(tmp_path: Path, mini_spec: Path) -> None:
    cache = tmp_path / "cache"
    first = rendered(mini_spec, str(cache), tmp_path)
    for path in cache.glob("templates-jinja2-*/*.cache"):
        path.write_bytes(b"not bytecode")
    assert rendered(mini_spec, str(cache), tmp_path) == first


def test_default_folder_follows_xdg_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert render.cache_folder() == tmp_path / "xdg" / "opgen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert render.cache_folder() == tmp_path / "home" / ".cache" / "opgen"
    monkeypatch.setenv("OPGEN_CACHE_DIR", " ")
    assert render.cache_folder() is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_cache_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv("OPGEN_CACHE_DIR", str(locked / "opgen"))
    assert render.cache_folder() is None


def test_a_cache_folder_that_is_a_file_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("OPGEN_CACHE_DIR", str(tmp_path / "file"))
    assert render.cache_folder() is None
    assert render.environment(None).bytecode_cache is None


@pytest.fixture
def mini_spec(tmp_path: Path) -> Path:
    from tests.support.cli import MINIMAL, write

    return write(tmp_path, MINIMAL)
