from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "specs" / "desktopvirtualization" / "2025-10-10" / "hostpools.yaml"


@pytest.fixture
def seed_spec() -> Path:
    return SEED
