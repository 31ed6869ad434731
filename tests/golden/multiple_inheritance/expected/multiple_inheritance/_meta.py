"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "multiple_inheritance"
VERSION = "2024-05-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Menagerie"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "2a0a62f83a7845bcfffbb07f5845814cba44389e8910af062ed59d643fa46934"
"""SHA-256 over the input spec files' names and bytes."""
