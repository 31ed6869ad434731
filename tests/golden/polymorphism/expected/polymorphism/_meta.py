"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "bfbb3d046614f7d926c760a57ad3242bbdab5eb78d43fa2f7383c65e27b80de6"
"""SHA-256 over the input spec files' names and bytes."""
