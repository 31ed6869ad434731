"""Formatting only what changed (the manifest's "sources" and "formatter"), and formatting
in worker processes: both give exactly the bytes a full, single-process run gives."""

from __future__ import annotations

import json
from pathlib import Path

import black
import pytest

from generator import pipeline
from generator.build import build_api
from generator.emit import format as fmt
from generator.emit.render import render_api
from generator.emit.write import MANIFEST, write_files
from generator.pipeline import load_spec
from tests.golden.cases import HERE
from tests.support.cli import MINIMAL, generate_into, snapshot, write


class Counting:
    """Counts the files format.py formats (``calls``: each is cut into its pieces once)
    and the texts it gives black (``black``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.black = 0
        real_pieces, real_black = fmt._pieces, fmt._black

        def pieces(source: str, whole_below: int | None = None) -> list[str]:
            self.calls += 1
            return real_pieces(source, whole_below)

        def black_(source: str) -> str | None:
            self.black += 1
            return real_black(source)

        monkeypatch.setattr(fmt, "_pieces", pieces)
        monkeypatch.setattr(fmt, "_black", black_)


def first_run(tmp_path: Path) -> tuple[Path, Path, pipeline.Generated]:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out" / "mini"
    generated = pipeline.generate(spec, "mini", previous=out)
    write_files(out, generated.files)
    return spec, out, generated


def test_manifest_records_what_each_file_was_formatted_from(tmp_path: Path) -> None:
    _, out, generated = first_run(tmp_path)
    manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    assert manifest["formatter"] == fmt.formatter()
    # The major version only: every black of a year formats alike (stable style).
    assert fmt.formatter().startswith(f"black {black.__version__.split('.')[0]};")
    assert black.__version__ not in fmt.formatter()
    rendered = render_api(generated.api)
    assert manifest["sources"] == {name: fmt.source_hash(text) for name, text in rendered.items() if name.endswith(".py")}
    # Every rendered module, none of the runtime modules (copied, never formatted).
    assert "_client.py" in manifest["sources"] and "_policy.py" not in manifest["sources"]


def test_unchanged_spec_formats_nothing_and_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out, generated = first_run(tmp_path)
    black_calls = Counting(monkeypatch)
    again = pipeline.generate(spec, "mini", previous=out)
    assert black_calls.calls == black_calls.black == 0
    assert again.files == generated.files


def test_black_formats_only_the_pieces_it_would_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first run: every rendered module is formatted, most of it without black, and the
    bytes are what black makes of each module whole."""
    spec = write(tmp_path, MINIMAL)
    black_calls = Counting(monkeypatch)
    generated = pipeline.generate(spec, "mini", previous=None)
    rendered = render_api(generated.api)
    modules = [name for name in rendered if name.endswith(".py")]
    assert black_calls.calls == len(modules)
    pieces = sum(len(fmt.split_top_level(rendered[name])) for name in modules)
    assert black_calls.black < pieces / 10, (black_calls.black, pieces)
    for name in modules:
        assert generated.files[name] == black.format_str(rendered[name], mode=fmt.mode()).encode("utf-8"), name


def test_without_previous_output_everything_is_formatted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out, generated = first_run(tmp_path)
    black_calls = Counting(monkeypatch)
    again = pipeline.generate(spec, "mini", previous=tmp_path / "elsewhere")
    assert black_calls.calls == len([name for name in json.loads(generated.files[MANIFEST])["sources"]])
    assert again.files == generated.files


def test_a_file_edited_by_hand_is_formatted_again_and_check_sees_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out, generated = first_run(tmp_path)
    client = out / "_client.py"
    client.write_text(client.read_text("utf-8") + "# edited\n", "utf-8")
    code, stdout, _ = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert code == 1 and "_client.py" in stdout
    black_calls = Counting(monkeypatch)
    again = pipeline.generate(spec, "mini", previous=out)
    assert black_calls.calls == 1  # _client.py only
    assert again.files == generated.files  # the edit is not taken for generated output


