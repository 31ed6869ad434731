"""Stage 6: format the rendered Python with black, in-process or in worker processes.

pyproject.toml allows one calendar year of black (``>=26.1,<27``): black's stability
policy keeps its stable style unchanged within a year, and opgen uses only the stable
style and black's documented API (``format_str``, ``Mode``, ``TargetVersion``,
``InvalidInput``), never preview features or private modules; so every allowed version
gives the same bytes (``make deps-check`` compares the lowest and the newest).

Black is by far the costliest stage (about a millisecond per line on a 2-core machine),
so it runs as little as possible:

* **Only what changed.** The manifest of the previous output records, per file, the
  SHA-256 of the text black was given (``"sources"``) and which black formatted it
  (``"formatter"``: its version and mode, :func:`formatter`).  A rendered file whose text hashes the same,
  formatted by the same black, whose file on disk is still the one opgen wrote, is taken
  from disk as it is (:class:`Previous`): regenerating an unchanged spec, or ``--check``,
  formats nothing.
* **In pieces.** Black's cost grows faster than linearly with the size of a file, so a
  large module is formatted one top-level definition at a time, a large class one
  method at a time (each inside a stand-in class), and the pieces joined with
  black's two blank lines (one between methods).  ``tests/unit/emit/test_format.py`` checks that this
  gives exactly what black gives on the whole file.  A piece that does not parse on its
  own (a split inside a string) makes the whole file go through black in one piece.
* **Only what black would change.** The built-in templates render what black writes (quotes,
  blank lines, docstrings, and long statements laid out by :mod:`generator.emit.layout`),
  so a piece whose every line fits (a docstring's lines aside: black never wraps them)
  and that parses on its own is black's output already and is not given to black
  (:func:`settled`); of the rest, black gets the statements with a line too long, or
  the items of split brackets holding one, each alone (:func:`_black_statements`), else
  the piece.  Tests hold this to black itself: every golden file, ``generated/``, real
  specs of the corpus and random specs (``tests/fuzz``) come out exactly as
  ``black.format_str`` makes them, and a first run of a large spec gives black a small
  part of it.  A run with a user's templates (which may write anything) gives black every
  piece, as before (``format_files(builtin=False)``).
* **In parallel.** When there is enough to format (:data:`PARALLEL_ABOVE` lines), the
  modules go to worker processes (one per CPU, forked where the platform allows), and
  come back in order: the same bytes as one process makes.

The garbage collector stays on: black's parse trees hold reference cycles, and pausing
the collector kept every one of them (gigabytes on a large spec) for no gain in time.

A rendered file that does not parse is a bug in a template: the error names the file
and the line, and nothing is written.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import functools
import hashlib
import importlib.metadata
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import error

if TYPE_CHECKING:
    import black

# black is imported when something is to be formatted, not before: a run that reuses
# every file (an unchanged spec, ``--check``) never loads it.
LINE_LENGTH = 100


@functools.cache
def mode() -> black.Mode:
    import black

    return black.Mode(target_versions={black.TargetVersion.PY311}, line_length=LINE_LENGTH)


@functools.cache
def formatter() -> str:
    """What the manifest records as the formatter: another black style or mode means
    formatting again.  Black's stable style changes only with its major version (one per
    calendar year), so the record names the major version only: a project whose CI
    resolves another black of the allowed range than its developers' machines gets the
    same bytes, manifest included, and ``--check`` passes."""
    major = importlib.metadata.version("black").split(".")[0]
    return f"black {major}; line-length {LINE_LENGTH}; py311; stable style"

_TOP_LEVEL = re.compile(r"^(?:@|class |def |async def )")
CHUNKED_ABOVE = 2000  # lines; smaller files are formatted whole
MEMBERS_ABOVE = 400  # lines; a larger class is formatted one method at a time
_MEMBER = re.compile(r"^    (?:@|def |async def )")
PARALLEL_ABOVE = 20000  # lines to format in all; fewer are quicker in this process than in workers
_WHERE = re.compile(r":\s*(\d+):(\d+)\b")

Progress = Callable[[int, int], None]  # (files formatted so far, files to format)


def source_hash(source: str) -> str:
    """What the manifest records of a file's text before formatting."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Previous:
    """The formatted files a previous run left, reusable as they are: by name, the hash of
    the text they were formatted from and their text (see the module docstring)."""

    files: Mapping[str, tuple[str, str]]

    @staticmethod
    def none() -> Previous:
        return Previous({})

    def reuse(self, name: str, source: str) -> str | None:
        found = self.files.get(name)
        if found is None or found[0] != source_hash(source):
            return None
        return found[1]


