"""A small, real HTTP/1.1 server on 127.0.0.1 for end-to-end tests of generated clients.

It records every request it receives (method, raw request target with the query,
headers, body) and answers with responses the test programs: a queue of one-shot
responses, then a default one.  Each response is sent with a ``Content-Length`` in a
single write on a ``TCP_NODELAY`` socket, so a client never waits on Nagle or on the
end of the stream.

Two faults can be programmed as replies: :meth:`Reply.reset` (the connection is reset
half-way through the response) and :meth:`Reply.hang` (the request is read, and never
answered until the client goes away or the server stops).
"""

from __future__ import annotations

import dataclasses
import http.server
import json
import select
import socket
import struct
import threading
import time
import typing as t
from collections import deque
from urllib.parse import urlsplit


@dataclasses.dataclass(frozen=True)
class RecordedRequest:
    method: str
    target: str
    """The raw request target exactly as sent: path and query, still percent-encoded."""
    headers: dict[str, str]
    """Header names lower-cased; a repeated header keeps its last value."""
    raw_headers: list[tuple[str, str]]
    body: bytes
    http_version: str
    received: float = 0.0
    """``time.monotonic()`` when the request had been read."""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query


@dataclasses.dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    fault: t.Literal["reset", "hang"] | None = None

    @classmethod
    def reset(cls, body: bytes = b'{"token": "cut-off-mid-way", "expirationTime": "2008-09-22"}') -> Reply:
        """Send the status line, headers and half the body, then reset the connection."""
        return cls(status=200, body=body, headers=(("Content-Type", "application/json"),), fault="reset")

    @classmethod
    def hang(cls) -> Reply:
        """Read the request and never answer it."""
        return cls(fault="hang")

    @classmethod
    def json(
        cls, value: t.Any, status: int = 200, headers: t.Mapping[str, str] | None = None
    ) -> Reply:
        return cls(
            status=status,
            body=json.dumps(value).encode("utf-8"),
            headers=(("Content-Type", "application/json; charset=utf-8"),)
            + tuple((headers or {}).items()),
        )

    @classmethod
    def raw(
        cls,
        body: bytes | str,
        status: int = 200,
        headers: t.Mapping[str, str] | None = None,
    ) -> Reply:
        if isinstance(body, str):
            body = body.encode("utf-8")
        return cls(status=status, body=body, headers=tuple((headers or {}).items()))


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, every response carries Content-Length
    timeout = 10  # an idle kept-alive connection is dropped after this many seconds
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: t.Any) -> None:  # noqa: A002 - silence stderr
        pass

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        body = self._read_body()
        recorded = RecordedRequest(
            method=self.command,
            target=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            raw_headers=list(self.headers.items()),
            body=body,
            http_version=self.request_version,
            received=time.monotonic(),
        )
        reply = self.server.owner._record_and_pick(recorded)
        if reply.fault == "hang":
            self._hang()
            return
        reason = http.server.BaseHTTPRequestHandler.responses.get(reply.status, ("Unknown",))[0]
        lines = [f"HTTP/1.1 {reply.status} {reason}"]
        names = {name.lower() for name, _ in reply.headers}
        lines.extend(f"{name}: {value}" for name, value in reply.headers)
        if "content-length" not in names:
            lines.append(f"Content-Length: {len(reply.body)}")
        if "date" not in names:
            lines.append(f"Date: {self.date_time_string()}")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + reply.body
        if reply.fault == "reset":
            self.wfile.write(data[: len(data) - len(reply.body) // 2 - 1])
            self.wfile.flush()
            # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.wfile.write(data)  # status line, headers and body in one write
        self.wfile.flush()

    def _hang(self) -> None:
        """Wait, without answering, until the client closes the connection or the server stops."""
        owner = self.server.owner
        self.close_connection = True
        while not owner._stopping.is_set():
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            if readable:
                try:
                    if self.connection.recv(1, socket.MSG_PEEK) == b"":
                        break
                except OSError:
                    break
        owner._note_abandoned()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # a burst of concurrent connections is not dropped at accept
    owner: RecordingServer


class RecordingServer:
    """``with RecordingServer() as server: ...``; ``server.url`` is ``http://127.0.0.1:PORT``."""

    def __init__(self, default: Reply | None = None) -> None:
        self.default = default or Reply.json({})
        self._queue: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._abandoned = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def abandoned(self) -> int:
        """How many hanging requests ended with the client closing the connection (or the stop)."""
        with self._lock:
            return self._abandoned

    def _note_abandoned(self) -> None:
        with self._lock:
            self._abandoned += 1

    def respond(self, *replies: Reply) -> None:
        """Queue one-shot replies, used in order before the default one."""
        with self._lock:
            self._queue.extend(replies)

    def set_default(self, reply: Reply) -> None:
        with self._lock:
            self.default = reply

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self._requests.clear()

    def _record_and_pick(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self._requests.append(request)
            return self._queue.popleft() if self._queue else self.default

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RecordingServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
