"""httpInfrastructure.json: status codes, redirects, retries and multiple responses
(AutoRest test server)."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "httpInfrastructure.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestHttpInfrastructureTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestHttpInfrastructureTestServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


@pytest.fixture
def retrying(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that retries quickly. A new one per test: the server tracks each retry
    scenario with a cookie, kept in the client's cookie jar."""
    policy = pkg.RetryPolicy(total=3, backoff_factor=0.01)
    with pkg.AutoRestHttpInfrastructureTestServiceClient(endpoint=testserver.url, retries=policy) as client:
        yield client


class Hops:
    """The requests an ``httpx.Client`` sent, in order: (method, path, body)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, bytes]] = []

    def record(self, request: httpx.Request) -> None:
        self.sent.append((request.method, request.url.path, request.read()))

    def take(self) -> list[tuple[str, str, bytes]]:
        sent, self.sent = self.sent, []
        return sent


@pytest.fixture
def redirects(pkg: ModuleType, testserver: AutorestServer) -> Iterator[tuple[Any, Hops]]:
    hops = Hops()
    with httpx.Client(event_hooks={"request": [hops.record]}) as http:
        with pkg.AutoRestHttpInfrastructureTestServiceClient(
            endpoint=testserver.url, http_client=http, retries=0
        ) as client:
            yield client, hops


# --- HttpSuccess ------------------------------------------------------------------------


def test_success_statuses(client: Any) -> None:
    success = client.http_success
    assert success.get200() is True
    for method in ("put", "post", "patch", "delete"):
        assert getattr(success, f"{method}200")(boolean_value=True) is None
    assert success.put201(boolean_value=True) is None
    assert success.post201() is None
    for method in ("put", "post", "patch", "delete"):
        assert getattr(success, f"{method}202")(boolean_value=True) is None
    for method in ("put", "patch", "delete"):
        assert getattr(success, f"{method}204")(boolean_value=True) is None


def test_head_success_statuses_are_accepted(client: Any) -> None:
    # What a HEAD returns is test_head_returns_true's business; here: no error.
    client.http_success.head200()
    client.http_success.head204()


def test_head_returns_true(client: Any, retrying: Any) -> None:
    assert client.http_success.head200() is True
    assert client.http_success.head204() is True
    for code in (300, 301, 302, 307):
        assert getattr(client.http_redirects, f"head{code}")() is True
    assert retrying.http_retry.head408() is True


def test_head_declared_404_returns_false(client: Any) -> None:
    assert client.http_success.head404() is False


def test_post204_is_in_the_http_success_group(client: Any) -> None:
    assert client.http_success.post204(boolean_value=True) is None
    assert not hasattr(client, "http_success_2")


def test_options200_has_no_scenario(client: Any, pkg: ModuleType) -> None:
    # The server has no OPTIONS /http/success/200 route: Express answers with its text
    # "Allow" list, which is not the boolean the spec promises.
    with pytest.raises(pkg.DeserializationError):
        client.http_success.options200()


# --- HttpRedirects ----------------------------------------------------------------------


def test_redirects_are_followed(redirects: tuple[Any, Hops]) -> None:
    client, hops = redirects
    rd = client.http_redirects

    assert rd.get300() is None  # the 200 after the redirect has no body
    assert hops.take() == [("GET", "/http/redirect/300", b""), ("GET", "/http/success/get/200", b"")]
    for code in (300, 301, 302, 307):
        getattr(rd, f"head{code}")()
        assert hops.take() == [("HEAD", f"/http/redirect/{code}", b""), ("HEAD", "/http/success/head/200", b"")]
    for code in (301, 302, 307):
        assert getattr(rd, f"get{code}")() is None
        assert hops.take() == [("GET", f"/http/redirect/{code}", b""), ("GET", "/http/success/get/200", b"")]
    assert rd.options307() is None
    assert hops.take() == [("OPTIONS", "/http/redirect/307", b""), ("OPTIONS", "/http/success/options/200", b"")]

    # 303 See Other: the redirect is fetched with GET, without the body.
    assert rd.post303(boolean_value=True) is None
    assert hops.take() == [("POST", "/http/redirect/303", b"true"), ("GET", "/http/success/get/200", b"")]

    # 307 keeps the method and the body.
    for method, call in (
        ("POST", rd.post307),
        ("PATCH", rd.patch307),
        ("DELETE", rd.delete307),
    ):
        assert call(boolean_value=True) is None
        assert hops.take() == [
            (method, "/http/redirect/307", b"true"),
            (method, f"/http/success/{method.lower()}/200", b"true"),
        ]


def test_put307_is_in_the_http_redirects_group(redirects: tuple[Any, Hops]) -> None:
    client, hops = redirects
    assert client.http_redirects.put307(boolean_value=True) is None
    assert hops.take() == [("PUT", "/http/redirect/307", b"true"), ("PUT", "/http/success/put/200", b"true")]
    assert not hasattr(client, "http_redirects_2")


def test_redirects_not_followed_for_put301_and_patch302(redirects: tuple[Any, Hops]) -> None:
    # 301 and 302 must not change a PUT or PATCH into another request: the server points
    # them at /http/failure/500. The spec declares 301/302 as their responses.
    client, hops = redirects
    assert client.http_redirects.put301(boolean_value=True) is None
    assert hops.take() == [("PUT", "/http/redirect/301", b"true")]
    assert client.http_redirects.patch302(boolean_value=True) is None
    assert hops.take() == [("PATCH", "/http/redirect/302", b"true")]


def test_redirect_responses_are_accepted(client: Any) -> None:
    # Each redirect answer is a declared response: no error, whether followed or not
    # (following is test_redirects_are_followed's business).
    rd = client.http_redirects
    for code in (300, 301, 302, 307):
        getattr(rd, f"head{code}")()
    for code in (301, 302, 307):
        assert getattr(rd, f"get{code}")() is None
    rd.get300()
    assert rd.options307() is None
    assert rd.post303(boolean_value=True) is None
    assert rd.post307(boolean_value=True) is None
    assert rd.patch307(boolean_value=True) is None
    assert rd.delete307(boolean_value=True) is None


# --- HttpClientFailure / HttpServerFailure ----------------------------------------------


CLIENT_FAILURES = [
    ("head400", 400, "HttpResponseError"),
    ("get400", 400, "HttpResponseError"),
    ("options400", 400, "HttpResponseError"),
    ("put400", 400, "HttpResponseError"),
    ("post400", 400, "HttpResponseError"),
    ("patch400", 400, "HttpResponseError"),
    ("delete400", 400, "HttpResponseError"),
    ("head401", 401, "ClientAuthenticationError"),
    ("get402", 402, "HttpResponseError"),
    ("get403", 403, "ClientAuthenticationError"),
    ("options403", 403, "ClientAuthenticationError"),
    ("put404", 404, "ResourceNotFoundError"),
    ("patch405", 405, "HttpResponseError"),
    ("post406", 406, "HttpResponseError"),
    ("delete407", 407, "HttpResponseError"),
    ("put409", 409, "ResourceExistsError"),
    ("head410", 410, "HttpResponseError"),
    ("get411", 411, "HttpResponseError"),
    ("get412", 412, "HttpResponseError"),
    ("options412", 412, "HttpResponseError"),
    ("put413", 413, "HttpResponseError"),
    ("patch414", 414, "HttpResponseError"),
    ("post415", 415, "HttpResponseError"),
    ("get416", 416, "HttpResponseError"),
    ("delete417", 417, "HttpResponseError"),
]


def _sends_body(name: str) -> bool:
    return name.startswith(("put", "post", "patch", "delete"))


@pytest.mark.parametrize(("name", "status", "error"), CLIENT_FAILURES)
def test_client_failures(client: Any, pkg: ModuleType, name: str, status: int, error: str) -> None:
    call = getattr(client.http_client_failure, name)
    with pytest.raises(getattr(pkg, error)) as caught:
        call(boolean_value=True) if _sends_body(name) else call()
    assert type(caught.value) is getattr(pkg, error)
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert caught.value.attempts == 1
    assert caught.value.model is None  # the server sends no body


def test_429_is_retried_then_raised(retrying: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        retrying.http_client_failure.head429()
    assert caught.value.status_code == 429
    assert caught.value.attempts == 4  # the first try and three retries


@pytest.mark.parametrize(("name", "status"), [("head501", 501), ("get501", 501), ("post505", 505), ("delete505", 505)])
def test_server_failures_are_not_retried(retrying: Any, pkg: ModuleType, name: str, status: int) -> None:
    call = getattr(retrying.http_server_failure, name)
    with pytest.raises(pkg.HttpResponseError) as caught:
        call(boolean_value=True) if _sends_body(name) else call()
    assert type(caught.value) is pkg.HttpResponseError
    assert caught.value.status_code == status
    assert caught.value.attempts == 1  # 501 and 505 are not transient


# --- HttpRetry --------------------------------------------------------------------------
# The server fails the first request and answers the retry (it recognises it by a
# cookie it set), so a call that succeeds was retried.


def test_retries_idempotent_methods(retrying: Any) -> None:
    retry = retrying.http_retry
    retry.head408()  # the bool it returns: test_head_returns_true
    assert retry.get502() is None
    assert retry.put500(boolean_value=True) is None
    assert retry.patch500(boolean_value=True) is None
    assert retry.put504(boolean_value=True) is None
    assert retry.patch504(boolean_value=True) is None
    assert retry.delete503(boolean_value=True) is None


def test_retries_post_503(retrying: Any) -> None:
    assert retrying.http_retry.post503(boolean_value=True) is None


def test_retry_options502_answer_has_no_body(
    retrying: Any, pkg: ModuleType, testserver: AutorestServer
) -> None:
    # Retried, then answered 200 with an empty body where the spec promises a boolean:
    # None, as the Azure SDK reads it; an error with strict_responses=True.
    assert retrying.http_retry.options502() is None
    policy = pkg.RetryPolicy(total=3, backoff_factor=0.01)
    with pkg.AutoRestHttpInfrastructureTestServiceClient(
        endpoint=testserver.url, retries=policy, strict_responses=True
    ) as strict, pytest.raises(pkg.DeserializationError):
        strict.http_retry.options502()


def test_no_retry_when_the_call_says_so(retrying: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        retrying.http_retry.get502(retries=0)
    assert caught.value.status_code == 502
    assert caught.value.attempts == 1


# --- HttpFailure: error bodies ----------------------------------------------------------


def test_error_bodies(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.http_failure.get_empty_error()
    assert caught.value.status_code == 400
    assert caught.value.model == pkg.models.Error(message="")
    assert caught.value.message == ""

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.http_failure.get_no_model_error()
    assert caught.value.status_code == 400
    assert caught.value.model is None  # no error schema declared
    assert caught.value.message == "NoErrorModel"

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.http_failure.get_no_model_empty()
    assert caught.value.status_code == 400
    assert caught.value.model is None
    assert caught.value.body == b""


# --- MultipleResponses ------------------------------------------------------------------


def test_model_a_is_named_by_its_client_name(client: Any, pkg: ModuleType) -> None:
    assert "MyException" in pkg.models.__all__
    assert "A" not in pkg.models.__all__
    result = client.multiple_responses.get200_model204_no_model_default_error200_valid()
    assert isinstance(result, pkg.models.MyException)


def _raises(pkg: ModuleType, call: Any, status: int) -> Any:
    with pytest.raises(pkg.HttpResponseError) as caught:
        call()
    assert caught.value.status_code == status
    return caught.value


def test_200_model_204_no_model_default_error(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get200_model204_no_model_default_error200_valid().status_code == "200"
    assert mr.get200_model204_no_model_default_error204_valid() is None
    # 201 and 202 are not declared: errors, whatever their body.
    _raises(pkg, mr.get200_model204_no_model_default_error201_invalid, 201)
    _raises(pkg, mr.get200_model204_no_model_default_error202_none, 202)
    error = _raises(pkg, mr.get200_model204_no_model_default_error400_valid, 400)
    assert error.model == pkg.models.Error(message="client error")
    assert error.message == "client error"


def test_200_model_201_model_default_error(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get200_model201_model_default_error200_valid().status_code == "200"
    created = mr.get200_model201_model_default_error201_valid()
    assert isinstance(created, pkg.models.B)
    assert (created.status_code, created.text_status_code) == ("201", "Created")
    error = _raises(pkg, mr.get200_model201_model_default_error400_valid, 400)
    assert error.model == pkg.models.Error(message="client error")


def test_200_model_a_201_model_c_default_error(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get200_model_a201_model_c404_model_d_default_error200_valid().status_code == "200"
    created = mr.get200_model_a201_model_c404_model_d_default_error201_valid()
    assert created == pkg.models.C(http_code="201")
    error = _raises(pkg, mr.get200_model_a201_model_c404_model_d_default_error400_valid, 400)
    assert error.model == pkg.models.Error(message="client error")


def test_declared_404_is_a_result(client: Any, pkg: ModuleType) -> None:
    result = client.multiple_responses.get200_model_a201_model_c404_model_d_default_error404_valid()
    assert result == pkg.models.D(http_status_code="404")


def test_202_none_204_none_default_error(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get202_none204_none_default_error202_none() is None
    assert mr.get202_none204_none_default_error204_none() is None
    error = _raises(pkg, mr.get202_none204_none_default_error400_valid, 400)
    assert error.model == pkg.models.Error(message="client error")


def test_202_none_204_none_default_none(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get202_none204_none_default_none202_invalid() is None  # a body where none is declared: ignored
    assert mr.get202_none204_none_default_none204_none() is None
    assert _raises(pkg, mr.get202_none204_none_default_none400_none, 400).model is None
    error = _raises(pkg, mr.get202_none204_none_default_none400_invalid, 400)
    assert error.model is None  # the default response has no schema
    assert error.body == b'{"property":"value"}'


def test_default_model_a(client: Any, strict: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get_default_model_a200_valid().status_code == "200"
    with pytest.raises(pkg.DeserializationError):
        strict.multiple_responses.get_default_model_a200_none()  # the spec promises a model; the body is empty
    assert mr.get_default_model_a200_none() is None  # tolerated, as the Azure SDK
    assert _raises(pkg, mr.get_default_model_a400_valid, 400).model is None  # empty body
    error = _raises(pkg, mr.get_default_model_a400_none, 400)
    assert error.model is not None and error.model.status_code is None  # {"property": "value"}


def test_default_none(client: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    assert mr.get_default_none200_invalid() is None
    assert mr.get_default_none200_none() is None
    assert _raises(pkg, mr.get_default_none400_invalid, 400).model is None
    assert _raises(pkg, mr.get_default_none400_none, 400).model is None


def test_200_model_a(client: Any, strict: Any, pkg: ModuleType) -> None:
    mr = client.multiple_responses
    with pytest.raises(pkg.DeserializationError):
        strict.multiple_responses.get200_model_a200_none()
    assert mr.get200_model_a200_none() is None  # an empty body, tolerated
    assert mr.get200_model_a200_valid().status_code == "200"
    assert mr.get200_model_a200_invalid().status_code is None  # an unknown field only
    for call in (mr.get200_model_a400_none, mr.get200_model_a400_valid, mr.get200_model_a400_invalid):
        assert _raises(pkg, call, 400).model is None  # no error schema declared
    _raises(pkg, mr.get200_model_a202_valid, 202)
