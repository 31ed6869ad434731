# The names the runtime takes from each package's generated ``_meta.py``
# (templates/_meta.py.jinja); this stub lets mypy check the runtime on its own.
PACKAGE: str
VERSION: str
TITLE: str
GENERATOR_VERSION: str
SPEC_FILES: tuple[str, ...]
SPEC_SHA256: str
