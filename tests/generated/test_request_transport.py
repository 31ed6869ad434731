"""Request bodies and transport features against a loopback server: Swagger 2.0 file
responses as streams, binary bodies, form bodies, parameterized hosts, redirects and URL
edge cases.  The client is generated from ``SPEC`` below into a temporary folder."""

from __future__ import annotations

import asyncio
import importlib
import io
import logging
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.diagnostics import GenerationError
from generator.emit.write import write_files
from generator.pipeline import generate
from generator.spec.load import load_document
from generator.spec.validate import validate_document
from tests.support.http_server import RecordingServer, Reply

SPEC = textwrap.dedent(
    """\
    swagger: "2.0"
    info: {title: Transfer, version: "1.0"}
    host: localhost
    schemes: [http]
    consumes: [application/json]
    produces: [application/json]
    paths:
      /files/{name}:
        get:
          operationId: Files_Download
          produces: [application/octet-stream, application/json]
          parameters:
            - {name: name, in: path, required: true, type: string}
          responses:
            "200": {description: the file, schema: {type: file}}
            default: {description: an error, schema: {$ref: "#/definitions/Error"}}
        put:
          operationId: Files_Upload
          consumes: [application/octet-stream]
          parameters:
            - {name: name, in: path, required: true, type: string}
            - {name: content, in: body, required: true, schema: {type: string, format: binary}}
          responses:
            "200": {description: stored}
        post:
          operationId: Files_UploadJson
          consumes: [application/json]
          parameters:
            - {name: name, in: path, required: true, type: string}
            - {name: document, in: body, schema: {type: object, format: file}}
          responses:
            "200": {description: stored}
      /forms/plain:
        post:
          operationId: Forms_Plain
          consumes: [application/x-www-form-urlencoded]
          parameters:
            - {name: name, in: formData, required: true, type: string}
            - {name: when, in: formData, type: string, format: date-time}
            - {name: tags, in: formData, type: array, items: {type: string}, collectionFormat: multi}
            - {name: ids, in: formData, type: array, items: {type: integer}}
            - {name: flag, in: formData, type: boolean}
            - {name: kind, in: formData, required: true, type: string, enum: [pet]}
          responses:
            "200": {description: ok}
      /forms/multipart:
        post:
          operationId: Forms_Multipart
          consumes: [multipart/form-data]
          parameters:
            - {name: files, in: formData, required: true, type: array, items: {type: file}}
            - {name: 'file"Name', in: formData, required: true, type: string}
            - {name: single, in: formData, type: file}
          responses:
            "200": {description: ok}
    definitions:
      Error:
        type: object
        properties:
          code: {type: string}
          message: {type: string}
    """
)


def _package(tmp_path_factory: pytest.TempPathFactory, package: str, text: str) -> Iterator[ModuleType]:
    """The client of the spec ``text``, generated and imported as ``package``."""
    out = tmp_path_factory.mktemp(package)
    spec = out / "spec.yaml"
    spec.write_text(textwrap.dedent(text))
    write_files(out / package, generate(spec, package).files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _package(tmp_path_factory, "transfer_client", SPEC)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


@pytest.fixture
def client(pkg: ModuleType, server: RecordingServer) -> Iterator[Any]:
    retries = pkg.RetryPolicy(total=2, backoff_factor=0.01)
    with pkg.TransferClient(endpoint=server.url, retries=retries) as client:
        yield client


# --------------------------------------------------------------------------- validation


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(text))
    try:
        validate_document(load_document(path))
    except GenerationError as exc:
        return [f"{d.pointer}: {d.message}" for d in exc.diagnostics]
    return []


def test_type_file_is_valid_swagger(tmp_path: Path) -> None:
    assert _problems(tmp_path, SPEC) == []
    assert _problems(
        tmp_path,
        """\
        swagger: "2.0"
        info: {title: t, version: "1"}
        paths:
          /x:
            post:
              consumes: [multipart/form-data]
              parameters:
                - {name: files, in: formData, type: array, items: {type: file}}
              responses:
                "200": {description: ok, schema: {$ref: "#/definitions/F"}}
        definitions:
          F: {type: file}
        """,
    ) == []


