"""Stage 5: render the IR through the Jinja2 templates into source text.

One output file per template under ``templates/`` (``models.py.jinja`` ->
``models.py``); templates under ``macros/`` are partials.  The environment is built
once per templates folder, so each template is compiled once per process.  Undefined
names are errors (``StrictUndefined``), and every string from the spec reaches the
output only through the ``pyrepr`` (a Python literal) and ``docstring`` filters.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

import jinja2

from generator.diagnostics import error
from generator.ir import Api

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PARTIALS = "macros/"
SUFFIX = ".jinja"


def pyrepr(value: object) -> str:
    """A Python literal for ``value``; spec text can never escape it."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f'float("{value}")'
    if isinstance(value, (tuple, list)):
        items = ", ".join(pyrepr(v) for v in value)
        return f"({items},)" if isinstance(value, tuple) and len(value) == 1 else (f"({items})" if isinstance(value, tuple) else f"[{items}]")
    raise TypeError(f"no Python literal for a {type(value).__name__}")


_CONTROL = {i: f"\\x{i:02x}" for i in range(32) if chr(i) not in "\n\t"}
_CONTROL[0x7F] = "\\x7f"
# Line breaks to str.splitlines() (and so to black's docstring re-indenting), not to Python.
_CONTROL.update({0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029"})


def docstring(value: object) -> str:
    """``value`` made safe inside a triple-double-quoted docstring."""
    text = str(value).replace("\r\n", "\n").replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = text.translate(_CONTROL)
    text = "".join(ch if not 0xD800 <= ord(ch) <= 0xDFFF else f"\\u{ord(ch):04x}" for ch in text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    # A final quote would run into the closing ``"""``; escape it unless it already is
    # (an escaped ``\"\"\"`` ends in ``\"``: an odd number of backslashes before it).
    if text.endswith('"') and (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2 == 0:
        text = text[:-1] + '\\"'
    return text


@functools.lru_cache(maxsize=8)
def environment(templates: Path | None) -> jinja2.Environment:
    """The Jinja2 environment: user templates first (if any), then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(jinja2.PrefixLoader({"builtin": jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES))}))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        lstrip_blocks=False,
        trim_blocks=False,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["docstring"] = docstring
    return env


def output_templates() -> list[str]:
    """Names of the templates that each produce one file, in a stable order."""
    names = []
    for path in sorted(BUILTIN_TEMPLATES.rglob("*" + SUFFIX)):
        name = path.relative_to(BUILTIN_TEMPLATES).as_posix()
        if not name.startswith(PARTIALS):
            names.append(name)
    return names


class _Position:
    """What a template is rendering: templates call ``at(element)`` as they reach each
    model, enum and operation, so an error can name the spec element."""

    def __init__(self) -> None:
        self.element: object | None = None

    def at(self, element: object) -> str:
        self.element = element
        return ""

    def describe(self) -> str:
        element = self.element
        if element is None:
            return ""
        kind = {"Model": "model", "EnumType": "enum", "Operation": "operation"}.get(type(element).__name__, "element")
        name = getattr(element, "operation_id", None) or getattr(element, "name", "?")
        return f" while rendering {kind} {name} (spec #{getattr(element, 'pointer', '')})"


def render_api(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Render every output template; keys are paths inside the package."""
    env = environment(templates.resolve() if templates is not None else None)
    files: dict[str, str] = {}
    for name in output_templates():
        position = _Position()
        try:
            template = env.get_template(name)
            files[name.removesuffix(SUFFIX)] = template.render(api=api, at=position.at)
        except jinja2.TemplateSyntaxError as exc:
            raise error("template-syntax", f"template error: {exc.message}", exc.filename or name, line=exc.lineno) from None
        except jinja2.TemplateNotFound as exc:
            raise error("template-missing", f"template {exc.name!r} not found (included from {name})", _template_file(env, name)) from None
        except (jinja2.UndefinedError, TypeError, ValueError, AttributeError, KeyError) as exc:
            raise error(
                "template-render",
                f"rendering {name} failed: {exc}{position.describe()}",
                _template_file(env, name),
                line=_template_line(exc),
            ) from None
    return files


def _template_file(env: jinja2.Environment, name: str) -> str:
    try:
        source = env.loader.get_source(env, name) if env.loader else None  # type: ignore[union-attr]
    except jinja2.TemplateNotFound:
        return name
    return (source[1] if source and source[1] else name)


def _template_line(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(SUFFIX):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
