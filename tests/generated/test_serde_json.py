"""The generated ``json_body``: UTF-8 decoded directly (the fast path), a UTF-8 byte order
mark skipped, UTF-16 and UTF-32 bodies still read, and every failure one
DeserializationError naming the response."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated"))

from desktopvirtualization import DeserializationError, _serde  # noqa: E402

DOCUMENT = {"token": "tøken ✓", "n": [1, 2.5, None, True]}
TEXT = '{"token": "tøken ✓", "n": [1, 2.5, null, true]}'


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]
)
def test_every_json_encoding_is_read(encoding: str) -> None:
    assert _serde.json_body(TEXT.encode(encoding), "Op response 200") == DOCUMENT


def test_empty_body_is_none() -> None:
    assert _serde.json_body(b"", "Op response 200") is None


@pytest.mark.parametrize(
    "body",
    [b'{"token": "x"', b"\xff\xfe\xfa", b'{"a": "\xc3"}', b"nan", b"[" * 100_000],
    ids=["truncated", "not-utf", "bad-utf8-in-string", "not-json", "too-deep"],
)
def test_bad_bodies_raise_one_error_naming_the_response(body: bytes) -> None:
    with pytest.raises(DeserializationError, match="Op response 200.*not valid JSON"):
        _serde.json_body(body, "Op response 200")
