"""Stage 5: render the IR through the Jinja2 templates into source text.

Each module the IR lists (``Api.modules``) is rendered through its template: most
templates render one file (``_client.py.jinja`` -> ``_client.py``), some one per
operation group (``operations/_group_operations.py.jinja``) or per part of the models
(``models/_models.py.jinja`` -> ``models/_models_1.py``...); each render gets its
``PackageModule`` as ``module``.  Templates under ``macros/`` are partials.  A model
defined in another part is written as ``ref(name)`` gives it (``_models_3.Name``):
``ref`` is a global of the environment reading the module being rendered.  The environment is built
once per templates folder, so each template is compiled once per process.  Undefined
names are errors (``StrictUndefined``), and every string from the spec reaches the
output only through the ``pyrepr`` (a Python literal, as black writes it) and ``docstring``
filters (a value shown in a docstring: ``docrepr | docstring``, Python's ``repr``).

The built-in templates are package data: the project's top-level ``templates/`` folder
is installed as ``generator/templates/`` (``package-dir`` in pyproject.toml) and read
through :mod:`importlib.resources` (a custom Jinja2 loader over its ``Traversable``), so
a wheel, a zip import and a non-editable install render exactly what a checkout does.
In a checkout or an editable install (no ``generator/templates``), the checkout's own
``templates/`` is used, but only when the folder above ``generator/`` is opgen's project
(its pyproject.toml names ``opgen``).  Finding no built-in templates, or a templates
folder without ``_client.py.jinja``, is :class:`BuiltinTemplatesMissing`: an internal
error (exit 3), raised before anything is written.  So is a built-in folder holding a
template named after a runtime module (:class:`BuiltinTemplatesStale`: a stale install
leaving an old ``_lro.py.jinja`` behind), which would otherwise be rendered.

The runtime (``generator/runtime/``: ``_policy.py``, ``_serde.py``...) is not rendered:
:func:`runtime_files` reads the modules ``Api.runtime_modules`` names, already
black-formatted, to be copied into the package byte for byte (not through black).  A
user template named after one (``--templates`` with ``_serde.py.jinja``) is an error
(``template-runtime``, exit 2), never silently ignored.

A user template that matches no built-in one and is not a partial (``macros/``) renders a
file of its own: ``CONTRIBUTING.md.jinja`` gives the package's ``CONTRIBUTING.md`` (a
``.py`` one is formatted as the modules are), and one under ``project/`` a file of the
project folder, next to the package, when project files are written (``--project``:
:func:`render_project`, which also renders the built-in ``project/pyproject.toml.jinja``
and ``project/README.md.jinja``).  Such a file may not take the name of a file opgen
generates (``template-collision``, exit 2).
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import functools
import importlib.resources
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2

from generator.cache import cache_folder
from generator.diagnostics import Diagnostic, GenerationError, Level, error
from generator.emit import precompiled
from generator.emit.layout import concatenation, docstring_end, docstring_literal, fit
from generator.emit.write import MANIFEST
from generator.ir import Api, PackageModule
from generator.literals import docrepr, pyrepr

PARTIALS = "macros/"
PROJECT = "project/"  # templates of the project folder, next to the package (--project)
SUFFIX = ".jinja"
# A templates folder without it is not opgen's: refused rather than rendered (exit 3).
REQUIRED_TEMPLATE = "_client.py" + SUFFIX


class BuiltinTemplatesMissing(RuntimeError):
    """opgen's own templates cannot be found: a broken installation, never bad input."""


class BuiltinTemplatesStale(BuiltinTemplatesMissing):
    """opgen's own templates folder holds a template named after a runtime module (left
    behind by an older install): a broken installation, never bad input."""


RUNTIME_OVERRIDE = "runtime modules are copied, not rendered, and cannot be overridden; see docs/templates.md"


def runtime_names() -> frozenset[str]:
    """The paths (inside a package) of every runtime module in ``generator/runtime/``:
    its ``.py`` files but the package markers (``__init__.py``)."""
    root = importlib.resources.files("generator") / "runtime"
    if not root.is_dir():
        return frozenset()
    return frozenset(name for name in _walk(root, suffix=".py") if name.rsplit("/", 1)[-1] != "__init__.py")


def _runtime_templates(names: Iterable[str]) -> list[str]:
    """The template names among ``names`` that would render a runtime module, sorted."""
    runtime = runtime_names()
    return sorted(name for name in names if name.removesuffix(SUFFIX) in runtime)


