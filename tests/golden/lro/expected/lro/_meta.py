"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "lro"
VERSION = "2024-01-01"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "Disk Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "0998527b2855e0bbd12075290a5239f49077766bb3c8d0105e635e61a2bd258f"
"""SHA-256 over the input spec files' names and bytes."""
