"""Async client of Notes: the same API, with ``async def`` methods."""

from ._client import NotesClient

__all__ = ["NotesClient"]