def _checkout_templates() -> Path | None:
    """The top-level ``templates/`` of the opgen checkout this package is imported from
    (a source checkout or an editable install), or ``None``."""
    package = importlib.resources.files("generator")
    if not isinstance(package, Path):  # imported from a zip file: never a checkout
        return None
    root = package.resolve().parent
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text("utf-8")).get("project", {})
    except (OSError, ValueError):
        return None
    if not isinstance(project, dict) or project.get("name") != "opgen":
        return None
    return root / "templates"


@functools.lru_cache(maxsize=1)
def builtin_templates() -> Traversable:
    """The folder of the built-in templates: the installed package data, else (a
    checkout) the checkout's ``templates/``.  Raises :class:`BuiltinTemplatesMissing`."""
    packaged = importlib.resources.files("generator") / "templates"
    if packaged.is_dir():
        found: Traversable | None = packaged
        where = str(packaged)
    else:
        found = _checkout_templates()
        where = f"{packaged} (nor a checkout's templates/ folder)"
    if found is None or not found.is_dir():
        raise BuiltinTemplatesMissing(f"opgen's built-in templates are missing: no folder {where}; reinstall opgen")
    if not (found / REQUIRED_TEMPLATE).is_file():
        raise BuiltinTemplatesMissing(f"opgen's built-in templates are incomplete: {found} has no {REQUIRED_TEMPLATE}; reinstall opgen")
    stale = _runtime_templates(_walk(found))
    if stale:
        files = ", ".join(str(found / name) for name in stale)
        raise BuiltinTemplatesStale(f"opgen's built-in templates are stale: {files} (a runtime module is copied, not rendered); reinstall opgen")
    return found


def _walk(folder: Traversable, prefix: str = "", suffix: str = SUFFIX) -> Iterator[str]:
    for entry in folder.iterdir():
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/", suffix)
        elif entry.name.endswith(suffix):
            yield prefix + entry.name


