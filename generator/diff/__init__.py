"""``opgen diff``: what changed between two versions of an API, for its callers.

:func:`load_side` reads each version (a spec, a folder or a generated package,
:mod:`generator.diff.sides`), :func:`compare` lists the :class:`Change` between their IRs
(:mod:`generator.diff.compare`), and :mod:`generator.diff.report` prints them (text,
JSON, Markdown).
"""

from generator.diff.compare import KINDS, Change, compare, constraint_changes
from generator.diff.sides import Side, load_side, package_notes

__all__ = ["KINDS", "Change", "Side", "compare", "constraint_changes", "load_side", "package_notes"]
