"""opgen's cache folder: what a run can compute again, kept to make the next run quicker
(compiled user templates, :mod:`generator.emit.render`; which spec files passed validation,
:mod:`generator.spec.validate`; what a run made of its inputs, :mod:`generator.rerun`).
Nothing in it changes what is generated: an unusable cache is no cache."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
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


def file_hashes(files: Iterable[Path]) -> dict[str, str]:
    """The SHA-256 of each file, by its resolved path (what a record keeps of the files a run
    read); raises OSError for a file that cannot be read."""
    return {str(f.resolve()): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def files_unchanged(hashes: object) -> bool:
    """Whether every file of ``hashes`` (as :func:`file_hashes` gives them, read back from a
    record) still has that SHA-256."""
    if not isinstance(hashes, dict) or not hashes:
        return False
    for name, sha in hashes.items():
        try:
            if hashlib.sha256(Path(name).read_bytes()).hexdigest() != sha:
                return False
        except (OSError, TypeError, ValueError):
            return False
    return True


def write_record(path: Path, record: object) -> None:
    """Write ``record`` as JSON to ``path``, atomically (best effort: a cache folder that
    cannot be written is no cache)."""
    try:
        path.parent.mkdir(exist_ok=True, mode=0o700)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(record), "utf-8")
        partial.replace(path)
    except OSError:
        return