class TraversableLoader(jinja2.BaseLoader):
    """Templates from an :mod:`importlib.resources` folder: a real directory once
    installed, but also one inside a zip file.  Names and file names as
    :class:`jinja2.FileSystemLoader` gives them (``str()`` of the resource)."""

    def __init__(self, root: Traversable) -> None:
        self.root = root

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        resource = self.root
        for piece in jinja2.loaders.split_template_path(template):
            resource = resource / piece
        if not resource.is_file():
            raise jinja2.TemplateNotFound(template)
        return resource.read_text("utf-8"), str(resource), lambda: True  # package data: fixed for the process

    def list_templates(self) -> list[str]:
        return sorted(_walk(self.root))

    @jinja2.utils.internalcode
    def load(self, environment: jinja2.Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        """The template ``name`` from its module compiled ahead of time
        (:mod:`generator.emit.precompiled`) when that was made from this source, else
        compiled (through the bytecode cache)."""
        source, _, _ = self.get_source(environment, name)
        found = precompiled.template(environment, name, source, globals if globals is not None else {})
        return found if found is not None else super().load(environment, name, globals)


_CONTROL = {i: f"\\x{i:02x}" for i in range(32) if chr(i) not in "\n\t"}
_CONTROL[0x7F] = "\\x7f"
# Line breaks to str.splitlines() (and so to black's docstring re-indenting), not to Python.
_CONTROL.update({0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029"})
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a lone surrogate: no UTF-8 file can hold it


def docstring(value: object) -> str:
    """``value`` made safe inside a triple-double-quoted docstring."""
    text = str(value).replace("\r\n", "\n").replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = text.translate(_CONTROL)
    text = _SURROGATE.sub(lambda found: f"\\u{ord(found[0]):04x}", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    # A final quote would run into the closing ``"""``; escape it unless it already is
    # (an escaped ``\"\"\"`` ends in ``\"``: an odd number of backslashes before it).
    if text.endswith('"') and (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2 == 0:
        text = text[:-1] + '\\"'
    return text


def toml_string(value: object) -> str:
    """``value`` as a TOML basic string (``"..."``): quotes, backslashes and control
    characters escaped; a lone surrogate (no TOML string holds one) is U+FFFD."""
    return '"' + "".join(_toml_char(ch) for ch in str(value)) + '"'


def _toml_char(ch: str) -> str:
    code = ord(ch)
    if ch in '"\\':
        return "\\" + ch
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04x}"
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else ch


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja2's compiled templates, kept between runs (compiling them is about a quarter
    of a second, half of a small spec's run).  Jinja2 keys each by the template's name and
    checks the checksum of its source, so an edited template is compiled again.  A cache
    that cannot be read or written is no cache: the run goes on without it."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_folder()
    if folder is None:
        return None
    templates = folder / f"templates-jinja2-{jinja2.__version__}"
    try:
        templates.mkdir(exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _TemplateCache(str(templates))


@functools.lru_cache(maxsize=8)
def environment(templates: Path | None) -> jinja2.Environment:
    """The Jinja2 environment: user templates first (if any), then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    builtin = TraversableLoader(builtin_templates())
    loaders.append(jinja2.PrefixLoader({"builtin": builtin}))
    loaders.append(builtin)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        lstrip_blocks=False,
        trim_blocks=False,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["docrepr"] = docrepr
    env.filters["fit"] = fit
    env.filters["docstring_end"] = docstring_end
    env.filters["docstring_literal"] = docstring_literal
    env.filters["concatenation"] = concatenation
    env.filters["docstring"] = docstring
    env.filters["toml"] = toml_string
    env.globals["ref"] = ref
    return env


_REFS: contextvars.ContextVar[PackageModule | None] = contextvars.ContextVar("opgen_render_module", default=None)


def ref(name: str) -> str:
    """How the module being rendered reaches the class ``name``: ``PackageModule.refs``
    (``_models_3.Name`` for a model another part defines), else the name itself."""
    module = _REFS.get()
    return module.refs.get(name, name) if module is not None else name


def output_templates() -> list[str]:
    """Names of the templates that produce files (one, or one per module of
    ``Api.modules`` naming them), in a stable order."""
    # Sorted by path components (``aio/...`` before ``aio.py...``), as Path objects sort.
    names = sorted(_walk(builtin_templates()), key=lambda name: name.split("/"))
    return [name for name in names if not name.startswith((PARTIALS, PROJECT))]


def extra_templates(templates: Path | None) -> list[str]:
    """The user templates that render files of their own: those matching no built-in
    template, but partials (``macros/``), sorted as :func:`output_templates` sorts."""
    if templates is None:
        return []
    builtin = set(_walk(builtin_templates()))
    names = (path.relative_to(templates).as_posix() for path in templates.rglob("*" + SUFFIX) if path.is_file())
    return sorted((n for n in names if n not in builtin and not n.startswith(PARTIALS)), key=lambda name: name.split("/"))


def _collisions(templates: Path, names: Iterable[tuple[str, str]], taken: Iterable[str], what: str) -> None:
    """Refuse extra templates (``(template, output)``) whose output is ``taken``."""
    taken = set(taken)
    refused = [(template, output) for template, output in names if output in taken]
    if refused:
        raise GenerationError([
            Diagnostic(Level.ERROR, "template-collision", f"renders {output}, a file opgen generates in {what}; rename it", str(templates / template))
            for template, output in refused
        ])


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


def check_user_templates(templates: Path) -> None:
    """Refuse a user templates folder with a template named after a runtime module: it
    would never be rendered.  One ``template-runtime`` error per such file."""
    names = (path.relative_to(templates).as_posix() for path in templates.rglob("*" + SUFFIX) if path.is_file())
    refused = _runtime_templates(names)
    if refused:
        raise GenerationError([
            Diagnostic(Level.ERROR, "template-runtime", f"{name.removesuffix(SUFFIX)} is a runtime module: {RUNTIME_OVERRIDE}", str(templates / name))
            for name in refused
        ])


def render_api(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Render every module of ``Api.modules`` through its template; keys are paths inside
    the package."""
    if templates is not None:
        check_user_templates(templates.resolve())
    env = environment(templates.resolve() if templates is not None else None)
    by_template: dict[str, list[PackageModule]] = {}
    for module in api.modules:
        by_template.setdefault(module.template, []).append(module)
    modules = [module for name in output_templates() for module in by_template.get(name, ())]
    files = _render_modules(env, api, modules)
    if templates is not None:
        extras = [(name, name.removesuffix(SUFFIX)) for name in extra_templates(templates.resolve()) if not name.startswith(PROJECT)]
        _collisions(templates, extras, [*files, *api.runtime_modules, MANIFEST], "the package")
        for name, output in extras:
            files[output] = _render(env, name, output, api=api, module=None)
    return files


PARALLEL_MODULES = 40  # modules to render; fewer are quicker in this process than in workers


def _render_modules(env: jinja2.Environment, api: Api, modules: list[PackageModule]) -> dict[str, str]:
    """Every module of ``modules`` rendered (by path, in that order): in worker processes
    forked from this one (they share the IR) when there are many and the platform forks,
    else here.  A module that fails in a worker is rendered here again, to fail as it
    does in one process."""
    import multiprocessing

    from generator.emit.format import _workers

    workers = min(_workers(), len(modules))
    if workers < 2 or len(modules) < PARALLEL_MODULES or "fork" not in multiprocessing.get_all_start_methods():
        return {module.path: _render_module(env, api, module) for module in modules}
    global _FORKED
    _FORKED = (env, api, modules)
    try:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            texts = list(pool.map(_render_forked, range(len(modules)), chunksize=max(1, len(modules) // (8 * workers))))
    finally:
        _FORKED = None
    return {module.path: text if text is not None else _render_module(env, api, module) for module, text in zip(modules, texts, strict=True)}


_FORKED: tuple[jinja2.Environment, Api, list[PackageModule]] | None = None  # what forked workers render


def _render_forked(index: int) -> str | None:
    """In a forked worker: the module ``index`` of :data:`_FORKED`, or ``None`` when it
    fails (the parent renders it again to report the failure)."""
    assert _FORKED is not None
    env, api, modules = _FORKED
    try:
        return _render_module(env, api, modules[index])
    except Exception:
        return None


def _render_module(env: jinja2.Environment, api: Api, module: PackageModule) -> str:
    token = _REFS.set(module)
    try:
        return _render(env, module.template, module.path, api=api, module=module)
    finally:
        _REFS.reset(token)


def render_project(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Render the project folder's files (``project/`` templates: the built-in
    ``pyproject.toml`` and ``README.md``, and a user folder's own); keys are paths in
    the project folder, the package's folder excluded."""
    env = environment(templates.resolve() if templates is not None else None)
    names = [name for name in sorted(_walk(builtin_templates())) if name.startswith(PROJECT)]
    extras = [name for name in extra_templates(templates.resolve() if templates is not None else None) if name.startswith(PROJECT)]
    outputs = [(name, name.removeprefix(PROJECT).removesuffix(SUFFIX)) for name in extras]
    if templates is not None:
        taken = [name.removeprefix(PROJECT).removesuffix(SUFFIX) for name in names] + [MANIFEST]
        _collisions(templates, outputs, taken, "the project folder")
        inside = [(name, output) for name, output in outputs if output.split("/")[0] == api.package]
        _collisions(templates, inside, [output for _, output in inside], f"the package folder {api.package}/ (a package template goes outside project/)")
    return {
        output: _render(env, name, output, api=api, module=None)
        for name, output in [*((n, n.removeprefix(PROJECT).removesuffix(SUFFIX)) for n in names), *outputs]
    }


def _render(env: jinja2.Environment, name: str, output: str, *, api: Api, module: PackageModule | None) -> str:
    """``output`` rendered through the template ``name``; a failure is a GenerationError
    naming the template (its line) and the spec element being rendered."""
    position = _Position()
    try:
        return env.get_template(name).render(api=api, module=module, at=position.at)
    except jinja2.TemplateSyntaxError as exc:
        raise error("template-syntax", f"template error: {exc.message}", exc.filename or name, line=exc.lineno) from None
    except jinja2.TemplateNotFound as exc:
        raise error("template-missing", f"template {exc.name!r} not found (included from {name})", _template_file(env, name)) from None
    except (jinja2.UndefinedError, TypeError, ValueError, AttributeError, KeyError, StopIteration) as exc:
        raise error(
            "template-render",
            f"rendering {output} failed: {exc}{position.describe()}",
            _template_file(env, name),
            line=_template_line(exc),
        ) from None


def runtime_files(api: Api) -> dict[str, str]:
    """The runtime modules ``api``'s package ships, by their path inside it, read from
    ``generator/runtime/`` (package data through :mod:`importlib.resources`), unchanged.
    A missing one is :class:`BuiltinTemplatesMissing` (a broken installation, exit 3)."""
    root = importlib.resources.files("generator") / "runtime"
    files: dict[str, str] = {}
    for name in api.runtime_modules:
        resource = root
        for piece in name.split("/"):
            resource = resource / piece
        if not resource.is_file():
            raise BuiltinTemplatesMissing(f"opgen's runtime is incomplete: no {resource}; reinstall opgen")
        files[name] = resource.read_bytes().decode("utf-8")
    return files


def _template_file(env: jinja2.Environment, name: str) -> str:
    try:
        source = env.loader.get_source(env, name) if env.loader else None
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
