"""The golden cases: each folder here with a spec.yaml, its package named after it."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import generate

HERE = Path(__file__).resolve().parent


def cases() -> list[str]:
    return sorted(p.name for p in HERE.iterdir() if (p / "spec.yaml").is_file())


def expected_dir(case: str) -> Path:
    return HERE / case / "expected" / case


def render(case: str) -> dict[str, bytes]:
    return generate(HERE / case / "spec.yaml", case).files
