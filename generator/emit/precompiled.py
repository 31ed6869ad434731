"""The built-in templates compiled ahead of time, shipped in ``generator/emit/compiled/``.

Jinja2 compiles a template to Python before rendering it: for the built-in templates
about a quarter of a second, half of a small spec's first run (later runs load them
from the bytecode cache in opgen's cache folder, :mod:`generator.emit.render`).  The
Python Jinja2 makes of each built-in template is committed here as a module
(``compiled/t_<key>.py``, byte-compiled when the wheel is installed), so a first run,
a CI job or a fresh machine renders without compiling.

A compiled module is used only when it was made from the very source the template has
now (its SHA-256, in ``compiled/__init__.py``'s ``INDEX``) by the same Jinja2 version
(``JINJA2``); else the template is compiled as before.  Output never depends on which:
a compiled module is what Jinja2 makes of the template.  Rewrite them after changing a
template with ``python -m tests.golden.update`` (with the goldens, which a template
change changes too); ``tests/unit/emit/test_precompiled.py`` fails while one is stale.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2

FOLDER = Path(__file__).resolve().parent / "compiled"
PACKAGE = __name__.rsplit(".", 1)[0] + ".compiled"


def key(name: str) -> str:
    """The module name of the template ``name`` (Jinja2's ``ModuleLoader`` naming)."""
    return "t_" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def source_sha(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _index() -> tuple[str, dict[str, str]] | None:
    try:
        compiled = importlib.import_module(PACKAGE)
    except ImportError:
        return None
    return getattr(compiled, "JINJA2", ""), getattr(compiled, "INDEX", {})


_INDEX: tuple[str, dict[str, str]] | None | bool = False  # False: not read yet


def module_for(name: str, source: str) -> ModuleType | None:
    """The compiled module of the built-in template ``name`` whose source is ``source``;
    ``None`` when there is none for this source and this Jinja2."""
    global _INDEX
    if _INDEX is False:
        _INDEX = _index()
    if not isinstance(_INDEX, tuple):
        return None
    version, index = _INDEX
    if version != jinja2.__version__ or index.get(name) != source_sha(source):
        return None
    try:
        return importlib.import_module(f"{PACKAGE}.{key(name)}")
    except ImportError:
        return None


def template(environment: jinja2.Environment, name: str, source: str, globals: Any) -> jinja2.Template | None:
    """The built-in template ``name`` from its compiled module, or ``None`` (compile it)."""
    module = module_for(name, source)
    if module is None:
        return None
    return environment.template_class.from_module_dict(environment, module.__dict__, globals)


def write_all(folder: Path = FOLDER) -> list[str]:
    """Compile every built-in template into ``folder`` (its modules and ``__init__.py``);
    return the names of the files written or removed."""
    from generator.emit.render import TraversableLoader, builtin_templates, environment

    env = environment(None)
    root = builtin_templates()
    files: dict[str, str] = {}
    index: dict[str, str] = {}
    for name in TraversableLoader(root).list_templates():
        resource = root
        for piece in name.split("/"):
            resource = resource / piece
        source = resource.read_text("utf-8")
        code = env.compile(source, name, name, raw=True, defer_init=True)
        files[key(name) + ".py"] = code
        index[name] = source_sha(source)
    lines = [
        '"""The built-in templates compiled by Jinja2 (generator/emit/precompiled.py): written by',
        '``python -m tests.golden.update``; do not edit."""',
        "",
        f"JINJA2 = {jinja2.__version__!r}",
        "INDEX = {",
        *(f"    {name!r}: {sha!r},  # {key(name)}" for name, sha in index.items()),
        "}",
        "",
    ]
    files["__init__.py"] = "\n".join(lines)
    folder.mkdir(exist_ok=True)
    changed = []
    for stale in folder.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
            changed.append(stale.name)
    for file_name, text in files.items():
        path = folder / file_name
        if not path.is_file() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
            changed.append(file_name)
    return changed
