"""Print generation and deserialization figures (``make bench``).

Run from the repository root::

    .venv/bin/python bench/generate.py

It prints figures only: no assertions, no thresholds.

1. Generating the seed spec: best-of-N total time and the time of each stage.
2. Generating synthetic OpenAPI 3.0.3 specs of 10, 100 and 1000 operations: total,
   ms per operation, output size and the stage split, with the growth ratios (about 10
   when generation is linear in the spec's size, about 100 when it is quadratic).
3. ``RegistrationInfo.from_dict`` calls per second against plain dataclasses.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The generator runs without being installed; the generated client imports from generated/.
for _entry in (ROOT / "generated", ROOT):
    if str(_entry) not in sys.path:
        sys.path.insert(0, str(_entry))

import generator.pipeline as pipeline  # noqa: E402
from generator.diagnostics import GenerationError  # noqa: E402

SEED_SPEC = ROOT / "specs" / "desktopvirtualization" / "2025-10-10" / "hostpools.yaml"
SEED_PACKAGE = "desktopvirtualization"
SEED_RUNS = 5
# generate() runs per size (best one shown).  Black formatting dominates and the
# 1000-operation spec takes the better part of two minutes alone, so it runs once.
SYNTHETIC_RUNS = {10: 3, 100: 2, 1000: 1}
STAGES = ("load", "validate", "resolve", "build", "render", "format", "other")
MS = 1000.0


# -- timing the generator ------------------------------------------------------------------

# The functions generator.pipeline chains, and the stage each one is.  They are timed
# inside a real generate() call by wrapping them in that module's namespace, so the
# split always follows pipeline.py; what is outside them (the package-name check,
# reading the spec's bytes for its hash, the manifest) is shown as "other".
STAGE_FUNCTIONS = {
    "load_document": "load",
    "validate_document": "validate",
    "resolve_refs": "resolve",
    "build_api": "build",
    "render_api": "render",
    "runtime_files": "render",  # reading the runtime modules copied into the package
    "format_files": "format",
}


@contextmanager
def stage_clock(times: dict[str, float]) -> Iterator[None]:
    """Within the block, add the time spent in each stage's function to ``times``."""

    def timed(function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                times[stage] = times.get(stage, 0.0) + time.perf_counter() - start

        return wrapper

    originals = {name: getattr(pipeline, name) for name in STAGE_FUNCTIONS if hasattr(pipeline, name)}
    try:
        for name, function in originals.items():
            setattr(pipeline, name, timed(function, STAGE_FUNCTIONS[name]))
        yield
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)


@dataclass
class Figures:
    label: str
    operations: int
    models: int
    total: float  # best generate() run, seconds
    stages: dict[str, float]  # the split of that run, seconds ("other" included)
    output_bytes: int
    output_files: int
    warnings: int
    runs: int


def measure(label: str, spec_path: Path, package: str, runs: int) -> Figures:
    """Best of ``runs`` generate() calls, with the stage split of the best one."""
    best: tuple[float, dict[str, float]] | None = None
    result: pipeline.Generated | None = None
    for _ in range(runs):
        times: dict[str, float] = {}
        gc.collect()
        with stage_clock(times):
            start = time.perf_counter()
            result = pipeline.generate(spec_path, package)
            total = time.perf_counter() - start
        times["other"] = total - sum(times.values())
        if best is None or total < best[0]:
            best = (total, times)
    assert best is not None and result is not None
    return Figures(
        label=label,
        operations=len(result.api.all_operations),
        models=len(result.api.models),
        total=best[0],
        stages=best[1],
        output_bytes=sum(len(data) for data in result.files.values()),
        output_files=len(result.files),
        warnings=len(result.warnings),
        runs=runs,
    )


# -- synthetic specs -------------------------------------------------------------------------


