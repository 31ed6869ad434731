"""generator.build: the IR (names, patterns, inheritance, polymorphism)."""
