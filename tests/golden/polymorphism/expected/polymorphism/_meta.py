"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "1c7c57fe6d65de14a2c6492f0486ff738e179e416a53393312ada2153dec1f8d"
"""SHA-256 over the input spec files' names and bytes."""
