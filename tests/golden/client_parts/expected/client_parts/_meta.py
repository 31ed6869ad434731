"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "client_parts"
VERSION = "1.0"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Notes"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "033fce79785d2e3801d77c56d84bb69eea9cbed7dca43f8d394bd3d73836236f"
"""SHA-256 over the input spec files' names and bytes."""
