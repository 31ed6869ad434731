"""opgen: generate typed, self-contained Python clients from OpenAPI descriptions.

The pipeline is one straight line, one module per stage::

    load_document -> validate_document -> resolve_refs -> build_api
        -> render_api -> format_files -> write_files

:mod:`generator.pipeline` strings the stages together; :mod:`generator.cli` is the
command line on top of it.
"""

__version__ = "0.1.0"
