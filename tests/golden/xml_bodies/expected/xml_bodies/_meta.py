"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "xml_bodies"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Library"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "bc35105ec5ca34148504f572021aa308442f6d315747ea9d1a50fd949685e7cc"
"""SHA-256 over the input spec files' names and bytes."""
