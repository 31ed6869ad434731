"""What the runtime of this package takes from the spec (the runtime modules themselves
are the same in every package opgen generates)."""

SCOPES: tuple[str, ...] = ()
"""The default token scopes the spec's security requirement names (empty: see SCOPE_SUFFIX)."""
SCOPE_SUFFIX = "/.default"
"""Appended to the endpoint to form the default token scope when SCOPES is empty."""
SECRET_FIELDS: frozenset[str] = frozenset({})
"""Fields the spec marks secret: never shown by ``repr``, in logs or in errors."""
REQUEST_ID_HEADER: str | None = "x-ms-client-request-id"
"""The header each call sends its client request id in."""
RESPONSE_ID_HEADER: str | None = "x-ms-request-id"
"""The response header with the service's request id (``HttpResponseError.request_id``)."""
RETRY_AFTER_MS_HEADERS: tuple[str, ...] = ("retry-after-ms", "x-ms-retry-after-ms")
"""Headers asking for a wait in milliseconds, read before ``Retry-After``."""
