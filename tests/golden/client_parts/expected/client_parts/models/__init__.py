"""Models and enums of Notes.

Models are dataclasses; ``from_dict`` reads the JSON the service sends (unknown fields
are ignored, missing optional ones are ``None``) and ``to_dict`` writes it back with
the service's JSON names (requests leave out read-only fields: ``exclude_readonly``).
An enum value the spec does not list is kept as it came (a plain string or integer).

Reading is tolerant, as the Azure SDK's: a required field the service left out (or sent
as null) is ``None`` whatever its annotation says, and an integer outside its format's
range or a malformed ``format: uuid`` string is kept; each such deviation is logged once
at DEBUG. ``from_dict(data, strict=True)``, and every call of a client made with
``strict_responses=True``, raise ``DeserializationError`` instead. A value of the wrong
JSON type raises in both modes.

They are defined in parts of bounded size (``_models_<n>.py``, ``_enums_<n>.py``), each
imported when one of its names is first used: ``from client_parts.models import Name``.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from ._enums_1 import *  # noqa: F403
    from ._models_1 import *  # noqa: F403
    from ._models_2 import *  # noqa: F403

_PARTS: dict[str, str] = {
    "_enums_1": "Color",
    "_models_1": "NotesError Note",
    "_models_2": "Tag NoteList GetTagResult",
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
