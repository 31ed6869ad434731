"""Async client of Constraint Service: the same API, with ``async def`` methods."""

from ._client import ConstraintServiceClient

__all__ = ["ConstraintServiceClient"]
