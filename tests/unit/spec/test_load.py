"""Loading: refused YAML constructs and duplicate keys, a BOM (generator.spec.load)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.spec.load import load_document


def test_load_refuses_python_tags_and_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("a: !!python/name:os.system\n")
    with pytest.raises(GenerationError, match="refused YAML construct"):
        load_document(spec)
    spec.write_text("a: 1\nb:\n  c: 1\n  c: 2\n")
    with pytest.raises(GenerationError, match=r"s.yaml:4.*duplicate key 'c'"):
        load_document(spec)
    json_spec = tmp_path / "s.json"
    json_spec.write_text('{"a": 1, "a": 2}')
    with pytest.raises(GenerationError, match="duplicate key 'a'"):
        load_document(json_spec)
    json_spec.write_bytes(b'\xef\xbb\xbf{"openapi": "3.0.3"}')
    assert load_document(json_spec).data == {"openapi": "3.0.3"}
