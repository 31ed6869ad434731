"""Parameter styles end to end: the golden ``styles`` spec generated as a package whose
client calls a real server on 127.0.0.1, which records the exact request target (path and
query, still percent-encoded), headers and the one ``Cookie`` header it received."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.emit.write import write_files
from generator.pipeline import generate
from tests.support.http_server import RecordedRequest, RecordingServer, Reply

SPEC = Path(__file__).resolve().parents[1] / "golden" / "styles" / "spec.yaml"
PACKAGE = "probe_param_styles"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("out")
    write_files(out / PACKAGE, generate(SPEC, PACKAGE).files)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with RecordingServer(default=Reply(status=204)) as srv:
        yield srv


@pytest.fixture
def client(pkg: ModuleType, server: RecordingServer) -> Iterator[Any]:
    server.reset()
    with pkg.StylesClient(endpoint=server.url, retries=0) as client:
        yield client


def _last(server: RecordingServer) -> RecordedRequest:
    return server.requests[-1]


def test_query_styles(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    color = pkg.models.Color(r=1, g=2, b=3)
    client.query(
        id=[1, 2], ids=[3, 4], color=color, spaced=["a b", "c"], piped=["x|y", "z"],
        filter=pkg.models.Color(r=9), tags={"k": "v w", "n": None}, flags=[True, False],
        raw="a/b?c=d", q="x y+z",
    )
    # A space inside a spaceDelimited item reads as the delimiter does: the style cannot
    # tell them apart (OpenAPI says so); a | inside a pipeDelimited one is %7C.
    assert _last(server).target == (
        "/query?id=1&id=2&ids=3,4&color=r,1,g,2,b,3&spaced=a%20b%20c&piped=x%7Cy|z"
        "&filter[r]=9&tags[k]=v%20w&flags=true,false&raw=a/b?c=d&q=x%20y%2Bz"
    )


def test_absent_and_empty_arrays(client: Any, server: RecordingServer) -> None:
    client.query(id=[], ids=[])
    assert _last(server).target == "/query?ids="


def test_path_styles(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    client.path(simple=[1, 2], label=[3, 4], matrix=[5, 6], object_=pkg.models.Color(r=1, g=2))
    assert _last(server).target == "/path/1,2/.3.4/;matrix=5,6/r=1,g=2"


def test_header_styles(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    client.headers(x_ids=[1, 2], x_color=pkg.models.Color(r=1, b=3))
    assert _last(server).headers["x-ids"] == "1,2"
    assert _last(server).headers["x-color"] == "r=1,b=3"


def test_all_cookies_in_one_header(client: Any, server: RecordingServer) -> None:
    client.cookies(session="s 1;x", prefs=["a", "b"], theme="dark")
    cookies = [value for name, value in _last(server).raw_headers if name.lower() == "cookie"]
    assert cookies == ["session=s%201%3Bx; prefs=a,b; theme=dark"]
    client.cookies(session="s2")
    assert _last(server).headers["cookie"] == "session=s2"


def test_content_parameters_are_sent_as_json_text(
    client: Any, pkg: ModuleType, server: RecordingServer
) -> None:
    client.json(q=pkg.models.Color(r=1, g=2), x_ids=[1, 2])
    assert _last(server).target == "/json?q=%7B%22r%22%3A1%2C%22g%22%3A2%7D"
    assert _last(server).headers["x-ids"] == "[1,2]"


def test_what_cannot_be_sent_raises_type_error_before_sending(
    client: Any, pkg: ModuleType, server: RecordingServer
) -> None:
    nested = pkg.models.Nested(inner=pkg.models.Color(r=1))
    with pytest.raises(TypeError, match="query parameter 'nested'"):
        client.unsupported(nested=nested)
    with pytest.raises(TypeError, match="header parameter 'X-Nested'"):
        client.unsupported(x_nested=nested)
    with pytest.raises(TypeError, match="query parameter 'grid'"):
        client.unsupported(grid=[[1, 2]])
    with pytest.raises(TypeError, match="query parameter 'plain': style 'content'"):
        client.unsupported(plain="text")
    assert server.requests == []


def test_an_http_client_with_default_params_gets_the_pieces_decoded(
    pkg: ModuleType, server: RecordingServer
) -> None:
    server.reset()
    with httpx.Client(params={"d": "1"}) as http:
        with pkg.StylesClient(endpoint=server.url, retries=0, http_client=http) as client:
            client.query(filter=pkg.models.Color(r=9), ids=[3, 4])
    assert _last(server).query == "d=1&ids=3%2C4&filter%5Br%5D=9"


def test_the_async_client_sends_the_same_bytes(pkg: ModuleType, server: RecordingServer) -> None:
    import asyncio

    aio = importlib.import_module(f"{PACKAGE}.aio")

    async def main() -> None:
        async with aio.StylesClient(endpoint=server.url, retries=0) as client:
            await client.path(simple=[1, 2], label=[3, 4], matrix=[5, 6], object_=pkg.models.Color(r=1))
            await client.cookies(session="s", prefs=["a", "b"])

    server.reset()
    asyncio.run(main())
    path, cookies = server.requests
    assert path.target == "/path/1,2/.3.4/;matrix=5,6/r=1"
    assert cookies.headers["cookie"] == "session=s; prefs=a,b"
