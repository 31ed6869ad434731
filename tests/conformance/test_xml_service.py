"""xml-service.json: XML request and response bodies (AutoRest test server, vanilla report:
the Storage-like list / properties / ACL documents, attributes, wrapped and unwrapped
lists, lists at the root, empty elements, element names from referenced models, x-ms-text,
base64 bytes and URLs; and an operation of the same spec that consumes or produces JSON).

Each GET asserts the decoded values exactly; each PUT sends what the server compares (as
parsed XML) with the document its GET returns: the value built by hand, or the GET's result
sent back.
"""

from __future__ import annotations

import datetime as _dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "xml-service.json"
UTC = _dt.UTC
EXPIRATION = _dt.datetime(2018, 2, 28, 0, 40, 0, 123000, tzinfo=UTC)


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATXMLServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def _slideshow(m: Any) -> Any:
    return m.Slideshow(
        title="Sample Slide Show",
        date="Date of publication",
        author="Yours Truly",
        slides=[
            m.Slide(type="all", title="Wake up to WonderWidgets!", items=[]),
            m.Slide(type="all", title="Overview", items=["Why WonderWidgets are great", "", "Who buys WonderWidgets"]),
        ],
    )


def test_simple(client: Any, pkg: ModuleType) -> None:
    """Attributes, an unwrapped list of models, an unwrapped list of strings (one empty)."""
    m = pkg.models
    assert client.xml.get_simple() == _slideshow(m)
    client.xml.put_simple(_slideshow(m))


def test_wrapped_lists(client: Any, pkg: ModuleType) -> None:
    barrel = pkg.models.AppleBarrel(good_apples=["Fuji", "Gala"], bad_apples=["Red Delicious"])
    assert client.xml.get_wrapped_lists() == barrel
    client.xml.put_wrapped_lists(barrel)


def test_empty_list(client: Any, pkg: ModuleType) -> None:
    """``<slideshow/>``: no attribute, no slide (an unwrapped list is then empty)."""
    assert client.xml.get_empty_list() == pkg.models.Slideshow(slides=[])
    client.xml.put_empty_list(pkg.models.Slideshow(slides=[]))


def test_empty_wrapped_lists(client: Any, pkg: ModuleType) -> None:
    barrel = pkg.models.AppleBarrel(good_apples=[], bad_apples=[])
    assert client.xml.get_empty_wrapped_lists() == barrel
    client.xml.put_empty_wrapped_lists(barrel)


def _bananas(m: Any, count: int) -> list[Any]:
    return [m.Banana(name="Cavendish", flavor="Sweet", expiration=EXPIRATION), m.Banana(name="Plantain", flavor="Savory", expiration=EXPIRATION)][:count]


def test_root_list(client: Any, pkg: ModuleType) -> None:
    """A list at the root: ``<bananas><banana>...``."""
    assert client.xml.get_root_list() == _bananas(pkg.models, 2)
    client.xml.put_root_list(_bananas(pkg.models, 2))


def test_root_list_single_item(client: Any, pkg: ModuleType) -> None:
    assert client.xml.get_root_list_single_item() == _bananas(pkg.models, 1)
    client.xml.put_root_list_single_item(_bananas(pkg.models, 1))


def test_empty_root_list(client: Any) -> None:
    assert client.xml.get_empty_root_list() == []
    client.xml.put_empty_root_list([])


def test_empty_child_element(client: Any, pkg: ModuleType) -> None:
    """``<flavor></flavor>``: an empty string, sent back as an empty element."""
    banana = pkg.models.Banana(name="Unknown Banana", flavor="", expiration=_dt.datetime(2012, 2, 24, 0, 53, 52, 789000, tzinfo=UTC))
    assert client.xml.get_empty_child_element() == banana
    client.xml.put_empty_child_element(banana)


def test_complex_type_ref_no_meta(client: Any, pkg: ModuleType) -> None:
    """A property referring to a model without an xml name: the element keeps the property's name."""
    m = pkg.models
    root = m.RootWithRefAndNoMeta(ref_to_model=m.ComplexTypeNoMeta(id="myid"), something="else")
    assert client.xml.get_complex_type_ref_no_meta() == root
    client.xml.put_complex_type_ref_no_meta(root)


def test_complex_type_ref_with_meta(client: Any, pkg: ModuleType) -> None:
    """A property referring to a model with an xml name: the element takes the model's name."""
    m = pkg.models
    root = m.RootWithRefAndMeta(ref_to_model=m.ComplexTypeWithMeta(id="myid"), something="else")
    assert client.xml.get_complex_type_ref_with_meta() == root
    client.xml.put_complex_type_ref_with_meta(root)


def test_list_containers(client: Any, pkg: ModuleType) -> None:
    m = pkg.models
    result = client.xml.list_containers()
    modified = _dt.datetime(2016, 10, 26, 20, 39, 39, tzinfo=UTC)
    assert result.service_endpoint == "https://myaccount.blob.core.windows.net/"
    assert (result.max_results, result.next_marker, result.prefix, result.marker) == (3, "video", None, None)
    assert [c.name for c in result.containers] == ["audio", "images", "textfiles"]
    first = result.containers[0].properties
    assert first == m.ContainerProperties(last_modified=modified, etag="0x8CACB9BD7C6B1B2", public_access=m.PublicAccessType.CONTAINER)
    assert [c.properties.etag for c in result.containers[1:]] == ["0x8CACB9BD7C1EEEC", "0x8CACB9BD7BACAC3"]
    assert all(c.metadata is None and c.properties.public_access is None for c in result.containers[1:])


