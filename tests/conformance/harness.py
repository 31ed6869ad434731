"""The AutoRest test server and clients generated from its swaggers.

The server (npm package ``@microsoft.azure/autorest.testserver``, pinned in
``server/package.json`` and its lock file) is installed by ``make test`` with ``npm ci``;
the tests start it on a free loopback port and stop it at the end of the session.
It answers every operation of its swaggers, checks each request it receives, and counts
the scenarios a client got exactly right (``GET /report``, ``/report/azure``,
``/report/optional``).
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import typing as _t
import urllib.request
from pathlib import Path
from types import ModuleType

from generator.emit.write import write_files
from generator.pipeline import generate

HERE = Path(__file__).resolve().parent
# The folder holding the server's package.json and node_modules (tests may point it elsewhere).
SERVER_DIR = Path(os.environ.get("OPGEN_CONFORMANCE_SERVER") or HERE / "server")
PACKAGE_DIR = SERVER_DIR / "node_modules" / "@microsoft.azure" / "autorest.testserver"
SWAGGER_DIR = PACKAGE_DIR / "swagger"
CLI = PACKAGE_DIR / "dist" / "cli" / "cli.js"


def available(node: bool = True) -> str | None:
    """Why the server cannot run here (``node``: nor start), or None when it can."""
    if node and shutil.which("node") is None:
        return "Node.js is not installed (node not found on PATH)"
    if not CLI.exists() or not SWAGGER_DIR.is_dir():
        return f"the test server is not installed: run `npm ci --prefix {SERVER_DIR}` (make test does)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AutorestServer:
    """A running test server; ``url`` is its base URL."""

    @classmethod
    def attach(cls, port: int) -> AutorestServer:
        """A server someone else started and will stop."""
        server = cls.__new__(cls)
        server.port, server.url, server._process, server._log = port, f"http://localhost:{port}", None, None
        return server

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://localhost:{self.port}"
        self._log: _t.IO[bytes] | None = open(HERE / "server.log", "wb")  # noqa: SIM115 - closed in stop()
        self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
            ["node", str(CLI), "run", f"--port={self.port}"],
            cwd=PACKAGE_DIR,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.report()
                return
            except OSError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the test server did not start; see {HERE / 'server.log'}") from None
                time.sleep(0.2)

    def report(self, kind: str = "") -> dict[str, int]:
        path = "/report" + (f"/{kind}" if kind else "")
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=10) as response:  # noqa: S310 - loopback
            return json.loads(response.read())  # type: ignore[no-any-return]

    def stop(self) -> None:
        if self._process is None or self._log is None:
            return
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._log.close()


def generate_client(swagger: str, out: Path) -> ModuleType:
    """Generate the client of ``swagger`` (a file name in the server's swagger folder)
    into ``out`` and import it, under a package name of its own."""
    package = "ts_" + swagger.removesuffix(".json").replace("-", "_").replace(".", "_").lower()
    write_files(out / package, generate(SWAGGER_DIR / swagger, package).files)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return importlib.import_module(package)
