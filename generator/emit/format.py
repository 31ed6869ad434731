"""Stage 6: format the rendered Python with black, in-process.

pyproject.toml allows one calendar year of black (``>=26.1,<27``): black's stability
policy keeps its stable style unchanged within a year, and opgen uses only the stable
style and black's documented API (``format_str``, ``Mode``, ``TargetVersion``,
``InvalidInput``), never preview features or private modules; so every allowed version
gives the same bytes (``make deps-check`` compares the lowest and the newest).

Black's cost grows faster than linearly with the size of a file (measured: models.py of
a 1000-operation spec, 4 MB, took 61 s whole), so a large module is formatted one
top-level definition at a time and the pieces joined with black's two blank lines;
the garbage collector is paused meanwhile (black allocates many short-lived objects).
``tests/unit/emit/test_format.py`` checks that this gives exactly what black gives on the whole
file.  A piece that does not parse on its own (a split inside a string) makes the
whole file go through black in one piece instead.

A rendered file that does not parse is a bug in a template: the error names the file
and the line, and nothing is written.
"""

from __future__ import annotations

import gc
import re

import black

from generator.diagnostics import error

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)
_TOP_LEVEL = re.compile(r"^(?:@|class |def |async def )")
CHUNKED_ABOVE = 2000  # lines; smaller files are formatted whole
_WHERE = re.compile(r":\s*(\d+):(\d+)\b")


def split_top_level(source: str) -> list[str]:
    """Cut ``source`` before each top-level ``class`` / ``def`` (with its decorators)."""
    chunks: list[list[str]] = [[]]
    previous = ""
    for line in source.splitlines(keepends=True):
        if _TOP_LEVEL.match(line) and not previous.startswith("@") and chunks[-1]:
            chunks.append([])
        chunks[-1].append(line)
        if line.strip():
            previous = line
    return ["".join(chunk) for chunk in chunks]


def format_source(source: str) -> str:
    """``black.format_str(source)``, quicker on large files."""
    if source.count("\n") < CHUNKED_ABOVE:
        return black.format_str(source, mode=MODE)
    try:
        pieces = [black.format_str(chunk, mode=MODE).strip("\n") for chunk in split_top_level(source)]
    except black.InvalidInput:
        return black.format_str(source, mode=MODE)
    return "\n\n\n".join(piece for piece in pieces if piece) + "\n"


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Black-format every ``.py`` file; other files pass through unchanged."""
    formatted: dict[str, str] = {}
    collecting = gc.isenabled()
    gc.disable()
    try:
        for name, source in files.items():
            if not name.endswith(".py"):
                formatted[name] = source
                continue
            try:
                formatted[name] = format_source(source)
            except black.InvalidInput as exc:
                text = str(exc)
                # "Cannot parse[ for target version Python 3.11]: LINE:COLUMN: source"
                where = _WHERE.search(text)
                line = int(where.group(1)) if where else None
                raise error("invalid-output", f"rendered code does not parse ({text}); a template produced invalid Python", name, line=line) from None
    finally:
        if collecting:
            gc.enable()
    return formatted