def synthetic_spec(operations: int) -> dict[str, Any]:
    """An OpenAPI 3.0.3 document with ``operations`` POST operations in 10 groups.

    Schemas are shared from pools that grow with the size of the spec: every two
    operations share a request and a response model, every ten an item model, every
    twenty a string enum, so the number of models is about 1.2 per operation.
    """
    n_models = max(1, operations // 2)
    n_items = max(1, operations // 10)
    n_enums = max(1, operations // 20)

    schemas: dict[str, Any] = {
        "CloudError": {
            "type": "object",
            "description": "An error response from the service.",
            "properties": {"error": {"$ref": "#/components/schemas/CloudErrorBody"}},
        },
        "CloudErrorBody": {
            "type": "object",
            "description": "The body of an error response.",
            "properties": {
                "code": {"type": "string", "description": "A machine-readable error code."},
                "message": {"type": "string", "description": "A human-readable message."},
                "target": {"type": "string", "description": "The target of the error."},
            },
        },
    }
    for k in range(n_enums):
        schemas[f"ProvisioningState{k}"] = {
            "type": "string",
            "description": f"Provisioning state, variant {k}.",
            "enum": ["Succeeded", "Failed", "Canceled", "Provisioning", "Deleting"],
            "x-ms-enum": {"name": f"ProvisioningState{k}", "modelAsString": True},
        }
    for k in range(n_items):
        schemas[f"Item{k}"] = {
            "type": "object",
            "description": f"An item, variant {k}.",
            "required": ["id"],
            "properties": {
                "id": {"type": "string", "description": "Identifier of the item."},
                "weight": {"type": "number", "format": "double", "minimum": 0},
                "count": {"type": "integer", "format": "int32", "minimum": 0, "maximum": 1000},
            },
        }
    for j in range(n_models):
        state_ref = {"$ref": f"#/components/schemas/ProvisioningState{j % n_enums}"}
        item_ref = {"$ref": f"#/components/schemas/Item{j % n_items}"}
        schemas[f"Resource{j}"] = {
            "type": "object",
            "description": f"A resource, variant {j}.",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 80, "description": "Name of the resource."},
                "createdAt": {"type": "string", "format": "date-time", "description": "When it was created."},
                "provisioningState": state_ref,
                "sku": {
                    "type": "string",
                    "description": "The tier (a closed enum).",
                    "enum": ["Basic", "Standard", "Premium"],
                    "x-ms-enum": {"name": f"Sku{j}", "modelAsString": False},
                },
                "zones": {"type": "array", "items": {"type": "string"}, "maxItems": 3, "description": "Zones."},
                "items": {"type": "array", "items": item_ref, "description": "The resource's items."},
                "properties": {
                    "type": "object",
                    "description": "Nested properties.",
                    "properties": {
                        "enabled": {"type": "boolean"},
                        "owner": {"type": "string", "readOnly": True},
                        "lastModified": {"type": "string", "format": "date-time"},
                        "state": state_ref,
                    },
                },
            },
        }
        schemas[f"Resource{j}Input"] = {
            "type": "object",
            "description": f"The request body for resource variant {j}.",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 80, "pattern": "^[A-Za-z0-9-]+$"},
                "sku": {"type": "string", "enum": ["Basic", "Standard", "Premium"]},
                "zones": {"type": "array", "items": {"type": "string"}},
                "items": {"type": "array", "items": item_ref},
                "startAt": {"type": "string", "format": "date-time"},
            },
        }

    paths: dict[str, Any] = {}
    for i in range(operations):
        j = i // 2
        path = (
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
            f"/providers/Microsoft.Bench/group{i % 10}/{{resourceName}}/op{i}"
        )
        paths[path] = {
            "post": {
                "operationId": f"Group{i % 10}_Op{i}",
                "summary": f"Operation {i}.",
                "description": f"Runs operation {i} on a resource of group {i % 10}.",
                "parameters": [
                    {"$ref": "#/components/parameters/SubscriptionIdParameter"},
                    {"$ref": "#/components/parameters/ResourceGroupNameParameter"},
                    {
                        "name": "resourceName",
                        "in": "path",
                        "required": True,
                        "description": "The name of the resource.",
                        "schema": {"type": "string", "minLength": 3, "maxLength": 64, "pattern": "^[A-Za-z0-9@.\\-_ ]*$"},
                    },
                    {"$ref": "#/components/parameters/ApiVersionParameter"},
                ],
                "requestBody": {
                    "required": True,
                    "description": "What to do.",
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Resource{j}Input"}}},
                },
                "responses": {
                    "200": {
                        "description": "The resource.",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Resource{j}"}}},
                    },
                    "default": {
                        "description": "Error response describing why the operation failed.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CloudError"}}},
                    },
                },
            }
        }

    return {
        "openapi": "3.0.3",
        "info": {"title": "BenchClient", "version": "2025-01-01", "description": f"Synthetic spec, {operations} operations."},
        "servers": [{"url": "https://management.azure.com"}],
        "security": [{"azure_auth": ["user_impersonation"]}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "azure_auth": {
                    "type": "oauth2",
                    "description": "Azure Active Directory OAuth2 Flow.",
                    "flows": {
                        "implicit": {
                            "authorizationUrl": "https://login.microsoftonline.com/common/oauth2/authorize",
                            "scopes": {"user_impersonation": "impersonate your user account"},
                        }
                    },
                }
            },
            "parameters": {
                "SubscriptionIdParameter": {
                    "name": "subscriptionId",
                    "in": "path",
                    "required": True,
                    "description": "The ID of the target subscription.",
                    "schema": {"type": "string", "format": "uuid"},
                },
                "ResourceGroupNameParameter": {
                    "name": "resourceGroupName",
                    "in": "path",
                    "required": True,
                    "description": "The name of the resource group.",
                    "schema": {"type": "string", "minLength": 1, "maxLength": 90, "pattern": "^[-\\w\\._\\(\\)]+$"},
                },
                "ApiVersionParameter": {
                    "name": "api-version",
                    "in": "query",
                    "required": True,
                    "description": "The API version to use for this operation.",
                    "schema": {"type": "string", "minLength": 1},
                },
            },
            "schemas": schemas,
        },
    }


