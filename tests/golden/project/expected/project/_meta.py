"""What this package was built from (read by ``opgen diff`` and by people)."""

PACKAGE = "project"
VERSION = "1.4.0-beta.2"
"""The spec's ``info.version``."""
TITLE = "Fleet Tracker"
GENERATOR_VERSION = "0.1.0"
SPEC_FILES = ("spec.yaml",)
SPEC_SHA256 = "86cd09eeacb972d0034f662dd06f8ce73b23d205614a3212c25062fbeff12f66"
"""SHA-256 over the input spec files' names and bytes."""
