"""Async client of Desktop Virtualization Lite: the same API, with ``async def`` methods."""

from ._client import DesktopVirtualizationLiteClient

__all__ = ["DesktopVirtualizationLiteClient"]
