"""What the runtime of this package takes from the spec (the runtime modules themselves
are the same in every package opgen generates)."""

SCOPES: tuple[str, ...] = ()
"""The default token scopes the spec's security requirement names (empty: see SCOPE_SUFFIX)."""
SCOPE_SUFFIX = "/.default"
"""Appended to the endpoint to form the default token scope when SCOPES is empty."""
SECRET_FIELDS: frozenset[str] = frozenset({})
"""Fields the spec marks ``x-ms-secret``: never shown by ``repr``, in logs or in errors."""
