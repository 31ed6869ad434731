"""Async client of Widget Store: the same API, with ``async def`` methods."""

from ._client import WidgetStoreClient

__all__ = ["WidgetStoreClient"]