def read_previous(directory: Path, manifest: Mapping[str, object]) -> Previous:
    """The reusable files of the package in ``directory``, whose manifest is ``manifest``:
    formatted by this :data:`FORMATTER`, still on disk with the hash the manifest lists."""
    sources = manifest.get("sources")
    files = manifest.get("files")
    if manifest.get("formatter") != formatter() or not isinstance(sources, dict) or not isinstance(files, dict):
        return Previous.none()
    reusable: dict[str, tuple[str, str]] = {}
    for name, source_sha in sources.items():
        if not isinstance(name, str) or not isinstance(source_sha, str) or not isinstance(files.get(name), str):
            continue
        try:
            data = (directory / name).read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == files[name]:
            try:
                reusable[name] = (source_sha, data.decode("utf-8"))
            except UnicodeDecodeError:
                continue
    return Previous(reusable)


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


def split_members(chunk: str) -> list[str]:
    """Cut a top-level class before each of its methods but the first (with its
    decorators; never after a comment, which black keeps next to what follows it): the
    first piece is the class with its first method, each other piece one method, still
    indented as in the class."""
    if not chunk.startswith(("class ", "@")):
        return [chunk]
    pieces: list[list[str]] = [[]]
    previous = ""
    members = 0
    for line in chunk.splitlines(keepends=True):
        if _MEMBER.match(line) and not previous.startswith(("    @", "    #")):
            members += 1
            if members > 1:
                pieces.append([])
        pieces[-1].append(line)
        if line.strip():
            previous = line
    return ["".join(piece) for piece in pieces]


# A piece is black's input: a top-level chunk, or a method wrapped in this class.
_MEMBER_HEAD = "class _opgen_members_:\n"


def _pieces(source: str, whole_below: int | None = None) -> list[str]:
    """Black's input for ``source``: the whole text, or (a module of ``whole_below``
    lines or more, :data:`CHUNKED_ABOVE` by default) its pieces, each
    without the blank lines that part it from the next (black drops them at the end of a
    file; :func:`_join` puts them back), so that a piece rendered as black formats it is
    given to black as it is (which then costs black half: see :func:`_black`)."""
    if source.count("\n") < (CHUNKED_ABOVE if whole_below is None else whole_below):
        return [source]
    pieces: list[str] = []
    for chunk in split_top_level(source):
        if chunk.count("\n") < MEMBERS_ABOVE:
            pieces.append(_trimmed(chunk))
            continue
        head, *members = split_members(chunk)
        pieces.append(_trimmed(head))
        pieces.extend(_MEMBER_HEAD + _trimmed(member.lstrip("\n")) for member in members)
    return pieces


def _trimmed(piece: str) -> str:
    """``piece`` without its final blank lines (a piece of blank lines only as it is)."""
    kept = piece.rstrip(" \t\n")
    return kept + "\n" if kept else piece


def _join(pieces: list[str]) -> str:
    """The formatted pieces as one module: top-level chunks two blank lines apart, the
    methods of a class one blank line apart."""
    if len(pieces) == 1:
        return pieces[0]
    text: list[str] = []
    for piece in pieces:
        if piece.startswith(_MEMBER_HEAD):
            text.append("\n\n" + piece.removeprefix(_MEMBER_HEAD).strip("\n"))
        elif piece.strip("\n"):
            text.append(("\n\n\n" if text else "") + piece.strip("\n"))
    return "".join(text) + "\n"


# Black would change these whatever else: blanks or a backslash at the end of a line,
# whitespace other than spaces, three blank lines, two before an indented line.
_UNUSUAL = re.compile(r"[ \t]$|\\$|[\t\r\f\v]|\n\n\n\n|\n\n\n ", re.MULTILINE)


def settled(piece: str) -> bool:
    """Whether ``piece`` is black's output already, without asking black: it parses on
    its own, no line ends in blanks or a backslash, none holds a tab or another control
    character black treats as whitespace, no more blank lines in a row than black keeps
    (two; one before an indented line), every string that is a statement of its own (a
    docstring) is written as black writes docstrings
    (:func:`generator.emit.layout.docstring_literal`), and every line fits in
    :data:`LINE_LENGTH` but the lines of such a string (black leaves those long).  What else
    black would change (a statement's layout, quotes, blank lines) is the templates' to
    get right, and the tests' to catch (the module docstring)."""
    return _too_long(piece) == []


