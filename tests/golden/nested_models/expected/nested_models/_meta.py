"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "nested_models"
VERSION = "2024-01-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Nested"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "b4fab553c979b80f09eda5b898d3db71affadc2fdcefc6c8f4d4f6f76a2b8fce"
"""SHA-256 over the input spec files' names and bytes."""
