"""Async client of Code Host: the same API, with ``async def`` methods."""

from ._client import CodeHostClient

__all__ = ["CodeHostClient"]