# -- deserialization -------------------------------------------------------------------------

SAMPLE = {"expirationTime": "2008-09-22T14:01:54.9571247Z", "token": "token", "registrationTokenOperation": "Update"}


@dataclass
class Plain:
    expiration_time: Any = None
    token: Any = None
    registration_token_operation: Any = None


def calls_per_second(statement: str, namespace: dict[str, Any], target: float = 0.5, repeat: int = 5) -> float:
    """Best of ``repeat`` timeit runs, each sized to take about ``target`` seconds."""
    timer = timeit.Timer(statement, globals=namespace)
    number, elapsed = timer.autorange()
    number = max(1, round(number * target / elapsed))
    return number / min(timer.repeat(repeat=repeat, number=number))


# -- output ----------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> None:
    """Print rows under headers; the first ``left`` columns left-aligned, others right."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) if i < left else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def ms(seconds: float) -> str:
    return f"{seconds * MS:.1f}"


def split_table(figures: Sequence[Figures]) -> None:
    """Per-stage time of each spec: a row of ms, and a row of shares of the total."""
    rows = []
    for fig in figures:
        rows.append([fig.label, "ms"] + [ms(fig.stages.get(name, 0.0)) for name in STAGES] + [ms(fig.total)])
        rows.append(["", "%"] + [f"{fig.stages.get(name, 0.0) / fig.total:.1%}" for name in STAGES] + ["100%"])
    table(["spec", ""] + list(STAGES) + ["total"], rows, left=2)


def ratio(big: float, small: float) -> str:
    return f"{big / small:.1f}" if small > 0 else "n/a"


def section(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def main() -> None:
    began = time.perf_counter()
    print(f"opgen generation benchmark - Python {sys.version.split()[0]} on {sys.platform}")
    print("in-process generate() (all stages but writing files), best of the runs shown, in ms;")
    print("'other' = package-name check, reading the spec bytes for its hash, building the manifest")

    # Warm up: import-time work and the Jinja2 template compilation (cached per process).
    pipeline.generate(SEED_SPEC, SEED_PACKAGE)

    # 1. the seed spec ---------------------------------------------------------------------
    section(f"1. Seed spec: {SEED_SPEC.relative_to(ROOT)}")
    seed = measure("seed", SEED_SPEC, SEED_PACKAGE, SEED_RUNS)
    print(
        f"generate(): {ms(seed.total)} ms (best of {seed.runs}); {seed.operations} operation(s), "
        f"{seed.models} model(s), {seed.output_files} files, {seed.output_bytes:,} bytes, {seed.warnings} warning(s)"
    )
    print()
    split_table([seed])

    # 2. synthetic specs -------------------------------------------------------------------
    section("2. Synthetic OpenAPI 3.0.3 specs (JSON; POST operations in 10 groups, shared schema pools)")
    figures: list[Figures] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="opgen-bench-") as tmp:
        for size, runs in SYNTHETIC_RUNS.items():
            path = Path(tmp) / f"bench_{size}.json"
            path.write_text(json.dumps(synthetic_spec(size), indent=1), encoding="utf-8")
            label = f"{size} ops ({path.stat().st_size // 1024:,} KiB)"
            print(f"  {label}: {runs} run(s)...", end="", flush=True)
            try:
                fig = measure(label, path, "benchclient", runs)
            except Exception as exc:  # noqa: BLE001 - report it and go on with the other sizes
                print(" failed")
                kind = "" if isinstance(exc, GenerationError) else f"{type(exc).__name__}: "
                errors.append(f"{size} ops: {kind}{exc}")
                continue
            figures.append(fig)
            print(f" best {ms(fig.total)} ms", flush=True)
    for message in errors:
        print(f"  generator error: {message}")
    if figures:
        print()
        table(
            ["spec", "ops", "models", "runs", "total ms", "ms/op", "output bytes", "files", "warnings"],
            [
                [
                    fig.label,
                    str(fig.operations),
                    str(fig.models),
                    str(fig.runs),
                    ms(fig.total),
                    f"{fig.total * MS / fig.operations:.2f}",
                    f"{fig.output_bytes:,}",
                    str(fig.output_files),
                    str(fig.warnings),
                ]
                for fig in figures
            ],
        )
        print()
        split_table(figures)

    by_size = {fig.operations: fig for fig in figures}
    pairs = [(big, small) for big, small in ((1000, 100), (100, 10)) if big in by_size and small in by_size]
    if pairs:
        print()
        print("growth for 10x the operations (linear ~10, quadratic ~100):")
        rows = []
        for big, small in pairs:
            b, s = by_size[big], by_size[small]
            marginal = (b.total - s.total) / (big - small) * MS
            rows.append(
                [f"time({big}) / time({small})", ratio(b.total, s.total)]
                + [ratio(b.stages.get(name, 0.0), s.stages.get(name, 0.0)) for name in STAGES]
                + [ratio(b.output_bytes, s.output_bytes), f"{marginal:.2f}"]
            )
        table(["ratio", "total"] + list(STAGES) + ["bytes", "marginal ms/op"], rows)
        print("marginal ms/op = (time(big) - time(small)) / (big - small): equal on both rows when linear;")
        print("fixed costs (runtime modules rendered and formatted for any spec) pull time(100)/time(10) below 10")

    # 3. deserialization -------------------------------------------------------------------
    section("3. Deserialization: RegistrationInfo.from_dict vs plain dataclasses")
    from desktopvirtualization.models import RegistrationInfo

    namespace: dict[str, Any] = {
        "RegistrationInfo": RegistrationInfo,
        "Plain": Plain,
        "fromisoformat": datetime.fromisoformat,
        "d": SAMPLE,
    }
    cases = [
        ("RegistrationInfo.from_dict(d)  (ours)", "RegistrationInfo.from_dict(d)"),
        (
            "Plain(**renamed)  (no parsing)",
            'Plain(**{"expiration_time": d["expirationTime"], "token": d["token"], '
            '"registration_token_operation": d["registrationTokenOperation"]})',
        ),
        (
            "Plain(**renamed) + fromisoformat",
            'Plain(**{"expiration_time": fromisoformat(d["expirationTime"]), "token": d["token"], '
            '"registration_token_operation": d["registrationTokenOperation"]})',
        ),
    ]
    ours_value = RegistrationInfo.from_dict(SAMPLE)
    try:
        parsed_value = eval(cases[2][1], dict(namespace))  # noqa: S307 - our own constant
        same = ours_value.expiration_time == parsed_value.expiration_time
        print(f"sample parses to {ours_value.expiration_time.isoformat()}; fromisoformat agrees: {'yes' if same else 'NO'}")
    except ValueError as exc:  # fromisoformat before Python 3.11 refuses "Z" and 7 digits
        print(f"datetime.fromisoformat cannot parse the sample here ({exc}); that row is skipped")
        cases = cases[:2]
    rates = [(label, calls_per_second(statement, namespace)) for label, statement in cases]
    ours = rates[0][1]
    print()
    table(
        ["constructor", "calls/s", "us/call", "ours/this (calls/s)", "this is N x faster"],
        [
            [label, f"{rate:,.0f}", f"{1e6 / rate:.3f}", f"{ours / rate:.3f}", f"{rate / ours:.1f}"]
            for label, rate in rates
        ],
    )
    print("(timeit, each measurement sized to ~0.5 s, best of 5)")

    print()
    print(f"benchmark took {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
