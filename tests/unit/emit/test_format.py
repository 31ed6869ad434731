"""Formatting large files piecewise gives exactly what black gives on the whole file."""

from __future__ import annotations

import black
import pytest

from generator.build import build_api
from generator.emit import format as fmt
from generator.emit.render import render_api
from generator.pipeline import load_spec
from tests.conftest import SEED
from tests.golden.cases import HERE, cases


@pytest.mark.parametrize("case", cases())
def test_piecewise_equals_whole_file(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(HERE / case / "spec.yaml")
    api = build_api(spec, case, case, {}).api
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)  # force the piecewise path on small files
    for name, source in render_api(api).items():
        if name.endswith(".py"):
            assert fmt.format_source(source) == black.format_str(source, mode=fmt.MODE), name


def test_split_inside_a_string_falls_back_to_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)
    source = 'X = """\nclass not_code:\n"""\n\n\ndef f():\n    return X\n'
    assert fmt.format_source(source) == black.format_str(source, mode=fmt.MODE)
    assert SEED.exists()
