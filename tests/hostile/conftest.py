from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.packages import generate_package

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """names.yaml and strings.yaml generated once, as names_pkg and strings_pkg."""
    out = tmp_path_factory.mktemp("hostile")
    generate_package(HERE / "names.yaml", out, "names_pkg")
    generate_package(HERE / "strings.yaml", out, "strings_pkg")
    return out
