"""Operation groups and method names (README, "Operation groups and method names").

- Azure specs (any ``x-ms-*`` key): the operationId's ``Group_`` prefix is the group, tags
  are ignored, an id without ``_`` is a method of the client: what opgen always did;
- other specs: the first tag is the group, its words are dropped from the front of the
  operationId (``repos/get``, ``repos_get``, ``reposGet``... in ``repos``: ``get``);
  an untagged operation is grouped as in an Azure spec;
- collisions get ``_2``, ``_3``... in spec order.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.build.operations import azure_style, without_group
from generator.diff import compare
from generator.ir import Api
from generator.pipeline import build_spec
from tests.golden.cases import HERE as GOLDEN

OK = {"200": {"description": "ok"}}


def op(operation_id: str | None = None, tags: list[Any] | None = None, **extra: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"responses": OK, **extra}
    if operation_id is not None:
        node["operationId"] = operation_id
    if tags is not None:
        node["tags"] = tags
    return node


def spec(paths: dict[str, dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}], "paths": paths, **extra}


def build(tmp_path: Path, document: dict[str, Any], name: str = "t") -> Api:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return build_spec(path, "pkg").api


def layout(api: Api) -> dict[str | None, list[str]]:
    """Group attribute -> its methods (None: the client's own), in spec order (a method
    named ``list`` last, as in the generated class)."""
    found: dict[str | None, list[str]] = {group.name: [o.name for o in group.operations] for group in api.groups}
    if api.operations:
        found[None] = [o.name for o in api.operations]
    return found


def by_pointer(api: Api) -> dict[str, str]:
    """Each operation's pointer -> ``group.method`` (or ``method``)."""
    found = {o.pointer: f"{g.name}.{o.name}" for g in api.groups for o in g.operations}
    found.update({o.pointer: o.name for o in api.operations})
    return found


# -- dropping the group's words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "group", "expected"),
    [
        ("repos/get", "repos", "get"),  # GitHub
        ("repos_get", "repos", "get"),
        ("repos-get", "repos", "get"),
        ("reposGet", "repos", "get"),
        ("ReposGet", "repos", "get"),
        ("Repos.Get", "repos", "get"),
        ("repos/get", "Repos", "get"),
        ("repos/list-for-org", "repos", "list_for_org"),
        ("gitData/getRef", "Git Data", "get_ref"),  # every word of the group, in order
        ("git-data_get-ref", "git-data", "get_ref"),
        ("circuits_circuit-terminations_list", "circuits", "circuit_terminations_list"),  # netbox
        # not at a word boundary, or not the whole group: kept as is
        ("reposition", "repos", "reposition"),
        ("repositoriesGet", "repos", "repositoriesGet"),
        ("repoGet", "repos", "repoGet"),
        ("git/get-ref", "Git Data", "git/get-ref"),
        ("getUser", "users", "getUser"),
        ("batch.projects.list", "projects", "batch.projects.list"),  # only a leading group
        # nothing would remain: never an empty name
        ("repos", "repos", "repos"),
        ("Repos", "repos", "Repos"),
        ("git/data", "Git Data", "git/data"),
    ],
)
def test_without_group(name: str, group: str, expected: str) -> None:
    assert without_group(name, group) == expected


def test_azure_style() -> None:
    assert azure_style({"paths": {"/a": {"get": {"x-ms-pageable": {}}}}})
    assert azure_style({"definitions": {"A": {"properties": {"b": {"items": [{"x-ms-enum": {}}]}}}}})
    assert azure_style({"x-ms-paths": {}})
    assert not azure_style({"paths": {"/a": {"get": {"tags": ["x-ms-a"], "x-ms": 1}}}})


# -- grouping ----------------------------------------------------------------------------


