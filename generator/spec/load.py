"""Stage 1: read a spec file (YAML or JSON) into plain Python data.

Only safe loading: YAML tags that would build Python objects are refused, duplicate
keys are errors (YAML and JSON alike), and absurd nesting gives a clear error rather
than a RecursionError (or a crash of libyaml's recursive composer).  Before a YAML
document is composed, one streaming pass over its parse events bounds its nesting
depth and what its aliases expand to, so a "billion laughs" document is refused
after reading it once, in memory proportional to its own size; an alias to a node
that contains it (a recursive document) is refused too.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, error, unescape_pointer_token

try:  # libyaml's parser is ~10x faster on large specs; the constructor stays ours.
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
# Deeper than any real spec; far below what the recursive later stages can take.
MAX_DEPTH = 200
# Nodes that YAML aliases may add to a document, over all aliases (each one counts
# the whole subtree it repeats).  Real specs use a few anchors for shared snippets.
MAX_ALIAS_NODES = 1_000_000


@dataclass(frozen=True)
class Document:
    """A loaded spec file: where it came from and its content."""

    path: Path
    data: Any


class _Refused(Exception):
    def __init__(self, code: str, message: str, line: int | None = None) -> None:
        self.code = code
        self.message = message
        self.line = line


def _too_deep(line: int | None = None) -> _Refused:
    return _Refused("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", line)


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int) -> None:
        self.key = key
        self.line = line


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that reports duplicate mapping keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (dict, list)):
                continue  # SafeConstructor reports unhashable keys itself
            if key in seen:
                raise _DuplicateKey(key, key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _StrictLoader.construct_mapping,
)


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key, 0)
        result[key] = value
    return result


def load_document(path: Path) -> Document:
    """Read ``path`` as JSON (``.json``) or YAML (anything else)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error("file-not-found", "no such file", path) from None
    except OSError as exc:
        raise error("unreadable", f"cannot read file: {exc.strerror}", path) from None
    if not path.is_file():
        raise error("not-a-file", "not a regular file", path)
    if size > MAX_BYTES:
        raise error("too-large", f"file is {size} bytes, more than the {MAX_BYTES} allowed", path)
    return Document(path=path, data=parse_bytes(path.read_bytes(), path, is_json=path.suffix.lower() == ".json"))


