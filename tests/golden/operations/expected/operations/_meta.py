"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "operations"
VERSION = "2.1"
"""The spec's ``info.version``."""
TITLE = "Widget Store"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("common.yaml", "spec.yaml")
SPEC_SHA256 = "bfe04abc3eaffd85b15ee92f4378d554a40c5d2b10efee5dacc3ac3d37a2e3a9"
"""SHA-256 over the input spec files' names and bytes."""