def test_github_like_ids_are_grouped_by_their_tag(tmp_path: Path) -> None:
    api = build(tmp_path, spec({
        "/app": {"get": op("apps/get-authenticated", ["apps"])},
        "/repos/r": {"get": op("repos/get", ["repos"]), "delete": op("repos/delete", ["repos"])},
        "/orgs/repos": {"get": op("repos/list-for-org", ["repos"])},
        "/user/repos": {"get": op("repos/list-for-authenticated-user", ["repos", "users"])},  # the first tag
    }))
    assert layout(api) == {"apps": ["get_authenticated"], "repos": ["get", "delete", "list_for_org", "list_for_authenticated_user"]}
    assert [g.class_name for g in api.groups] == ["AppsOperations", "ReposOperations"]


@pytest.mark.parametrize("operation_id", ["repos/get", "repos_get", "repos-get", "reposGet", "Repos.Get", "ReposGet", "get"])
def test_the_group_is_dropped_from_the_method(tmp_path: Path, operation_id: str) -> None:
    api = build(tmp_path, spec({"/r": {"get": op(operation_id, ["repos"])}}))
    assert layout(api) == {"repos": ["get"]}


def test_other_id_styles(tmp_path: Path) -> None:
    api = build(tmp_path, spec({
        "/a": {"get": op("getUser", ["users"])},  # plain names: only grouped
        "/b": {"get": op("list_pets", ["pets"])},  # FastAPI-like: the tag, not "list", is the group
        "/c": {"post": op("post-businessLines", ["Business lines"])},
        "/d": {"get": op("users_getUser", ["users"])},
        "/e": {"get": op(None, ["pets"])},  # no operationId: named after method and path
    }))
    assert layout(api) == {
        "users": ["get_user", "get_user_2"],
        "pets": ["list_pets", "get_e"],
        "business_lines": ["post_business_lines"],
    }


def test_untagged_operations(tmp_path: Path) -> None:
    api = build(tmp_path, spec({
        "/zen": {"get": op("meta/zen")},  # no tag, no Group_ prefix: the client's
        "/health": {"get": op("getHealth", [])},
        "/w": {"get": op("Widgets_List")},  # no tag, a Group_ prefix: that group
        "/x": {"get": op()},
        "/y": {"get": op("sayHi", [""])},  # tags without a name
        "/z": {"get": op("ping", ["日本語"])},  # nor an ASCII word
    }))
    assert layout(api) == {"widgets": ["list"], None: ["meta_zen", "get_health", "get_x", "say_hi", "ping"]}


def test_tags_join_by_their_words_and_the_first_spelling_names_the_group(tmp_path: Path) -> None:
    api = build(tmp_path, spec({
        "/a": {"get": op("gitData/getRef", ["Git Data"])},
        "/b": {"get": op("git-data/get-tree", ["git-data"])},
        "/c": {"get": op("GitData_GetBlob")},  # untagged: its prefix, the same words
        "/d": {"get": op("getCommit", ["GIT DATA"])},
    }))
    assert layout(api) == {"git_data": ["get_ref", "get_tree", "get_blob", "get_commit"]}
    assert [g.class_name for g in api.groups] == ["GitDataOperations"]


def test_collisions_get_suffixes_in_spec_order(tmp_path: Path) -> None:
    document = spec({
        "/a": {"get": op("repos/get", ["repos"])},
        "/b": {"get": op("ReposGet", ["repos"])},
        "/c": {"get": op("get", ["repos"])},
        "/d": {"get": op("repos", [])},  # the client's method "repos" comes first: the group is repos_2
        "/e": {"get": op("repos/list", ["Repos"])},
        "/f": {"get": op("list", ["close"])},  # the client's close() keeps its name
        "/g": {"get": op("class/get", ["class"])},
        "/h": {"get": op("repos/str", ["repos"])},
    })
    # /d comes after the repos group is made: the client's method is the one renamed
    assert by_pointer(build(tmp_path, document, "first")) == {
        "/paths/~1a/get": "repos.get",
        "/paths/~1b/get": "repos.get_2",
        "/paths/~1c/get": "repos.get_3",
        "/paths/~1d/get": "repos_2",
        "/paths/~1e/get": "repos.list",
        "/paths/~1f/get": "close_2.list",
        "/paths/~1g/get": "class_.get",
        "/paths/~1h/get": "repos.str_",
    }
    reordered = copy.deepcopy(document)
    reordered["paths"] = {"/d": document["paths"]["/d"], **{k: v for k, v in document["paths"].items() if k != "/d"}}
    names = by_pointer(build(tmp_path, reordered, "second"))
    assert names["/paths/~1d/get"] == "repos" and names["/paths/~1a/get"] == "repos_2.get"


