"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "55d33c948fd684372f5f031c25fb37ccefc830430badf4a5e7b53088a93181e0"
"""SHA-256 over the input spec files' names and bytes."""
