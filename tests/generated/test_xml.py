"""XML bodies end to end: the golden ``xml_bodies`` spec's client against a real loopback
server (``tests/support/http_server.py``): the exact bytes a model is sent as (attributes,
namespace and prefix, the element's text, wrapped and unwrapped lists, a dict as child
elements), the values a document decodes to, a list at the root, and hostile or broken
documents refused with DeserializationError (a DOCTYPE, the "billion laughs", an external
entity, malformed XML).  Only packages with an XML body ship ``_xml.py``."""

from __future__ import annotations

import asyncio
import datetime as _dt
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.emit.write import write_files
from generator.pipeline import generate
from tests.support.http_server import RecordingServer, Reply

SPEC = Path(__file__).resolve().parents[1] / "golden" / "xml_bodies" / "spec.yaml"
PACKAGE = "xml_bodies_runtime"
PUBLISHED = _dt.datetime(1965, 8, 1, tzinfo=_dt.UTC)
BOOK_XML = (
    b"<?xml version='1.0' encoding='utf-8'?>\n"
    b'<lib:book xmlns:lib="http://example.com/schema/library" id="7" available="true">'
    b'<title lang="en">Dune</title>'
    b"<authors><author>Frank Herbert</author></authors>"
    b"<tag>sf</tag><tag>classic &amp; more</tag>"
    b"<price>9.5</price>"
    b"<published>1965-08-01T00:00:00Z</published>"
    b'<isbn:code xmlns:isbn="urn:isbn">978-0441013593</isbn:code>'
    b"<notes><shelf>B2</shelf><copies>3</copies></notes>"
    b"</lib:book>"
)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("xml_runtime")
    write_files(out / PACKAGE, generate(SPEC, PACKAGE).files)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer(default=Reply.raw(b"", status=201)) as srv:
        yield srv


@pytest.fixture
def client(pkg: ModuleType, server: RecordingServer) -> Iterator[Any]:
    with pkg.LibraryClient(endpoint=server.url, retries=0) as client:
        yield client


def _book(m: Any) -> Any:
    return m.Book(
        id=7,
        available=True,
        title=m.Title(lang="en", text="Dune"),
        authors=["Frank Herbert"],
        tags=["sf", "classic & more"],
        price=9.5,
        published=PUBLISHED,
        isbn="978-0441013593",
        notes={"shelf": "B2", "copies": "3"},
    )


def _xml_reply(body: bytes | str, content_type: str = "application/xml") -> Reply:
    return Reply.raw(body, headers={"Content-Type": content_type})


def test_a_model_is_sent_as_exact_xml(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    client.books.put("dune", _book(pkg.models))
    [request] = server.requests
    assert (request.method, request.path) == ("PUT", "/books/dune")
    assert request.headers["content-type"] == "application/xml"
    assert request.body == BOOK_XML


def test_absent_fields_are_left_out(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    client.books.put("x", pkg.models.Book(id=1, authors=[], tags=[]))
    assert server.requests[0].body == (
        b"<?xml version='1.0' encoding='utf-8'?>\n"
        b'<lib:book xmlns:lib="http://example.com/schema/library" id="1"><authors /></lib:book>'
    )


def test_a_document_is_decoded(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    server.respond(_xml_reply(BOOK_XML))
    book = client.books.get("dune")
    assert book == _book(pkg.models)
    assert type(book.id) is int and type(book.price) is float and book.available is True
    assert book.published == PUBLISHED and book.published.tzinfo is not None


def test_namespaces_whitespace_and_unknown_elements(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    """Names match by their local part (here under a default namespace); indentation and
    elements the spec does not name are ignored; an unwrapped list absent is empty, a
    wrapped one absent is None."""
    server.respond(_xml_reply(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<book xmlns="http://example.com/schema/library" id="8" available="0">\n'
        '  <title lang="fr">Fondation</title>\n'
        "  <extra><tag>not mine</tag></extra>\n"
        "  <price>12</price>\n"
        "</book>\n"
    ))
    book = client.books.get("foundation")
    m = pkg.models
    assert book == m.Book(id=8, available=False, title=m.Title(lang="fr", text="Fondation"), tags=[], price=12.0)
    assert book.authors is None


def test_a_list_at_the_root(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    server.respond(_xml_reply(
        b'<Books><lib:book xmlns:lib="urn:l" id="1"/><lib:book xmlns:lib="urn:l" id="2"><price>1.5</price></lib:book></Books>',
        "text/xml; charset=utf-8",
    ))
    m = pkg.models
    assert client.books.list() == [m.Book(id=1, tags=[]), m.Book(id=2, tags=[], price=1.5)]
    server.respond(_xml_reply(b"<Books/>"))
    assert client.books.list() == []


def test_a_value_of_the_wrong_type_names_its_field(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    server.respond(_xml_reply(b'<book id="seven"/>'))
    with pytest.raises(pkg.DeserializationError, match="id"):
        client.books.get("x")


def test_an_xml_error_body_is_the_error_model(client: Any, pkg: ModuleType, server: RecordingServer) -> None:
    server.respond(Reply.raw(
        b"<Error><Code>BlobNotFound</Code><Message>No such book.</Message></Error>",
        status=404, headers={"Content-Type": "application/xml"},
    ))
    with pytest.raises(pkg.ResourceNotFoundError) as raised:
        client.books.get("missing")
    assert raised.value.model == pkg.models.StorageError(code="BlobNotFound", message="No such book.")
    server.respond(Reply.raw(b"<!DOCTYPE x><Error/>", status=500, headers={"Content-Type": "application/xml"}))
    with pytest.raises(pkg.HttpResponseError) as unreadable:
        client.books.get("missing")
    assert unreadable.value.model is None and unreadable.value.body == b"<!DOCTYPE x><Error/>"


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
    b']>\n<book id="1"><title>&lol3;</title></book>'
)
EXTERNAL_ENTITY = b'<?xml version="1.0"?>\n<!DOCTYPE book [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<book id="1"><title>&xxe;</title></book>'


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (BILLION_LAUGHS, "document type declaration"),
        (EXTERNAL_ENTITY, "document type declaration"),
        (b'<!DOCTYPE book SYSTEM "http://127.0.0.1:9/book.dtd"><book id="1"/>', "document type declaration"),
        (b'<book id="1"><title>unclosed</book>', "not valid XML"),
        (b"<book>&undefined;</book>", "not valid XML"),
    ],
)
def test_hostile_or_broken_documents_are_refused(client: Any, pkg: ModuleType, server: RecordingServer, body: bytes, reason: str) -> None:
    server.respond(_xml_reply(body))
    with pytest.raises(pkg.DeserializationError, match=reason) as raised:
        client.books.get("x")
    assert raised.value.where == "Books_Get response 200"


def test_async_client_round_trip(pkg: ModuleType, server: RecordingServer) -> None:
    aio = importlib.import_module(PACKAGE + ".aio")

    async def run() -> Any:
        async with aio.LibraryClient(endpoint=server.url, retries=0) as client:
            await client.books.put("dune", _book(pkg.models))
            server.respond(_xml_reply(BOOK_XML))
            return await client.books.get("dune")

    assert asyncio.run(run()) == _book(pkg.models)
    assert server.requests[0].body == BOOK_XML


def test_only_xml_packages_ship_the_xml_runtime() -> None:
    assert "_xml.py" in generate(SPEC, PACKAGE).files
    golden = Path(__file__).resolve().parents[1] / "golden" / "responses" / "spec.yaml"
    assert "_xml.py" not in generate(golden, "responses").files
