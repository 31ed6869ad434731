"""Parameter styles (``_wire.query_param``, ``path_param``, ``header_param``,
``cookie_param``, ``cookie_header``): every style x explode x shape, as exact text."""

from __future__ import annotations

import enum
from types import ModuleType

import pytest

ARRAY = [1, 2]
OBJECT = {"a": 1, "b": 2}


def _query(
    serde: ModuleType, policy: ModuleType, urls: ModuleType, *args: object
) -> str:
    """The query string the pieces of ``query_param(*args)`` make in a URL."""
    url: str = urls.url_with_query(
        policy.Request("GET", "h", serde.query_param(*args), {})
    )
    return url.removeprefix("h").removeprefix("?")


@pytest.mark.parametrize(
    ("value", "style", "explode", "query"),
    [
        (5, "form", True, "id=5"),
        (ARRAY, "form", True, "id=1&id=2"),
        (ARRAY, "form", False, "id=1,2"),
        (OBJECT, "form", True, "a=1&b=2"),
        (OBJECT, "form", False, "id=a,1,b,2"),
        (ARRAY, "spaceDelimited", False, "id=1%202"),
        (OBJECT, "spaceDelimited", False, "id=a%201%20b%202"),
        (ARRAY, "spaceDelimited", True, "id=1&id=2"),
        (ARRAY, "pipeDelimited", False, "id=1|2"),
        (OBJECT, "pipeDelimited", False, "id=a|1|b|2"),
        (ARRAY, "pipeDelimited", True, "id=1&id=2"),
        (ARRAY, "tabDelimited", False, "id=1%092"),
        (OBJECT, "deepObject", True, "id[a]=1&id[b]=2"),
        (OBJECT, "deepObject", False, "id[a]=1&id[b]=2"),
        ([], "form", True, ""),
        ([], "form", False, "id="),
        ({}, "deepObject", True, ""),
        ([True, False], "form", False, "id=true,false"),
        ([1, None, 2], "form", False, "id=1,2"),  # a None item is skipped
        ({"a": None, "b": 2}, "deepObject", True, "id[b]=2"),
    ],
)
def test_query_styles(
    serde: ModuleType,
    policy: ModuleType,
    urls: ModuleType,
    value: object,
    style: str,
    explode: bool,
    query: str,
) -> None:
    assert _query(serde, policy, urls, "id", value, style, explode) == query


def test_query_delimiters_in_values_are_encoded(
    serde: ModuleType, policy: ModuleType, urls: ModuleType
) -> None:
    assert (
        _query(serde, policy, urls, "id", ["a,b", "c d"], "form", False)
        == "id=a%2Cb,c%20d"
    )
    assert (
        _query(serde, policy, urls, "id", ["a|b"], "pipeDelimited", False) == "id=a%7Cb"
    )
    deep = _query(serde, policy, urls, "o", {"k[1]": "x=y&z"}, "deepObject", True)
    assert deep == "o[k%5B1%5D]=x%3Dy%26z"


def test_allow_reserved_keeps_reserved_characters_but_the_fragment(
    serde: ModuleType, policy: ModuleType, urls: ModuleType
) -> None:
    value = "a/b?c:d@e!$&'()*+,;=[]#f g"
    kept = _query(serde, policy, urls, "q", value, "form", True, True)
    assert kept == "q=a/b?c:d@e!$&'()*+,;=[]%23f%20g"
    assert _query(serde, policy, urls, "q", value, "form", True) == (
        "q=a%2Fb%3Fc%3Ad%40e%21%24%26%27%28%29%2A%2B%2C%3B%3D%5B%5D%23f%20g"
    )


def test_keep_none_sends_an_empty_item(
    serde: ModuleType, policy: ModuleType, urls: ModuleType
) -> None:
    args = ("id", ["a", None, ""], "form")
    assert _query(serde, policy, urls, *args, True, False, True) == "id=a&id=&id="
    assert _query(serde, policy, urls, *args, False, False, True) == "id=a,,"


def test_a_model_is_sent_through_its_to_dict(
    serde: ModuleType, policy: ModuleType, urls: ModuleType
) -> None:
    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"name": "x y", "size": 2}

    assert (
        _query(serde, policy, urls, "m", Model(), "deepObject", True)
        == "m[name]=x%20y&m[size]=2"
    )


def test_a_space_in_any_query_value_is_percent_20(
    policy: ModuleType, urls: ModuleType
) -> None:
    url = urls.url_with_query(
        policy.Request("GET", "h", [("a b", "c d+e"), ("t", True)], {})
    )
    assert url == "h?a%20b=c%20d%2Be&t=true"


