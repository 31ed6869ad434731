"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "desktopvirtualization"
VERSION = "2025-10-10"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "DesktopVirtualizationAPIClient"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("hostpools.yaml",)
SPEC_SHA256 = "f434294ee8a62a1ad23a535a46bfc54c820247f320a4858be68885c5b24a4bbe"
"""SHA-256 over the input spec files' names and bytes."""
