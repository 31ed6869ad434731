"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "enums"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Enum Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "77f90d20ab658e72578fd5a901cea7dc8d10ebf2af4a7c223fa6e7e8d5a8638b"
"""SHA-256 over the input spec files' names and bytes."""
