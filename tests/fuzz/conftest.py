"""Hypothesis settings for the fuzz tests.

``make test`` runs a few examples of each, derandomized (the same ones every run, so
the suite stays fast and never flaky); ``make fuzz`` (``OPGEN_FUZZ=1``) runs many more,
random, and keeps failing examples in ``.hypothesis/`` to replay them first next time.
``OPGEN_FUZZ_SCALE`` multiplies the fuzz counts.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

FUZZ = os.environ.get("OPGEN_FUZZ") == "1"
SCALE = float(os.environ.get("OPGEN_FUZZ_SCALE", "1"))
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much, HealthCheck.large_base_example]

settings.register_profile("opgen-test", deadline=None, derandomize=True, database=None, suppress_health_check=SLOW, print_blob=True)
settings.register_profile(
    "opgen-fuzz", deadline=None, database=DirectoryBasedExampleDatabase(".hypothesis"), suppress_health_check=SLOW, print_blob=True
)
settings.load_profile("opgen-fuzz" if FUZZ else "opgen-test")


def examples(test: int, fuzz: int) -> int:
    """How many examples: ``test`` under ``make test``, ``fuzz`` (scaled) under ``make fuzz``."""
    return max(1, int(fuzz * SCALE)) if FUZZ else test