def test_another_formatter_means_formatting_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out, generated = first_run(tmp_path)
    manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    manifest["formatter"] = "black 25.1.0; line-length 100; py311; stable style"
    (out / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    black_calls = Counting(monkeypatch)
    again = pipeline.generate(spec, "mini", previous=out)
    assert black_calls.calls == len(manifest["sources"])
    assert again.files == generated.files


def test_a_changed_spec_formats_only_the_files_whose_text_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out, _ = first_run(tmp_path)
    write(tmp_path, MINIMAL.replace("name: {type: string}", "name: {type: string}\n        size: {type: integer}"))
    full = pipeline.generate(spec, "mini", previous=None)
    black_calls = Counting(monkeypatch)
    changed = pipeline.generate(spec, "mini", previous=out)
    assert changed.files == full.files
    changed_sources = json.loads(changed.files[MANIFEST])["sources"]
    old_sources = json.loads((out / MANIFEST).read_text("utf-8"))["sources"]
    differing = [name for name in changed_sources if changed_sources[name] != old_sources.get(name)]
    assert differing and len(differing) < len(changed_sources)
    assert black_calls.calls == len(differing)


def test_unreadable_or_foreign_manifest_reuses_nothing(tmp_path: Path) -> None:
    assert fmt.read_previous(tmp_path, {}).files == {}
    assert fmt.read_previous(tmp_path, {"formatter": fmt.formatter(), "sources": "x", "files": {}}).files == {}
    (tmp_path / "a.py").write_text("x = 1\n", "utf-8")
    listed = {"formatter": fmt.formatter(), "sources": {"a.py": "0" * 64, "gone.py": "1" * 64}, "files": {"a.py": "2" * 64, "gone.py": "3" * 64}}
    assert fmt.read_previous(tmp_path, listed).files == {}  # a.py is not the file opgen wrote; gone.py is gone


def test_check_of_an_unchanged_output_formats_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out, _ = first_run(tmp_path)
    before = snapshot(out)
    black_calls = Counting(monkeypatch)
    code, stdout, stderr = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert (code, black_calls.calls) == (0, 0), stdout + stderr
    assert snapshot(out) == before


@pytest.mark.parametrize("case", ["polymorphism", "operations"])
def test_worker_processes_give_the_bytes_one_process_gives(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(HERE / case / "spec.yaml")
    rendered = render_api(build_api(spec, case, case, {}).api)
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)
    serial = fmt.format_files(rendered)
    monkeypatch.setattr(fmt, "PARALLEL_ABOVE", 0)
    seen: list[tuple[int, int]] = []
    parallel = fmt.format_files(rendered, progress=lambda done, total: seen.append((done, total)))
    assert parallel == serial
    py_files = len([name for name in rendered if name.endswith(".py")])
    assert seen == [(done, py_files) for done in range(1, py_files + 1)]
    assert all(serial[name] == black.format_str(source, mode=fmt.mode()) for name, source in rendered.items() if name.endswith(".py"))


def test_a_piece_that_does_not_parse_alone_in_a_worker_falls_back_to_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)
    monkeypatch.setattr(fmt, "PARALLEL_ABOVE", 0)
    source = 'X = """\nclass not_code:\n"""\n\n\ndef f():\n    return X\n'
    other = "y = [" + ", ".join(f"item_{i}" for i in range(30)) + "]\n"  # too long: black's
    assert fmt.format_files({"a.py": source, "b.py": other}) == {
        "a.py": black.format_str(source, mode=fmt.mode()),
        "b.py": black.format_str(other, mode=fmt.mode()),
    }


def test_a_users_templates_are_formatted_by_black_throughout(tmp_path: Path) -> None:
    """Only opgen's own templates are known to write black's layout: output rendered with a
    user's templates goes to black whole, short lines included."""
    spec = write(tmp_path, MINIMAL)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "extra.py.jinja").write_text("x=1\ny = {'a':2}\n", "utf-8")
    generated = pipeline.generate(spec, "mini", templates)
    assert generated.files["extra.py"] == b'x = 1\ny = {"a": 2}\n'
    for name, content in generated.files.items():
        if name.endswith(".py"):
            text = content.decode("utf-8")
            assert black.format_str(text, mode=fmt.mode()) == text, name
