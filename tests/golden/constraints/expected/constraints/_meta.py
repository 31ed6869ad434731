"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "constraints"
VERSION = "3.0"
"""The spec's ``info.version``."""
TITLE = "Constraint Service"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "be2f84b4fa370d7874bc59a5415d64f260042ae894f7530d63d32790596a10b6"
"""SHA-256 over the input spec files' names and bytes."""
