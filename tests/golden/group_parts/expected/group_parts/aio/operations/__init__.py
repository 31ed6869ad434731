"""The async operation group classes of Pet Shop: reach them as attributes
of the async client (``client.<group>``), which imports each group's module on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from ._pets_operations import *  # noqa: F403
    from ._stores_operations import *  # noqa: F403

_PARTS: dict[str, str] = {
    "_pets_operations": "PetsOperations",
    "_stores_operations": "StoresOperations",
}
"""The names each submodule defines: it is imported when one of them is first read."""

_MODULES = {name: submodule for submodule, names in _PARTS.items() for name in names.split()}
__all__ = list(_MODULES)


def __getattr__(name: str) -> object:
    submodule = _MODULES.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