class Color(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("value", "style", "explode", "path"),
    [
        (5, "simple", False, "5"),
        (ARRAY, "simple", False, "1,2"),
        (ARRAY, "simple", True, "1,2"),
        (OBJECT, "simple", False, "a,1,b,2"),
        (OBJECT, "simple", True, "a=1,b=2"),
        (5, "label", False, ".5"),
        (ARRAY, "label", False, ".1,2"),
        (ARRAY, "label", True, ".1.2"),
        (OBJECT, "label", False, ".a,1,b,2"),
        (OBJECT, "label", True, ".a=1.b=2"),
        (5, "matrix", False, ";id=5"),
        (5, "matrix", True, ";id=5"),
        (ARRAY, "matrix", False, ";id=1,2"),
        (ARRAY, "matrix", True, ";id=1;id=2"),
        (OBJECT, "matrix", False, ";id=a,1,b,2"),
        (OBJECT, "matrix", True, ";a=1;b=2"),
        ([], "matrix", False, ";id"),
        ([Color.RED, "a/b;c=d"], "matrix", True, ";id=red;id=a%2Fb%3Bc%3Dd"),
        (ARRAY, "spaceDelimited", False, "1%202"),
        (ARRAY, "pipeDelimited", False, "1|2"),
        (["."], "simple", False, "%2E"),
    ],
)
def test_path_styles(
    serde: ModuleType, value: object, style: str, explode: bool, path: str
) -> None:
    assert serde.path_param("id", value, style, explode) == path


def test_an_empty_simple_path_value_is_refused(
    serde: ModuleType, errors: ModuleType
) -> None:
    with pytest.raises(errors.ParameterValidationError):
        serde.path_param("id", [], "simple", False)


@pytest.mark.parametrize(
    ("value", "style", "explode", "header"),
    [
        (ARRAY, "simple", False, "1,2"),
        (ARRAY, "simple", True, "1,2"),
        (OBJECT, "simple", False, "a,1,b,2"),
        (OBJECT, "simple", True, "a=1,b=2"),
        (["a b", "c"], "spaceDelimited", False, "a b c"),
        ([True, None], "simple", False, "true"),
    ],
)
def test_header_styles(
    serde: ModuleType, value: object, style: str, explode: bool, header: str
) -> None:
    assert serde.header_param("X-Id", value, style, explode) == header


@pytest.mark.parametrize(
    ("value", "explode", "cookie"),
    [
        ("x y;z", True, "id=x%20y%3Bz"),
        (ARRAY, True, "id=1; id=2"),
        (ARRAY, False, "id=1,2"),
        (OBJECT, True, "a=1; b=2"),
        (OBJECT, False, "id=a,1,b,2"),
    ],
)
def test_cookie_styles(
    serde: ModuleType, value: object, explode: bool, cookie: str
) -> None:
    assert (
        serde.cookie_header(serde.cookie_param("id", value, "form", explode)) == cookie
    )


def test_all_cookies_go_in_one_header(serde: ModuleType) -> None:
    pairs = serde.cookie_param("session", "s1", "form", True) + [("api_key", "k1")]
    assert serde.cookie_header(pairs) == "session=s1; api_key=k1"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda s: s.query_param("f", {"a": [1]}, "deepObject", True),
            "query parameter 'f'",
        ),
        (
            lambda s: s.query_param("f", [1], "deepObject", True),
            "deepObject sends an object",
        ),
        (lambda s: s.query_param("f", [[1]], "form", True), "a nested list"),
        (
            lambda s: s.query_param("f", 1, "matrix", True),
            "style 'matrix' is not supported",
        ),
        (lambda s: s.path_param("f", 1, "form", True), "path parameter 'f'"),
        (
            lambda s: s.header_param("f", {"a": {"b": 1}}, "simple", False),
            "header parameter 'f'",
        ),
        (lambda s: s.cookie_param("f", 1, "simple", False), "cookie parameter 'f'"),
    ],
)
def test_what_cannot_be_sent_is_a_type_error(
    serde: ModuleType, call: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        call(serde)  # type: ignore[operator]


def test_params_merged_by_httpx_are_decoded(
    serde: ModuleType, urls: ModuleType
) -> None:
    params = [("a", "1"), *serde.query_param("o", {"k": "x y"}, "deepObject", True)]
    assert urls.plain_params(params) == [("a", "1"), ("o[k]", "x y")]
