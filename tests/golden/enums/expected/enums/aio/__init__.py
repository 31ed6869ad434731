"""Async client of Enum Service: the same API, with ``async def`` methods."""

from ._client import EnumServiceClient

__all__ = ["EnumServiceClient"]
