"""security-key.json: an API key in a header (AutoRest test server).

The ``security-key`` header scheme is the client keyword ``security_key``, sent by every
operation whose security requirement names it, and kept out of ``repr``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "security-key.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


def test_key_is_sent(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutorestSecurityKeyClient(security_key="123456789", endpoint=testserver.url, retries=0) as client:
        assert client.head() is True
        assert "123456789" not in repr(client._config)


def test_wrong_key_is_refused(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutorestSecurityKeyClient(security_key="wrong", endpoint=testserver.url, retries=0) as client:
        with pytest.raises(pkg.HttpResponseError):
            client.head()
