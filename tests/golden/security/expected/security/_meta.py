"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "security"
VERSION = "1.0"
"""The spec's ``info.version``."""
TITLE = "Secure"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "7ef35ff8d6d78e4b1bc8c41dab13d389724f20eb2b8a137fd7cbdefd666985e1"
"""SHA-256 over the input spec files' names and bytes."""
