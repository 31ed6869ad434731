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


def many_things(operation_id: str, count: int = 150, budget: int = 40_000) -> dict[str, Any]:
    """A Swagger 2.0 spec of ``count`` alike operations (ids ``operation_id.format(i)``: a
    ``Group_`` prefix puts them in a group, none leaves them on the client) and an
    operations budget (``x-opgen-operations-budget``) that cuts them into several parts."""
    return {
        "swagger": "2.0",
        "info": {"title": "Many", "version": "1"},
        "x-opgen-operations-budget": budget,
        "paths": {
            f"/things/{i}/{{id}}": {
                "get": {
                    "operationId": operation_id.format(i),
                    "summary": f"Read thing number {i}.",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "type": "string", "pattern": "^[a-z]+$", "description": "The thing's id."},
                        {"name": "filter", "in": "query", "type": "string", "maxLength": 50, "description": "Only matching things."},
                        {"name": "top", "in": "query", "type": "integer", "minimum": 1, "description": "At most this many."},
                    ],
                    "responses": {"200": {"description": "The thing.", "schema": {"$ref": "#/definitions/Thing"}}, "default": {"description": "Error."}},
                }
            }
            for i in range(count)
        },
        "definitions": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}},
    }
