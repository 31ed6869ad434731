"""Hostile YAML and JSON: alias bombs, recursive aliases, absurd nesting, huge numbers.

Each is refused by the load stage with a clear error (exit 2, no traceback), quickly
and in little memory; deep nesting runs in a child process, so that a crash (libyaml's
composer recurses in C) would fail the test rather than end the test run.
"""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import GenerationError
from generator.spec import load
from generator.spec.load import MAX_ALIAS_NODES, MAX_DEPTH, load_document
from tests.conftest import ROOT

HEADER = 'openapi: 3.0.3\ninfo: {title: Bomb, version: "1"}\npaths: {}\n'


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    """``width ** levels`` "lol"s from a document of a few hundred bytes."""
    lines = ["x-lol0: &lol0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels + 1):
        lines.append(f"x-lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * width) + "]")
    return HEADER + "\n".join(lines) + "\n"


def refused(path: Path, code: str) -> str:
    with pytest.raises(GenerationError) as info:
        load_document(path)
    diagnostic = info.value.diagnostics[0]
    assert diagnostic.code == code, diagnostic
    return str(diagnostic)


def test_billion_laughs_is_refused_quickly_in_little_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "bomb.yaml"
    spec.write_text(billion_laughs(), "utf-8")  # 9 ** 9 = 387 million nodes
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refused(spec, "alias-bomb")
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert "bomb.yaml:" in message and "billion laughs" in message
    # Generous caps: the check reads a few hundred bytes once (about a millisecond).
    assert elapsed < 2.0, elapsed
    assert peak < 5 * 1024 * 1024, peak
    # Through the command line: exit 2, one clear line, no traceback.
    code = main(["validate", str(spec)])
    err = capsys.readouterr().err
    assert code == 2 and "[alias-bomb]" in err and "Traceback" not in err


def test_alias_bomb_costs_no_more_than_a_plain_document(tmp_path: Path) -> None:
    """The refusal takes about as long as loading a plain document of the same size."""
    bomb, plain = tmp_path / "bomb.yaml", tmp_path / "plain.yaml"
    bomb.write_text(billion_laughs(levels=12), "utf-8")
    plain.write_text(HEADER + "x-plain: [" + ", ".join(['"lol"'] * 120) + "]\n", "utf-8")

    def best(path: Path) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            try:
                load_document(path)
            except GenerationError:
                pass
            times.append(time.perf_counter() - started)
        return min(times)

    assert best(bomb) < 20 * best(plain) + 0.05


def test_aliases_within_the_bound_load(tmp_path: Path) -> None:
    spec = tmp_path / "shared.yaml"
    # 1000 aliases of a 20-node snippet: 20 000 nodes, far below the bound.
    snippet = "x-shared: &shared {" + ", ".join(f"k{i}: v" for i in range(10)) + "}\n"
    spec.write_text(HEADER + snippet + "x-uses: [" + ", ".join(["*shared"] * 1000) + "]\n", "utf-8")
    data = load_document(spec).data
    assert len(data["x-uses"]) == 1000 and data["x-uses"][0] is data["x-shared"]
    assert MAX_ALIAS_NODES >= 100_000


def test_bound_is_on_expanded_nodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "shared.yaml"
    spec.write_text(HEADER + "x-a: &a [1, 2, 3]\nx-b: [*a, *a, *a]\n", "utf-8")  # the aliases add 12 nodes
    monkeypatch.setattr(load, "MAX_ALIAS_NODES", 12)
    assert load_document(spec).data["x-b"][2] == [1, 2, 3]
    monkeypatch.setattr(load, "MAX_ALIAS_NODES", 11)
    assert "x-b" not in refused(spec, "alias-bomb") and "shared.yaml:5" in refused(spec, "alias-bomb")


@pytest.mark.parametrize("text", ["x-a: &a [1, *a]\n", "x-a: &a {b: {c: *a}}\n"], ids=["list", "mapping"])
def test_recursive_alias_is_refused(tmp_path: Path, text: str) -> None:
    spec = tmp_path / "recursive.yaml"
    spec.write_text(HEADER + text, "utf-8")
    assert "alias *a is inside its own anchor" in refused(spec, "recursive-alias")


def deep_document(name: str, depth: int) -> str:
    """A spec whose ``x-deep`` nests ``depth`` collections, in the style ``name`` says."""
    if name == "flow.yaml":
        return HEADER + "x-deep: " + "[" * depth + "]" * depth + "\n"
    if name == "block.yaml":  # one more space of indentation per level
        return HEADER + "x-deep:\n" + "".join(" " * i + "-\n" for i in range(1, depth + 1))
    if name == "mapping.yaml":
        return HEADER + "x-deep: " + "{a: " * depth + "1" + "}" * depth + "\n"
    return '{"openapi": "3.0.3", "x-deep": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize("name", ["flow.yaml", "block.yaml", "mapping.yaml", "deep.json"])
def test_absurd_nesting_is_a_clear_error(tmp_path: Path, name: str) -> None:
    """100 000 nested lists: libyaml's composer would overflow the C stack (a crash)."""
    depth = 2_000 if name == "block.yaml" else 100_000  # block style: 2 MB at 2 000 levels already
    spec = tmp_path / name
    spec.write_text(deep_document(name, depth), "utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert f"nesting is deeper than {MAX_DEPTH} levels [too-deep]" in result.stderr
    assert "Traceback" not in result.stderr
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("name", ["flow.yaml", "block.yaml", "mapping.yaml", "deep.json"])
def test_nesting_up_to_the_bound_loads(tmp_path: Path, name: str) -> None:
    spec = tmp_path / name
    spec.write_text(deep_document(name, MAX_DEPTH - 2), "utf-8")
    assert "x-deep" in load_document(spec).data
    spec.write_text(deep_document(name, MAX_DEPTH), "utf-8")
    assert "deeper than" in refused(spec, "too-deep")


@pytest.mark.parametrize(("name", "text"), [("big.yaml", HEADER + "x-n: " + "9" * 5000 + "\n"), ("big.json", '{"n": ' + "9" * 5000 + "}")])
def test_integer_too_long_for_python_is_a_clear_error(tmp_path: Path, name: str, text: str) -> None:
    spec = tmp_path / name
    spec.write_text(text, "utf-8")
    assert "digits" in refused(spec, "bad-yaml" if name.endswith(".yaml") else "bad-json")
