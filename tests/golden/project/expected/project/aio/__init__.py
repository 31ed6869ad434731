"""Async client of Fleet Tracker: the same API, with ``async def`` methods."""

from ._client import FleetTrackerClient

__all__ = ["FleetTrackerClient"]
