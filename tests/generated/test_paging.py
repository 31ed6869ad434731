"""x-ms-pageable at runtime: ItemPaged / AsyncItemPaged, and the requests of next pages
(api-version, relative links, fragments, headers, the token's origin, operationName); a
pageable long-running operation (LROPoller[ItemPaged]).
Offline: the golden ``paging`` spec's client sends through an ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.emit.write import write_files
from generator.pipeline import generate

SPEC = Path(__file__).resolve().parents[1] / "golden" / "paging" / "spec.yaml"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclasses.dataclass
class _Token:
    token: str = "secret-token"
    expires_on: int = 2**40


class _Credential:
    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token()


class _AsyncCredential:
    async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token()


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("paging_runtime")
    write_files(out / "paging_runtime", generate(SPEC, "paging_runtime").files)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module("paging_runtime")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "paging_runtime"]:
            del sys.modules[name]


def _pages(pages: dict[str, Any]) -> tuple[Handler, list[httpx.Request]]:
    """A transport answering each URL path with its JSON body, recording every request."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = pages.get(request.url.path)
        return httpx.Response(200, json=body) if body is not None else httpx.Response(404, json={"error": {"code": "NotFound"}})

    return handler, sent


def _client(pkg: ModuleType, handler: Handler, endpoint: str = "https://management.example.com") -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.WidgetCatalogClient(_Credential(), endpoint=endpoint, http_client=http, retries=0)


def test_items_of_every_page_lazily(pkg: ModuleType) -> None:
    handler, sent = _pages({
        "/widgets": {"value": [{"name": "a"}, {"name": "b"}], "nextLink": "https://management.example.com/widgets/2"},
        "/widgets/2": {"value": [{"name": "c"}]},
    })
    pages = _client(pkg, handler).widgets.list(top=2)
    assert isinstance(pages, pkg.ItemPaged)
    assert sent == []  # nothing until iteration
    assert next(pages).name == "a"
    assert len(sent) == 1
    assert [w.name for w in pages] == ["b", "c"]
    assert [str(r.url) for r in sent] == [
        "https://management.example.com/widgets?api-version=2024-05-01&%24top=2",
        "https://management.example.com/widgets/2?api-version=2024-05-01",
    ]
    assert all(r.method == "GET" and r.headers["Authorization"] == "Bearer secret-token" for r in sent)


def test_next_link_api_version_replaced_query_kept_fragment_dropped(pkg: ModuleType) -> None:
    link = "https://management.example.com/widgets/2?API-Version=old&%24skiptoken=a%20b&startTime=1%2F1#frag"
    handler, sent = _pages({"/widgets": {"value": [], "nextLink": link}, "/widgets/2": {"value": [{"name": "z"}]}})
    assert [w.name for w in _client(pkg, handler).widgets.list()] == ["z"]
    assert sent[1].url.raw_path == b"/widgets/2?%24skiptoken=a%20b&startTime=1%2F1&api-version=2024-05-01"


def test_relative_next_links_go_under_the_endpoint(pkg: ModuleType) -> None:
    handler, sent = _pages({
        "/base/widgets": {"value": [{"name": "a"}], "nextLink": "/widgets/2"},
        "/base/widgets/2": {"value": [{"name": "b"}], "nextLink": "widgets/3"},
        "/base/widgets/3": {"value": [{"name": "c"}], "nextLink": ""},
    })
    client = _client(pkg, handler, endpoint="https://management.example.com/base/")
    assert [w.name for w in client.widgets.list()] == ["a", "b", "c"]
    assert [r.url.path for r in sent] == ["/base/widgets", "/base/widgets/2", "/base/widgets/3"]


def test_token_not_sent_to_another_origin(pkg: ModuleType) -> None:
    handler, sent = _pages({
        "/widgets": {"value": [], "nextLink": "https://elsewhere.example.net/widgets/2"},
        "/widgets/2": {"value": [], "nextLink": "https://management.example.com:8443/widgets/3"},
        "/widgets/3": {"value": [{"name": "c"}]},
    })
    assert [w.name for w in _client(pkg, handler).widgets.list()] == ["c"]
    assert [r.url.host for r in sent] == ["management.example.com", "elsewhere.example.net", "management.example.com"]
    assert "Authorization" in sent[0].headers
    assert "Authorization" not in sent[1].headers  # another host
    assert "Authorization" not in sent[2].headers  # another port