def test_other_errors_next_to_type_file_are_kept(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path,
        """\
        swagger: "2.0"
        info: {title: t, version: "1"}
        paths:
          /x:
            get:
              parameters:
                - {name: q, in: query, type: file}
              responses:
                "200": {description: ok, schema: {type: file, minLength: "x"}}
        """,
    )
    assert any(p.startswith("/paths/~1x/get/parameters/0:") for p in problems), problems  # file in a query
    assert any("'x' is not of type 'integer'" in p for p in problems), problems
    assert not any("'file' is not valid" in p for p in problems), problems


# --------------------------------------------------------------------------- file responses


def test_file_response_is_a_stream(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    payload = bytes(range(256)) * 1000
    server.respond(Reply.raw(payload, headers={"Content-Type": "application/octet-stream"}))
    with client.files.download("a.bin") as stream:
        assert isinstance(stream, pkg.ByteStream)
        assert stream.status_code == 200
        assert b"".join(stream) == payload
    assert server.requests[0].target == "/files/a.bin"


def test_file_response_read_and_empty(client: Any, server: RecordingServer) -> None:
    server.respond(Reply.raw(b"abc"), Reply.raw(b""))
    assert client.files.download("a").read() == b"abc"
    with client.files.download("b") as stream:
        assert list(stream) == []


def test_file_response_error_is_decoded(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    server.respond(Reply.json({"code": "Gone", "message": "no such file"}, status=404))
    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.files.download("missing")
    assert caught.value.model == pkg.models.Error(code="Gone", message="no such file")


def test_file_response_after_a_retry(client: Any, server: RecordingServer) -> None:
    server.respond(Reply.json({"message": "busy"}, status=503), Reply.raw(b"data"))
    with client.files.download("a") as stream:
        assert stream.read() == b"data"
    assert len(server.requests) == 2


def test_file_response_with_log_bodies(pkg: ModuleType, server: RecordingServer, caplog: pytest.LogCaptureFixture) -> None:
    server.respond(Reply.raw(b"secret bytes"))
    with caplog.at_level(logging.DEBUG, logger="transfer_client"):
        with pkg.TransferClient(endpoint=server.url, log_bodies=True) as client:
            assert client.files.download("a").read() == b"secret bytes"
    assert "body: <stream>" in caplog.text
    assert "secret bytes" not in caplog.text


def test_file_response_async(pkg: ModuleType, server: RecordingServer) -> None:
    from transfer_client.aio import TransferClient

    server.respond(Reply.raw(b"x" * 100_000), Reply.raw(b"tail"))

    async def main() -> tuple[bytes, bytes]:
        async with TransferClient(endpoint=server.url) as client:
            async with await client.files.download("a") as stream:
                whole = b"".join([chunk async for chunk in stream])
            rest = await (await client.files.download("b")).aread()
            return whole, rest

    assert asyncio.run(main()) == (b"x" * 100_000, b"tail")


# --------------------------------------------------------------------------- binary bodies


def test_binary_body_bytes_and_files(client: Any, server: RecordingServer, tmp_path: Path) -> None:
    payload = bytes(range(256))
    client.files.upload("a", payload)
    client.files.upload("b", io.BytesIO(payload))
    path = tmp_path / "payload.bin"
    path.write_bytes(payload)
    with path.open("rb") as handle:
        client.files.upload("c", handle)
    for request in server.requests:
        assert request.method == "PUT"
        assert request.headers["content-type"] == "application/octet-stream"
        assert request.body == payload


def test_binary_body_is_resent_whole_on_retry(client: Any, server: RecordingServer) -> None:
    server.respond(Reply.json({}, status=503))
    client.files.upload("a", io.BytesIO(b"once"))
    assert [r.body for r in server.requests] == [b"once", b"once"]


def test_binary_body_under_json_media_type(client: Any, server: RecordingServer) -> None:
    client.files.upload_json("a", document=b'{"more": "cowbell"}')
    client.files.upload_json("b")
    first, second = server.requests
    assert first.headers["content-type"] == "application/json"
    assert first.body == b'{"more": "cowbell"}'
    assert "content-type" not in second.headers and second.body == b""


def test_binary_body_refuses_text(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.files.upload("a", "text")
    with pytest.raises(pkg.ParameterValidationError):
        client.files.upload("a", io.StringIO("text"))
    with pytest.raises(pkg.ParameterValidationError):
        client.files.upload("a", None)
    assert server.requests == []


# --------------------------------------------------------------------------- form bodies


def _parts(request: Any) -> list[tuple[str | None, str | None, bytes]]:
    """(name, file name, content) of each part of a multipart/form-data request."""
    import email
    import email.policy

    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.body, policy=email.policy.HTTP)
    assert message.is_multipart() and not message.defects
    return [
        (part.get_param("name", header="content-disposition"), part.get_filename(), part.get_payload(decode=True))
        for part in message.iter_parts()
    ]


def test_urlencoded_form(client: Any, server: RecordingServer) -> None:
    import datetime as dt
    from urllib.parse import parse_qsl

    client.forms.plain("a b&c=d")
    client.forms.plain(
        "x",
        when=dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        tags=["t1", "t 2"],
        ids=[1, 2],
        flag=False,
    )
    first, second = server.requests
    assert first.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(first.body.decode(), keep_blank_values=True) == [("name", "a b&c=d"), ("kind", "pet")]
    assert parse_qsl(second.body.decode()) == [
        ("name", "x"),
        ("when", "2020-01-02T03:04:05Z"),
        ("tags", "t1"),
        ("tags", "t 2"),
        ("ids", "1,2"),
        ("flag", "false"),
        ("kind", "pet"),
    ]


def test_multipart_form(client: Any, server: RecordingServer, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF\r\n--not-a-boundary\x00")
    with path.open("rb") as handle:
        client.forms.multipart([b"one", io.BytesIO(b"two"), handle], 'my "file".txt', single=b"\xff")
    (request,) = server.requests
    assert _parts(request) == [
        ("files", "files", b"one"),
        ("files", "files", b"two"),
        ("files", "report.pdf", b"%PDF\r\n--not-a-boundary\x00"),
        ('file%22Name', None, b'my "file".txt'),  # a quote in a name is %22, as browsers send it
        ("single", "single", b"\xff"),
    ]


def test_form_fields_are_validated(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.forms.plain(None)
    with pytest.raises(pkg.ParameterValidationError):
        client.forms.multipart([b"one", "two"], "name")
    with pytest.raises(pkg.ParameterValidationError):
        client.forms.multipart([b"one"], "name", single="text")
    assert server.requests == []


# --------------------------------------------------------------------------- x-ms-parameterized-host

HOSTED = """\
    swagger: "2.0"
    info: {title: Hosted, version: "1"}
    host: ignored.example
    schemes: [http, https]
    basePath: /base/
    x-ms-parameterized-host:
      hostTemplate: "{host}/{tenant}"
      positionInOperation: first
      parameters:
        - {$ref: "#/parameters/Host"}
        - {name: tenant, in: path, required: true, type: string, minLength: 2}
    parameters:
      Host: {name: host, in: path, required: true, type: string, default: localhost, x-ms-skip-url-encoding: true}
    paths:
      /items/{id}:
        get:
          operationId: Items_Get
          parameters:
            - {name: id, in: path, required: true, type: string}
          responses:
            "200": {description: ok}
    """

ENDPOINT_AND_PATH = """\
    swagger: "2.0"
    info: {title: Prefixed, version: "1"}
    x-ms-parameterized-host:
      hostTemplate: "{endpoint}/sub"
      useSchemePrefix: false
      parameters:
        - {name: endpoint, in: path, required: true, type: string, x-ms-parameter-location: client, x-ms-skip-url-encoding: true}
    paths:
      /items:
        get:
          operationId: Items_List
          responses:
            "200": {description: ok}
    """


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _package(tmp_path_factory, "hosted_client", HOSTED)


@pytest.fixture(scope="module")
def prefixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _package(tmp_path_factory, "prefixed_client", ENDPOINT_AND_PATH)


def test_host_template(hosted: ModuleType, server: RecordingServer) -> None:
    import inspect

    signature = inspect.signature(hosted.HostedClient)
    assert "endpoint" not in signature.parameters
    assert signature.parameters["host"].default == "localhost"
    assert signature.parameters["host"].kind is inspect.Parameter.KEYWORD_ONLY
    with hosted.HostedClient(host=f"127.0.0.1:{server.port}") as client:
        assert list(inspect.signature(client.items.get).parameters)[:2] == ["tenant", "id"]  # positionInOperation: first
        client.items.get("my tenant/1", "a b")
        with pytest.raises(hosted.ParameterValidationError):
            client.items.get("x", "id")  # the host parameter's own rules (minLength 2)
    (request,) = server.requests
    # http (the first scheme), the host as given, the tenant encoded as one segment, basePath.
    assert request.target == "/my%20tenant%2F1/base/items/a%20b"


def test_host_template_default_and_client_validation(hosted: ModuleType) -> None:
    with pytest.raises(hosted.ParameterValidationError):
        hosted.HostedClient(host=None)  # type: ignore[arg-type]


def test_host_template_led_by_endpoint(prefixed: ModuleType, server: RecordingServer) -> None:
    with pytest.raises(TypeError):
        prefixed.PrefixedClient()  # no default: endpoint is required
    with prefixed.PrefixedClient(endpoint=server.url + "/") as client:
        client.items.list()
    (request,) = server.requests
    assert request.target == "/sub/items"


# --------------------------------------------------------------------------- redirects

GUARDED = """\
    swagger: "2.0"
    info: {title: Guarded, version: "1"}
    host: localhost
    schemes: [http]
    securityDefinitions:
      aad: {type: oauth2, flow: implicit, authorizationUrl: "https://login.example/authorize", scopes: {}}
      key: {type: apiKey, in: header, name: X-Key}
    security: [{aad: [], key: []}, {aad: []}]
    paths:
      /items:
        get:
          operationId: Items_List
          responses:
            "200": {description: ok, schema: {type: array, items: {type: string}}}
        post:
          operationId: Items_Add
          parameters:
            - {name: item, in: body, required: true, schema: {type: string}}
          responses:
            "200": {description: ok}
    """


class _Token:
    token = "the-token"
    expires_on = 2**40


class _Credential:
    def get_token(self, *scopes: str, **kwargs: object) -> _Token:
        return _Token()


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _package(tmp_path_factory, "guarded_client", GUARDED)


def _redirect(status: int, location: str) -> Reply:
    return Reply.raw(b"", status=status, headers={"Location": location})


def test_redirects_followed_by_rule(guarded: ModuleType, server: RecordingServer) -> None:
    with guarded.GuardedClient(aad=_Credential(), endpoint=server.url, retries=0) as client:
        server.respond(_redirect(301, "/moved?page=2"), Reply.json(["a"]))
        assert client.items.list() == ["a"]
        server.respond(_redirect(308, "../items/elsewhere"), Reply.json({}))
        client.items.add("x")  # 308: the same method and body
        server.respond(_redirect(302, "/nowhere"))
        with pytest.raises(guarded.HttpResponseError) as caught:
            client.items.add("y")  # 302 is not followed for a POST: it is the answer
        assert caught.value.status_code == 302
        server.respond(_redirect(303, "/items/result"), Reply.json({}))
        client.items.add("z")  # 303: fetched with GET, without the body
    sent = [(r.method, r.target, r.body, r.headers.get("content-type")) for r in server.requests]
    assert sent == [
        ("GET", "/items", b"", None),
        ("GET", "/moved?page=2", b"", None),
        ("POST", "/items", b'"x"', "application/json"),
        ("POST", "/items/elsewhere", b'"x"', "application/json"),
        ("POST", "/items", b'"y"', "application/json"),
        ("POST", "/items", b'"z"', "application/json"),
        ("GET", "/items/result", b"", None),
    ]
    assert {r.headers["authorization"] for r in server.requests} == {"Bearer the-token"}  # same origin


def test_credentials_do_not_follow_to_another_origin(guarded: ModuleType, server: RecordingServer) -> None:
    with RecordingServer(default=Reply.json(["b"])) as other:
        server.respond(_redirect(307, other.url + "/items?from=a"))
        with guarded.GuardedClient(aad=_Credential(), endpoint=server.url, key="k3y", retries=0, request_id_header="x-request-id") as client:
            assert client.items.list() == ["b"]
        (first,), (second,) = server.requests, other.requests
    assert first.headers["authorization"] == "Bearer the-token" and first.headers["x-key"] == "k3y"
    assert second.target == "/items?from=a"
    assert "authorization" not in second.headers and "x-key" not in second.headers
    assert second.headers["x-request-id"] == first.headers["x-request-id"]  # the request id does follow


def test_redirects_are_bounded_and_not_retries(guarded: ModuleType, server: RecordingServer) -> None:
    server.set_default(_redirect(307, "/again"))
    with guarded.GuardedClient(aad=_Credential(), endpoint=server.url, retries=0) as client:
        with pytest.raises(guarded.ServiceRequestError, match="more than 10 redirects"):
            client.items.list()
    assert len(server.requests) == 11
    server.reset()
    server.set_default(Reply.json(["c"]))
    # Two redirects and a 503 retried once, with a retry budget of one.
    server.respond(_redirect(307, "/a"), Reply.json({}, status=503), _redirect(307, "/b"))
    with guarded.GuardedClient(aad=_Credential(), endpoint=server.url, retries=guarded.RetryPolicy(total=1, backoff_factor=0.01)) as client:
        assert client.items.list() == ["c"]
    assert [r.target for r in server.requests] == ["/items", "/a", "/a", "/b"]


def test_redirect_with_a_callers_client(guarded: ModuleType, server: RecordingServer) -> None:
    import httpx

    server.respond(_redirect(307, "/next?b=2"), Reply.json([]))
    # follow_redirects=True on the caller's client changes nothing; its default params are kept.
    with httpx.Client(params={"a": "1"}, follow_redirects=True) as http:
        with guarded.GuardedClient(aad=_Credential(), endpoint=server.url, http_client=http, retries=0) as client:
            assert client.items.list() == []
    assert [r.target for r in server.requests] == ["/items?a=1", "/next?a=1&b=2"]


def test_redirect_async(guarded: ModuleType, server: RecordingServer) -> None:
    from guarded_client.aio import GuardedClient

    class Credential:
        async def get_token(self, *scopes: str, **kwargs: object) -> _Token:
            return _Token()

    server.respond(_redirect(308, "/there"), Reply.json(["d"]))

    async def main() -> Any:
        async with GuardedClient(aad=Credential(), endpoint=server.url, retries=0) as client:
            return await client.items.list()

    assert asyncio.run(main()) == ["d"]
    assert [r.target for r in server.requests] == ["/items", "/there"]


# --------------------------------------------------------------------------- URL edge cases

PATHS = """\
    swagger: "2.0"
    info: {title: Paths, version: "1"}
    host: localhost
    schemes: [http]
    paths:
      /items/{ids}/{kind}/{name}:
        get:
          operationId: Items_Get
          parameters:
            - {name: ids, in: path, required: true, type: array, items: {type: integer}, collectionFormat: pipes}
            - {name: kind, in: path, required: true, type: string, enum: [""]}
            - {name: name, in: path, required: true, type: string}
            - {name: tags, in: query, type: array, items: {type: string, x-nullable: true}, collectionFormat: multi}
          responses:
            "200": {description: ok}
    """


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _package(tmp_path_factory, "paths_client", PATHS)


def test_path_arrays_constants_and_null_items(paths: ModuleType, server: RecordingServer) -> None:
    with paths.PathsClient(endpoint=server.url, retries=0) as client:
        client.items.get([1, 2], "a/b", tags=["x", None, ""])
        with pytest.raises(paths.ParameterValidationError):
            client.items.get([1], "")  # only the spec's own constant may be an empty segment
    (request,) = server.requests
    # The array joined with "|" as one segment (the style's own delimiter goes raw, the same
    # character inside a value would be %7C); the constant "" an empty one.
    assert request.target == "/items/1|2//a%2Fb?tags=x&tags=&tags="
    assert paths._serde.to_wire(None) == ""


def test_unencoded_query_values_go_into_the_url_as_given() -> None:
    # x-ms-skip-url-encoding on a query parameter: the value is wrapped in Unencoded.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated"))
    from desktopvirtualization._policy import Request
    from desktopvirtualization._urls import Unencoded, url_with_query

    plain = Request("GET", "http://h/p", [("q", "a&b=c"), ("n", 1)], {})
    assert url_with_query(plain) == "http://h/p?q=a%26b%3Dc&n=1"
    raw = Request("GET", "http://h/p", [("q1", Unencoded("value1&q2=value2")), ("x y", "1 2")], {})
    assert url_with_query(raw) == "http://h/p?q1=value1&q2=value2&x%20y=1%202"  # a space is %20
    # Unreserved characters only: joined as they are, as httpx would encode them.
    simple = Request("GET", "http://h/p", [("api-version", "2025-10-10"), ("a~b", "c.d_e")], {})
    assert url_with_query(simple) == "http://h/p?api-version=2025-10-10&a~b=c.d_e"
    assert url_with_query(Request("GET", "http://h/p?x=1", [("api-version", "1")], {})) == "http://h/p?x=1&api-version=1"
    assert url_with_query(Request("GET", "http://h/p", [("e", "")], {})) == "http://h/p?e="


def test_repeated_urls_are_parsed_once(paths: ModuleType, server: RecordingServer) -> None:
    # httpx checks a URL string character by character on every send; the pipelines hand
    # it an httpx.URL parsed once per distinct URL instead (_urls.parsed_url).
    urls = paths._urls
    urls._parse_url.cache_clear()
    with paths.PathsClient(endpoint=server.url, retries=0) as client:
        for name in ("a", "b", "a", "a%"):
            client.items.get([1], name)
        asyncio.run(_get_async(paths, server.url, "b"))
    assert [r.target for r in server.requests] == [
        "/items/1//a", "/items/1//b", "/items/1//a", "/items/1//a%25", "/items/1//b"
    ]
    info = urls._parse_url.cache_info()
    assert (info.misses, info.hits) == (3, 2)
    short = server.url + "/y"
    assert urls.parsed_url(short) is urls.parsed_url(short)
    assert str(urls.parsed_url(short)) == short
    long = server.url + "/x" * 1100  # over 2 KB: handed to httpx as text, not kept
    assert urls.parsed_url(long) == long
    assert urls._parse_url.cache_info().currsize == 4


async def _get_async(paths: ModuleType, endpoint: str, name: str) -> None:
    aio = importlib.import_module(paths.__name__ + ".aio")
    async with aio.PathsClient(endpoint=endpoint, retries=0) as client:
        await client.items.get([1], name)
