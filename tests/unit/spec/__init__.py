"""generator.spec: loading, validating, resolving and merging specs."""
