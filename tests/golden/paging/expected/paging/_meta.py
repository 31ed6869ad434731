"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "paging"
VERSION = "2024-05-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Widget Catalog"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "6b8b1ecdb110195bb48481a663911ce7def60ba84adcee7dcc4f7167f459c86e"
"""SHA-256 over the input spec files' names and bytes."""
