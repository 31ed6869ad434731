"""The package's logger, and what of a body may be logged: never a secret field's value.

``logging`` is imported when first needed, not by ``import <package>`` (with
``urllib.parse``, about a third of its import time; httpx imports both when the first
client is made anyway).
"""

from __future__ import annotations

import json as _json
import typing as _t

from ._config import SECRET_FIELDS
from ._meta import PACKAGE

if _t.TYPE_CHECKING:
    import logging as _logging

LOGGER: _logging.Logger | None = None  # see logger()
DEBUG = 10  # logging.DEBUG
_SECRET_KEYS = frozenset(field.rpartition(".")[2] for field in SECRET_FIELDS)


def logger() -> _logging.Logger:
    """The package's logger (named after the package)."""
    global LOGGER
    if LOGGER is None:
        import logging

        LOGGER = logging.getLogger(PACKAGE)
    return LOGGER


def _redact(value: _t.Any) -> _t.Any:
    if isinstance(value, dict):
        return {k: "***" if k in _SECRET_KEYS else _redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def loggable_body(content: bytes | None) -> str:
    """A body for the log: JSON with every secret field replaced by ``***``; other
    content only by its size."""
    if not content:
        return "<empty>"
    try:
        return _json.dumps(_redact(_json.loads(content)), ensure_ascii=False)
    except (ValueError, RecursionError):
        return f"<{len(content)} bytes, not JSON>"


def redacted_url(url: str, names: _t.Collection[str]) -> str:
    """``url`` for the log: the values of the query parameters ``names`` (API keys) as ``***``."""
    if not names or "?" not in url:
        return url
    from urllib.parse import unquote_plus

    base, _, query = url.partition("?")
    pieces = [
        (
            piece.partition("=")[0] + "=***"
            if unquote_plus(piece.partition("=")[0]) in names
            else piece
        )
        for piece in query.split("&")
    ]
    return base + "?" + "&".join(pieces)
