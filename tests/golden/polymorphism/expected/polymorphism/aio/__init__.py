"""Async client of Aquarium: the same API, with ``async def`` methods."""

from ._client import AquariumClient

__all__ = ["AquariumClient"]
