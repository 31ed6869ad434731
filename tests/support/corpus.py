"""The corpus regressions' helpers (tests/unit/build/test_corpus_*.py and their kin): a spec
document generated into files, and the codes of the warnings it gave."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.pipeline import Generated, generate


def build(tmp_path: Path, document: dict[str, Any], package: str) -> Generated:
    path = tmp_path / f"{package}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return generate(path, package)


def codes(generated: Generated) -> dict[str, list[str]]:
    """Warning code -> the pointers it was given for."""
    found: dict[str, list[str]] = {}
    for warning in generated.warnings:
        found.setdefault(warning.code, []).append(warning.pointer)
    return found
