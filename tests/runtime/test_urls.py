"""``_urls``: query strings, path segments, origins, loopback hosts, the parsed-URL cache."""

from __future__ import annotations

from types import ModuleType

import httpx
import pytest


def _with_query(
    policy: ModuleType, urls: ModuleType, url: str, params: list[tuple[str, object]]
) -> str:
    result: str = urls.url_with_query(policy.Request("GET", url, params, {}))
    return result


def test_no_params_leave_the_url_as_it_is(policy: ModuleType, urls: ModuleType) -> None:
    url = "https://h/p?x=1#frag"
    assert _with_query(policy, urls, url, []) is url


@pytest.mark.parametrize(
    "params",
    [
        [("api-version", "2025-10-10")],
        [("a", "b c"), ("d", "é")],
        [("n", 1), ("f", 1.5), ("t", True), ("z", None)],
        [("x", "plain"), ("y", "needs&encoding")],  # the fast path gives up half-way
        [("$filter", "name eq 'x'"), ("$top", 5)],
        [("q", "~-._"), ("q", "")],
        [("ünï", "ok")],
    ],
)
def test_the_query_is_encoded_as_httpx_encodes_params_but_a_space_as_percent_20(
    policy: ModuleType, urls: ModuleType, params: list[tuple[str, object]]
) -> None:
    built = _with_query(policy, urls, "https://h/p", params)
    # httpx writes a space "+" (HTML forms); RFC 3986 and OpenAPI "%20". A "+" of the
    # text is "%2B" in both.
    httpx_url = str(httpx.Request("GET", "https://h/p", params=params).url)  # type: ignore[arg-type]
    expected = httpx_url.replace("+", "%20")
    assert built == expected
    assert str(httpx.URL(built)) == built  # and httpx sends it as it is


def test_unencoded_values_mix_with_encoded_ones(policy: ModuleType, urls: ModuleType) -> None:
    params = [("a b", urls.Unencoded("x%20y")), ("c", "d/e"), ("f", urls.Unencoded(""))]
    assert _with_query(policy, urls, "https://h/p", params) == "https://h/p?a%20b=x%20y&c=d%2Fe&f="
    assert isinstance(urls.Unencoded("v"), str) and not hasattr(urls.Unencoded("v"), "__dict__")


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("name", "name"),
        ("a/b", "a%2Fb"),
        ("a?b#c", "a%3Fb%23c"),
        ("100%", "100%25"),
        ("a b", "a%20b"),
        ("é", "%C3%A9"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "%2E%2E%2E"),
        ("a.b", "a.b"),
        ("~x_y-z", "~x_y-z"),
        (7, "7"),
        (True, "true"),
    ],
)
def test_a_path_value_is_exactly_one_segment(
    serde: ModuleType, value: object, segment: str
) -> None:
    assert serde.path_segment("p", value) == segment


def test_only_a_constant_path_segment_may_be_empty(serde: ModuleType, errors: ModuleType) -> None:
    with pytest.raises(errors.ParameterValidationError) as caught:
        serde.path_segment("name", "")
    assert (caught.value.parameter, caught.value.constraint) == ("name", "non-empty")
    assert serde.path_segment("name", "", constant=True) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc-._~09", True),
        ("", False),
        ("a b", False),
        ("é", False),
        ("a/b", False),
        ("²", False),
        (5, False),
    ],
)
def test_unreserved(serde: ModuleType, text: object, expected: bool) -> None:
    assert serde.unreserved(text) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://h/p", "https://h:443/q?x", True),
        ("http://h/p", "http://h:80/", True),
        ("https://H.example/p", "https://h.EXAMPLE/", True),
        ("https://h/p", "http://h/p", False),
        ("https://h/p", "https://h:8443/p", False),
        ("https://h/p", "https://g/p", False),
        ("https://user@h/p", "https://h/p", True),
        ("https://h:notaport/p", "https://h/p", True),  # an unreadable port: the scheme's
        ("https://[::1]:443/", "https://[::1]/", True),
    ],
)
def test_same_origin(urls: ModuleType, a: str, b: str, same: bool) -> None:
    assert urls.same_origin(a, b) is same
    assert urls.same_origin(b, a) is same


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("localhost.example.com", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_is_loopback(urls: ModuleType, host: str, loopback: bool) -> None:
    assert urls.is_loopback(host) is loopback


def test_parsed_urls_are_kept_up_to_128_and_under_2_kb(urls: ModuleType) -> None:
    urls._parse_url.cache_clear()
    first = urls.parsed_url("https://h/0")
    assert isinstance(first, httpx.URL)
    for n in range(1, 129):
        urls.parsed_url(f"https://h/{n}")
    assert urls._parse_url.cache_info().currsize == 128
    assert urls.parsed_url("https://h/0") is not first  # the least recent went first
    edge = "https://h/" + "x" * (2048 - len("https://h/"))
    assert isinstance(urls.parsed_url(edge), httpx.URL)
    assert urls.parsed_url(edge + "x") == edge + "x"


def test_urljoin_and_urlsplit_resolve_like_urllib(urls: ModuleType) -> None:
    assert urls._urljoin("https://h/a/b?q=1", "../c") == "https://h/c"
    assert urls._urljoin("https://h/a/b", "//g/x") == "https://g/x"
    assert urls._urlsplit("https://h:8/p?q#f").port == 8
