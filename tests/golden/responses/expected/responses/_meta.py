"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "responses"
VERSION = "2024-01-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Blob Store"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "3e5b646428f22c5b8a9a9b1fdd1b00e2586675d74fcfdbb23bd620bf2f9607bb"
"""SHA-256 over the input spec files' names and bytes."""
