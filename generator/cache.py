"""opgen's cache folder: what a run can compute again, kept to make the next run quicker
(compiled templates, :mod:`generator.emit.render`; which spec files passed validation,
:mod:`generator.spec.validate`).  Nothing in it changes what is generated: an unusable
cache is no cache."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path | None:
    """Where opgen keeps what it can compute again (compiled templates):
    ``$OPGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/opgen``, else ``~/.cache/opgen``; none
    when ``OPGEN_CACHE_DIR`` is set but empty or the folder cannot be made."""
    configured = os.environ.get("OPGEN_CACHE_DIR")
    if configured is not None:
        folder = Path(configured) if configured.strip() else None
    else:
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        folder = (Path(base) if base else Path.home() / ".cache") / "opgen"
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand
        return None
    return folder
