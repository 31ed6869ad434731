"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "c2202b40b57f763f83c3140787d7c7cc6f4a8cb644523984193800889f9a9f18"
"""SHA-256 over the input spec files' names and bytes."""
