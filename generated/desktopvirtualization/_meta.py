"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "desktopvirtualization"
VERSION = "2025-10-10"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "DesktopVirtualizationAPIClient"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("hostpools.yaml",)
SPEC_SHA256 = "ea77f5fd992946fa773e057ba53e55b9f4d8432d08577bb61bee974036b94482"
"""SHA-256 over the input spec files' names and bytes."""
