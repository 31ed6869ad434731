"""Running ``opgen generate`` (or ``--check``) again on the same inputs into the output it
wrote does nothing at all (generator/rerun.py): nothing is loaded, built, rendered or
formatted; any change of the inputs, of the output or of opgen means a full run."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli, rerun
from tests.support.cli import MINIMAL, generate_into, snapshot, write


class Runs:
    """Counts the full runs (``pipeline.generate`` calls) of the command line."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = cli.generate

        def counted(*args: object, **kwargs: object) -> object:
            self.count += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(cli, "generate", counted)


REUSED = rerun.reused  # as imported, before tests/conftest.py turns the records off


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Runs:
    monkeypatch.setenv("OPGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(rerun, "reused", REUSED)
    return Runs(monkeypatch)


def test_the_same_inputs_into_the_same_output_run_nothing(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, MINIMAL)
    assert generate_into(capsys, spec, tmp_path / "out")[0] == 0
    before = snapshot(tmp_path / "out")
    code, stdout, _ = generate_into(capsys, spec, tmp_path / "out")
    assert (code, runs.count) == (0, 1)
    assert "0 written" in stdout and "0 removed" in stdout
    assert snapshot(tmp_path / "out") == before
    code, _, _ = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert (code, runs.count) == (0, 1)


def test_a_changed_spec_file_means_a_full_run(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, MINIMAL)
    generate_into(capsys, spec, tmp_path / "out")
    write(tmp_path, MINIMAL.replace("name: {type: string}", "name: {type: string}\n        size: {type: integer}"))
    code, _, _ = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert (code, runs.count) == (1, 2)  # stale, found by a full run
    generate_into(capsys, spec, tmp_path / "out")
    assert "size" in (tmp_path / "out" / "mini" / "models" / "_models_1.py").read_text("utf-8")


def test_an_edited_output_file_means_a_full_run_that_restores_it(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, MINIMAL)
    generate_into(capsys, spec, tmp_path / "out")
    before = snapshot(tmp_path / "out")
    client = tmp_path / "out" / "mini" / "_client.py"
    client.write_text(client.read_text("utf-8") + "# edited\n", "utf-8")
    code, _, _ = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert (code, runs.count) == (1, 2)
    generate_into(capsys, spec, tmp_path / "out")
    assert snapshot(tmp_path / "out") == before


def test_another_opgen_or_template_means_a_full_run(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, MINIMAL)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "EXTRA.md.jinja").write_text("one\n", "utf-8")
    generate_into(capsys, spec, tmp_path / "out", "--templates", str(templates))
    generate_into(capsys, spec, tmp_path / "out", "--templates", str(templates))
    assert runs.count == 1
    (templates / "EXTRA.md.jinja").write_text("two\n", "utf-8")
    generate_into(capsys, spec, tmp_path / "out", "--templates", str(templates))
    assert runs.count == 2
    assert (tmp_path / "out" / "mini" / "EXTRA.md").read_text("utf-8") == "two\n"
    monkeypatch.setattr(rerun, "_opgen_hash", lambda: "another opgen")
    generate_into(capsys, spec, tmp_path / "out", "--templates", str(templates))
    assert runs.count == 3


def test_warnings_are_told_again_and_strict_still_fails(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]) -> None:
    warned = MINIMAL.replace("name: {type: string}", "name: {type: string}\n        odd: {not: {type: string}}")
    spec = write(tmp_path, warned)
    _, _, first = generate_into(capsys, spec, tmp_path / "out")
    assert "warning" in first
    _, _, second = generate_into(capsys, spec, tmp_path / "out")
    assert runs.count == 1 and second == first
    code, _, _ = generate_into(capsys, spec, tmp_path / "out", "--strict")
    assert code == 2 and runs.count == 1


def test_no_cache_folder_means_a_full_run_every_time(tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPGEN_CACHE_DIR", "")
    spec = write(tmp_path, MINIMAL)
    generate_into(capsys, spec, tmp_path / "out")
    generate_into(capsys, spec, tmp_path / "out")
    assert runs.count == 2