def test_list_blobs(client: Any, pkg: ModuleType) -> None:
    """Unwrapped lists inside a model, a dict as child elements, enums, int64, rfc1123."""
    m = pkg.models
    result = client.xml.list_blobs()
    assert result.container_name == "https://myaccount.blob.core.windows.net/mycontainer"
    assert result.next_marker == "" and result.service_endpoint is None
    blobs = result.blobs.blob
    assert result.blobs.blob_prefix == []
    assert [b.name for b in blobs] == ["blob1.txt", "blob2.txt", "blob2.txt", "blob2.txt", "blob3.txt"]
    assert [b.snapshot for b in blobs] == [None, "2009-09-09T09:20:03.0427659Z", "2009-09-09T09:20:03.1587543Z", None, None]
    first = blobs[0].properties
    assert first.last_modified == _dt.datetime(2009, 9, 9, 9, 20, 2, tzinfo=UTC)
    assert (first.etag, first.content_length, first.content_type, first.content_encoding) == ("0x8CBFF45D8A29A19", 100, "text/html", "")
    assert (first.content_language, first.content_md5, first.cache_control) == ("en-US", "", "no-cache")
    assert first.blob_type is m.BlobType.BLOCK_BLOB and first.lease_status is m.LeaseStatusType.UNLOCKED
    assert blobs[0].metadata == {"Color": "blue", "BlobNumber": "01", "SomeMetadataName": "SomeMetadataValue"}
    assert blobs[1].metadata["x-ms-invalid-name"] == "nasdf$@#$$"
    last = blobs[4].properties
    assert (last.content_length, last.blob_sequence_number, last.blob_type, last.lease_status) == (16384, 3, m.BlobType.PAGE_BLOB, m.LeaseStatusType.LOCKED)
    assert blobs[1].properties.lease_status is None


def _service_properties(m: Any) -> Any:
    policy = m.RetentionPolicy(enabled=True, days=7)
    return m.StorageServiceProperties(
        logging=m.Logging(version="1.0", delete=True, read=False, write=True, retention_policy=policy),
        hour_metrics=m.Metrics(version="1.0", enabled=True, include_ap_is=False, retention_policy=policy),
        minute_metrics=m.Metrics(version="1.0", enabled=True, include_ap_is=True, retention_policy=policy),
    )


def test_service_properties(client: Any, pkg: ModuleType) -> None:
    """Booleans and integers as element text; query parameters after the path's own query."""
    assert client.xml.get_service_properties() == _service_properties(pkg.models)
    client.xml.put_service_properties(_service_properties(pkg.models))


def test_acls(client: Any, pkg: ModuleType) -> None:
    """A list at the root whose schema is a named array (SignedIdentifiers), datetimes."""
    m = pkg.models
    acl = [
        m.SignedIdentifier(
            id="MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=",
            access_policy=m.AccessPolicy(
                start=_dt.datetime(2009, 9, 28, 8, 49, 37, 123000, tzinfo=UTC),
                expiry=_dt.datetime(2009, 9, 29, 8, 49, 37, 123000, tzinfo=UTC),
                permission="rwd",
            ),
        )
    ]
    assert client.xml.get_acls() == acl
    client.xml.put_acls(acl)


def test_x_ms_text(client: Any, pkg: ModuleType) -> None:
    """``<Data language="english">I am text</Data>``: an attribute and the element's text."""
    assert client.xml.get_x_ms_text() == pkg.models.ObjectWithXMsTextProperty(language="english", content="I am text")


def test_bytes(client: Any, pkg: ModuleType) -> None:
    model = pkg.models.ModelWithByteProperty(bytes_=b"Hello world")
    assert client.xml.get_bytes() == model
    client.xml.put_binary(model)


def test_url(client: Any, pkg: ModuleType) -> None:
    model = pkg.models.ModelWithUrlProperty(url="https://myaccount.blob.core.windows.net/")
    assert client.xml.get_uri() == model
    client.xml.put_uri(model)


def test_headers(client: Any) -> None:
    assert client.xml.get_headers().custom_header == "custom-value"


def test_json_in_an_xml_spec(client: Any, pkg: ModuleType) -> None:
    """An operation consuming (producing) application/json in a spec whose default is XML."""
    client.xml.json_input(pkg.models.JSONInput(id=42))
    assert client.xml.json_output() == pkg.models.JSONOutput(id=42)


def test_async_round_trip(pkg: ModuleType, testserver: AutorestServer) -> None:
    """The async client shares the XML encoding and decoding."""
    import asyncio
    import importlib

    async def run() -> None:
        async with importlib.import_module(pkg.__name__ + ".aio").AutoRestSwaggerBATXMLServiceClient(endpoint=testserver.url, retries=0) as client:
            barrel = await client.xml.get_wrapped_lists()
            await client.xml.put_wrapped_lists(barrel)
            assert barrel.good_apples == ["Fuji", "Gala"]

    asyncio.run(run())
