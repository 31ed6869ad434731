"""The runtime of every generated package: plain Python modules, copied byte for byte.

Each module here but this one (and the ``.pyi`` stubs of the generated ``_config`` and
``_meta`` modules they import) is copied into each generated package under the same
name; :func:`generator.render.runtime_files` says which (``Api.runtime_modules``).  They
import only the standard library, httpx and one another (relatively), never
``generator``.
"""
