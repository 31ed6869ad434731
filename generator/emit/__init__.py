"""Stages 5-7: IR to files on disk.

:func:`render_api` (the Jinja2 templates, for the spec-dependent files; :func:`render_project`
for the project folder next to the package) and
:func:`runtime_files` (the runtime modules, copied as they are), :func:`format_files`
(black, only what changed, in worker processes when large), :func:`write_files` (atomic, manifest-guarded) with
:func:`plan_write` for ``--check``.
"""

from generator.emit.format import Previous, format_files, formatter, read_previous, source_hash
from generator.emit.render import BuiltinTemplatesMissing, render_api, render_project, runtime_files
from generator.emit.write import MANIFEST, plan_write, read_manifest, with_manifest, write_files

__all__ = [
    "MANIFEST", "BuiltinTemplatesMissing", "Previous",
    "format_files", "formatter", "plan_write", "read_manifest", "read_previous", "render_api", "render_project",
    "runtime_files",
    "source_hash", "with_manifest", "write_files",
]
