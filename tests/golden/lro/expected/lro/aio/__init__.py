"""Async client of Disk Service: the same API, with ``async def`` methods."""

from ._client import DiskServiceClient

__all__ = ["DiskServiceClient"]
