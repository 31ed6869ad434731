"""Python literals for values from the spec: the one way spec data becomes code.

Build writes some literals itself (the checkers' keyword arguments); the templates
write the rest through the ``pyrepr`` filter. Both use :func:`pyrepr`, so a value
reads the same wherever it lands, and spec text can never escape its literal.
"""

from __future__ import annotations

import math


def pyrepr(value: object) -> str:
    """A Python literal for ``value``; spec text can never escape it."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f'float("{value}")'
    if isinstance(value, (tuple, list)):
        items = ", ".join(pyrepr(v) for v in value)
        if isinstance(value, list):
            return f"[{items}]"
        return f"({items},)" if len(value) == 1 else f"({items})"
    raise TypeError(f"no Python literal for a {type(value).__name__}")
