"""incorrect-error-response.json: an error body that is not the declared error model
(AutoRest test server).

The server answers 444 with ``text/html`` ``foobar`` where the spec declares a JSON
``Error``: the call still raises HttpResponseError (not a DeserializationError), with the
status and the raw body, and no model.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "incorrect-error-response.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_unparseable_error_is_still_an_http_error(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.IncorrectReturnedErrorModelClient(endpoint=testserver.url, retries=0) as client:
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.get_incorrect_error_from_server()
    error = caught.value
    assert not isinstance(error, pkg.DeserializationError)
    assert error.status_code == 444
    assert error.model is None
    assert error.body == b"foobar"