def test_header_parameters_sent_with_every_page_and_by_page(pkg: ModuleType) -> None:
    handler, sent = _pages({
        "/shelves/top/widgets": {"items": [{"name": "a"}], "odata.nextLink": "https://management.example.com/shelves/top/widgets/2"},
        "/shelves/top/widgets/2": {"items": [{"name": "b"}, {"name": "c"}]},
    })
    pages = _client(pkg, handler).widgets.list_by_shelf("top", x_ms_consistency=pkg.models.Consistency.STRONG, client_request_id="id-1").by_page()
    assert [w.name for w in next(pages)] == ["a"]
    assert pages.continuation_token == "https://management.example.com/shelves/top/widgets/2"
    assert [[w.name for w in page] for page in pages] == [["b", "c"]]
    assert pages.continuation_token is None
    assert [(r.headers["x-ms-consistency"], r.headers["x-ms-client-request-id"]) for r in sent] == [("Strong", "id-1")] * 2


def test_by_page_from_a_continuation_token(pkg: ModuleType) -> None:
    handler, sent = _pages({"/widgets/7": {"value": [{"name": "g"}]}})
    pages = _client(pkg, handler).widgets.list().by_page(continuation_token="https://management.example.com/widgets/7")
    assert [[w.name for w in page] for page in pages] == [["g"]]
    assert len(sent) == 1


def test_arguments_are_validated_at_the_call(pkg: ModuleType) -> None:
    handler, sent = _pages({})
    with pytest.raises(pkg.ParameterValidationError):
        _client(pkg, handler).widgets.list_by_shelf("NOT LOWER")
    assert sent == []


def test_error_status_raises_when_its_page_is_reached(pkg: ModuleType) -> None:
    handler, sent = _pages({"/widgets": {"value": [{"name": "a"}], "nextLink": "https://management.example.com/gone"}})
    pages = _client(pkg, handler).widgets.list()
    assert next(pages).name == "a"
    with pytest.raises(pkg.ResourceNotFoundError):
        next(pages)


def test_one_page_when_next_link_name_is_null(pkg: ModuleType) -> None:
    handler, sent = _pages({"/colors": {"value": ["red", "blue"], "nextLink": "https://management.example.com/more"}})
    assert list(_client(pkg, handler).colors.list()) == ["red", "blue"]
    assert len(sent) == 1


def test_operation_name_builds_next_requests(pkg: ModuleType) -> None:
    handler, sent = _pages({
        "/tags": {"value": ["x"], "nextLink": "page2"},
        "/tags/page2": {"value": ["y"], "nextLink": "page3"},
        "/tags/page3": {"value": ["z"]},
    })
    assert list(_client(pkg, handler).tags.list(prefix="p")) == ["x", "y", "z"]
    assert [r.url.raw_path for r in sent] == [b"/tags?prefix=p", b"/tags/page2?next&prefix=p", b"/tags/page3?next&prefix=p"]


def test_async_items_and_pages(pkg: ModuleType) -> None:
    aio = importlib.import_module("paging_runtime.aio")
    handler, sent = _pages({
        "/widgets": {"value": [{"name": "a"}], "nextLink": "https://elsewhere.example.net/widgets/2"},
        "/widgets/2": {"value": [{"name": "b"}, {"name": "c"}]},
    })

    async def go() -> tuple[list[str], list[list[str]]]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with aio.WidgetCatalogClient(_AsyncCredential(), http_client=http, retries=0) as client:
            paged = client.widgets.list()
            assert isinstance(paged, pkg.AsyncItemPaged)
            items = [w.name async for w in paged]
            pages = [[w.name async for w in page] async for page in client.widgets.list().by_page()]
        await http.aclose()
        return items, pages

    assert asyncio.run(go()) == (["a", "b", "c"], [["a"], ["b", "c"]])
    assert ["Authorization" in r.headers for r in sent] == [True, False, True, False]


