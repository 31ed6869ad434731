"""Stage 6: format the rendered Python with black, in-process.

Black is pinned in pyproject.toml, so the same spec gives the same bytes everywhere.
A rendered file that does not parse is a bug in a template: the error names the file
and the line, and nothing is written.
"""

from __future__ import annotations

import black

from generator.diagnostics import error

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Black-format every ``.py`` file; other files pass through unchanged."""
    formatted: dict[str, str] = {}
    for name, source in files.items():
        if not name.endswith(".py"):
            formatted[name] = source
            continue
        try:
            formatted[name] = black.format_str(source, mode=MODE)
        except black.parsing.InvalidInput as exc:
            line = None
            text = str(exc)
            parts = text.split(":")
            if len(parts) > 1 and parts[1].strip().isdigit():
                line = int(parts[1].strip())
            raise error("invalid-output", f"rendered code does not parse ({text}); a template produced invalid Python", name, line=line) from None
    return formatted
