"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "desktopvirtualization"
VERSION = "2025-10-10"
"""The spec's ``info.version`` (for Azure specs, the api-version)."""
TITLE = "DesktopVirtualizationAPIClient"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("hostpools.yaml", "listregistrationtokens.yaml")
SPEC_SHA256 = "6f88948fd26a7beebab2c0c3224de163d15b033c102cbf68292d8a63d7e037d7"
"""SHA-256 over the input spec files' names and bytes."""
