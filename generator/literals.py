"""Python literals for values from the spec: the one way spec data becomes code.

Build writes some literals itself (the checkers' keyword arguments); the templates
write the rest through the ``pyrepr`` filter. Both use :func:`pyrepr`, so a value
reads the same wherever it lands, and spec text can never escape its literal.

Each literal is written as black writes it (black is the formatter of record): a string
in double quotes unless that needs more backslashes than single quotes (black's
``normalize_string_quotes``), a float's exponent without ``+`` (``1e16``, black's
``normalize_numeric_literal``).  Black would make the same of ``repr``'s form, but a
line that black leaves as it is costs it half (see :mod:`generator.emit.format`).
"""

from __future__ import annotations

import math


def pyrepr(value: object) -> str:
    """A Python literal for ``value``; spec text can never escape it."""
    return _literal(value, code=True)


def docrepr(value: object) -> str:
    """``value`` as Python's ``repr`` writes it (``'a'``, ``1e+16``): how docstrings show a
    value (black leaves docstrings as they are)."""
    return _literal(value, code=False)


def _literal(value: object, *, code: bool) -> str:
    """:func:`pyrepr` (``code``: as black writes it) or :func:`docrepr` (as ``repr`` does)."""
    if isinstance(value, str):
        return string_literal(value) if code else repr(value)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return f'float("{value}")'
        return repr(value).replace("e+", "e") if code else repr(value)
    if isinstance(value, (tuple, list)):
        items = ", ".join(_literal(v, code=code) for v in value)
        if isinstance(value, list):
            return f"[{items}]"
        return f"({items},)" if len(value) == 1 else f"({items})"
    raise TypeError(f"no Python literal for a {type(value).__name__}")


def string_literal(text: str) -> str:
    """``text`` as the string literal black makes of ``repr(text)``: in double quotes,
    but in single quotes when the text holds more double quotes than single ones (black
    never adds backslashes to change quotes), each quote of the chosen kind escaped."""
    singles, doubles = text.count("'"), text.count('"')
    quote = "'" if doubles > singles else '"'
    # repr escapes all but the quotes the same way in either form: apply it to the pieces
    # between quotes (repr of a text without quotes is always '...').
    pieces = [[repr(piece)[1:-1] for piece in chunk.split('"')] for chunk in text.split("'")]
    double = '\\"' if quote == '"' else '"'
    single = "\\'" if quote == "'" else "'"
    return quote + single.join(double.join(chunk) for chunk in pieces) + quote
