from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conformance import harness


@pytest.fixture(scope="session")
def testserver() -> Iterator[harness.AutorestServer]:
    external = os.environ.get("OPGEN_TESTSERVER_PORT")
    if external:  # bench/conformance.py runs the server itself, to read its report afterwards
        yield harness.AutorestServer.attach(int(external))
        return
    reason = harness.available()
    if reason is not None:
        pytest.skip(reason)
    server = harness.AutorestServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def clients_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("conformance_clients")


@pytest.fixture(scope="session")
def client_module(clients_dir: Path):  # type: ignore[no-untyped-def]
    """``client_module("body-string.json")``: the generated package, imported."""
    cache: dict[str, ModuleType] = {}

    def load(swagger: str) -> ModuleType:
        if swagger not in cache:
            cache[swagger] = harness.generate_client(swagger, clients_dir)
        return cache[swagger]

    return load