def test_internal_names_stay_unique_and_valid(tmp_path: Path) -> None:
    api = build(tmp_path, spec({
        "/a": {"get": op("repos/get", ["repos"])},
        "/b": {"get": op("repos_get")},  # untagged: group repos, method get, as in Azure specs
        "/c": {"get": op("get", ["Repos"])},
        "/d": {"get": op("reposGet", [])},  # the client's repos_get
        "/e": {"get": op("getRef", ["git data"])},
        "/f": {"get": op("git/data-get-ref", [])},  # the client's git_data_get_ref
    }))
    functions = [name for o in api.all_operations for name in (o.builder, o.handler)]
    assert len(functions) == len(set(functions))
    assert all(name.isidentifier() for name in functions)
    builders = {by_pointer(api)[o.pointer]: o.builder for o in api.all_operations}
    assert builders == {
        "repos.get": "build_repos_get_request",
        "repos.get_2": "build_repos_get_2_request",
        "repos.get_3": "build_repos_get_3_request",
        "repos_get": "build_repos_get_request_2",
        "git_data.get_ref": "build_git_data_get_ref_request",
        "git_data_get_ref": "build_git_data_get_ref_request_2",
    }


def test_names_made_from_the_operation_ignore_its_tag(tmp_path: Path) -> None:
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}
    api = build(tmp_path, spec({
        "/a": {"post": op("create-blob", ["Git Data"], requestBody=body)},
        "/b": {"post": op("repos/create", ["repos"], requestBody=body)},
    }))
    assert [m.name for m in api.models] == ["CreateBlobBody", "ReposCreateBody"]


def test_the_same_spec_gives_the_same_names(tmp_path: Path) -> None:
    document = spec({f"/p{i}": {"get": op(f"{tag}/get-{i}", [tag])} for i, tag in enumerate(["b", "a", "b", "c", "a"])})
    first, second = build(tmp_path, document, "one"), build(tmp_path, document, "two")
    assert by_pointer(first) == by_pointer(second)
    assert list(layout(first)) == ["b", "a", "c"]  # the order the spec meets them


# -- Azure specs -------------------------------------------------------------------------


def test_azure_specs_ignore_tags(tmp_path: Path) -> None:
    paths = {
        "/hp": {"get": op("HostPools_Get", ["Host Pool"]), "put": op("HostPools_CreateOrUpdate", ["Host Pool"])},
        "/ops": {"get": op("Operations", ["Operations"])},  # no Group_ prefix: the client's
        "/sa": {"get": op("Locations_List", ["StorageImportExport"])},
        "/hs": {"head": op("httpSuccess_head200", ["HttpSuccess"]), "get": op("HttpSuccess_get200")},
    }
    azure_paths = copy.deepcopy(paths)
    azure_paths["/hp"]["get"]["x-ms-examples"] = {}
    azure = build(tmp_path, spec(azure_paths), "azure")
    assert layout(azure) == {
        "host_pools": ["get", "create_or_update"],
        "locations": ["list"],
        "http_success": ["get200", "head200"],
        None: ["operations"],
    }
    # Without the extension: an Azure-style Group_ prefix still groups; other ids go by tag.
    plain = build(tmp_path, spec(paths), "plain")
    assert layout(plain) == {
        "host_pools": ["get", "create_or_update"],
        "operations": ["operations"],
        "locations": ["list"],
        "http_success": ["get200", "head200"],
    }