def _too_long(piece: str) -> list[Span] | None:
    """What keeps ``piece`` from being :func:`settled`: ``[]`` nothing; else the rows
    of each statement (or item of split brackets) with a line too long, black's to lay
    out (:func:`_black_statements`); ``None`` when black must see the whole piece."""
    if _UNUSUAL.search(piece):
        return None
    try:
        tree = ast.parse(piece)
    except (SyntaxError, ValueError):
        return None  # black's to say (or the whole file's, when a piece was cut wrong)
    from generator.emit.layout import docstring_literal

    lines = piece.split("\n")  # as the parser counts lines (no \r: see _UNUSUAL)
    docstring_rows: set[int] = set()
    for node in _docstrings(tree.body):
        literal = _segment(lines, node)
        if not literal.startswith('"""') or docstring_literal(literal, node.col_offset) != literal:
            return None
        docstring_rows.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    long_rows = [row for row, line in enumerate(lines, 1) if _width(line) > LINE_LENGTH and row not in docstring_rows]
    if not long_rows:
        return []
    statements = _statement_rows(tree.body)
    found: list[Span] = []
    items: dict[int, list[Span]] = {}  # by statement: the items black can lay out alone
    for row in long_rows:
        statement = next((s for s in statements if s[0] <= row <= s[1]), None)
        if statement is None:  # a decorator, a comment, an elif
            return None
        first, last, owner = statement
        if owner is None:
            span = (first, last, "header")
        else:
            if first not in items:
                items[first] = _items(owner, lines)
            span = min((i for i in items[first] if i[0] <= row <= i[1]), key=lambda i: i[1] - i[0], default=(first, last, "statement"))
        if span not in found:
            found.append(span)
    # The smallest first; one inside another is dropped (the larger is black's anyway).
    found.sort(key=lambda span: span[1] - span[0])
    kept: list[Span] = []
    for span in found:
        kept = [k for k in kept if not (span[0] <= k[0] and k[1] <= span[1])]
        kept.append(span)
    return kept


Span = tuple[int, int, str]  # first and last row (from 1), and what they hold (see _black_statements)


def _statement_rows(body: list[ast.stmt]) -> list[tuple[int, int, ast.stmt | None]]:
    """The rows of each statement in ``body`` at any depth: a simple statement's (with
    it), and a class's or a function's header (up to its body; ``None``); not those of
    other compound statements (their headers are short in what the templates write:
    left to black)."""
    rows: list[tuple[int, int, ast.stmt | None]] = []
    for node in body:
        if isinstance(node, _DEFINITIONS) and node.body and node.body[0].lineno > node.lineno:
            rows.append((node.lineno, node.body[0].lineno - 1, None))
        if isinstance(node, _WITH_BLOCKS):
            for block in _blocks(node):
                rows.extend(_statement_rows(block))
        elif not hasattr(node, "body"):
            rows.append((node.lineno, node.end_lineno or node.lineno, node))
    return rows


def _items(statement: ast.stmt, lines: list[str]) -> list[Span]:
    """The items of calls' arguments, lists, sets and dicts in ``statement`` that stand
    on lines of their own, each followed by its comma (items of brackets split one a
    line, as a magic trailing comma keeps them): black lays out each whatever the other
    items; ``"call"`` or ``"dict"`` (see :func:`_black_statements`)."""
    found: list[Span] = []
    for node in ast.walk(statement):
        pairs: list[tuple[ast.AST, ast.AST]]
        if isinstance(node, ast.Call):
            pairs = [(item, item) for item in [*node.args, *node.keywords]]
            kind = "call"
        elif isinstance(node, ast.List | ast.Set):
            pairs = [(item, item) for item in node.elts]
            kind = "call"
        elif isinstance(node, ast.Dict):
            pairs = [(key, value) for key, value in zip(node.keys, node.values, strict=True) if key is not None]
            kind = "dict"
        else:
            continue
        for start, end in pairs:
            first, last = getattr(start, "lineno", 0), getattr(end, "end_lineno", None) or 0
            column, end_column = getattr(start, "col_offset", -1), getattr(end, "end_col_offset", None)
            if not first or end_column is None or column < 4 or column % 4:
                continue
            head, tail = lines[first - 1], lines[last - 1]
            if head[:column].strip(" "):
                continue
            after = tail[end_column:] if tail.isascii() else tail.encode("utf-8")[end_column:].decode("utf-8", "replace")
            if after == ",":
                found.append((first, last, kind))
    return found


