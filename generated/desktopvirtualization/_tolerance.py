"""Strict and tolerant reading (runtime of this package): the errors that name the model
and field, strict mode, and the deviations tolerated outside it.

:func:`fail` makes the :class:`DeserializationError` every check in ``_serde``,
``_formats`` and ``_wire`` raises. A deviation from the spec (a required value that is
absent or null, an empty body, a value outside its format) goes through :func:`tolerate`:
it raises in strict mode (:data:`STRICT`, set by :func:`strictly`) and is logged once per
process at DEBUG otherwise.
"""

from __future__ import annotations

import contextvars as _contextvars
import typing as _t

from ._config import SECRET_FIELDS
from ._errors import DeserializationError


def _detail(where: str, expected: str, value: object) -> str:
    if where in SECRET_FIELDS:
        return f"expected {expected}, got a {type(value).__name__} (secret, not shown)"
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"expected {expected}, got {shown}"


def fail(where: str, expected: str, value: object) -> DeserializationError:
    """The error for ``value`` at ``where`` where ``expected`` was due (a secret field's
    value is not shown)."""
    return DeserializationError(where, _detail(where, expected, value))


STRICT: _contextvars.ContextVar[bool] = _contextvars.ContextVar(
    __name__.rpartition(".")[0] + ".strict_responses", default=False
)
"""Whether decoding in this context raises on a deviation (True inside the decoding of a
``strict_responses=True`` client's responses) or tolerates it (the default, also for a
``from_dict`` called directly)."""

_TOLERATED: set[tuple[str, str]] = set()
"""The (place, kind) pairs already logged: each deviation is logged once per process (the
first time it is met while the package's logger is enabled for DEBUG)."""

_P = _t.ParamSpec("_P")
_R = _t.TypeVar("_R")


def strictly(decode: _t.Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
    """``decode(*args, **kwargs)`` in strict mode: a deviation from the spec raises
    DeserializationError instead of being tolerated."""
    token = STRICT.set(True)
    try:
        return decode(*args, **kwargs)
    finally:
        STRICT.reset(token)


def tolerate(where: str, kind: str, problem: str) -> None:
    """Raise DeserializationError for a deviation from the spec in strict mode; else log it
    at DEBUG the first time this process meets it at ``where`` (a model and field, or a
    response), and return. Values are never logged (they may be secrets)."""
    if STRICT.get():
        raise DeserializationError(where, problem)
    if (where, kind) not in _TOLERATED:
        from ._log import logger  # _log is imported by the first call that logs

        log = logger()
        if log.isEnabledFor(10):  # logging.DEBUG; counted as logged only once it was
            _TOLERATED.add((where, kind))
            log.debug(
                "%s: %s; tolerated (strict_responses=True raises instead), logged once",
                where,
                problem,
            )


def off_format(where: str, kind: str, expected: str, value: object) -> None:
    """A value of the right JSON type outside its format: strict mode raises, naming the
    value; the log line does not."""
    if STRICT.get():
        raise fail(where, expected, value)
    tolerate(where, kind, f"expected {expected}; kept as sent")


def missing(where: str) -> _t.Any:
    """None for a required value that is absent or null; in strict mode, DeserializationError.
    Typed Any: a tolerated None stands where the annotation promises a value (as in the
    official SDKs); ``strict_responses=True`` keeps the annotation's promise."""
    tolerate(where, "missing", "required value is missing (absent, empty or null)")
    return None


def empty_body(where: str) -> _t.Any:
    """None for an empty (or whitespace-only) body where the spec declares JSON; in strict
    mode, DeserializationError. Typed Any, as :func:`missing`."""
    tolerate(where, "empty body", "required value is missing (absent, empty or null)")
    return None
