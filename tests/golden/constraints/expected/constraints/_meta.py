"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "constraints"
VERSION = "3.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Constraint Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "0b33d16844a5b20a880d7de9551104da33a99e021760de930d06f376ceb7f98e"
"""SHA-256 over the input spec files' names and bytes."""
