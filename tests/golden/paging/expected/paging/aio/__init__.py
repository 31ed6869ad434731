"""Async client of Widget Catalog: the same API, with ``async def`` methods."""

from ._client import WidgetCatalogClient

__all__ = ["WidgetCatalogClient"]
