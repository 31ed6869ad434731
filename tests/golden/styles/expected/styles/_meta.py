"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "styles"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Styles"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "38b8fe06d78ae53d809504cb253003a2fa75bee720e2ffddf208e967090bb90f"
"""SHA-256 over the input spec files' names and bytes."""
