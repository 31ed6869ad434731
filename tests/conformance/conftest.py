from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conformance import harness

# Why the conformance tests cannot run here (no Node.js, or the test server not installed),
# or None. bench/conformance.py runs the server itself (OPGEN_TESTSERVER_PORT): it needs the
# installed package's swaggers, not node.
UNAVAILABLE = harness.available(node=not os.environ.get("OPGEN_TESTSERVER_PORT"))
_skipped: list[pytest.Item] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Without the server every conformance test is skipped before its fixtures run
    (they would read the server's swagger files)."""
    if UNAVAILABLE is None:
        return
    skip = pytest.mark.skip(reason=f"conformance tests skipped: {UNAVAILABLE}")
    for item in items:
        if item.path.is_relative_to(harness.HERE):
            item.add_marker(skip)
            _skipped.append(item)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped:
        terminalreporter.write_line(f"{len(_skipped)} conformance tests skipped: {UNAVAILABLE}")


@pytest.fixture(scope="session")
def testserver() -> Iterator[harness.AutorestServer]:
    external = os.environ.get("OPGEN_TESTSERVER_PORT")
    if external:  # bench/conformance.py runs the server itself, to read its report afterwards
        yield harness.AutorestServer.attach(int(external))
        return
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
