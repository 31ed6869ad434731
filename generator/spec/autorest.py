"""AutoRest's literate configuration: which spec files a ``readme.md`` tag names.

Azure's spec repository describes each service's clients in
``specification/<service>/resource-manager/readme.md``: Markdown whose fenced
```` ```yaml ```` blocks are the configuration.  A block may carry a condition after
``yaml``; the blocks that matter here are

* the unconditional one(s), whose ``tag:`` is the default tag, and
* ```` ```yaml $(tag) == 'package-2024-04-03' ```` blocks, whose ``input-file:`` lists
  the spec files of that tag (paths relative to the readme; ``$(this-folder)`` is the
  readme's folder).  ``exclude-file:`` removes files again.

A condition is read as AutoRest reads it, a small JavaScript expression over
``$(name)`` settings: ``==`` / ``===`` / ``!=`` / ``!==`` with quoted strings, ``!``,
``&&``, ``||``, parentheses, ``true`` / ``false``, ``/* comments */``.  ``$(tag)`` is the
tag chosen; a setting the readme's applying blocks set (``$(openapi-type)``) has that
value; any other setting (``$(python)``, ``$(go)``, ``$(csharp)``...: the options of other
generators) is unset, so ``$(tag) == 'x' && $(python)`` does not apply and ``!$(csharp)``
does.  Nothing is evaluated as code.  A block whose condition cannot be read is an
error when it mentions ``$(tag)`` (it could change the files), and is ignored otherwise.
Other readmes (``require:``) are not read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, GenerationError, Level, error
from generator.spec.load import MAX_BYTES, parse_bytes

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(.*)$")
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<var>\$\(\s*(?P<name>[A-Za-z0-9_.\-]+)\s*\))
      | '(?P<sq>[^'\\]*)' | "(?P<dq>[^"\\]*)"
      | (?P<op>===|!==|==|!=|&&|\|\||!|\(|\))
      | (?P<word>true|false|\d+(?:\.\d+)?)
    )""",
    re.VERBOSE,
)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
THIS_FOLDER = "$(this-folder)"


class _Unreadable(ValueError):
    """A condition this reader does not understand."""


@dataclass(frozen=True)
class _Block:
    line: int  # of the first YAML line, in the readme (1-based)
    condition: str | None  # None: unconditional
    data: dict[str, Any]


@dataclass(frozen=True)
class Selection:
    """What a tag of a readme names."""

    readme: Path  # as the user named it
    tag: str
    input_files: tuple[Path, ...]  # the readme's folder / each input-file, in the readme's order
    tags: tuple[str, ...]  # every tag the readme lists files for


def is_readme(path: Path) -> bool:
    """An AutoRest configuration: a Markdown file (``readme.md`` in Azure's repository)."""
    return path.suffix.lower() == ".md" and not path.is_dir()


def repository_root(readme: Path) -> Path:
    """The nearest folder above ``readme`` holding ``specification/`` (the root of a clone
    of Azure's spec repository), else the readme's own folder."""
    folder = Path(os.path.abspath(readme)).parent
    for candidate in (folder, *folder.parents):
        if (candidate / "specification").is_dir():
            return candidate
    return folder


def select(readme: Path, tag: str | None = None) -> Selection:
    """The spec files ``tag`` (default: the readme's ``tag:``) names in ``readme``."""
    blocks = _blocks(readme)
    tags = _tags(readme, blocks)
    settings = _settings(readme, blocks, {"tag": tag} if tag is not None else {})
    chosen = tag if tag is not None else settings.get("tag")
    available = ", ".join(tags) if tags else "none"
    if not isinstance(chosen, str) or not chosen:
        raise error("no-tag", f"no default tag (no 'tag:' in an unconditional yaml block); name one with --tag: {available}", readme)
    settings = _settings(readme, blocks, {**settings, "tag": chosen})
    files: list[str] = []
    excluded: set[str] = set()
    for block in blocks:
        if not _applies(readme, block, settings):
            continue
        files.extend(_paths(readme, block, "input-file"))
        excluded.update(_normal(p) for p in _paths(readme, block, "exclude-file"))
    kept: list[str] = []
    for file in files:
        if _normal(file) not in excluded and _normal(file) not in {_normal(k) for k in kept}:
            kept.append(file)
    if not kept:
        which = "tag" if tag is not None else "default tag"
        raise error("unknown-tag", f"no {which} {chosen!r} in this readme (no input-file for it); the tags: {available}", readme)
    return Selection(readme, chosen, tuple(readme.parent / file for file in kept), tags)


# -- the readme's blocks -------------------------------------------------------------


