"""lro.json: long-running operations (x-ms-long-running-operation), AutoRest test server,
azure report: LROPut*, LROPatch*, LRODelete*, LROPost*, LRORetry*, LROError* /
LRONonRetry* (LROSADs) and CustomHeader*.

Each operation is a ``begin_<name>`` method returning a poller; ``result()`` polls as ARM
does (Azure-AsyncOperation, then Location, then the resource's provisioningState) and
returns the final typed result, or raises ``HttpResponseError`` when the operation fails,
is canceled, or a poll is answered with an error or a body without a status. The client's
``polling_interval=0`` (the server sends ``Retry-After: 0`` too) keeps the suite fast, and
a retry policy without back-off serves the LRORetry scenarios (a 500 before each answer).
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "lro.json"
REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def _client(pkg: ModuleType, testserver: AutorestServer, aio: bool = False) -> Any:
    module = importlib.import_module(pkg.__name__ + ".aio") if aio else pkg
    cls = module.AutoRestLongRunningOperationTestServiceClient
    return cls(endpoint=testserver.url, polling_interval=0, retries=pkg.RetryPolicy(total=3, backoff_factor=0))


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with _client(pkg, testserver) as client:
        yield client


def _product(pkg: ModuleType) -> Any:
    return pkg.models.Product(location="West US")


# (group, method, body argument, expected: id and provisioning state of the result, or None)
SUCCEEDING = [
    # LROPutInlineComplete, LROPutInlineComplete201, LROPut200InlineCompleteNoState
    ("lr_os", "begin_put200_succeeded", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put201_succeeded", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put200_succeeded_no_state", "product", ("100", None)),
    # LROPatchInlineCompleteIgnoreHeaders (optional): done at once, the headers not followed
    ("lr_os", "begin_patch200_succeeded_ignore_headers", "product", ("100", "Succeeded")),
    # LROPatch201WithAsyncHeader, LROPatch202WithAsyncAndLocationHeader: final GET of the resource
    ("lr_os", "begin_patch201_retry_with_async_header", "product", ("/lro/patch/201/retry/onlyAsyncHeader", "Succeeded")),
    ("lr_os", "begin_patch202_retry_with_async_and_location_header", "product", ("/lro/patch/202/retry/asyncAndLocationHeader", "Succeeded")),
    # LROPut202Retry200 (Location), LROPutSucceededWithBody, LROPutSucceededNoBody
    ("lr_os", "begin_put202_retry200", "product", ("100", None)),
    ("lr_os", "begin_put201_creating_succeeded200", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put200_updating_succeeded204", "product", ("100", "Succeeded")),
    # LROPutNoHeaderInRetry, LROPutAsyncRetrySucceeded, LROPutAsyncNoRetrySucceeded, LROPutAsyncNoHeaderInRetry
    ("lr_os", "begin_put_no_header_in_retry", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put_async_retry_succeeded", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put_async_no_retry_succeeded", "product", ("100", "Succeeded")),
    ("lr_os", "begin_put_async_no_header_in_retry", "product", ("100", "Succeeded")),
    # LRODeleteProvisioning* (the final resource keeps its state), LRODelete204Succeeded,
    # LRODelete202Retry200, LRODelete202NoRetry204, LRODeleteNoHeaderInRetry,
    # LRODeleteAsyncNoHeaderInRetry, LRODeleteAsyncRetrySucceeded, LRODeleteAsyncNoRetrySucceeded
    ("lr_os", "begin_delete_provisioning202_accepted200_succeeded", None, ("100", "Succeeded")),
    ("lr_os", "begin_delete_provisioning202_deleting_failed200", None, ("100", "Failed")),
    ("lr_os", "begin_delete_provisioning202_deletingcanceled200", None, ("100", "Canceled")),
    ("lr_os", "begin_delete204_succeeded", None, None),
    ("lr_os", "begin_delete202_retry200", None, None),
    ("lr_os", "begin_delete202_no_retry204", None, None),
    ("lr_os", "begin_delete_no_header_in_retry", None, None),
    ("lr_os", "begin_delete_async_no_header_in_retry", None, None),
    ("lr_os", "begin_delete_async_retry_succeeded", None, None),
    ("lr_os", "begin_delete_async_no_retry_succeeded", None, None),
    # LROPost202Retry200, LROPost202NoRetry204, LROPostAsyncRetrySucceeded, LROPostAsyncNoRetrySucceeded
    ("lr_os", "begin_post202_retry200", "product", None),
    ("lr_os", "begin_post202_no_retry204", "product", None),
    ("lr_os", "begin_post_async_retry_succeeded", "product", ("100", "Succeeded")),
    ("lr_os", "begin_post_async_no_retry_succeeded", "product", ("100", "Succeeded")),
    # LROPostDoubleHeadersFinalLocationGet, ...FinalAzureHeaderGet (no final GET: the
    # operation's own body), ...FinalAzureHeaderGetDefault (final GET on Location)
    ("lr_os", "begin_post_double_headers_final_location_get", None, ("100", None)),
    ("lr_os", "begin_post_double_headers_final_azure_header_get", None, ("100", None)),
    ("lr_os", "begin_post_double_headers_final_azure_header_get_default", None, ("100", None)),
    # LRORetryPutSucceededWithBody, LRORetryErrorPutAsyncSucceeded, LRORetryErrorDelete*,
    # LRORetryErrorPost*: a 500 before each answer, retried by the pipeline
    ("lro_retrys", "begin_put201_creating_succeeded200", "product", ("100", "Succeeded")),
    ("lro_retrys", "begin_put_async_relative_retry_succeeded", "product", ("100", "Succeeded")),
    ("lro_retrys", "begin_delete_provisioning202_accepted200_succeeded", None, ("100", "Succeeded")),
    ("lro_retrys", "begin_delete202_retry200", None, None),
    ("lro_retrys", "begin_delete_async_relative_retry_succeeded", None, None),
    ("lro_retrys", "begin_post202_retry200", "product", None),
    ("lro_retrys", "begin_post_async_relative_retry_succeeded", "product", None),
    # LRODeleteInlineComplete (LROSADs: a 204 without Location is done)
    ("lrosa_ds", "begin_delete204_succeeded", None, None),
]


@pytest.mark.parametrize(("group", "method", "body", "expected"), SUCCEEDING, ids=[f"{g}.{m}" for g, m, _, _ in SUCCEEDING])
def test_succeeding_operations(pkg: ModuleType, client: Any, group: str, method: str, body: str | None, expected: tuple[str, str | None] | None) -> None:
    kwargs = {} if body is None else {body: _product(pkg)}
    poller = getattr(getattr(client, group), method)(**kwargs)
    result = poller.result()
    assert poller.done()
    assert poller.status().lower() == "succeeded"
    if expected is None:
        assert result is None
    else:
        assert isinstance(result, pkg.models.Product)
        assert (result.id, result.provisioning_state) == expected


def test_non_resource_and_list_results(pkg: ModuleType, client: Any) -> None:
    # LROPutNonResourceInRetry, LROPutNonResourceAsyncInRetry: a Sku, not a Product
    sku = pkg.models.Sku(name="doesNotMatter")
    assert client.lr_os.begin_put_non_resource(sku=sku).result() == pkg.models.Sku(name="sku", id="100")
    assert client.lr_os.begin_put_async_non_resource(sku=sku).result() == pkg.models.Sku(name="sku", id="100")
    # LROPutSubResourceInRetry, LROPutSubResourceAsyncInRetry
    sub = pkg.models.SubProduct()
    assert client.lr_os.begin_put_sub_resource(product=sub).result().provisioning_state == "Succeeded"
    assert client.lr_os.begin_put_async_sub_resource(product=sub).result().provisioning_state == "Succeeded"
    # LROPostSuccededWithBody (a Sku from the final Location), LROPostAndGetList
    assert client.lr_os.begin_post200_with_payload().result() == pkg.models.Sku(name="product", id="1")
    listed = client.lr_os.begin_post202_list().result()
    assert [(p.id, p.name) for p in listed] == [("100", "foo")]


FAILING = [
    # LROPutAsyncRetryFailed, LROPutAsyncNoRetryCanceled, LROPutCreatingFailed200 /
    # LROPut200Acceptedcanceled200 (body polling), LRODeleteAsync{Retry,}Failed / Canceled,
    # LROPostAsyncRetryFailed / Canceled: Failed or Canceled raise with the body's error
    ("lr_os", "begin_put_async_retry_failed", "product"),
    ("lr_os", "begin_put_async_no_retrycanceled", "product"),
    ("lr_os", "begin_put201_creating_failed200", "product"),
    ("lr_os", "begin_put200_acceptedcanceled200", "product"),
    ("lr_os", "begin_delete_async_retry_failed", None),
    ("lr_os", "begin_delete_async_retrycanceled", None),
    ("lr_os", "begin_post_async_retry_failed", "product"),
    ("lr_os", "begin_post_async_retrycanceled", "product"),
    # LRONonRetryPut400, LRONonRetryPut201Creating400, ...InvalidJson, LRONonRetryPutAsyncRetry400,
    # LRONonRetryDelete400, LRONonRetryDelete202Retry400, LRONonRetryDeleteAsyncRetry400,
    # LRONonRetryPost400, LRONonRetryPost202Retry400, LRONonRetryPostAsyncRetry400
    ("lrosa_ds", "begin_put_non_retry400", "product"),
    ("lrosa_ds", "begin_put_non_retry201_creating400", "product"),
    ("lrosa_ds", "begin_put_non_retry201_creating400_invalid_json", "product"),
    ("lrosa_ds", "begin_put_async_relative_retry400", "product"),
    ("lrosa_ds", "begin_delete_non_retry400", None),
    ("lrosa_ds", "begin_delete202_non_retry400", None),
    ("lrosa_ds", "begin_delete_async_relative_retry400", None),
    ("lrosa_ds", "begin_post_non_retry400", "product"),
    ("lrosa_ds", "begin_post202_non_retry400", "product"),
    ("lrosa_ds", "begin_post_async_relative_retry400", "product"),
    # LROErrorPut201NoProvisioningStatePayload, LROErrorPutAsyncNoPollingStatus(Payload),
    # LROErrorDeleteAsyncNoPollingStatus, LROErrorPost202NoLocation,
    # LROErrorPostAsyncNoPollingPayload, LROError*InvalidHeader, LROError*InvalidJsonPolling
    ("lrosa_ds", "begin_put_error201_no_provisioning_state_payload", "product"),
    ("lrosa_ds", "begin_put_async_relative_retry_no_status", "product"),
    ("lrosa_ds", "begin_put_async_relative_retry_no_status_payload", "product"),
    ("lrosa_ds", "begin_delete_async_relative_retry_no_status", None),
    ("lrosa_ds", "begin_post202_no_location", "product"),
    ("lrosa_ds", "begin_post_async_relative_retry_no_payload", "product"),
    ("lrosa_ds", "begin_put_async_relative_retry_invalid_header", "product"),
    ("lrosa_ds", "begin_delete202_retry_invalid_header", None),
    ("lrosa_ds", "begin_delete_async_relative_retry_invalid_header", None),
    ("lrosa_ds", "begin_post202_retry_invalid_header", "product"),
    ("lrosa_ds", "begin_post_async_relative_retry_invalid_header", "product"),
    ("lrosa_ds", "begin_put_async_relative_retry_invalid_json_polling", "product"),
    ("lrosa_ds", "begin_delete_async_relative_retry_invalid_json_polling", None),
    ("lrosa_ds", "begin_post_async_relative_retry_invalid_json_polling", "product"),
]


@pytest.mark.parametrize(("group", "method", "body"), FAILING, ids=[f"{g}.{m}" for g, m, _ in FAILING])
def test_failing_operations(pkg: ModuleType, client: Any, group: str, method: str, body: str | None) -> None:
    kwargs = {} if body is None else {body: _product(pkg)}
    with pytest.raises(pkg.HttpResponseError) as caught:
        getattr(getattr(client, group), method)(**kwargs).result()
    assert caught.value.status_code in (200, 202, 400, 404)


def test_failed_status_raises_the_body_error_and_again(pkg: ModuleType, client: Any) -> None:
    poller = client.lr_os.begin_put_async_retry_failed(product=_product(pkg))
    with pytest.raises(pkg.HttpResponseError) as first:
        poller.result()
    assert poller.done() and poller.status() == "Failed"
    with pytest.raises(pkg.HttpResponseError) as second:  # the same error, nothing sent again
        poller.wait()
    assert second.value is first.value


def test_invalid_json_result(pkg: ModuleType, client: Any) -> None:
    # LROErrorPut200InvalidJson: done at once, but the body does not decode
    with pytest.raises(pkg.DeserializationError):
        client.lrosa_ds.begin_put200_invalid_json(product=_product(pkg)).result()


def test_custom_header_on_every_poll(pkg: ModuleType, client: Any) -> None:
    # CustomHeaderPutAsyncSucceded, CustomHeaderPostAsyncSucceded, CustomHeaderPutSucceeded,
    # CustomHeaderPostSucceeded: the call's x-ms-client-request-id goes with every poll
    group = client.lr_os_custom_header
    assert group.begin_put_async_retry_succeeded(product=_product(pkg), client_request_id=REQUEST_ID).result().id == "100"
    assert group.begin_put201_creating_succeeded200(product=_product(pkg), client_request_id=REQUEST_ID).result().id == "100"
    assert group.begin_post202_retry200(product=_product(pkg), client_request_id=REQUEST_ID).result() is None
    assert group.begin_post_async_retry_succeeded(product=_product(pkg), client_request_id=REQUEST_ID).result() is None


def test_polling_interval_timeout(pkg: ModuleType, client: Any) -> None:
    # Without Retry-After the interval is the call's; a result() that cannot wait that
    # long raises TimeoutError and may be called again.
    poller = client.lr_os.begin_put201_creating_succeeded200(product=_product(pkg), polling_interval=5)
    with pytest.raises(TimeoutError):
        poller.result(timeout=0.01)
    assert not poller.done() and poller.status() == "Creating"


def test_async_client(pkg: ModuleType, testserver: AutorestServer) -> None:
    async def main() -> None:
        async with _client(pkg, testserver, aio=True) as client:
            poller = await client.lr_os.begin_put_async_retry_succeeded(product=_product(pkg))
            result = await poller.result()
            assert (result.id, result.provisioning_state) == ("100", "Succeeded")
            assert poller.done()
            assert await client.lr_os.begin_delete202_retry200() is not None
            assert await (await client.lr_os.begin_post_async_retry_succeeded(product=_product(pkg))) is not None
            with pytest.raises(pkg.HttpResponseError):
                await (await client.lr_os.begin_put_async_retry_failed(product=_product(pkg))).result()

    asyncio.run(main())
