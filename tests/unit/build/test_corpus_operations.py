"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
operations and their parameters: the features the client does not model (multipart
bodies, servers...) and grouped parameters.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.support.corpus import build, codes
from tests.support.specs import ok, spec

# -- operations ---------------------------------------------------------------------------


def test_unmodelled_operation_features_are_warnings_with_pointers(tmp_path: Path) -> None:
    paths = {
        "/items": {
            "get": {
                "operationId": "Items_List",
                "x-ms-pageable": {"nextLinkName": "nextLink"},
                "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK", "headers": {"ETag": {"schema": {"type": "string"}}}}},
            },
            "put": {
                "operationId": "Items_Create",
                "x-ms-long-running-operation": True,
                "x-ms-long-running-operation-options": {"final-state-via": "operation-location"},
                "servers": [{"url": "https://uploads.example.test"}],
                "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                "responses": {"202": {"$ref": "#/components/responses/Accepted"}},
            },
            "delete": {"operationId": "Items_Delete", "x-ms-pageable": {"nextLinkName": None}, "responses": {"202": {"$ref": "#/components/responses/Accepted"}}},
        },
    }
    accepted = {"description": "Accepted", "headers": {"Location": {"schema": {"type": "string"}}}}
    found = codes(build(tmp_path, spec(paths, components={"responses": {"Accepted": accepted}}), "unmodelled_ops"))
    assert found == {
        "unsupported-paging": ["/paths/~1items/get/x-ms-pageable"],  # nextLinkName null: one page, nothing lost
        "unsupported-multipart": ["/paths/~1items/put/requestBody/content/multipart~1form-data"],
        "unsupported-lro": ["/paths/~1items/put/x-ms-long-running-operation-options/final-state-via"],  # ARM's default instead
        "unsupported-servers": ["/paths/~1items/put/servers"],
    }


def test_cookie_parameter_is_a_method_argument(tmp_path: Path) -> None:
    paths = {"/a": {"get": {"operationId": "A_Get", "parameters": [{"name": "sid", "in": "cookie", "schema": {"type": "string"}}], "responses": ok()}}}
    generated = build(tmp_path, spec(paths), "cookie_param")
    code = b"".join(generated.files.values()).decode()
    assert re.search(r"\bsid: str \| None = None", code)  # sent in the Cookie header: tests/generated/test_param_styles.py
    assert generated.warnings == ()


# -- parameters ---------------------------------------------------------------------------


def test_a_shared_grouped_parameter_gives_each_operation_its_group_class(tmp_path: Path, load_package: Any) -> None:
    # azure.com__batchai-BatchAI: #/parameters/maxResults carries x-ms-parameter-grouping
    # (postfix Options, no name) and several list operations use it: each gets its own
    # class. They shared one registration slot, so all but the last were lost and the
    # client's annotations named classes models.py did not define (mypy: name-defined).
    grouped = {"$ref": "#/parameters/maxResults"}
    document = {
        "swagger": "2.0",
        "info": {"title": "Grouping Case", "version": "1.0"},
        "host": "example.test",
        "schemes": ["https"],
        "parameters": {
            "maxResults": {
                "name": "maxresults", "in": "query", "type": "integer", "format": "int32", "default": 1000,
                "x-ms-parameter-location": "method", "x-ms-parameter-grouping": {"postfix": "Options"},
            },
        },
        "paths": {
            "/clusters": {"get": {"operationId": "Clusters_List", "parameters": [grouped], "responses": {"200": {"description": "OK"}}}},
            "/jobs": {"get": {"operationId": "Jobs_List", "parameters": [grouped], "responses": {"200": {"description": "OK"}}}},
        },
    }
    generated = build(tmp_path, document, "shared_groups")
    models = load_package(generated, "models")
    assert models.ClustersListOptions().maxresults == 1000
    assert models.JobsListOptions(maxresults=5).maxresults == 5
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path / "out" / "shared_groups")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout
