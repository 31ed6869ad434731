"""Big specs on the command line: the progress line (a terminal only, after 2 s, at most
~10 redraws a second, erased at the end) and warnings counted by kind (the first 20
listed, ``--warnings`` all of them, ``--quiet`` none)."""

from __future__ import annotations

import io
import json
import re
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from generator import cli, progress
from generator.diagnostics import Diagnostic, Level, counts_by_code, warning_summary
from generator.progress import Progress
from tests.support.cli import MINIMAL, generate_into, write
from tests.support.specs import ok, spec


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def drawn(text: str) -> list[str]:
    """The lines drawn, in order (each redraw starts with a carriage return)."""
    return [part.rstrip() for part in text.split("\r")[1:] if part.strip()]


# The Progress class alone.


def test_nothing_before_two_seconds_then_the_line() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    bar.begin("github")
    bar.stage("load")
    clock.advance(1.9)
    bar.stage("build")
    bar.count("operations", 845)
    assert stream.getvalue() == ""
    clock.advance(0.2)
    bar.count("models", 1200)
    assert drawn(stream.getvalue()) == ["opgen: github: build: 845 operations, 1200 models (2s)"]


def test_a_short_run_prints_nothing_at_all() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    with Progress(stream, clock=clock) as bar:
        for stage in ("load", "build", "render", "format"):
            bar.stage(stage)
            clock.advance(0.3)
        for done in range(1, 41):
            bar.count("files formatted", done, 40)
    assert stream.getvalue() == ""


def test_at_most_ten_redraws_a_second() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    clock.advance(2.0)
    bar.stage("format")
    for done in range(1, 101):  # 100 files in one second
        clock.advance(0.01)
        bar.count("files formatted", done, 100)
    lines = drawn(stream.getvalue())
    assert 9 <= len(lines) <= 11
    assert lines[0] == "opgen: format (2s)"
    assert all(line.startswith("opgen: format: ") and "/100 files formatted (" in line for line in lines[1:])


def test_redrawn_in_place_then_erased() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    clock.advance(3)
    bar.stage("format")
    bar.count("files formatted", 12, 40)  # throttled: within 0.1 s of the last redraw
    clock.advance(0.5)
    bar.count("files formatted", 13, 40)
    first = "opgen: format (3s)"
    second = "opgen: format: 13/40 files formatted (3s)"
    assert stream.getvalue() == f"\r{first}\r{second}"
    bar.close()
    assert stream.getvalue() == f"\r{first}\r{second}\r" + " " * len(second) + "\r"


def test_a_shorter_line_overwrites_a_longer_one() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    clock.advance(2)
    bar.begin("a_long_package_name")
    bar.stage("render")
    clock.advance(0.2)
    bar.begin("b")
    bar.stage("load")
    long, short = "opgen: a_long_package_name: render (2s)", "opgen: b: load (2s)"
    assert stream.getvalue() == f"\r{long}\r{short}" + " " * (len(long) - len(short))


def test_cleared_for_other_output_until_the_next_report() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    clock.advance(2)
    bar.stage("build")
    bar.clear()
    shown = stream.getvalue()
    clock.advance(5)
    bar.tick()  # the ticker: nothing while cleared
    assert stream.getvalue() == shown
    bar.stage("render")
    bar.tick()
    assert drawn(stream.getvalue())[-1] == "opgen: render (7s)"


def test_the_ticker_redraws_the_elapsed_time_only() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock)
    clock.advance(2)
    bar.stage("format")
    bar.tick()
    bar.tick()  # the same line: not redrawn
    clock.advance(61)
    bar.tick()
    assert drawn(stream.getvalue()) == ["opgen: format (2s)", "opgen: format (1m03s)"]


def test_cut_to_the_terminal_width() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock, width=30)
    clock.advance(2)
    bar.stage("format")
    bar.count("operations", 845)
    bar.count("models", 1200)
    assert all(len(line) <= 29 for line in drawn(stream.getvalue()))


def test_disabled_prints_nothing() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    with Progress(stream, clock=clock, enabled=False) as bar:
        clock.advance(10)
        bar.stage("format")
        bar.count("files formatted", 1, 2)
        bar.tick()
    assert stream.getvalue() == ""


