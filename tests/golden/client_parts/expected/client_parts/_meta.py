"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "client_parts"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Notes"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "78754588cff02c1be5bc90babb2cd584635c9f2b165eb9a745776f1ebd01fad5"
"""SHA-256 over the input spec files' names and bytes."""
