"""The progress line of a long ``opgen generate`` on a terminal.

:class:`Progress` is the CLI's :class:`generator.pipeline.Reporter`: the stages call
:meth:`Progress.stage` and :meth:`Progress.count`, and it keeps one line on stderr,
redrawn in place with ``\\r``::

    opgen: github: format: 845 operations, 1200 models, 12/40 files formatted (1m23s)

Rules: only on a terminal (:meth:`Progress.for_stream`; never with ``--quiet``), nothing
at all until the run is ``delay`` (2 s) old, at most one redraw per ``interval`` (0.1 s),
cut to the terminal's width (a wrapped line cannot be redrawn), and erased by
:meth:`Progress.clear` before anything else is printed.  A ticker thread redraws the
elapsed time while a stage is silent (black on one huge file).  Stages may report from
any thread: every method takes the lock.  ``clock``, ``stream`` and ``width`` are
parameters, so tests drive it with a fake clock and a fake terminal.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TextIO

DELAY = 2.0  # seconds before anything is shown: short runs print no progress at all
INTERVAL = 0.1  # seconds between redraws: at most ~10 per second


class Progress:
    """One progress line on ``stream``; a no-op unless ``enabled``."""

    def __init__(
        self,
        stream: TextIO,
        *,
        enabled: bool = True,
        clock: Callable[[], float] | None = None,
        delay: float = DELAY,
        interval: float = INTERVAL,
        width: int = 80,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self._clock = clock or time.monotonic
        self._delay = delay
        self._interval = interval
        self._width = max(width, 20)
        self._lock = threading.RLock()
        self._start = self._clock()
        self._label = ""
        self._stage = ""
        self._counts: dict[str, tuple[int, int | None]] = {}
        self._shown = ""  # the line on the terminal now ("" when none is)
        self._drawn_at: float | None = None
        self._hidden = False  # cleared for other output; shown again by the next report
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    @classmethod
    def for_stream(cls, stream: TextIO, quiet: bool = False) -> Progress:
        """The CLI's progress: enabled on a terminal unless ``quiet``, with a ticker."""
        enabled = not quiet and _is_terminal(stream)
        progress = cls(stream, enabled=enabled, width=_columns(stream) if enabled else 80)
        if enabled:
            progress.start_ticker()
        return progress

    # The Reporter protocol (generator.pipeline).

    def stage(self, name: str) -> None:
        with self._lock:
            self._stage = name
            self._update()

    def count(self, what: str, done: int, total: int | None = None) -> None:
        with self._lock:
            self._counts[what] = (done, total)
            self._update()

    # The CLI's side.

    def begin(self, label: str) -> None:
        """A new client: its name on the line, its stage and counts from scratch (shown
        with its first stage)."""
        with self._lock:
            self._label, self._stage, self._counts = label, "", {}

    def tick(self) -> None:
        """Redraw if due (the elapsed time moves on even when no stage reports)."""
        with self._lock:
            if not self._hidden:
                self._draw()

    def clear(self) -> None:
        """Erase the line, and keep it away until the next report: call it before printing."""
        with self._lock:
            self._hidden = True
            if self._shown:
                self._write("\r" + " " * len(self._shown) + "\r")
                self._shown = ""

    def start_ticker(self) -> None:
        with self._lock:
            if self._ticker is None and self.enabled:
                self._ticker = threading.Thread(target=self._tick_until_stopped, name="opgen-progress", daemon=True)
                self._ticker.start()

    def close(self) -> None:
        """Stop the ticker and erase the line."""
        self._stop.set()
        ticker, self._ticker = self._ticker, None
        if ticker is not None:
            ticker.join()
        self.clear()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def line(self) -> str:
        """The line as it would be drawn now (without the cut to the terminal's width)."""
        with self._lock:
            counts = ", ".join(f"{done}/{total} {what}" if total is not None else f"{done} {what}" for what, (done, total) in self._counts.items())
            text = "opgen: " + (f"{self._label}: " if self._label else "") + (self._stage or "starting")
            if counts:
                text += f": {counts}"
            return f"{text} ({_elapsed(self._clock() - self._start)})"

    def _update(self) -> None:
        self._hidden = False
        self._draw()

    def _draw(self) -> None:
        if not self.enabled:
            return
        now = self._clock()
        if now - self._start < self._delay:
            return
        if self._drawn_at is not None and now - self._drawn_at < self._interval:
            return
        line = self.line()[: self._width - 1]  # the last column would wrap on some terminals
        if line == self._shown:
            return
        self._write("\r" + line + " " * (len(self._shown) - len(line)))
        self._shown, self._drawn_at = line, now

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: progress is not worth failing for
            self.enabled = False

    def _tick_until_stopped(self) -> None:
        while not self._stop.wait(self._interval):
            self.tick()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _columns(stream: TextIO) -> int:
    """The terminal's width: $COLUMNS, else the width of ``stream``'s terminal, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 80


def _elapsed(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}m{whole % 60:02d}s" if whole >= 60 else f"{whole}s"
