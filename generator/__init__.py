"""opgen: generate typed, self-contained Python clients from OpenAPI descriptions.

The pipeline is one straight line, one package per group of stages::

    load_document -> validate_document -> resolve_refs       (generator.spec)
        -> build_api                                          (generator.build)
        -> render_api -> format_files -> write_files          (generator.emit)

:mod:`generator.pipeline` strings the stages together; :mod:`generator.cli` is the
command line on top of it; :mod:`generator.diff` compares two versions of an API.
"""

__version__ = "0.1.0"
