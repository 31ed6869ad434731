"""Run opgen over the real-world corpus in ``../shared/corpus`` and check what comes out.

Run from the repository root::

    .venv/bin/python bench/corpus.py                 # every spec, with mypy --strict
    .venv/bin/python bench/corpus.py --no-mypy       # generate + compile + import only
    .venv/bin/python bench/corpus.py --max-bytes 1000000 github netbox   # a subset

For each spec it records: generated, or a clean error (a GenerationError: diagnostics
with JSON pointers), or a crash (any other exception: a bug); the number of warnings;
whether every generated module compiles, whether the package (sync and async client,
models) imports in a fresh interpreter, and how many errors ``mypy --strict`` reports;
and the time each step took.  It prints a table and totals (quoted in the README) and
exits 1 when any spec crashed or produced a package that does not compile, import or
type-check.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.diagnostics import GenerationError, Level  # noqa: E402
from generator.emit.write import write_files  # noqa: E402
from generator.pipeline import generate  # noqa: E402


@dataclass
class Result:
    spec: str
    size: int
    package: str
    operations: int = 0
    models: int = 0
    status: str = "?"  # "ok", "error" (clean GenerationError) or "crash"
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    generate_s: float = 0.0
    compiles: bool | None = None
    imports: bool | None = None
    import_s: float = 0.0
    mypy_errors: int | None = None
    mypy_s: float = 0.0
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.status == "ok" and bool(self.compiles) and bool(self.imports) and self.mypy_errors in (None, 0)


def package_name(spec: Path) -> str:
    """``azure.com__sql-TdeCertificates.json`` -> ``azure_com_sql_tdecertificates``."""
    return re.sub(r"_+", "_", re.sub(r"\W", "_", spec.stem.lower())).strip("_")


def corpus_specs(corpus: Path, max_bytes: int | None, only: Sequence[str]) -> list[Path]:
    specs = sorted(p for p in corpus.iterdir() if p.suffix in (".json", ".yaml", ".yml"))
    if max_bytes is not None:
        specs = [p for p in specs if p.stat().st_size <= max_bytes]
    if only:
        specs = [p for p in specs if any(word.lower() in p.name.lower() for word in only)]
    return specs


def run_generate(spec: Path, out: Path) -> Result:
    result = Result(spec.name, spec.stat().st_size, package_name(spec))
    start = time.perf_counter()
    try:
        generated = generate(spec, result.package)
    except GenerationError as exc:
        result.status = "error"
        errors = [d for d in exc.diagnostics if d.level is Level.ERROR]
        result.message = str(errors[0]) if errors else str(exc)
        result.detail = "\n".join(str(d) for d in exc.diagnostics)
        return result
    except Exception as exc:  # noqa: BLE001 - a crash is what this run looks for
        result.status = "crash"
        result.message = f"{type(exc).__name__}: {exc}"
        result.detail = traceback.format_exc()
        return result
    finally:
        result.generate_s = time.perf_counter() - start
    result.status = "ok"
    result.operations = len(generated.api.all_operations)
    result.models = len(generated.api.models)
    result.warnings = [str(w) for w in generated.warnings]
    write_files(out / result.package, generated.files)
    compiled = []
    for path in sorted((out / result.package).rglob("*.py")):
        try:
            compile(path.read_bytes(), str(path), "exec")
        except SyntaxError as exc:
            compiled.append(f"{path.relative_to(out)}:{exc.lineno}: {exc.msg}")
    result.compiles = not compiled
    if compiled:
        result.detail += "\n".join(compiled) + "\n"
    return result


def run_import(result: Result, out: Path) -> None:
    package = result.package
    code = f"import {package}, {package}.aio, {package}.models"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True)
    result.import_s = time.perf_counter() - start
    result.imports = proc.returncode == 0
    if not result.imports:
        result.detail += proc.stderr[-3000:]


def run_mypy(result: Result, out: Path) -> None:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", result.package],
        cwd=out, capture_output=True, text=True,
    )
    result.mypy_s = time.perf_counter() - start
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    result.mypy_errors = len(errors) if errors or proc.returncode == 0 else -1
    if proc.returncode != 0:
        result.detail += "\n".join(errors[:40] or [proc.stdout[-2000:], proc.stderr[-2000:]]) + "\n"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) if i < left else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def yes_no(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "NO")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("only", nargs="*", help="run only specs whose file name contains one of these words")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--max-bytes", type=int, default=None, help="skip specs larger than this")
    parser.add_argument("--no-mypy", action="store_true", help="skip mypy --strict (the slow part)")
    parser.add_argument("--jobs", type=int, default=2, help="mypy processes at once (default 2)")
    parser.add_argument("--keep", type=Path, default=None, help="write the packages here instead of a temporary folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every warning and failure detail")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    specs = corpus_specs(args.corpus, args.max_bytes, args.only)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="opgen-corpus-") as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        results: list[Result] = []
        for spec in specs:
            print(f"  {spec.name} ...", end="", flush=True, file=sys.stderr)
            result = run_generate(spec, out)
            if result.status == "ok" and result.compiles:
                run_import(result, out)
            print(f" {result.status} {result.generate_s:.1f} s", file=sys.stderr)
            results.append(result)
        if not args.no_mypy:
            todo = [r for r in results if r.imports]
            print(f"  mypy --strict on {len(todo)} package(s), {args.jobs} at a time ...", file=sys.stderr)
            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                list(pool.map(lambda r: run_mypy(r, out), todo))
    elapsed = time.perf_counter() - began

    print(f"opgen over {len(results)} spec(s) of {args.corpus} - Python {sys.version.split()[0]}")
    print()
    table(
        ["spec", "KiB", "ops", "models", "result", "warnings", "gen s", "compiles", "imports", "mypy errors", "mypy s"],
        [
            [
                r.spec.removesuffix(".json"),
                f"{r.size // 1024:,}",
                str(r.operations) if r.status == "ok" else "-",
                str(r.models) if r.status == "ok" else "-",
                r.status,
                str(len(r.warnings)) if r.status == "ok" else "-",
                f"{r.generate_s:.2f}",
                yes_no(r.compiles),
                yes_no(r.imports),
                "-" if r.mypy_errors is None else ("failed" if r.mypy_errors < 0 else str(r.mypy_errors)),
                f"{r.mypy_s:.1f}" if r.mypy_errors is not None else "-",
            ]
            for r in results
        ],
    )
    ok = [r for r in results if r.status == "ok"]
    codes = Counter(re.search(r"\[([\w-]+)\]$", w).group(1) for r in ok for w in r.warnings if re.search(r"\[([\w-]+)\]$", w))  # type: ignore[union-attr]
    print()
    print(f"specs:              {len(results)}")
    print(f"generated:          {len(ok)}")
    print(f"clean errors:       {sum(r.status == 'error' for r in results)}")
    print(f"crashes:            {sum(r.status == 'crash' for r in results)}")
    print(f"compile:            {sum(bool(r.compiles) for r in results)}")
    print(f"import:             {sum(bool(r.imports) for r in results)}")
    if not args.no_mypy:
        print(f"mypy --strict clean: {sum(r.mypy_errors == 0 for r in results)}")
    print(f"operations:         {sum(r.operations for r in ok)}")
    print(f"models:             {sum(r.models for r in ok)}")
    print(f"warnings:           {sum(len(r.warnings) for r in ok)} ({', '.join(f'{c} {n}' for c, n in codes.most_common())})")
    print(f"generate time:      {sum(r.generate_s for r in results):.1f} s")
    print(f"import time:        {sum(r.import_s for r in results):.1f} s")
    if not args.no_mypy:
        print(f"mypy time:          {sum(r.mypy_s for r in results):.1f} s (cpu; {args.jobs} at a time)")
    print(f"wall time:          {elapsed:.1f} s")
    for r in results:
        if r.status != "ok":
            print(f"\n{r.spec}: {r.status}: {r.message}")
        if args.verbose or not r.passed:
            if r.detail.strip():
                print(f"\n{r.spec}:\n{r.detail.rstrip()}")
        if args.verbose and r.warnings:
            print(f"\n{r.spec}: {len(r.warnings)} warning(s)")
            for w in r.warnings:
                print(f"  {w}")
    return 0 if all(r.passed or r.status == "error" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
