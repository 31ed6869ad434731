"""Stage 1: read a spec file (YAML or JSON) into plain Python data.

Only safe loading: YAML tags that would build Python objects are refused, duplicate
keys are errors (YAML and JSON alike), and absurd nesting gives a clear error rather
than a RecursionError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import error

try:  # libyaml's parser is ~10x faster on large specs; the constructor stays ours.
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A loaded spec file: where it came from and its content."""

    path: Path
    data: Any


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
    _StrictLoader.construct_mapping,  # type: ignore[arg-type]
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
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error("not-utf8", f"not UTF-8 text (byte {exc.start})", path) from None
    text = text.removeprefix("\ufeff")
    try:
        data = _parse(text, path)
    except _DuplicateKey as exc:
        raise error("duplicate-key", f"duplicate key {exc.key!r}", path, line=exc.line or None) from None
    except RecursionError:
        raise error("too-deep", "nesting is too deep to process", path) from None
    if not isinstance(data, dict):
        raise error("not-a-mapping", "the document is not a mapping (object) at the top level", path)
    return Document(path=path, data=data)


def _parse(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text, object_pairs_hook=_json_pairs)
        except json.JSONDecodeError as exc:
            raise error("bad-json", f"invalid JSON: {exc.msg} (column {exc.colno})", path, line=exc.lineno) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.constructor.ConstructorError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise error("bad-yaml", f"refused YAML construct: {exc.problem}", path, line=line) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise error("bad-yaml", f"invalid YAML: {exc.problem or exc.context}", path, line=line) from None
    except yaml.YAMLError as exc:
        raise error("bad-yaml", f"invalid YAML: {exc}", path) from None
