"""Stages 5-7: IR to files on disk.

:func:`render_api` (the Jinja2 templates, for the spec-dependent files) and
:func:`runtime_files` (the runtime modules, copied as they are), :func:`format_files`
(black, in-process), :func:`write_files` (atomic, manifest-guarded) with
:func:`plan_write` for ``--check``.
"""

from generator.emit.format import format_files
from generator.emit.render import BuiltinTemplatesMissing, render_api, runtime_files
from generator.emit.write import MANIFEST, plan_write, with_manifest, write_files

__all__ = [
    "MANIFEST", "BuiltinTemplatesMissing",
    "format_files", "plan_write", "render_api", "runtime_files", "with_manifest", "write_files",
]
