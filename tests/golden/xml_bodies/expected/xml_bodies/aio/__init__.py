"""Async client of Library: the same API, with ``async def`` methods."""

from ._client import LibraryClient

__all__ = ["LibraryClient"]
