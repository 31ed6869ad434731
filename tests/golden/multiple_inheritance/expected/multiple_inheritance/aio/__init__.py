"""Async client of Menagerie: the same API, with ``async def`` methods."""

from ._client import MenagerieClient

__all__ = ["MenagerieClient"]
