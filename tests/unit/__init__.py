"""Unit tests, one folder per stage package of generator/ (spec, build, emit, diff); names.py here."""
