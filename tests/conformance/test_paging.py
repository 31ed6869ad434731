"""paging.json and custom-baseUrl-paging.json: x-ms-pageable (AutoRest test server, azure report).

A pageable operation returns ``ItemPaged`` (``AsyncItemPaged`` from the async client): an
iterator over the items (``itemName``) of every page, each page requested when the one
before is used up, following ``nextLinkName`` (null: one page) with a GET, or through the
operation ``operationName`` names. ``.by_page()`` gives the pages. Each page request has
its own retries; an error status raises when the page is reached, not when the method is
called (the arguments are validated then, before any I/O).
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "paging.json"
CUSTOM = "custom-baseUrl-paging.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def custom(client_module: Any) -> ModuleType:
    return client_module(CUSTOM)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestPagingTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def ids(items: Any) -> list[int]:
    return [item.properties.id for item in items]


def test_no_item_name(client: Any, pkg: ModuleType) -> None:
    # PagingNoItemName: the items are `value` when x-ms-pageable names none.
    pages = client.paging.get_no_item_name_pages()
    assert isinstance(pages, pkg.ItemPaged)
    assert ids(pages) == [1]


def test_empty_next_link_ends(client: Any) -> None:
    # PagingEmptyNextLink: nextLink "" is the last page.
    assert ids(client.paging.get_empty_next_link_name_pages()) == [1]


def test_next_link_name_null_is_one_page(client: Any) -> None:
    # PagingNextLinkNameNull: the body has a nextLink (to a 404), but nextLinkName is null.
    assert ids(client.paging.get_null_next_link_name_pages()) == [1]


def test_single(client: Any) -> None:
    # PagingSingle
    assert ids(client.paging.get_single_pages()) == [1]


def test_single_with_body_params(client: Any, pkg: ModuleType) -> None:
    # PagingSingleWithBodyParams: a GET with a body.
    assert ids(client.paging.get_single_pages_with_body_params(pkg.models.BodyParam(name="body"))) == [1]


def test_first_response_empty(client: Any) -> None:
    # PagingFirstResponseEmpty: an empty first page, then a relative next link.
    assert ids(client.paging.first_response_empty()) == [1]


def test_multiple(client: Any, pkg: ModuleType) -> None:
    # PagingMultiple: ten pages; the first is requested only when iteration starts.
    pages = client.paging.get_multiple_pages(
        client_request_id_2="client-id", paging_get_multiple_pages_options=pkg.models.PagingGetMultiplePagesOptions(maxresults=5)
    )
    assert ids(pages) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert list(pages) == []  # used up, as an iterator is


def test_multiple_by_page(client: Any) -> None:
    pages = client.paging.get_multiple_pages().by_page()
    first = next(pages)
    assert ids(first) == [1]
    assert pages.continuation_token.endswith("/paging/multiple/page/2")
    assert [ids(page) for page in pages] == [[n] for n in range(2, 11)]
    assert pages.continuation_token is None


def test_by_page_from_a_continuation_token(client: Any, testserver: AutorestServer) -> None:
    pages = client.paging.get_multiple_pages().by_page(continuation_token=testserver.url + "/paging/multiple/page/8")
    assert [ids(page) for page in pages] == [[8], [9], [10]]


def test_multiple_with_query_parameters(client: Any) -> None:
    # PagingMultipleWithQueryParameters: the next page through nextOperationWithQueryParams.
    assert ids(client.paging.get_with_query_params(required_query_parameter=100)) == [1, 2]


def test_duplicate_parameters(client: Any) -> None:
    # PagingDuplicateParameters: the next link's own $filter replaces the first request's.
    assert ids(client.paging.duplicate_params(filter="foo")) == [1]


def test_dont_send_max_page_size(client: Any) -> None:
    # PagingDontSendMaxPageSize (optional report): an optional enum is not sent unless given.
    assert ids(client.paging.page_with_max_page_size()) == []


def test_odata_multiple(client: Any, pkg: ModuleType) -> None:
    # PagingOdataMultiple: the next link is `odata.nextLink`.
    pages = client.paging.get_odata_multiple_pages(
        paging_get_odata_multiple_pages_options=pkg.models.PagingGetOdataMultiplePagesOptions(maxresults=5)
    )
    assert ids(pages) == list(range(1, 11))


def test_multiple_with_path(client: Any, pkg: ModuleType) -> None:
    # PagingMultiplePath
    options = pkg.models.PagingGetMultiplePagesWithOffsetOptions(offset=100, maxresults=5)
    assert ids(client.paging.get_multiple_pages_with_offset(options)) == [1] + [100 + n for n in range(2, 11)]


@pytest.fixture
def retrying(pkg: ModuleType, testserver: AutorestServer) -> Any:
    policy = pkg.RetryPolicy(total=3, backoff_factor=0.01)
    with pkg.AutoRestPagingTestServiceClient(endpoint=testserver.url, retries=policy) as client:
        yield client


def test_retry_first(retrying: Any) -> None:
    # PagingMultipleRetryFirst: the first page answers 500 once.
    assert ids(retrying.paging.get_multiple_pages_retry_first()) == list(range(1, 11))


def test_retry_second(retrying: Any) -> None:
    # PagingMultipleRetrySecond: the second page answers 500 once; each page has its retries.
    assert ids(retrying.paging.get_multiple_pages_retry_second()) == [1, 1] + list(range(3, 11))


def test_single_failure(client: Any, pkg: ModuleType) -> None:
    # PagingSingleFailure: the error comes with the first page, not from the call.
    pages = client.paging.get_single_pages_failure()
    with pytest.raises(pkg.HttpResponseError) as caught:
        next(pages)
    assert caught.value.status_code == 400


def test_multiple_failure(client: Any, pkg: ModuleType) -> None:
    # PagingMultipleFailure: the first page's items, then the second page's error.
    pages = client.paging.get_multiple_pages_failure()
    assert ids([next(pages)]) == [1]
    with pytest.raises(pkg.HttpResponseError) as caught:
        next(pages)
    assert caught.value.status_code == 400


def test_multiple_failure_uri(client: Any, pkg: ModuleType) -> None:
    # PagingMultipleFailureUri: a next link "*&*#&$" is requested and fails.
    with pytest.raises(pkg.HttpResponseError):
        list(client.paging.get_multiple_pages_failure_uri())


def test_fragment(client: Any) -> None:
    # PagingFragment: the next link "next?page=2" goes into nextFragment's path.
    assert ids(client.paging.get_multiple_pages_fragment_next_link("1.6", "test_user")) == list(range(1, 11))


def test_fragment_with_grouping(client: Any, pkg: ModuleType) -> None:
    group = pkg.models.CustomParameterGroup(api_version="1.6", tenant="test_user")
    assert ids(client.paging.get_multiple_pages_fragment_with_grouping_next_link(group)) == list(range(1, 11))


def test_api_version_append(client: Any) -> None:
    # PagingWithApiVersionAppend: the client's api-version is added to the next link.
    assert ids(client.paging.append_api_version()) == [1]


def test_api_version_replace(client: Any) -> None:
    # PagingWithApiVersionReplace: the next link's Api-Version=notMe is replaced.
    assert ids(client.paging.replace_api_version()) == [1]


def test_item_name_with_client_name(client: Any) -> None:
    # PagingReturnModelWithXMSClientName: the items property is renamed (`indexes`).
    assert ids(client.paging.get_paging_model_with_item_name_with_xms_client_name()) == [1]


def test_validation_before_io(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.paging.get_with_query_params(required_query_parameter=None)


def test_multiple_lro(client: Any, pkg: ModuleType) -> None:
    # PagingMultipleLRO: a POST answered 202 with Azure-AsyncOperation and Location; once
    # the operation succeeds, the Location's GET is the first page (azure-core's
    # LROPoller[ItemPaged]), whose next links are followed as for any pageable operation.
    poller = client.paging.begin_get_multiple_pages_lro(polling_interval=0)
    assert isinstance(poller, pkg._lro.LROPoller)
    # Its parameter group is named as AutoRest names it: without the method's begin_.
    assert hasattr(pkg.models, "PagingGetMultiplePagesLroOptions")
    assert not hasattr(pkg.models, "PagingBeginGetMultiplePagesLroOptions")
    pages = poller.result()
    assert poller.status() == "Succeeded"
    assert isinstance(pages, pkg.ItemPaged)
    assert ids(pages) == list(range(1, 11))
    assert poller.result() is pages
    # by_page from a continuation token: the pages after it, requested with GETs.
    tail = client.paging.begin_get_multiple_pages_lro(polling_interval=0).result().by_page()
    first = [item.properties.id for item in next(tail)]
    assert first == [1] and tail.continuation_token is not None
    assert [[item.properties.id for item in page] for page in tail] == [[n] for n in range(2, 11)]


@pytest.fixture
def custom_client(custom: ModuleType, testserver: AutorestServer) -> Any:
    with custom.AutoRestParameterizedHostTestPagingClient(host=f"host:{testserver.port}", retries=0) as client:
        yield client


def test_custom_url_partial_next_link(custom_client: Any) -> None:
    # PagingCustomUrlPartialNextLink: "/paging/..." resolved against the custom base URL.
    assert ids(custom_client.paging.get_pages_partial_url("local")) == [1, 2]


def test_custom_url_partial_operation_next_link(custom_client: Any) -> None:
    # PagingCustomUrlPartialOperationNextLink: "partialnextlinkop/page/2" through the next operation.
    assert ids(custom_client.paging.get_pages_partial_url_operation("local")) == [1, 2]


# -- async -------------------------------------------------------------------------------


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_async_multiple(pkg: ModuleType, testserver: AutorestServer) -> None:
    async def go() -> tuple[list[int], list[list[int]]]:
        async with importlib.import_module(pkg.__name__ + ".aio").AutoRestPagingTestServiceClient(endpoint=testserver.url, retries=0) as client:
            pages = client.paging.get_multiple_pages()
            assert isinstance(pages, pkg.AsyncItemPaged)
            items = [item.properties.id async for item in pages]
            by_page = [[item.properties.id async for item in page] async for page in client.paging.get_odata_multiple_pages().by_page()]
            return items, by_page

    items, by_page = run(go())
    assert items == list(range(1, 11))
    assert by_page == [[n] for n in range(1, 11)]


def test_async_multiple_lro(pkg: ModuleType, testserver: AutorestServer) -> None:
    # PagingMultipleLRO, async: AsyncLROPoller[AsyncItemPaged[Product]].
    aio = importlib.import_module(pkg.__name__ + ".aio")

    async def go() -> list[int]:
        async with aio.AutoRestPagingTestServiceClient(endpoint=testserver.url, retries=0) as client:
            poller = await client.paging.begin_get_multiple_pages_lro(polling_interval=0)
            assert isinstance(poller, pkg._lro.AsyncLROPoller)
            pages = await poller
            assert isinstance(pages, pkg.AsyncItemPaged)
            return [item.properties.id async for item in pages]

    assert run(go()) == list(range(1, 11))


def test_async_fragment_and_failure(pkg: ModuleType, testserver: AutorestServer) -> None:
    async def go() -> list[int]:
        async with importlib.import_module(pkg.__name__ + ".aio").AutoRestPagingTestServiceClient(endpoint=testserver.url, retries=0) as client:
            found = [item.properties.id async for item in client.paging.get_multiple_pages_fragment_next_link("1.6", "test_user")]
            pages = client.paging.get_multiple_pages_failure()
            assert (await pages.__anext__()).properties.id == 1
            with pytest.raises(pkg.HttpResponseError):
                await pages.__anext__()
            return found

    assert run(go()) == list(range(1, 11))


def test_async_custom_url(custom: ModuleType, testserver: AutorestServer) -> None:
    async def go() -> list[int]:
        async with importlib.import_module(custom.__name__ + ".aio").AutoRestParameterizedHostTestPagingClient(host=f"host:{testserver.port}", retries=0) as client:
            return [item.properties.id async for item in client.paging.get_pages_partial_url("local")]

    assert run(go()) == [1, 2]
