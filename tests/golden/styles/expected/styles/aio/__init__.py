"""Async client of Styles: the same API, with ``async def`` methods."""

from ._client import StylesClient

__all__ = ["StylesClient"]
