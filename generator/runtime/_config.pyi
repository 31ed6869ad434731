# The names the runtime takes from each package's generated ``_config.py``
# (templates/_config.py.jinja); this stub lets mypy check the runtime on its own.
SCOPES: tuple[str, ...]
SCOPE_SUFFIX: str
SECRET_FIELDS: frozenset[str]
REQUEST_ID_HEADER: str | None
RESPONSE_ID_HEADER: str | None
RETRY_AFTER_MS_HEADERS: tuple[str, ...]
