"""x-ms-client-request-id values: version-4 UUIDs, unique, and not repeated by a forked
child or by code that seeds the random module."""

from __future__ import annotations

import os
import random
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from desktopvirtualization import _policy  # noqa: E402


def test_request_ids_are_version_4_uuids_and_unique() -> None:
    ids = [_policy.new_request_id() for _ in range(20000)]
    assert len(set(ids)) == len(ids)
    for text in ids[:2000]:
        value = uuid.UUID(text)
        assert (value.version, value.variant, str(value)) == (4, uuid.RFC_4122, text)


def test_seeding_random_does_not_repeat_request_ids() -> None:
    random.seed(7)
    first = _policy.new_request_id()
    random.seed(7)
    assert _policy.new_request_id() != first


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent
        os.close(read)
        os.write(write, _policy.new_request_id().encode())
        os._exit(0)
    os.close(write)
    parent = _policy.new_request_id()
    child = os.read(read, 100).decode()
    os.close(read)
    os.waitpid(pid, 0)
    assert uuid.UUID(child).version == 4 and child != parent
