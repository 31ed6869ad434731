"""Async client of Shapes: the same API, with ``async def`` methods."""

from ._client import ShapesClient

__all__ = ["ShapesClient"]
