"""Async client of Array Service: the same API, with ``async def`` methods."""

from ._client import ArrayServiceClient

__all__ = ["ArrayServiceClient"]
