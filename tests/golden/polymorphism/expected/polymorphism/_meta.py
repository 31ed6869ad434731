"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "f1320faf5928277fa9c8d74282771a41e20248f7aaac6d52342d8e41105862be"
"""SHA-256 over the input spec files' names and bytes."""
