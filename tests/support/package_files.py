"""Reading a generated package's models, wherever its parts put them (``models/_models_<n>.py``,
``models/_enums_<n>.py``: ``generator/build/modules.py``)."""

from __future__ import annotations

from pathlib import Path


def model_parts(package: Path) -> list[Path]:
    """The modules of ``package/models/`` that define enums and models, enums first, in part order."""
    def key(path: Path) -> tuple[int, int]:
        kind, _, number = path.stem.rpartition("_")
        return (0 if kind == "_enums" else 1, int(number))

    return sorted((package / "models").glob("_[em][no][ud]*_*.py"), key=key)


def models_text(package: Path) -> str:
    """The source of every part of ``package``'s models, one after the other."""
    return "\n".join(path.read_text("utf-8") for path in model_parts(package))


def models_source(files: dict[str, bytes]) -> str:
    """The same from a generated package's files (``Generated.files``)."""
    names = sorted(
        (name for name in files if name.startswith(("models/_models_", "models/_enums_"))),
        key=lambda name: (0 if "/_enums_" in name else 1, int(name.rsplit("_", 1)[1].removesuffix(".py"))),
    )
    return "\n".join(files[name].decode("utf-8") for name in names)
