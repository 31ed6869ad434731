"""Async client of Pet Shop: the same API, with ``async def`` methods."""

from ._client import PetShopClient

__all__ = ["PetShopClient"]
