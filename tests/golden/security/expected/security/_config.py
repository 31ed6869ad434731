"""What the runtime of this package takes from the spec (the runtime modules themselves
are the same in every package opgen generates)."""

SCOPES: tuple[str, ...] = ()
"""The default token scopes the spec's security requirement names (empty: see SCOPE_SUFFIX)."""
SCOPE_SUFFIX = "/.default"
"""Appended to the endpoint to form the default token scope when SCOPES is empty."""
SECRET_FIELDS: frozenset[str] = frozenset({})
"""Fields the spec marks secret: never shown by ``repr``, in logs or in errors."""
REQUEST_ID_HEADER: str | None = None
"""The header each call sends its client request id in: none unless the client names one (``request_id_header``)."""
RESPONSE_ID_HEADER: str | None = None
"""The response header with the service's request id (``HttpResponseError.request_id``): none."""
RETRY_AFTER_MS_HEADERS: tuple[str, ...] = ("retry-after-ms",)
"""Headers asking for a wait in milliseconds, read before ``Retry-After``."""