_WRAPPER = "async def _opgen_():"  # a function: ``return`` and ``await`` parse in it


def _black_statements(piece: str, spans: list[Span]) -> str | None:
    """``piece`` with each span laid out by black alone (at its depth, inside stand-in
    blocks), the rest as it is: black lays out a statement whatever the statements
    around it (but for blank lines, which the templates write as black does), and an
    item of brackets split one a line whatever the other items; a "statement", a
    "header" (a class's or function's, given ``pass`` for a body), an item of a "call"
    (given inside ``_opgen_(...)``) or of a "dict".  ``None`` when one does not come back
    as expected (black then formats the whole piece)."""
    lines = piece.split("\n")
    for first, last, kind in sorted(spans, reverse=True):
        span = lines[first - 1 : last]
        indent = len(span[0]) - len(span[0].lstrip(" "))
        if indent % 4:
            return None
        depth = indent // 4 - (kind in ("call", "dict"))
        pad = "    " * depth
        before, after = {
            "header": ([], ["    " * (depth + 1) + "pass"]),
            "call": ([pad + "_opgen_("], [pad + ")"]),
            "dict": ([pad + "_opgen_ = {"], [pad + "}"]),
        }.get(kind, ([], []))
        wrapper = ([_WRAPPER] if depth else []) + ["    " * level + "if _opgen_:" for level in range(1, depth)] + before
        formatted = _black("\n".join([*wrapper, *span, *after]) + "\n")
        if formatted is None:
            return None
        out = formatted.split("\n")
        while out and not out[-1]:
            out.pop()
        if out[: len(wrapper)] != wrapper or out[len(out) - len(after) :] != after:
            return None
        out = out[len(wrapper) : len(out) - len(after)]
        while out and not out[0]:
            out.pop(0)
        lines[first - 1 : last] = out
    return "\n".join(lines)


def _format_piece(piece: str, spans: list[Span] | None) -> str | None:
    """A piece that is not :func:`settled`, formatted: its long statements alone when
    ``spans`` names them, else (or when that fails) the whole piece by black."""
    if spans:
        done = _black_statements(piece, spans)
        if done is not None:
            return done
    return _black(piece)


def _width(line: str) -> int:
    """At least the width black gives ``line`` (which counts an East Asian wide character
    as two columns): a character outside ASCII counts two."""
    return len(line) if line.isascii() else len(line) + sum(not ch.isascii() for ch in line)


def _docstrings(body: list[ast.stmt]) -> Iterator[ast.expr]:
    """The strings that are statements of their own in ``body``, at any depth: the
    docstrings of the module, its classes and functions, and those after an attribute.
    Black cannot split a string, and keeps one in triple double quotes as it is unless it
    is a docstring (then as :func:`generator.emit.layout.docstring_literal` says)."""
    for node in body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            yield node.value
        for block in _blocks(node):
            yield from _docstrings(block)


_DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
_WITH_BLOCKS = (*_DEFINITIONS, ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.TryStar)


def _blocks(node: ast.stmt) -> Iterator[list[ast.stmt]]:
    """The statement lists right inside ``node``: a class's or function's body, the blocks
    of an ``if``, a loop, a ``with`` or a ``try`` (none for another statement)."""
    if isinstance(node, _WITH_BLOCKS):
        for name in ("body", "orelse", "finalbody"):
            yield getattr(node, name, [])
        for handler in getattr(node, "handlers", []):
            yield handler.body


def _segment(lines: list[str], node: ast.expr) -> str:
    """The source of ``node`` (its columns count UTF-8 bytes)."""
    end_row = node.end_lineno or node.lineno
    end_col = node.end_col_offset if node.end_col_offset is not None else len(lines[end_row - 1])

    def cut(line: str, start: int, end: int | None = None) -> str:
        return line[start:end] if line.isascii() else line.encode("utf-8")[start:end].decode("utf-8", "replace")

    if node.lineno == end_row:
        return cut(lines[node.lineno - 1], node.col_offset, end_col)
    middle = lines[node.lineno : end_row - 1]
    return "\n".join([cut(lines[node.lineno - 1], node.col_offset), *middle, cut(lines[end_row - 1], 0, end_col)])


