"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "arrays"
VERSION = "1.0"
"""The spec's ``info.version``."""
TITLE = "Array Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "77867c9dff650c820199ede61421d9cdf68e2945cc8a4bfb53910463544cafea"
"""SHA-256 over the input spec files' names and bytes."""