def test_for_stream_a_terminal_only_and_never_quiet() -> None:
    assert not Progress.for_stream(io.StringIO()).enabled
    assert not Progress.for_stream(FakeTerminal(), quiet=True).enabled
    with Progress.for_stream(FakeTerminal()) as bar:
        assert bar.enabled
        ticker = bar._ticker
        assert ticker is not None and ticker.is_alive()
    assert not ticker.is_alive()  # stopped by close


def test_reports_from_many_threads() -> None:
    clock, stream = FakeClock(), FakeTerminal()
    bar = Progress(stream, clock=clock, interval=0, width=200)
    clock.advance(2)

    def report(worker: int) -> None:
        for done in range(200):
            bar.count(f"files {worker}", done, 200)
            bar.tick()

    workers = [threading.Thread(target=report, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    lines = drawn(stream.getvalue())
    assert lines and all(line.startswith("opgen: starting: ") and line.endswith(" (2s)") for line in lines)
    assert all(f"199/200 files {n}" in bar.line() for n in range(4))


# Warnings counted by kind.


def _warning(code: str, n: int) -> Diagnostic:
    return Diagnostic(Level.WARNING, code, f"warning {n}", "spec.yaml", f"/x/{n}")


def test_counts_by_kind_most_frequent_first_ties_by_name() -> None:
    warnings = [_warning("b-kind", 1), _warning("unsupported-combinator", 2), _warning("a-kind", 3), _warning("unsupported-combinator", 4)]
    assert counts_by_code(warnings) == [("unsupported-combinator", 2), ("a-kind", 1), ("b-kind", 1)]
    assert warning_summary(warnings) == "4 warnings: 2 unsupported-combinator, 1 a-kind, 1 b-kind"
    assert warning_summary(warnings[:1]) == "1 warning: 1 b-kind"


# The command.

COMBINATORS, STYLES = 25, 3


@pytest.fixture
def noisy(tmp_path: Path) -> Path:
    """A spec with 28 warnings: 25 oneOf properties whose variants Python types cannot
    tell apart (a date and a date-time), 3 deepObject parameters that are no objects."""
    dates = [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]
    properties = {f"p{i:02d}": {"oneOf": dates} for i in range(COMBINATORS)}
    styles = [{"name": f"c{i}", "in": "query", "style": "deepObject", "schema": {"type": "string"}} for i in range(STYLES)]
    operation = {"operationId": "A_Get", "parameters": styles, "responses": ok({"$ref": "#/components/schemas/Thing"})}
    document = spec({"/a": {"get": operation}}, {"Thing": {"type": "object", "properties": properties}})
    return write(tmp_path, json.dumps(document), "spec.json")


SUMMARY = f"{COMBINATORS + STYLES} warnings: {COMBINATORS} unsupported-combinator, {STYLES} unsupported-parameter-style"


def _listed(err: str) -> list[str]:
    return [line for line in err.splitlines() if ": warning: " in line]


def test_warnings_first_twenty_then_how_many_more(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path) -> None:
    code, out, err = generate_into(capsys, noisy, tmp_path / "out")
    assert code == 0
    listed = _listed(err)
    assert len(listed) == cli.WARNINGS_SHOWN == 20
    assert listed[0] == f"{noisy}#/components/schemas/Thing/properties/p00/oneOf: warning: its variants _dt.date and _dt.datetime cannot be told apart when sent; typed as Any [unsupported-combinator]"
    assert err.splitlines()[-2:] == [f"... and {COMBINATORS + STYLES - 20} more (--warnings lists them all)", f"{noisy}: {SUMMARY}"]
    assert out.strip().endswith("written, 0 unchanged, 0 removed")
    assert "\r" not in err  # not a terminal: no progress line


def test_warnings_lists_them_all(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path) -> None:
    code, _, err = generate_into(capsys, noisy, tmp_path / "out", "--warnings")
    assert code == 0
    listed = _listed(err)
    assert len(listed) == COMBINATORS + STYLES
    assert sum("[unsupported-parameter-style]" in line for line in listed) == STYLES
    assert "more (--warnings" not in err
    assert err.splitlines()[-1] == f"{noisy}: {SUMMARY}"


def test_quiet_prints_only_the_summaries(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    clock = _slow_pipeline(monkeypatch)
    code, out, _ = generate_into(capsys, noisy, tmp_path / "out", "--quiet")
    assert code == 0 and clock.now > 1002.5  # slower than the 2 s a progress line waits for: still none
    assert terminal.getvalue() == f"{noisy}: {SUMMARY}\n"
    assert out.startswith(f"{tmp_path / 'out' / 'mini'}: ") and out.endswith(" written, 0 unchanged, 0 removed\n") and out.count("\n") == 1


def test_strict_lists_every_warning_and_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path) -> None:
    code, _, err = generate_into(capsys, noisy, tmp_path / "out", "--strict", "--quiet")
    assert code == 2
    assert len(_listed(err)) == COMBINATORS + STYLES
    assert f"{noisy}: {SUMMARY}" in err and "--strict is set; nothing written" in err
    assert not (tmp_path / "out").exists()


def test_no_warnings_no_warning_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = generate_into(capsys, write(tmp_path, MINIMAL), tmp_path / "out")
    assert code == 0 and err == ""
    assert out.endswith("written, 0 unchanged, 0 removed\n")


def _slow_pipeline(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.5) -> FakeClock:
    """The real pipeline, with a fake clock that moves ``seconds`` at every report (and no
    ticker thread: only the reports draw)."""
    clock = FakeClock()
    monkeypatch.setattr(Progress, "start_ticker", lambda self: None)
    monkeypatch.setattr(progress, "time", type("FakeTime", (), {"monotonic": staticmethod(clock)}))
    real = cli.generate

    class Slow:
        def __init__(self, reporter: Any) -> None:
            self.reporter = reporter

        def stage(self, name: str) -> None:
            clock.advance(seconds)
            self.reporter.stage(name)

        def count(self, what: str, done: int, total: int | None = None) -> None:
            clock.advance(seconds)
            self.reporter.count(what, done, total)

    def generate(*args: Any, reporter: Any = None, **kwargs: Any) -> Any:
        slow = Slow(reporter)
        for stage in ("load", "build"):  # whether or not the pipeline reports these itself
            slow.stage(stage)
        slow.count("operations", 845)
        slow.count("models", 1200)
        return real(*args, reporter=slow, **kwargs)

    monkeypatch.setattr(cli, "generate", generate)
    return clock


def test_progress_on_a_terminal_after_two_seconds(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("COLUMNS", "200")
    _slow_pipeline(monkeypatch)
    code, out, _ = generate_into(capsys, noisy, tmp_path / "out")
    assert code == 0
    err = terminal.getvalue()
    first_warning = f"{noisy}#/components/schemas/Thing/properties/p00/oneOf: warning:"
    before, after = err.split(first_warning)
    lines = drawn(before)
    # load at 0.5 s, build at 1 s, 845 operations at 1.5 s: not shown; 1200 models at 2 s: shown.
    assert lines[0] == "opgen: mini: build: 845 operations, 1200 models (2s)"
    assert any(re.fullmatch(r"opgen: mini: format: .*\b(\d+)/\1 files formatted \(\d+s\)", line) for line in lines)  # the pipeline's own counts
    # Erased before the warnings; the rest is plain lines (writing takes no fake time: not shown).
    assert before.endswith("\r" + " " * len(lines[-1]) + "\r")
    assert "\r" not in after and after.endswith(f"{noisy}: {SUMMARY}\n")
    assert out.endswith("written, 0 unchanged, 0 removed\n")


def test_no_progress_on_a_terminal_for_a_short_run(capsys: pytest.CaptureFixture[str], tmp_path: Path, noisy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _slow_pipeline(monkeypatch, seconds=0.01)
    code, _, _ = generate_into(capsys, noisy, tmp_path / "out")
    assert code == 0
    assert "\r" not in terminal.getvalue()
    assert terminal.getvalue().splitlines()[-1] == f"{noisy}: {SUMMARY}"
