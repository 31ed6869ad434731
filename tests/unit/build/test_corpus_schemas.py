"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
schemas: validation rules, additional properties, combinators, and the keywords the
client does not model.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.corpus import build, codes
from tests.support.specs import ok, spec

# -- validation -------------------------------------------------------------------------


def test_ecma_only_pattern_is_a_warning_not_an_error(tmp_path: Path) -> None:
    # amazonaws.com__comprehendmedical: a Unicode property escape, valid ECMA-262 that
    # Python's re (and so openapi-spec-validator's "regex" format check) rejects.
    pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-%@]*)$"
    document = spec(
        {"/jobs": {"get": {"operationId": "Jobs_List", "parameters": [
            {"name": "name", "in": "query", "schema": {"$ref": "#/components/schemas/JobName"}},
        ], "responses": ok()}}},
        {"JobName": {"type": "string", "pattern": pattern, "maxLength": 64}},
    )
    generated = build(tmp_path, document, "ecma_pattern")
    assert codes(generated) == {"bad-pattern": ["/components/schemas/JobName/pattern"]}
    assert "check_str(\"name\", name, required=False, max_length=64)" in generated.files["operations/_jobs_operations.py"].decode()


# -- validation rules that do not fit the type ------------------------------------------


def test_number_bounds_on_a_string_are_not_passed_to_check_str(tmp_path: Path) -> None:
    # amadeus.com: {"type": "string", "minimum": 1, "maximum": 15} -> mypy: unexpected keyword.
    document = spec({"/flights": {"get": {"operationId": "Flights_List", "parameters": [
        {"name": "duration", "in": "query", "schema": {"type": "string", "minimum": 1, "maximum": 15}},
        {"name": "max", "in": "query", "schema": {"type": "integer", "minLength": 1, "maximum": 9}},
        {"name": "when", "in": "query", "schema": {"type": "string", "format": "date-time", "maxLength": 40}},
    ], "responses": ok()}}})
    source = build(tmp_path, document, "misplaced_rules").files["operations/_flights_operations.py"].decode()
    assert 'check_str("duration", duration, required=False)' in source
    assert 'check_number("max", max, required=False, maximum=9)' in source
    assert 'check_datetime("when", when, required=False)' in source


# -- schemas ------------------------------------------------------------------------------


def test_additional_properties_next_to_properties_are_kept(tmp_path: Path, load_package: Any) -> None:
    # azure.com__search-searchindex: SearchResult is the document's own fields plus
    # "@search.score"; the document's fields come as additionalProperties.
    document = spec(
        {"/docs": {"get": {"operationId": "Docs_Get", "responses": ok({"$ref": "#/components/schemas/SearchResult"})}}},
        {
            "SearchResult": {
                "type": "object",
                "properties": {"@search.score": {"type": "number"}, "additionalProperties": {"type": "string"}},
                "additionalProperties": True,
            },
            "Permissions": {"type": "object", "properties": {"issues": {"type": "string"}}, "additionalProperties": {"type": "string"}},
            "Tagged": {"type": "object", "properties": {"tags": {"$ref": "#/components/schemas/Permissions"}}, "additionalProperties": {"$ref": "#/components/schemas/Permissions"}},
        },
    )
    generated = build(tmp_path, document, "extra_keys")
    assert generated.warnings == ()
    models = load_package(generated, "models")
    result = models.SearchResult.from_dict({"@search.score": 1.5, "additionalProperties": "x", "hotelName": "Fancy", "rating": 4})
    assert result.search_score == 1.5
    assert result.additional_properties == "x"
    assert result.additional_properties_2 == {"hotelName": "Fancy", "rating": 4}
    assert result.to_dict() == {"@search.score": 1.5, "additionalProperties": "x", "hotelName": "Fancy", "rating": 4}
    perms = models.Permissions.from_dict({"issues": "write", "checks": "read"})
    assert perms.additional_properties == {"checks": "read"}
    tagged = models.Tagged.from_dict({"tags": {"issues": "a"}, "extra": {"issues": "b", "more": "c"}})
    assert tagged.additional_properties["extra"].additional_properties == {"more": "c"}
    assert tagged.to_dict() == {"tags": {"issues": "a"}, "extra": {"issues": "b", "more": "c"}}
    assert models.Permissions(issues="w").to_dict() == {"issues": "w"}


def test_single_member_one_of_is_that_member_and_null_makes_it_nullable(tmp_path: Path, load_package: Any) -> None:
    document = spec(
        {"/repos": {"get": {"operationId": "Repos_Get", "responses": ok({"$ref": "#/components/schemas/Repo"})}}},
        {
            "User": {"type": "object", "properties": {"login": {"type": "string"}}},
            "Repo": {
                "type": "object",
                "required": ["owner", "parent"],
                "properties": {
                    "owner": {"anyOf": [{"$ref": "#/components/schemas/User"}, {"type": "null"}]},
                    "parent": {"oneOf": [{"$ref": "#/components/schemas/User"}]},
                },
            },
        },
        openapi="3.1.0",
    )
    generated = build(tmp_path, document, "single_member")
    assert generated.warnings == ()
    models = load_package(generated, "models")
    repo = models.Repo.from_dict({"owner": None, "parent": {"login": "octocat"}})
    assert repo.owner is None and repo.parent == models.User(login="octocat")
    assert [p.nullable for p in generated.api.models[-1].properties] == [True, False]


def test_unmodelled_schema_keywords_are_warnings_with_pointers(tmp_path: Path) -> None:
    document = spec(
        {"/pets": {"get": {"operationId": "Pets_Get", "responses": ok({"$ref": "#/components/schemas/Pet"})}}},
        {
            "Pet": {
                "type": "object",
                "properties": {
                    "kind": {"type": "string"},
                    "id": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    "name": {"type": "string", "not": {"enum": [""]}},
                    "owner": {"type": "object", "properties": {"a": {"type": "string"}}, "anyOf": [{"required": ["a"]}]},
                    "props": {"x-ms-client-flatten": True, "type": "object", "additionalProperties": {"type": "string"}},
                },
                "allOf": [{"oneOf": [{"required": ["kind"]}]}],
            },
        },
        openapi="3.1.0",
    )
    document["components"]["schemas"]["Pet"]["properties"]["size"] = {"type": ["integer", "string"]}
    found = codes(build(tmp_path, document, "unmodelled"))
    assert found == {
        "unsupported-combinator": [
            "/components/schemas/Pet/allOf/0/oneOf",
            "/components/schemas/Pet/properties/owner/anyOf",
        ],
        "unsupported-not": ["/components/schemas/Pet/properties/name/not"],
        "unsupported-flatten": ["/components/schemas/Pet/properties/props/x-ms-client-flatten"],
    }  # id (oneOf) and size (a type array) are unions now: tests/unit/build/test_unions.py
