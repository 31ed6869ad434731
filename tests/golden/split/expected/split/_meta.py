"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "split"
VERSION = "2025-01-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Zoo"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "46337f052d036774060cdd4c65d308b451eaa4dbb11d513cd3dda07c1ce1d459"
"""SHA-256 over the input spec files' names and bytes."""
