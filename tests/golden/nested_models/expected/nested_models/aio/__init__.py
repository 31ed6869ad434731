"""Async client of Nested: the same API, with ``async def`` methods."""

from ._client import NestedClient

__all__ = ["NestedClient"]
