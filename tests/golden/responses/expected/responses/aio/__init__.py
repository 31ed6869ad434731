"""Async client of Blob Store: the same API, with ``async def`` methods."""

from ._client import BlobStoreClient

__all__ = ["BlobStoreClient"]
