"""Turning spec names into Python identifiers, predictably.

Every name the spec offers (operationIds, schema names, property and parameter names,
enum values, titles) goes through one of the functions here and comes out a valid,
non-keyword identifier.  :class:`NameRegistry` then keeps names unique within one
scope: the first claimant keeps the clean name and later ones get ``_2``, ``_3``...,
in spec order, so the same spec always yields the same names.
"""

from __future__ import annotations

import builtins
import keyword
import re
import sys
import unicodedata

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+")
_BUILTIN_NAMES = frozenset(dir(builtins))


def _ascii_words(text: str) -> list[str]:
    """Split ``text`` into words: camelCase, snake_case, kebab-case, spaces, acronyms."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(folded)


def snake_case(text: str) -> str:
    """``resourceGroupName`` -> ``resource_group_name``; ``IPAddress`` -> ``ip_address``."""
    return "_".join(word.lower() for word in _ascii_words(text))


def pascal_case(text: str) -> str:
    """``registration info`` -> ``RegistrationInfo``; keeps acronyms: ``APIClient``."""
    words = re.split(r"[^0-9A-Za-z]+", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii"))
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def upper_snake_case(text: str) -> str:
    """Enum member names: ``Update`` -> ``UPDATE``, ``a b`` -> ``A_B``."""
    return snake_case(text).upper()


def _fix(name: str, empty: str, digit_prefix: str) -> str:
    if not name:
        name = empty
    if name[0].isdigit():
        name = digit_prefix + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def attribute_name(text: str, empty: str = "field") -> str:
    """A snake_case identifier for a property, parameter, group or method."""
    return _fix(snake_case(text), empty, "n_" if empty != "value" else "v_")


def class_name(text: str, empty: str = "Model") -> str:
    """A PascalCase identifier for a model, enum or client class."""
    name = _fix(pascal_case(text), empty, "M")
    if name in _BUILTIN_NAMES:
        name += empty if empty != name else "_"
    return name


def enum_member_name(value: object) -> str:
    """``"Update"`` -> ``UPDATE``; ``""`` -> ``EMPTY``; ``"1"`` -> ``V_1``; ``-1`` -> ``V_MINUS_1``."""
    text = str(value)
    if text == "":
        return "EMPTY"
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        return f"V_MINUS_{-value}"
    name = upper_snake_case(text)
    if not name:
        return "VALUE"
    if name[0].isdigit():
        name = "V_" + name
    return name


# Builtins the generated code names in annotations and function bodies.  A class
# attribute, method or parameter of the same name would shadow them there (mypy rejects
# ``str: str`` in a class body, and ``bytes(body)`` breaks if a parameter is ``bytes``),
# so such a name gets a trailing underscore, as keywords do.  Model fields only need to
# avoid the types their class body annotates with: ``type`` and ``id`` stay as they are.
SHADOWED_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "type", "object", "isinstance"})
FIELD_SHADOWED_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})


def unshadowed(name: str, avoid: frozenset[str] = SHADOWED_BUILTINS) -> str:
    """``name``, or ``name_`` when it is one of the builtins in ``avoid``."""
    return name + "_" if name in avoid else name


# Modules generated code imports by absolute name.  A package of the same name would
# shadow them, for itself and for everything else on its sys.path.
_SHADOWABLE_MODULES = frozenset(sys.stdlib_module_names) | {"httpx"}


def package_name_problem(name: str) -> str | None:
    """What is wrong with ``name`` as a generated package's import name, or None."""
    if not name.isascii() or not name.isidentifier() or keyword.iskeyword(name):
        return "is not a valid Python identifier (ASCII letters, digits, _; no dots or separators)"
    if name in _SHADOWABLE_MODULES:
        return f"would shadow the module {name!r} (standard library or httpx) that generated code imports"
    return None


class NameRegistry:
    """Unique names within one scope; reserved names are never handed out."""

    def __init__(self, reserved: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(reserved)
        # Per numbered stem (``Team``, ``user_``), a number below which every numbered name
        # (from 2) is taken: the k-th claim of one name starts there, not at 2 (which made
        # k claims of one name cost k²/2 lookups).
        self._next: dict[str, int] = {}

    def claim(self, name: str, avoid: frozenset[str] = frozenset()) -> str:
        """``name`` if free, else the first free ``name_2``, ``name_3``...; names in
        ``avoid`` (kept for claimants yet to come) count as taken for this claim only."""
        if name not in self._taken and name not in avoid:
            self._taken.add(name)
            return name
        stem = name.rstrip("_")
        sep = "" if stem[:1].isupper() and not stem.isupper() else "_"  # Pascal2, snake_2, UPPER_2
        numbered = stem + sep
        n = start = self._next.get(numbered, 2)
        while f"{numbered}{n}" in self._taken or f"{numbered}{n}" in avoid:
            n += 1
        unique = f"{numbered}{n}"
        self._taken.add(unique)
        while f"{numbered}{start}" in self._taken:
            start += 1
        self._next[numbered] = start
        return unique

    def __contains__(self, name: str) -> bool:
        return name in self._taken
