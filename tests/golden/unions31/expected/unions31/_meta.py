"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "unions31"
VERSION = "2024-06-01"
"""The spec's ``info.version``."""
TITLE = "Shapes"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "b58c37d86d9ec6271a53c1c5ed42510b9c0f0f65579399e7fb9f86aaa1520cf9"
"""SHA-256 over the input spec files' names and bytes."""
