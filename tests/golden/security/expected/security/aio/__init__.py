"""Async client of Secure: the same API, with ``async def`` methods."""

from ._client import SecureClient

__all__ = ["SecureClient"]
