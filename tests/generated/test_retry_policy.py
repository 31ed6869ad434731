"""``retries=`` of a client: a number, its own RetryPolicy, or another opgen package's."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generated"))
# The golden enums package, made whole with the runtime copies it does not store.
sys.path.insert(0, str(ROOT))
from tests.golden.cases import full_package  # noqa: E402

sys.path.insert(0, str(full_package("enums", Path(tempfile.mkdtemp(prefix="opgen-enums-"))).parent))

import desktopvirtualization  # noqa: E402
import enums  # noqa: E402  (another generated package, with a RetryPolicy class of its own)


class _Credential:
    def get_token(self, *scopes: str, **kwargs: object) -> object:
        raise AssertionError("no call is made")


def _policy_of(retries: object) -> object:
    client = desktopvirtualization.DesktopVirtualizationAPIClient(
        _Credential(), "00000000-0000-0000-0000-000000000000", retries=retries  # type: ignore[arg-type]
    )
    with client:
        return client._pipeline._retry


def test_a_number_and_an_own_policy() -> None:
    assert _policy_of(5) == desktopvirtualization.RetryPolicy(total=5)
    own = desktopvirtualization.RetryPolicy(total=1, backoff_factor=0.1)
    assert _policy_of(own) is own


def test_another_packages_policy_is_copied_not_taken_for_a_number() -> None:
    theirs = enums.RetryPolicy(total=2, backoff_factor=0.05, backoff_max=3.0, retry_after_max=4.0)
    assert enums.RetryPolicy is not desktopvirtualization.RetryPolicy
    assert _policy_of(theirs) == desktopvirtualization.RetryPolicy(
        total=2, backoff_factor=0.05, backoff_max=3.0, retry_after_max=4.0
    )


@pytest.mark.parametrize("bad", ["3", True, None, 2.5])
def test_anything_else_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="retries must be an int or a RetryPolicy"):
        _policy_of(bad)
