"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "polymorphism"
VERSION = "2024-06-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Aquarium"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "7a42aa125931249990ba994dc2606de3f37709bb0843f336a7ceae2f47ca8cfb"
"""SHA-256 over the input spec files' names and bytes."""
