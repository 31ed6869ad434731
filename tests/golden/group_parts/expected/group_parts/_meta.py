"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "group_parts"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Pet Shop"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "e93520a2991ef9fdd20c792730d2e18a6a27c14a733dd812835aa957f3187158"
"""SHA-256 over the input spec files' names and bytes."""
