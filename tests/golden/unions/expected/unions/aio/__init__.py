"""Async client of Zoo: the same API, with ``async def`` methods."""

from ._client import ZooClient

__all__ = ["ZooClient"]
