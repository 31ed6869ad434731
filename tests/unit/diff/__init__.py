"""generator.diff: comparing two versions of an API."""
