"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
responses and paging: operations that declare only error responses, pages that declare
response headers.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.corpus import build, codes
from tests.support.specs import spec


def test_an_operation_with_only_error_responses_accepts_2xx(tmp_path: Path, load_package: Any) -> None:
    # magento.com: ten operations declare only `default` (an error-response schema); every
    # call used to raise HttpResponseError, even on 200.
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    responses = {"default": {"description": "Unexpected error", "content": {"application/json": {"schema": error}}}}
    generated = build(tmp_path, spec({"/carts/mine": {"put": {"operationId": "Carts_Save", "responses": responses}}}), "no_success")
    assert codes(generated) == {"no-success-response": ["/paths/~1carts~1mine/put/responses"]}
    httpx = pytest.importorskip("httpx")
    operations = load_package(generated, "operations._carts_operations")
    request = httpx.Request("PUT", "https://example.test/carts/mine")
    assert operations.handle_carts_save_response(httpx.Response(204, request=request)) is None
    assert operations.handle_carts_save_response(httpx.Response(200, json={"a": 1}, request=request)) is None
    errors = importlib.import_module("no_success._errors")
    with pytest.raises(errors.HttpResponseError) as raised:
        operations.handle_carts_save_response(httpx.Response(400, json={"message": "bad"}, request=request))
    assert raised.value.status_code == 400


def test_a_page_that_declares_response_headers_is_still_paged(tmp_path: Path, load_package: Any) -> None:
    # azure.com__batch-BatchService: every list declares response headers (client-request-id,
    # ETag...), so its handler returns a Result; the 14 pageable lists returned their first
    # page only (unsupported-paging). The page is now the Result's body.
    import httpx

    document = {
        "swagger": "2.0",
        "info": {"title": "Paged Headers", "version": "1.0"},
        "host": "example.test",
        "schemes": ["https"],
        "paths": {
            "/pools": {
                "get": {
                    "operationId": "Pool_List",
                    "x-ms-pageable": {"nextLinkName": "odata.nextLink"},
                    "responses": {
                        "200": {
                            "description": "A page of pools.",
                            "headers": {"client-request-id": {"type": "string"}, "ETag": {"type": "string"}},
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "value": {"type": "array", "items": {"type": "string"}},
                                    "odata.nextLink": {"type": "string"},
                                },
                            },
                        }
                    },
                }
            }
        },
    }
    generated = build(tmp_path, document, "paged_headers")
    assert "unsupported-paging" not in codes(generated)
    pkg = load_package(generated)
    pages = {"/pools": {"value": ["a", "b"], "odata.nextLink": "https://example.test/pools?page=2"}}

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"value": ["c"]} if request.url.params.get("page") == "2" else pages["/pools"]
        return httpx.Response(200, json=body, headers={"ETag": "x", "client-request-id": "r"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with pkg.PagedHeadersClient(endpoint="https://example.test", http_client=http, retries=0) as client:
        assert list(client.pool.list()) == ["a", "b", "c"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path / "out" / "paged_headers")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout
