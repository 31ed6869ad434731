"""The opgen command line, and the CI example built on it."""
