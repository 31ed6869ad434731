"""The runtime (``generator/runtime/``) tested as such, module by module, without
generating a package: its modules import the generated ``_config`` and ``_meta``
relatively, so :func:`runtime_package` assembles the smallest package around a copy of
them, with a ``_config.py`` and ``_meta.py`` of its own, importable under a unique name."""

from __future__ import annotations

import importlib
import itertools
import shutil
import sys
import typing as _t
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

RUNTIME = Path(__file__).resolve().parents[2] / "generator" / "runtime"
_numbers = itertools.count()


def runtime_package(
    folder: Path,
    *,
    scopes: tuple[str, ...] = (),
    scope_suffix: str = "/.default",
    secret_fields: frozenset[str] = frozenset({"Login.password", "Token.token"}),
    azure: bool = True,
) -> str:
    """A package made of the runtime's modules and the given ``_config``, written under
    ``folder``; its (unique) name. ``folder`` must be on ``sys.path`` to import it.
    ``azure``: the headers of Azure's conventions (``Client.azure``), else none."""
    name = f"opgen_runtime_{next(_numbers)}_{id(folder):x}"
    package = folder / name
    shutil.copytree(RUNTIME, package, ignore=shutil.ignore_patterns("__pycache__", "*.pyi"))
    (package / "_config.py").write_text(
        f"SCOPES = {scopes!r}\nSCOPE_SUFFIX = {scope_suffix!r}\nSECRET_FIELDS = {secret_fields!r}\n"
        f"REQUEST_ID_HEADER = {'x-ms-client-request-id' if azure else None!r}\n"
        f"RESPONSE_ID_HEADER = {'x-ms-request-id' if azure else None!r}\n"
        f"RETRY_AFTER_MS_HEADERS = {('retry-after-ms', 'x-ms-retry-after-ms') if azure else ('retry-after-ms',)!r}\n",
        "utf-8",
    )
    (package / "_meta.py").write_text(
        f"PACKAGE = {name!r}\nVERSION = '1.2.3'\nTITLE = 'Runtime under test'\n"
        "GENERATOR_VERSION = '9.9.9'\nSPEC_FILES = ('spec.yaml',)\nSPEC_SHA256 = '0' * 64\n",
        "utf-8",
    )
    return name


class Runtime:
    """The assembled package: ``rt.module("_urls")`` imports one of its modules."""

    def __init__(self, name: str) -> None:
        self.name = name

    def module(self, module: str) -> ModuleType:
        return importlib.import_module(f"{self.name}.{module}")


@pytest.fixture(scope="session")
def _runtime_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("runtime")
    sys.path.insert(0, str(folder))
    try:
        yield folder
    finally:
        sys.path.remove(str(folder))


@pytest.fixture(scope="session")
def make_runtime(_runtime_path: Path) -> Iterator[Callable[..., Runtime]]:
    """Assemble a runtime package with the given ``_config`` values (see
    :func:`runtime_package`); every package made is dropped from ``sys.modules`` after."""
    names: list[str] = []

    def make(**config: _t.Any) -> Runtime:
        name = runtime_package(_runtime_path, **config)
        names.append(name)
        importlib.invalidate_caches()
        return Runtime(name)

    yield make
    for module in [m for m in sys.modules if m.split(".")[0] in names]:
        del sys.modules[module]


@pytest.fixture(scope="session")
def rt(make_runtime: Callable[..., Runtime]) -> Runtime:
    """The runtime with a default ``_config``: no spec scopes, two secret fields."""
    return make_runtime()


@pytest.fixture(scope="session")
def urls(rt: Runtime) -> ModuleType:
    return rt.module("_urls")


@pytest.fixture(scope="session")
def credentials(rt: Runtime) -> ModuleType:
    return rt.module("_credentials")


@pytest.fixture(scope="session")
def policy(rt: Runtime) -> ModuleType:
    return rt.module("_policy")


@pytest.fixture(scope="session")
def serde(rt: Runtime) -> ModuleType:
    return rt.module("_serde")


@pytest.fixture(scope="session")
def validation(rt: Runtime) -> ModuleType:
    return rt.module("_validation")


@pytest.fixture(scope="session")
def errors(rt: Runtime) -> ModuleType:
    return rt.module("_errors")


class Clock:
    """A stand-in for the ``time`` module a runtime module calls (``_time``): ``time()``
    and ``monotonic()`` move only when told to."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()
