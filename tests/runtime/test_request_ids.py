"""x-ms-client-request-id values: version-4 UUIDs, unique, and not repeated by a forked
child or by code that seeds the random module."""

from __future__ import annotations

import os
import random
import uuid
from types import ModuleType

import pytest


def test_request_ids_are_version_4_uuids_and_unique(policy: ModuleType) -> None:
    ids = [policy.new_request_id() for _ in range(20000)]
    assert len(set(ids)) == len(ids)
    for text in ids[:2000]:
        value = uuid.UUID(text)
        assert (value.version, value.variant, str(value)) == (4, uuid.RFC_4122, text)


def test_seeding_random_does_not_repeat_request_ids(policy: ModuleType) -> None:
    random.seed(7)
    first = policy.new_request_id()
    random.seed(7)
    assert policy.new_request_id() != first


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_does_not_repeat_its_parents_ids(policy: ModuleType) -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent
        os.close(read)
        os.write(write, policy.new_request_id().encode())
        os._exit(0)
    os.close(write)
    parent = policy.new_request_id()
    child = os.read(read, 100).decode()
    os.close(read)
    os.waitpid(pid, 0)
    assert uuid.UUID(child).version == 4 and child != parent
