"""The client's configuration and its check, shared by the sync and async clients (the
request building and response handling of the client's own operations are in parts,
``_operations_<n>.py``; each group's in ``operations/``)."""

from __future__ import annotations

import dataclasses as _dc


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None