def _black(source: str) -> str | None:
    """``black.format_str(source)``, or ``None`` when ``source`` does not parse.  Black
    formats a text a second time when the first pass changed it (``format_str``), so a
    text it leaves unchanged costs about half: the templates render what black writes
    wherever they can (``tests/unit/emit/test_black_stable.py``)."""
    import black

    try:
        return black.format_str(source, mode=mode())
    except black.InvalidInput:
        return None


def format_source(source: str, *, rendered: bool = True) -> str:
    """``black.format_str(source)`` of a ``rendered`` module (as the templates write it),
    quicker: black formats only the pieces it would change; any other text (``rendered``
    false) piece by piece, each by black."""
    joined = _format_module(source, builtin=rendered)
    return joined if joined is not None else _whole("<source>", source)


def _workers() -> int:
    """How many worker processes to use: one per CPU; none (1: this process) inside a
    daemonic process (a ``multiprocessing`` pool's worker), which may have no children."""
    if multiprocessing.current_process().daemon:
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # fork where the platform allows (the workers start with opgen imported), else spawn;
    # black is imported by the workers that need it.
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _joined(formatted: list[str | None]) -> str | None:
    """The formatted pieces of a module as one text; ``None`` when one of them did not
    parse on its own (the module is then formatted whole)."""
    if any(piece is None for piece in formatted):
        return None
    return _join([piece for piece in formatted if piece is not None])


def _format_all(sources: dict[str, str], progress: Progress | None, builtin: bool = True) -> Iterator[tuple[str, str | None]]:
    """Format every file of ``sources``: (name, formatted text, or ``None`` when a piece
    does not parse on its own), in the order of ``sources``; in worker processes when
    there are many lines (checking the pieces is most of the work now, black the rest)."""
    total = len(sources)
    lines = sum(source.count("\n") for source in sources.values())
    workers = min(_workers(), total)
    parallel = workers >= 2 and lines >= PARALLEL_ABOVE
    with _pool(workers) if parallel else contextlib.nullcontext() as pool:
        # Biggest modules first, so no worker is left with a large one at the end.
        futures = {
            name: pool.submit(_format_module, source, builtin) for name, source in sorted(sources.items(), key=lambda item: -len(item[1]))
        } if pool is not None else {}
        for done, name in enumerate(sources, 1):
            yield name, futures[name].result() if pool is not None else _format_module(sources[name], builtin)
            if progress is not None:
                progress(done, total)


def _format_module(source: str, builtin: bool = True) -> str | None:
    """A rendered module, formatted: its pieces that are not :func:`settled` by black
    (their long statements, else the whole piece; with ``builtin`` false every piece);
    ``None`` when a piece does not parse on its own (the module then goes to black whole)."""
    if not builtin:
        return _joined([_black(piece) for piece in _pieces(source)])
    formatted: list[str | None] = []
    for piece in _pieces(source, whole_below=0):
        spans = _too_long(piece)
        formatted.append(piece if spans == [] else _format_piece(piece, spans))
    return _joined(formatted)


def format_files(
    files: dict[str, str], previous: Previous | None = None, progress: Progress | None = None, *, builtin: bool = True
) -> dict[str, str]:
    """Black-format every ``.py`` file (but those ``previous`` holds formatted already);
    other files pass through unchanged.  ``builtin``: rendered by opgen's own templates
    only, so black sees only what it would change; else (a user's templates, which may
    write anything) black sees every piece."""
    previous = previous or Previous.none()
    formatted: dict[str, str] = {}
    todo: dict[str, str] = {}
    for name, source in files.items():
        if not name.endswith(".py"):
            formatted[name] = source
            continue
        reused = previous.reuse(name, source)
        if reused is not None:
            formatted[name] = reused
        else:
            todo[name] = source
    for name, text in _format_all(todo, progress, builtin):
        formatted[name] = text if text is not None else _whole(name, todo[name])
    return {name: formatted[name] for name in files}


def _whole(name: str, source: str) -> str:
    """``source`` formatted in one piece; a file that does not parse is a template's bug."""
    import black

    try:
        return black.format_str(source, mode=mode())
    except black.InvalidInput as exc:
        text = str(exc)
        # "Cannot parse[ for target version Python 3.11]: LINE:COLUMN: source"
        where = _WHERE.search(text)
        line = int(where.group(1)) if where else None
        raise error("invalid-output", f"rendered code does not parse ({text}); a template produced invalid Python", name, line=line) from None
