"""Long-running operations (``x-ms-long-running-operation``): how the poller ends and what it returns."""

from __future__ import annotations

from typing import Any

from generator.build.context import BuildContext
from generator.ir import LongRunning, Response
from generator.spec import Location

FINAL_STATES = ("azure-async-operation", "location", "original-uri")


def long_running(ctx: BuildContext, node: dict[str, Any], location: Location, method: str, responses: list[Response], function: str, label: str) -> LongRunning:
    """``x-ms-long-running-operation``: how the poller ends and what its result is. The result
    type is the 200 response's, else the 201's, else the first success response's with a body."""
    options = node.get("x-ms-long-running-operation-options")
    via = options.get("final-state-via") if isinstance(options, dict) else None
    if via is not None and via not in FINAL_STATES:
        ctx.warn("unsupported-lro", f"final-state-via {via!r} is not one of {', '.join(FINAL_STATES)}: ARM's default is used", location.child("x-ms-long-running-operation-options", "final-state-via"))
        via = None
    typed = [r for r in responses if r.status.startswith("2") and r.type is not None]
    typed.sort(key=lambda r: {"200": 0, "201": 1}.get(r.status, 2))
    result = typed[0].type if typed else None
    if result is not None and result.kind in ("stream", "binary", "media"):
        ctx.warn("unsupported-lro", f"a long-running operation's {result.kind} result is not read: the poller's result is None", location.child("responses", typed[0].status))
        result = None
    nullable = result is None or method not in ("PUT", "PATCH") or any(r.nullable for r in typed[:1])
    annotation = "None" if result is None else result.annotation + (" | None" if nullable else "")
    return LongRunning(
        final_state_via=str(via or ""),
        result=result,
        nullable=nullable,
        annotation=annotation,
        handler=ctx.functions.claim(f"finish_{function}"),
        label=f"{label} final response",
        xml=typed[0].xml if result is not None else None,
    )
