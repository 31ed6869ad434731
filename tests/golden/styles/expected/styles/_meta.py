"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "styles"
VERSION = "1.0"
"""The spec's ``info.version``."""
TITLE = "Styles"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "c3943f3c339106b86e47f64e9cc949469750c9fb92e39c8d6b85f5cec4b6e85f"
"""SHA-256 over the input spec files' names and bytes."""
