"""The client's configuration, and the request building and response handling of the
client's own operations (each group's are in ``operations/``), shared by the sync and
async clients: validation, URL and body encoding, status handling, decoding."""

from __future__ import annotations

import dataclasses as _dc


@_dc.dataclass(frozen=True, slots=True)
class ClientConfig:
    """The client-wide values every request uses."""

    endpoint: str


def validate_client_config(config: ClientConfig) -> None:
    """Check the client's arguments once, when the client is created."""
    return None