def _export(pages: dict[str, Any], *, final_status: int = 200) -> tuple[Handler, list[httpx.Request]]:
    """POST /widgets/export answered 202 with a Location; the Location answers 202 once,
    then ``final_status`` with the first page; other paths are ``pages``."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/widgets/export":
            return httpx.Response(202, headers={"Location": "https://management.example.com/exports/1", "Retry-After": "0"})
        if request.url.path == "/exports/1":
            if sum(1 for r in sent if r.url.path == "/exports/1") == 1:
                return httpx.Response(202, headers={"Retry-After": "0"})
            if final_status != 200:
                return httpx.Response(final_status, json={"error": {"code": "Gone", "message": "export expired"}})
            return httpx.Response(200, json={"value": [{"name": "a"}], "nextLink": "https://management.example.com/exports/1/2?api-version=old"})
        body = pages.get(request.url.path)
        return httpx.Response(200, json=body) if body is not None else httpx.Response(404, json={"error": {"code": "NotFound"}})

    return handler, sent


def test_pageable_lro_result_is_the_pages_from_the_final_response(pkg: ModuleType) -> None:
    handler, sent = _export({"/exports/1/2": {"value": [{"name": "b"}, {"name": "c"}], "nextLink": "/exports/1/3"}, "/exports/1/3": {"value": [{"name": "d"}]}})
    client = _client(pkg, handler)
    poller = client.widgets.begin_export(polling_interval=0, client_request_id="rid")
    assert isinstance(poller, pkg._lro.LROPoller) and not poller.done()
    pages = poller.result()
    assert isinstance(pages, pkg.ItemPaged) and poller.status() == "Succeeded"
    assert len(sent) == 3  # the POST and two polls; the final response is the first page
    assert [w.name for w in pages] == ["a", "b", "c", "d"]
    assert [(r.method, r.url.raw_path) for r in sent] == [
        ("POST", b"/widgets/export?api-version=2024-05-01"),
        ("GET", b"/exports/1"),
        ("GET", b"/exports/1"),
        ("GET", b"/exports/1/2?api-version=2024-05-01"),  # the client's api-version replaces the link's
        ("GET", b"/exports/1/3?api-version=2024-05-01"),  # a relative link goes under the endpoint
    ]
    assert {r.headers["x-ms-client-request-id"] for r in sent} == {"rid"}
    assert all(r.headers["Authorization"] == "Bearer secret-token" for r in sent)
    assert poller.result() is pages  # the result is kept; no request is sent again
    assert len(sent) == 5


def test_pageable_lro_by_page_and_continuation_token(pkg: ModuleType) -> None:
    handler, sent = _export({"/exports/1/2": {"value": [{"name": "b"}]}})
    client = _client(pkg, handler)
    pages = client.widgets.begin_export(polling_interval=0).result().by_page()
    assert [w.name for w in next(pages)] == ["a"]
    token = pages.continuation_token
    assert token == "https://management.example.com/exports/1/2?api-version=old"
    assert [[w.name for w in page] for page in pages] == [["b"]]
    again = client.widgets.begin_export(polling_interval=0).result().by_page(continuation_token=token)
    assert [[w.name for w in page] for page in again] == [["b"]]


def test_pageable_lro_errors(pkg: ModuleType) -> None:
    handler, sent = _export({}, final_status=410)
    with pytest.raises(pkg.HttpResponseError) as caught:
        _client(pkg, handler).widgets.begin_export(polling_interval=0).result()
    assert caught.value.status_code == 410 and caught.value.model.error.code == "Gone"
    handler, sent = _export({})  # the next link answers 404: raised when iteration reaches it
    pages = _client(pkg, handler).widgets.begin_export(polling_interval=0).result()
    assert next(pages).name == "a"
    with pytest.raises(pkg.ResourceNotFoundError):
        next(pages)


def test_async_pageable_lro(pkg: ModuleType) -> None:
    aio = importlib.import_module("paging_runtime.aio")
    handler, sent = _export({"/exports/1/2": {"value": [{"name": "b"}]}})

    async def go() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with aio.WidgetCatalogClient(_AsyncCredential(), http_client=http, retries=0) as client:
            poller = await client.widgets.begin_export(polling_interval=0)
            assert isinstance(poller, pkg._lro.AsyncLROPoller)
            paged = await poller
            assert isinstance(paged, pkg.AsyncItemPaged)
            names = [w.name async for w in paged]
        await http.aclose()
        return names

    assert asyncio.run(go()) == ["a", "b"]
    assert [r.url.path for r in sent] == ["/widgets/export", "/exports/1", "/exports/1", "/exports/1/2"]
