"""Decoding ``oneOf`` / ``anyOf`` unions (runtime of this package, shipped when a spec has them).

A union is decoded by trying its variants in a fixed order, each given as ``(JSON type,
required keys, decode)``; the first whose ``decode`` raises no DeserializationError wins:

- a value is tried only with the variants of its JSON type: a bool with ``boolean``
  variants, an int with ``integer`` ones then ``number`` ones, a float with ``number``
  ones then (when its value is whole) ``integer`` ones, a str with ``string`` ones, a
  list with ``array`` ones, a dict with ``object`` ones (``any`` takes every value);
- among object variants, those whose required keys the object all has come first, then
  the others, each group in spec order.

With a discriminator (:func:`tagged`), an object whose tag names a variant is decoded as
that variant alone. An absent or unknown tag is a deviation: strict mode raises
DeserializationError, tolerant reading logs it once and decodes as without a
discriminator. A value no variant decodes raises DeserializationError in both modes.
"""

from __future__ import annotations

import typing as _t

from ._errors import DeserializationError
from ._tolerance import STRICT, fail, tolerate

Variant = tuple[str, tuple[str, ...], _t.Callable[[_t.Any], _t.Any]]
"""One variant: its JSON type, the keys an object of it requires, its decoder."""

_ORDER = {
    bool: ("boolean",),
    int: ("integer", "number"),
    float: ("number", "integer"),
    str: ("string",),
    list: ("array",),
    dict: ("object",),
}


def one_of(value: object, where: str, variants: tuple[Variant, ...]) -> _t.Any:
    """``value`` decoded as the first variant that fits it (see the module's docstring)."""
    first: DeserializationError | None = None
    for _, _, decode in _candidates(value, variants):
        try:
            return decode(value)
        except DeserializationError as exc:
            first = first or exc
    if first is not None:
        raise first
    kinds = ", ".join(dict.fromkeys(kind for kind, _, _ in variants))
    raise fail(where, f"one of: {kinds}", value)


def tagged(
    value: object,
    where: str,
    name: str,
    tags: tuple[tuple[str, int], ...],
    variants: tuple[Variant, ...],
) -> _t.Any:
    """``value`` decoded as the variant its discriminator ``name`` names (``tags``: value,
    index in ``variants``); else as :func:`one_of` does, once the deviation is tolerated."""
    if type(value) is dict:
        tag = value.get(name)
        for known, index in tags:
            if tag == known:
                return variants[index][2](value)
        expected = f"{name!r} one of " + ", ".join(repr(known) for known, _ in tags)
        if STRICT.get():
            raise fail(where, expected, tag)
        tolerate(where, "unknown discriminator", f"expected {expected}; matched by shape")
    return one_of(value, where, variants)


def _candidates(value: object, variants: tuple[Variant, ...]) -> list[Variant]:
    """The variants to try for ``value``, in order."""
    kinds = _ORDER.get(type(value), ())
    if isinstance(value, float) and not value.is_integer():
        kinds = ("number",)
    found = [v for kind in kinds for v in variants if v[0] == kind]
    if isinstance(value, dict):
        keys = value.keys()
        found.sort(key=lambda v: not all(k in keys for k in v[1]))  # stable: spec order kept
    return found + [v for v in variants if v[0] == "any"]
