"""``opgen diff`` output: readable text (grouped; colored on a terminal), JSON, Markdown.

Each format shows the same things: both versions (path, api-version, spec files and
hash), notes about generated packages, and the changes, breaking first, grouped by what
a caller names (the client, an operation, a model, an enum), each with the place in
both versions as ``file#json-pointer``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from generator.diff.compare import Change
from generator.diff.sides import Side

_RED, _GREEN, _BOLD, _DIM, _RESET = "\033[31m", "\033[32m", "\033[1m", "\033[2m", "\033[0m"


def _grouped(changes: Iterable[Change]) -> dict[str, list[Change]]:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.scope, []).append(change)
    return groups


def _side_line(side: Side) -> str:
    text = f"{side.label} (api-version {side.version or '?'}; {', '.join(side.files) or 'no files'}; sha256 {side.sha256[:12]})"
    if side.built_from is not None and side.package is not None:
        text += f", built from {side.built_from}"
    return text


def text(old: Side, new: Side, changes: list[Change], notes: list[str], color: bool = False) -> str:
    def paint(code: str, value: str) -> str:
        return f"{code}{value}{_RESET}" if color else value

    lines = [f"old: {_side_line(old)}", f"new: {_side_line(new)}"]
    lines += [paint(_DIM, f"note: {note}") for note in notes]
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    if not changes:
        lines.append("no changes a client can see" if old.api is not None and new.api is not None else "no comparison made")
        return "\n".join(lines) + "\n"
    lines.append(f"{len(breaking)} breaking, {len(other)} non-breaking change(s)")
    for title, code, part in (("Breaking changes", _RED, breaking), ("Non-breaking changes", _GREEN, other)):
        if not part:
            continue
        lines += ["", paint(_BOLD + code, f"{title} ({len(part)})")]
        for scope, items in _grouped(part).items():
            lines.append("  " + paint(_BOLD, scope))
            for change in items:
                lines.append(f"    {paint(code, change.message)} [{change.kind}]")
                lines.append(paint(_DIM, f"      old: {old.locate(change.old_pointer) or '-'}"))
                lines.append(paint(_DIM, f"      new: {new.locate(change.new_pointer) or '-'}"))
    return "\n".join(lines) + "\n"


def _side_json(side: Side) -> dict[str, object]:
    return {
        "path": side.label,
        "version": side.version,
        "files": list(side.files),
        "sha256": side.sha256,
        "package": str(side.package) if side.package is not None else None,
        "built_from": str(side.built_from) if side.built_from is not None else None,
    }


def as_json(old: Side, new: Side, changes: list[Change], notes: list[str]) -> str:
    def place(side: Side, pointer: str | None) -> dict[str, str] | None:
        located = side.locate(pointer)
        if located is None or pointer is None:
            return None
        return {"file": located.partition("#")[0], "pointer": pointer}

    document = {
        "old": _side_json(old),
        "new": _side_json(new),
        "compared": old.api is not None and new.api is not None,
        "notes": notes,
        "breaking": sum(1 for c in changes if c.breaking),
        "non_breaking": sum(1 for c in changes if not c.breaking),
        "changes": [
            {
                "kind": c.kind,
                "breaking": c.breaking,
                "scope": c.scope,
                "subject": c.subject,
                "message": c.message,
                "old": place(old, c.old_pointer),
                "new": place(new, c.new_pointer),
            }
            for c in changes
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def _code(value: str) -> str:
    fence = "``" if "`" in value else "`"
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _escape(value: str) -> str:
    """Markdown for a message: `quoted` parts stay code spans, the rest is escaped."""
    parts = value.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: no code spans
        parts = [value]
    out = []
    for index, part in enumerate(parts):
        out.append(_code(part) if index % 2 else "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in part))
    return "".join(out)


def markdown(old: Side, new: Side, changes: list[Change], notes: list[str]) -> str:
    """A changelog section: ``## <new api-version>`` with breaking and other changes."""
    lines = [f"## {new.version or new.label}", "", f"Compared with {old.version or old.label} ({_code(old.label)} → {_code(new.label)})."]
    lines += [f"Note: {note}" for note in notes]
    if not changes:
        lines += ["", "No changes for clients." if old.api is not None and new.api is not None else "Not compared."]
        return "\n".join(lines) + "\n"
    for title, part in (("Breaking changes", [c for c in changes if c.breaking]), ("Other changes", [c for c in changes if not c.breaking])):
        if not part:
            continue
        lines += ["", f"### {title}", ""]
        for scope, items in _grouped(part).items():
            for change in items:
                where = new.locate(change.new_pointer) or old.locate(change.old_pointer) or ""
                named = not change.subject and scope.startswith(("model ", "enum "))  # the message names it
                lines.append(("- " if named else f"- {_code(scope)}: ") + _escape(change.message) + (f" ({_code(where)})" if where else ""))
    return "\n".join(lines) + "\n"
