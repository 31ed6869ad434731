"""Stage 4: the IR (:mod:`generator.ir`) of a resolved spec; see :mod:`generator.build.api`."""

from generator.build.api import BuildResult, build_api, runtime_modules
from generator.build.context import RUNTIME_NAMES
from generator.build.patterns import translate_pattern

__all__ = ["RUNTIME_NAMES", "BuildResult", "build_api", "runtime_modules", "translate_pattern"]
