"""Problems found in the input, reported together and never as tracebacks.

Every stage reports what is wrong with the input as :class:`Diagnostic` values that
name the file and the place in it: a JSON pointer, absolute from the document's root,
and the line it is written on where known (:func:`generator.spec.load.with_lines` finds it,
on the error path only).  A stage that cannot go on raises
:class:`GenerationError` carrying all the diagnostics found so far; the CLI prints them
and exits with code 2.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: its level, a short stable code, a message and where it is."""

    level: Level
    code: str
    message: str
    file: str
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f"#{self.pointer}"
        return f"{where}: {self.level.value}: {self.message} [{self.code}]"


class GenerationError(Exception):
    """The input cannot be turned into a client; ``diagnostics`` says why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


def error(code: str, message: str, file: str | Path, pointer: str = "", line: int | None = None) -> GenerationError:
    """A :class:`GenerationError` holding a single error diagnostic."""
    return GenerationError([Diagnostic(Level.ERROR, code, message, str(file), pointer, line)])


def counts_by_code(diagnostics: Iterable[Diagnostic]) -> list[tuple[str, int]]:
    """How many diagnostics of each code: the most frequent first, ties by code."""
    counts = Counter(d.code for d in diagnostics)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def warning_summary(warnings: Iterable[Diagnostic]) -> str:
    """``205 warnings: 202 unsupported-combinator, 3 unsupported-cookie``."""
    counts = counts_by_code(warnings)
    total = sum(n for _, n in counts)
    return f"{total} warning{'' if total == 1 else 's'}: " + ", ".join(f"{n} {code}" for code, n in counts)


def escape_pointer_token(token: object) -> str:
    """Escape one reference token for a JSON pointer (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    """Build a JSON pointer from reference tokens: ``pointer('paths', '/a')`` -> ``/paths/~1a``."""
    return "".join("/" + escape_pointer_token(t) for t in tokens)


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
