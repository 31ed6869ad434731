"""Async client of DesktopVirtualizationAPIClient: the same API, with ``async def`` methods."""

from ._client import DesktopVirtualizationAPIClient

__all__ = ["DesktopVirtualizationAPIClient"]
