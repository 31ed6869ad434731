"""A spec factory: small OpenAPI 3 documents, as data, for tests that build one spec per case."""

from __future__ import annotations

from typing import Any


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Corpus Case", "version": "1.0"},
        "servers": [{"url": "https://example.test"}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    for key, value in extra.items():
        if key == "components":
            document["components"].update(value)
        else:
            document[key] = value
    return document


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    if schema is None:
        return {"200": {"description": "OK"}}
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}
