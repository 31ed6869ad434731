"""Remote ``$ref``: refused by default; with ``--allow-remote-refs``, fetched once each,
within a size and a time limit, from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.spec import remote
from tests.support.packages import run_python

COMMON = """\
components:
  schemas:
    Thing:
      type: object
      properties:
        name: {type: string}
        part: {$ref: "parts/part.yaml#/Part"}
        same: {$ref: "#/components/schemas/Other"}
    Other:
      type: object
      properties:
        n: {type: integer}
"""
PART = "Part:\n  type: object\n  properties:\n    size: {type: number}\n"


def spec_text(ref: str) -> str:
    return f"""\
openapi: 3.0.3
info: {{title: Remote, version: "1"}}
paths:
  /things:
    get:
      operationId: Things_Get
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "{ref}"}}
"""


class Server:
    """Serves ``pages`` (path -> body, or a callable taking the handler) and logs each path."""

    def __init__(self) -> None:
        self.pages: dict[str, object] = {}
        self.requests: list[str] = []
        self.stop = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(self.path)
                page = server.pages.get(self.path)
                if callable(page):
                    try:
                        page(self)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # opgen stopped reading (a size or time limit): what the test wants
                    return
                if page is None:
                    self.send_error(404)
                    return
                body = page.encode() if isinstance(page, str) else page
                assert isinstance(body, bytes)
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        running.pages = {"/api/common.yaml": COMMON, "/api/parts/part.yaml": PART}
        yield running


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def write_spec(tmp_path: Path, ref: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text(ref), "utf-8")
    return spec


def test_refused_by_default_without_a_request(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server) -> None:
    spec = write_spec(tmp_path, f"{server.url}/api/common.yaml#/components/schemas/Thing")
    for command in (["validate", str(spec)], ["generate", str(spec), "--output", str(tmp_path / "out"), "--package", "remote_pkg"]):
        code, err = cli(capsys, *command)
        assert code == 2 and "[remote-ref]" in err and "--allow-remote-refs" in err and "Traceback" not in err
        assert re.search(r"spec\.yaml:\d+#/paths/~1things/get/responses/200/content/application~1json/schema/\$ref", err), err
    assert server.requests == []
    assert not (tmp_path / "out").exists()


def test_fetched_once_each_when_allowed(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server) -> None:
    spec = write_spec(tmp_path, f"{server.url}/api/common.yaml#/components/schemas/Thing")
    code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
    assert code == 0, err
    server.requests.clear()
    out = tmp_path / "out"
    code, err = cli(capsys, "generate", str(spec), "--output", str(out), "--package", "remote_pkg", "--allow-remote-refs")
    assert code == 0, err
    # The relative ref inside the remote document is another URL on its server.
    assert sorted(server.requests) == ["/api/common.yaml", "/api/parts/part.yaml"]
    result = run_python(
        "import json; from remote_pkg import _meta, models as m\n"
        "print(json.dumps([sorted(m.__all__), list(_meta.SPEC_FILES), m.Thing.from_dict({'part': {'size': 2}, 'same': {'n': 1}}).to_dict()]))",
        out,
    )
    assert result[0] == ["Other", "Thing", "ThingPart"]
    assert result[1] == sorted(["spec.yaml", f"{server.url}/api/common.yaml", f"{server.url}/api/parts/part.yaml"])
    assert result[2] == {"part": {"size": 2}, "same": {"n": 1}}


@pytest.mark.parametrize(
    ("page", "needle"),
    [
        ("components: {schemas: {Thing: {$ref: 'file:///etc/passwd#/x'}}}\n", "only http and https"),
        ("components: {schemas: {Thing: {$ref: '../../../../etc/hostname#/x'}}}\n", "HTTP 404"),
        ("components: {schemas: {}}\n", "points to nothing: no /components/schemas/Thing in http://"),
        ("a: &a [*a]\n", "recursive"),
        ("- not a mapping\n", "not a mapping"),
    ],
    ids=["file-url-in-remote", "dot-dot-stays-remote", "missing-pointer", "hostile-yaml", "not-a-mapping"],
)
def test_remote_documents_get_the_local_rules(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server, page: str, needle: str
) -> None:
    server.pages["/api/common.yaml"] = page
    spec = write_spec(tmp_path, f"{server.url}/api/common.yaml#/components/schemas/Thing")
    code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
    assert code == 2 and needle in err and "Traceback" not in err, err
    if "dot-dot" in needle or needle == "HTTP 404":
        assert "/etc/hostname" in server.requests  # asked of the server, not read from disk


def test_size_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote, "MAX_BYTES", 1000)
    server.pages["/api/big.yaml"] = "x: " + "a" * 5000 + "\n"

    def chunked(handler: http.server.BaseHTTPRequestHandler) -> None:  # no Content-Length: read until the limit
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"64\r\n" + b"#" * 100 + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")

    server.pages["/api/chunked.yaml"] = chunked
    for name in ("big", "chunked"):
        spec = write_spec(tmp_path, f"{server.url}/api/{name}.yaml#/x")
        code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
        assert code == 2 and "more than the 1000" in err and "Traceback" not in err, err


def test_time_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote, "TIMEOUT", 0.5)

    def hang(handler: http.server.BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    def drip(handler: http.server.BaseHTTPRequestHandler) -> None:  # a byte every 0.2 s: never idle long
        handler.send_response(200)
        handler.end_headers()
        while not server.stop.is_set():
            try:
                handler.wfile.write(b"#")
                handler.wfile.flush()
            except OSError:
                return
            time.sleep(0.2)

    server.pages["/api/hang.yaml"] = hang
    server.pages["/api/drip.yaml"] = drip
    for name in ("hang", "drip"):
        spec = write_spec(tmp_path, f"{server.url}/api/{name}.yaml#/x")
        started = time.monotonic()
        code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
        assert code == 2 and "took more than 0.5 s" in err, err
        assert time.monotonic() - started < 5
        assert server.requests.count(f"/api/{name}.yaml") == 1  # validation and resolving: one fetch


def test_redirect_only_to_http(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: Server) -> None:
    def redirect(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "file:///etc/passwd")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server.pages["/api/moved.yaml"] = redirect
    spec = write_spec(tmp_path, f"{server.url}/api/moved.yaml#/x")
    code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
    assert code == 2 and "Traceback" not in err and ("file:///etc/passwd" in err or "redirect" in err), err


def test_unreachable_server(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with Server() as closed:
        url = closed.url
    spec = write_spec(tmp_path, f"{url}/common.yaml#/x")
    code, err = cli(capsys, "validate", "--allow-remote-refs", str(spec))
    assert code == 2 and "cannot fetch" in err and "Traceback" not in err
