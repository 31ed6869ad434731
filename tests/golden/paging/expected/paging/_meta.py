"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "paging"
VERSION = "2024-05-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Widget Catalog"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "61f0f2c1f885c7f718f9a5410e68cacbc83f13004aaf49449606cce65fa55c48"
"""SHA-256 over the input spec files' names and bytes."""
