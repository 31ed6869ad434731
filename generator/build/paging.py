"""Pageable operations (``x-ms-pageable``): the page model, its items and next link, the next-page request."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from generator.build.context import BuildContext
from generator.ir import Model, Operation, Paging, Property
from generator.spec import Location


@dataclass(frozen=True)
class Pageables:
    """What every pageable operation looks up, indexed once (built after all operations
    and models, so a spec of thousands of pageable operations is not scanned once per
    operation): the models by name (the last of a name, as the page model is found) and
    the operations by operationId (exactly, then casefolded; the first of an id)."""

    models: dict[str, Model]
    by_id: dict[str, Operation]
    by_folded_id: dict[str, Operation]

    @staticmethod
    def of(ctx: BuildContext, every: list[Operation]) -> Pageables:
        by_id: dict[str, Operation] = {}
        by_folded_id: dict[str, Operation] = {}
        for o in every:
            by_id.setdefault(o.operation_id, o)
            by_folded_id.setdefault(o.operation_id.casefold(), o)
        return Pageables({m.name: m for m in ctx.models.values() if m is not None}, by_id, by_folded_id)


def with_paging(ctx: BuildContext, known: Pageables, op: Operation, node: dict[str, Any], location: Location) -> Operation:
    """``op`` with its :class:`Paging` (x-ms-pageable), or as it is, warned about, when
    its response is not a page opgen can read."""
    pageable = node.get("x-ms-pageable")
    where = location.child("x-ms-pageable")
    if not isinstance(pageable, dict):
        return op
    next_name = pageable.get("nextLinkName")
    item_name = pageable.get("itemName") or "value"
    in_result = False
    if op.lro is not None:
        # A pageable long-running operation (azure-core's LROPoller[ItemPaged]): the
        # poller's result is the first page, then the next links are followed.
        page_type = op.lro.result
    else:
        only = op.responses[0] if len(op.responses) == 1 and op.responses[0].status.startswith("2") else None
        page_type = only.type if only is not None and only.result is None and not only.nullable else None
        # A page that also declares response headers (Azure Batch): the handler returns a
        # Result, the page is its body.
        in_result = only is not None and only.result is not None and only.result.body is not None and not only.result.nullable
        if in_result and only is not None and only.result is not None:
            page_type = only.result.body
    model = known.models.get(page_type.name or "") if page_type is not None and page_type.kind == "model" else None
    found = {p.wire_name: p for p in model.properties if not p.wire_path} if model is not None else {}
    items = found.get(str(item_name))
    if model is None or items is None or items.type.kind != "list" or items.type.item is None:
        if next_name:
            what = ("the long-running result", "the poller's result is") if op.lro is not None else ("the response", "the method returns")
            ctx.warn("unsupported-paging", f"x-ms-pageable is not generated: {what[0]} is not one model with a list {item_name!r}; {what[1]} the first page", where)
        return op
    link: Property | None = None
    if next_name is not None:
        link = found.get(str(next_name))
        if link is None or link.type.kind != "str":
            ctx.warn("unsupported-paging", f"x-ms-pageable: the page has no string property {next_name!r}; the method returns the items of the first page only", where)
    function = op.builder.removeprefix("build_").removesuffix("_request")
    next_operation: str | None = None
    arguments: tuple[str, ...] = ()
    operation_name = pageable.get("operationName")
    if isinstance(operation_name, str) and operation_name and link is not None:
        target = known.by_id.get(operation_name) or known.by_folded_id.get(operation_name.casefold())
        mapped = _next_arguments(op, target) if target is not None else None
        if target is None or mapped is None:
            ctx.warn("unsupported-paging", f"x-ms-pageable operationName {operation_name!r}: {'no such operation' if target is None else 'a required argument of it is not an argument of this operation'}; next pages are requested with a GET of the next link", where)
        else:
            next_operation, arguments = target.builder, mapped
    api_version = next((p for p in op.client_parameters if p.location == "query" and p.wire_name.lower() == "api-version"), None)
    paging = Paging(
        item=items.type.item,
        items=items.name,
        next_link=None if link is None else link.name,
        page=ctx.functions.claim(f"page_{function}"),
        next_request=ctx.functions.claim(f"next_{function}_request"),
        next_operation=next_operation,
        next_arguments=arguments,
        api_version=api_version,
        pointer=where.pointer,
        in_result=in_result,
        annotation=f"ItemPaged[{items.type.item.annotation}]",
        async_annotation=f"AsyncItemPaged[{items.type.item.annotation}]",
    )
    return dataclasses.replace(op, paging=paging)


def _next_arguments(op: Operation, target: Operation) -> tuple[str, ...] | None:
    """The arguments of ``target``'s request builder, for the next page of ``op``: the
    next link (``_link``) for its ``nextLink`` parameter, ``op``'s own builder parameter
    of the same name, or None for an optional one; None when a required one has none."""
    own = {p.name: p for p in op.parameters if p.constant is None}
    arguments = []
    for p in target.parameters:
        if p.constant is not None:
            continue
        mine = own.get(p.name)
        if p.wire_name.casefold() == "nextlink" and p.location in ("path", "query") and p.type.kind == "str":
            arguments.append("_link")
        elif mine is not None and mine.type.annotation == p.type.annotation and (mine.required or not p.required):
            arguments.append(p.name)
        elif not p.required:
            arguments.append("None")
        else:
            return None
    return tuple(arguments)
