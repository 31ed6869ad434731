"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "sdk_naming"
VERSION = "2024-04-03"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Desktop Virtualization Lite"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("common.yaml", "spec.yaml")
SPEC_SHA256 = "064658057367df8653b76a53e85612e8b39c4edda0e912ba78044ab5eecda026"
"""SHA-256 over the input spec files' names and bytes."""
