"""generator.emit: rendering, formatting and writing."""
