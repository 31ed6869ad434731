"""The runtime of every generated package: plain Python modules, copied byte for byte.

Each module here but this one (and the ``.pyi`` stubs of the generated ``_config`` and
``_meta`` modules they import) is copied into each generated package under the same
name; :func:`generator.emit.render.runtime_files` says which (``Api.runtime_modules``).
They import only the standard library, httpx and one another (relatively), never
``generator``.  One concern each:

- ``_policy``: one call (the request, retries, deadline, redirects, request ids);
- ``_urls``: query strings, parsed URLs, origins; ``_credentials``: token protocols,
  scopes, token freshness and transport; ``_log``: the logger and redacted bodies;
- ``_pipeline`` / ``aio/_pipeline``: the I/O; ``_validation``, ``_errors``;
- ``_serde``: the namespace generated code decodes through, its JSON-type checks, and the
  names of ``_formats`` (scalar formats), ``_wire`` (bodies, headers, wire text) and
  ``_tolerance`` (strict and tolerant reading);
- only where needed: ``_paging``, ``_lro``, ``_streams`` (a body read as it comes).
"""