def parse_bytes(raw: bytes, source: str | Path, is_json: bool) -> dict[str, Any]:
    """The mapping a spec document's bytes hold; ``source`` (a path or URL) names it in errors."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error("not-utf8", f"not UTF-8 text (byte {exc.start})", source) from None
    text = text.removeprefix("\ufeff")
    try:
        data = _parse(text, source, is_json)
    except _DuplicateKey as exc:
        raise error("duplicate-key", f"duplicate key {exc.key!r}", source, line=exc.line or None) from None
    except _Refused as exc:
        raise error(exc.code, exc.message, source, line=exc.line) from None
    except RecursionError:
        raise error("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", source) from None
    if not isinstance(data, dict):
        raise error("not-a-mapping", "the document is not a mapping (object) at the top level", source)
    return data


def _parse(text: str, path: str | Path, is_json: bool) -> Any:
    if is_json:
        try:
            data = json.loads(text, object_pairs_hook=_json_pairs)
        except json.JSONDecodeError as exc:
            raise error("bad-json", f"invalid JSON: {exc.msg} (column {exc.colno})", path, line=exc.lineno) from None
        except ValueError as exc:  # e.g. an integer of more digits than int() takes
            raise error("bad-json", f"invalid JSON: {exc}", path) from None
        _check_depth(data)
        return data
    try:
        _check_events(text)
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.constructor.ConstructorError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise error("bad-yaml", f"refused YAML construct: {exc.problem}", path, line=line) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        if "maximum nesting depth" in str(exc.problem):  # PyYAML >= 6.0.4 may stop it first (flow style)
            raise error("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", path, line=line) from None
        raise error("bad-yaml", f"invalid YAML: {exc.problem or exc.context}", path, line=line) from None
    except yaml.YAMLError as exc:
        raise error("bad-yaml", f"invalid YAML: {exc}", path) from None
    except ValueError as exc:  # e.g. an integer of more digits than int() takes
        raise error("bad-yaml", f"invalid YAML value: {exc}", path) from None


def _event_line(event: yaml.Event) -> int:
    """The 1-based line where ``event`` starts (the parser marks every event)."""
    assert event.start_mark is not None
    return event.start_mark.line + 1


_STARTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_ENDS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _check_events(text: str) -> None:
    """Refuse deep nesting, alias bombs and recursive aliases, from parse events alone.

    The events come from libyaml's iterative parser, so this pass neither recurses nor
    builds the document.  Each open collection counts the nodes it holds, an alias
    counts as the whole subtree of its anchor, and the pass stops as soon as the
    depth or the nodes added by aliases pass their bound.
    """
    parser = _BaseLoader(text)
    # types-PyYAML leaves Parser.get_event unannotated; libyaml's (CParser) returns this.
    get_event: Callable[[], yaml.Event | None] = parser.get_event
    try:
        counts: list[int] = [0]  # nodes so far in each open collection (the first: the stream)
        anchors: list[str | None] = [None]  # the anchor of each open collection
        sizes: dict[str, int] = {}  # nodes in each anchored subtree that is complete
        added = 0
        while (event := get_event()) is not None:
            if isinstance(event, _STARTS):
                if len(counts) > MAX_DEPTH:
                    raise _too_deep(_event_line(event))
                counts.append(0)
                anchors.append(event.anchor)
            elif isinstance(event, _ENDS):
                size = counts.pop() + 1
                anchor = anchors.pop()
                if anchor is not None:
                    sizes[anchor] = size
                counts[-1] += size
            elif isinstance(event, yaml.ScalarEvent):
                counts[-1] += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                repeated = sizes.get(event.anchor) if event.anchor is not None else None
                if repeated is None:
                    if event.anchor in anchors:
                        raise _Refused("recursive-alias", f"alias *{event.anchor} is inside its own anchor (a recursive document)", _event_line(event))
                    continue  # an undefined alias: the composer reports it
                counts[-1] += repeated
                added += repeated
                if added > MAX_ALIAS_NODES:
                    raise _Refused(
                        "alias-bomb",
                        f"aliases expand the document by more than {MAX_ALIAS_NODES} nodes (a \"billion laughs\" document?)",
                        _event_line(event),
                    )
    finally:
        parser.dispose()


def _check_depth(data: Any) -> None:
    """Refuse JSON data nested deeper than :data:`MAX_DEPTH`, without recursing."""
    if not isinstance(data, (dict, list)):
        return
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


# -- where a JSON pointer is written: only on the error path -------------------------------


class Locator:
    """The line on which a JSON pointer's value is written, for error messages.

    Loading keeps no positions (that would slow down every run); a locator reads a file
    again only when an error in it is reported, once per file: a YAML file is composed
    into nodes (with their marks), a JSON file is scanned for the pointer's tokens.
    The line is that of the key (or of the list item) the pointer ends with; where the
    pointer names something that is not there, that of its nearest ancestor that is.
    """

    def __init__(self) -> None:
        self._sources: dict[Path, tuple[bool, Any] | None] = {}

    def line(self, file: str | Path, ptr: str) -> int | None:
        """The line of ``ptr`` in ``file``; None when ``file`` cannot be read (a URL...)."""
        path = Path(file)
        if path not in self._sources:
            self._sources[path] = _read_source(path)
        source = self._sources[path]
        if source is None:
            return None
        tokens = [unescape_pointer_token(raw) for raw in ptr.split("/")[1:]] if ptr.startswith("/") else []
        try:
            if source[0]:
                return _json_line(source[1], tokens)
            return _yaml_line(source[1], tokens)
        except (IndexError, ValueError, RecursionError):  # pragma: no cover - the file changed since
            return None


def with_lines(diagnostics: Iterable[Diagnostic], locator: Locator | None = None) -> list[Diagnostic]:
    """``diagnostics`` with the line of each one's pointer filled in, where its file can be
    read (for a stage that knows pointers only: resolving, merging).  Error path only."""
    locator = locator or Locator()
    found: list[Diagnostic] = []
    for diagnostic in diagnostics:
        line = locator.line(diagnostic.file, diagnostic.pointer) if diagnostic.pointer and diagnostic.line is None else None
        found.append(diagnostic if line is None else dataclasses.replace(diagnostic, line=line))
    return found


def _read_source(path: Path) -> tuple[bool, Any] | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
        if path.suffix.lower() == ".json":
            return True, text
        return False, yaml.compose(text, Loader=_BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError):
        return None


def _yaml_line(node: Any, tokens: list[str]) -> int | None:
    line: int | None = node.start_mark.line + 1 if not tokens and node is not None else None  # the document itself
    for token in tokens:
        found: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            member = _yaml_member(node, token)
            if member is not None:
                line = member[0].start_mark.line + 1
                found = member[1]
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            found = node.value[int(token)]
            line = found.start_mark.line + 1
        if found is None:
            break
        node = found
    return line


def _yaml_member(node: yaml.MappingNode, token: str, depth: int = 0) -> tuple[yaml.Node, yaml.Node] | None:
    """The key and value nodes of ``token`` in a mapping, also through ``<<`` merge keys."""
    merged: list[yaml.Node] = []
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        if key.value == token and key.tag != "tag:yaml.org,2002:merge":
            return key, value
        if key.tag == "tag:yaml.org,2002:merge":
            merged.extend(value.value if isinstance(value, yaml.SequenceNode) else [value])
    for key, value in node.value:  # a key written otherwise than it reads (1.0, true, 0x10)
        if isinstance(key, yaml.ScalarNode) and key.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"):
            try:
                if str(yaml.load(key.value, Loader=_BaseLoader)) == token:
                    return key, value
            except yaml.YAMLError:
                continue
    if depth < 10:
        for base in reversed(merged):  # later merged mappings are overridden by earlier ones
            if isinstance(base, yaml.MappingNode) and (found := _yaml_member(base, token, depth + 1)):
                return found
    return None


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_JSON_NESTED = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_JSON_SCALAR = re.compile(r"[^,\]}\s]*")


def _json_line(text: str, tokens: list[str]) -> int | None:
    pos = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]
    found: int | None = pos if not tokens and pos < len(text) else None  # no token: the document itself
    for token in tokens:
        start = text[pos : pos + 1]
        member: int | None = None
        if start == "{":
            pos = _json_space(text, pos + 1)
            while text[pos] == '"':
                key, end = json.decoder.scanstring(text, pos + 1)  # type: ignore[attr-defined]
                key_at = pos
                pos = _json_space(text, _json_space(text, end) + 1)  # past the ':'
                if key == token:
                    member = key_at
                    break
                pos = _json_space(text, _json_skip(text, pos))
                if text[pos] == ",":
                    pos = _json_space(text, pos + 1)
        elif start == "[" and token.isdigit():
            pos = _json_space(text, pos + 1)
            index = 0
            while text[pos] != "]":
                if index == int(token):
                    member = pos
                    break
                pos = _json_space(text, _json_skip(text, pos))
                if text[pos] == ",":
                    pos = _json_space(text, pos + 1)
                index += 1
        if member is None:
            break
        found = member
    return None if found is None else text.count("\n", 0, found) + 1


def _json_space(text: str, pos: int) -> int:
    return _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _json_skip(text: str, pos: int) -> int:
    """The position just past the JSON value that starts at ``pos``."""
    start = text[pos]
    if start == '"':
        return json.decoder.scanstring(text, pos + 1)[1]  # type: ignore[attr-defined,no-any-return]
    if start not in "{[":
        return _JSON_SCALAR.match(text, pos).end()  # type: ignore[union-attr]
    depth = 0
    for match in _JSON_NESTED.finditer(text, pos):
        mark = match.group()
        if mark in "{[":
            depth += 1
        elif mark in "}]":
            depth -= 1
            if depth == 0:
                return match.end()
    raise ValueError("unbalanced JSON")
