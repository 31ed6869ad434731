from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "specs" / "desktopvirtualization" / "2025-10-10" / "hostpools.yaml"


@pytest.fixture
def seed_spec() -> Path:
    return SEED


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """opgen's cache folder (compiled templates, validated inputs) is the test session's own:
    tests never read or write the user's ~/.cache/opgen (CLI subprocesses inherit it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPGEN_CACHE_DIR", str(tmp_path_factory.mktemp("opgen-cache")))
        yield


@pytest.fixture(autouse=True)
def _no_rerun_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command line run in a test is a full run: tests change opgen in the process
    (monkeypatched functions), which the record of a run's inputs (generator/rerun.py:
    opgen's files, hashed) cannot see.  tests/cli/test_rerun.py turns the records on."""
    from generator import rerun

    monkeypatch.setattr(rerun, "reused", lambda inputs, package_dir: None)
