"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "unions"
VERSION = "2024-06-01"
"""The spec's ``info.version``."""
TITLE = "Zoo"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "e7f7676709517ae8527df237fe8647ea1a482452a2950ad2e946e16665d22a84"
"""SHA-256 over the input spec files' names and bytes."""
