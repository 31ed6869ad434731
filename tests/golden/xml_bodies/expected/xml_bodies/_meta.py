"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "xml_bodies"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Library"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "4a6db79978679dfd684fe00f0c9d6296ccde671d133f8b3cba240847c18cafe1"
"""SHA-256 over the input spec files' names and bytes."""