def _blocks(readme: Path) -> list[_Block]:
    try:
        size = readme.stat().st_size
    except FileNotFoundError:
        raise error("file-not-found", "no such file", readme) from None
    except OSError as exc:
        raise error("unreadable", f"cannot read file: {exc.strerror}", readme) from None
    if not readme.is_file():
        raise error("not-a-file", "not a regular file", readme)
    if size > MAX_BYTES:
        raise error("too-large", f"file is {size} bytes, more than the {MAX_BYTES} allowed", readme)
    try:
        text = readme.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise error("not-utf8", f"not UTF-8 text (byte {exc.start})", readme) from None
    lines = text.splitlines()
    blocks: list[_Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        fence, info = opening.group(1), opening.group(2).strip()
        start = index
        while index < len(lines) and not re.match(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$", lines[index]):
            index += 1
        body = lines[start:index]
        index += 1  # the closing fence (or the end of the file)
        kind, _, condition = re.sub(r"\s", " ", info).partition(" ")
        if kind.lower() not in ("yaml", "yml") or not any(line.strip() and not line.lstrip().startswith("#") for line in body):
            continue
        try:
            data = parse_bytes("\n".join(body).encode("utf-8"), readme, is_json=False)
        except GenerationError as exc:
            first = exc.diagnostics[0]
            line = start + (first.line or 1)
            raise GenerationError([Diagnostic(Level.ERROR, first.code, f"in a yaml block: {first.message}", str(readme), line=line)]) from None
        blocks.append(_Block(start + 1, condition.strip() or None, data))
    return blocks


def _tags(readme: Path, blocks: list[_Block]) -> tuple[str, ...]:
    """Every tag a block with ``input-file`` compares ``$(tag)`` with, in readme order."""
    found: list[str] = []
    for block in blocks:
        if block.condition is None or "input-file" not in block.data:
            continue
        for match in re.finditer(r"""\$\(\s*tag\s*\)\s*===?\s*(?:'([^']*)'|"([^"]*)")""", block.condition):
            tag = match.group(1) if match.group(1) is not None else match.group(2)
            if tag not in found:
                found.append(tag)
    return tuple(found)


def _settings(readme: Path, blocks: list[_Block], given: dict[str, Any]) -> dict[str, Any]:
    """The scalar settings of the blocks that apply; ``given`` (the command line) wins,
    then the first block that sets one."""
    settings = dict(given)
    for block in blocks:
        if _applies(readme, block, settings):
            for key, value in block.data.items():
                if isinstance(key, str) and isinstance(value, (str, bool, int, float)):
                    settings.setdefault(key, value)
    return settings


def _applies(readme: Path, block: _Block, settings: dict[str, Any]) -> bool:
    if block.condition is None:
        return True
    try:
        return _truthy(_Condition(block.condition, settings).value())
    except _Unreadable as exc:
        if re.search(r"\$\(\s*tag\s*\)", block.condition):
            raise error("bad-readme", f"cannot read the condition {block.condition!r} ({exc})", readme, line=block.line - 1) from None
        return False  # another generator's block, in a syntax we do not need


def _paths(readme: Path, block: _Block, key: str) -> list[str]:
    value = block.data.get(key)
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) and item for item in items):
        raise error("bad-readme", f"{key} must be a path or a list of paths", readme, line=block.line)
    paths = []
    for item in items:
        path = item.strip()
        if path.startswith(THIS_FOLDER):
            path = path[len(THIS_FOLDER) :].lstrip("/\\") or "."
        if "$(" in path or "://" in path or Path(path).is_absolute() or path.startswith(("/", "\\")):
            raise error("bad-readme", f"{key} {item!r}: only paths relative to the readme are read", readme, line=block.line)
        paths.append(path)
    return paths


def _normal(path: str) -> str:
    return os.path.normpath(path).replace("\\", "/")


# -- conditions ----------------------------------------------------------------------


def _truthy(value: Any) -> bool:
    return value is not None and value is not False and value != "" and value != 0


class _Condition:
    """A recursive-descent reader of one condition: or := and ('||' and)*;
    and := unary ('&&' unary)*; unary := '!' unary | compare;
    compare := primary (('=='|'==='|'!='|'!==') primary)?."""

    def __init__(self, text: str, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.tokens: list[tuple[str, Any]] = []
        text = _COMMENT.sub(" ", text).strip()
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                if not text[position:].strip():
                    break
                raise _Unreadable(f"unexpected {text[position:].strip()[:20]!r}")
            position = match.end()
            if match.group("var"):
                self.tokens.append(("value", settings.get(match.group("name"))))
            elif match.group("sq") is not None or match.group("dq") is not None:
                self.tokens.append(("value", match.group("sq") if match.group("sq") is not None else match.group("dq")))
            elif match.group("op"):
                self.tokens.append(("op", match.group("op")))
            else:
                word = match.group("word")
                self.tokens.append(("value", True if word == "true" else False if word == "false" else word))
        self.at = 0
        self.depth = 0
        if len(self.tokens) > 200:
            raise _Unreadable("too long")

    def value(self) -> Any:
        result = self._or()
        if self.at != len(self.tokens):
            raise _Unreadable("unexpected text after the expression")
        return result

    def _peek(self) -> tuple[str, Any] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take_op(self, *ops: str) -> str | None:
        token = self._peek()
        if token is not None and token[0] == "op" and token[1] in ops:
            self.at += 1
            return str(token[1])
        return None

    def _or(self) -> Any:
        result = self._and()
        while self._take_op("||"):
            right = self._and()
            result = result if _truthy(result) else right
        return result

    def _and(self) -> Any:
        result = self._unary()
        while self._take_op("&&"):
            right = self._unary()
            result = right if _truthy(result) else result
        return result

    def _unary(self, depth: int = 0) -> Any:
        if self._take_op("!"):
            if depth > 20:
                raise _Unreadable("too many '!'")
            return not _truthy(self._unary(depth + 1))
        return self._compare()

    def _compare(self) -> Any:
        left = self._primary()
        op = self._take_op("==", "===", "!=", "!==")
        if op is None:
            return left
        right = self._primary()
        strict = op in ("===", "!==")
        equal = left == right and (not strict or type(left) is type(right))
        return equal if op in ("==", "===") else not equal

    def _primary(self) -> Any:
        token = self._peek()
        if token is None:
            raise _Unreadable("the expression ends too soon")
        self.at += 1
        if token[0] == "value":
            return token[1]
        if token[1] == "(":
            self.depth += 1
            if self.depth > 20:
                raise _Unreadable("nested too deeply")
            result = self._or()
            self.depth -= 1
            if not self._take_op(")"):
                raise _Unreadable("a '(' is not closed")
            return result
        raise _Unreadable(f"unexpected {token[1]!r}")