def test_snake_case_ids_are_not_a_group_prefix(tmp_path: Path) -> None:
    paths = {
        "/pets": {"get": op("list_pets", ["pets"]), "post": op("Pets_Create", ["pets"])},
        "/items": {"get": op("read_items_items_get", ["items"])},
        "/dict": {"get": op("dictionary_getNull", ["Dictionary operations"]), "put": op("dictionary_putEmpty", ["Dictionary Operations"])},
    }
    assert layout(build(tmp_path, spec(paths), "fastapi")) == {
        "pets": ["list_pets", "create"],
        "items": ["read_items_items_get"],
        "dictionary": ["get_null", "put_empty"],
    }


@pytest.mark.parametrize("case", ["operations", "paging", "sdk_naming", "lro"])
def test_golden_azure_cases_keep_their_groups(case: str) -> None:
    """Specs whose operations have no tags, or with x-ms-* extensions: what opgen always did."""
    api = build_spec(GOLDEN / case / "spec.yaml", case).api
    for group in api.groups:
        for operation in group.operations:
            prefix, _, rest = operation.operation_id.partition("_")
            assert (group.name, operation.name.removeprefix("begin_")) == (snake(prefix), snake(rest))
    assert all("_" not in o.operation_id for o in api.operations)


def snake(text: str) -> str:
    from generator.names import attribute_name

    return attribute_name(text)


def test_golden_tagged_case() -> None:
    api = build_spec(GOLDEN / "tagged" / "spec.yaml", "tagged").api
    assert layout(api) == {
        "repos": ["get", "delete", "get_2", "list_for_org"],
        "git_data": ["get_ref", "create_blob"],
        None: ["meta_zen"],
    }


# -- opgen diff --------------------------------------------------------------------------


def test_diff_compares_tagged_operations_by_group_and_method(tmp_path: Path) -> None:
    old = spec({
        "/r": {"get": op("repos/get", ["repos"])},
        "/g": {"get": op("git/get-ref", ["git"])},
        "/z": {"get": op("meta/zen")},
    })
    new = copy.deepcopy(old)
    new["paths"]["/r"]["get"]["operationId"] = "repos_get"  # same method: no change
    new["paths"]["/g"]["get"]["tags"] = ["Git Data"]  # another group: removed and added
    new["paths"]["/z"]["get"]["tags"] = ["meta"]  # from the client into a group
    changes = compare(build(tmp_path, old, "old"), build(tmp_path, new, "new"))
    found = sorted((c.kind, c.scope) for c in changes)
    assert found == [
        ("operation-added", "git_data.git_get_ref"),
        ("operation-added", "meta.zen"),
        ("operation-removed", "git.get_ref"),
        ("operation-removed", "meta_zen"),
    ]
    assert all(c.breaking for c in changes if c.kind == "operation-removed")


def test_x_ms_keys_without_group_prefixes_group_by_tag(tmp_path: Path) -> None:
    # Microsoft Graph: x-ms-* extensions, dotted ids, tags: not AutoRest's Group_Method.
    paths = {
        "/users": {"get": op("users.user.ListUser", ["users.user"]), "post": op("users.user.CreateUser", ["users.user"])},
        "/groups": {"get": op("groups.group.ListGroup", ["groups.group"])},
        "/me": {"get": op("me.user.GetUser", ["me.user"])},
    }
    paths["/users"]["get"]["x-ms-docs-operation-type"] = "operation"
    assert layout(build(tmp_path, spec(paths), "graph")) == {
        "users_user": ["list_user", "create_user"],
        "groups_group": ["list_group"],
        "me_user": ["get_user"],
    }


def test_x_ms_keys_and_ids_without_underscore_stay_client_methods(tmp_path: Path) -> None:
    # AutoRest's validation.json: x-ms-* keys, tagged ids without Group_: methods of the client.
    paths = {"/v": {"get": op("validationOfMethodParameters", ["Redis"]), "put": op("validationOfBody", ["Redis"])}}
    paths["/v"]["get"]["x-ms-examples"] = {}
    assert layout(build(tmp_path, spec(paths), "validation")) == {None: ["validation_of_method_parameters", "validation_of_body"]}
