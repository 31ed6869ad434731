"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "arrays"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Array Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "2b0c5b2fa74663772a24697b74cff2c90c7424a98a96c108311dacf8c587a339"
"""SHA-256 over the input spec files' names and bytes."""
