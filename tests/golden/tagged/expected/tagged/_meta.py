"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "tagged"
VERSION = "1.0"
"""The spec's ``info.version``."""
TITLE = "Code Host"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "36d9832f413e3c75fa403e72d3b41e427ecdf5d79bd9264c17d39aff2e32fbe1"
"""SHA-256 over the input spec files' names and bytes."""
