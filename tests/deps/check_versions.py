"""Byte-identical output across the dependency versions pyproject.toml allows: ``make deps-check``.

For each version set (``lowest``: every dependency at the lower bound of its range;
``highest``: the newest release each range allows, as pip resolves it today), this
creates a virtual environment under /tmp (``OPGEN_DEPS_DIR``, default
``/tmp/opgen-deps``; reused when its requirements are unchanged), installs those versions
from PyPI (it needs the network; not part of ``make test``), and generates with this
checkout's generator:

* every golden case (``tests/golden/*/spec.yaml``), and
* every client in ``[tool.opgen]`` of pyproject.toml (``generated/desktopvirtualization``).

Each output is compared byte for byte with the committed files and with the output of the
interpreter that runs this script (the project's ``.venv``: the reference versions).  A
difference from the reference is a dependency that changes the output: the range is
wrong.  A difference from the committed files that the reference shares is committed
output that is stale (``make golden`` / ``make generate``), not a version problem.

Exit status 0 when every set matches both; 1 otherwise.  Run::

    .venv/bin/python tests/deps/check_versions.py [--set lowest|highest] [--fresh]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
VENVS = Path(os.environ.get("OPGEN_DEPS_DIR", "/tmp/opgen-deps"))
DISTRIBUTIONS = ("jinja2", "pyyaml", "openapi-spec-validator", "black")


def requirements() -> list[str]:
    return list(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"])


def lowest(requirement: str) -> str:
    """``name>=1.2,<2`` -> ``name==1.2``: the lower bound every range must state."""
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-\[\]]+)\s*(.*)", requirement)
    assert match, requirement
    name, specifiers = match.groups()
    bound = re.search(r">=\s*([0-9][^,;\s]*)", specifiers)
    if bound is None:
        raise SystemExit(f"{requirement!r} has no lower bound (>=): say which oldest version opgen supports")
    return f"{name}=={bound.group(1)}"


def version_sets() -> dict[str, list[str]]:
    return {"lowest": [lowest(r) for r in requirements()], "highest": requirements()}


def jobs() -> list[tuple[str, Path, str, Path]]:
    """(label, spec, package, committed output folder) of every output compared."""
    if str(ROOT) not in sys.path and not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(ROOT))
    from generator.config import read_targets

    found = [
        (f"golden/{case.name}", case / "spec.yaml", case.name, case / "expected" / case.name)
        for case in sorted(GOLDEN.iterdir())
        if (case / "spec.yaml").is_file()
    ]
    for target in read_targets(ROOT / "pyproject.toml"):
        found.append((f"client/{target.package}", ROOT / target.spec, target.package, ROOT / target.output / target.package))
    return found


def worker(out: Path) -> None:
    """Run inside a version set's environment: generate every job into ``out``."""
    from importlib.metadata import version

    from generator.pipeline import generate

    for label, spec, package, _ in jobs():
        for name, data in generate(spec, package).files.items():
            target = out / label / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    (out / "versions.json").write_text(json.dumps({d: version(d) for d in DISTRIBUTIONS}))


def tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))


def environment(name: str, pins: list[str], fresh: bool) -> Path:
    venv = VENVS / name
    stamp = venv / "opgen-requirements.json"
    if fresh or not stamp.is_file() or json.loads(stamp.read_text()) != pins:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins], check=True)
        stamp.write_text(json.dumps(pins))
    return venv / "bin" / "python"


def snapshot_generator(scratch: Path) -> Path:
    """A copy of the generator as it is now: every set runs the same code, even while
    the checkout is being edited."""
    source = scratch / "src"
    source.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", source)
    for folder in ("generator", "templates"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return source


def run_worker(python: Path, out: Path, source: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run([str(python), str(Path(__file__).resolve()), "--worker", str(out)], check=True, cwd=ROOT, env=env)
    return json.loads((out / "versions.json").read_text())  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("lowest", "highest"), action="append", help="only this version set (repeatable)")
    parser.add_argument("--fresh", action="store_true", help="recreate the environments")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.worker)
        return 0
    sets = {name: pins for name, pins in version_sets().items() if not args.set or name in args.set}
    failed = False
    with tempfile.TemporaryDirectory(prefix="opgen-deps-") as scratch:
        source = snapshot_generator(Path(scratch))
        reference_out = Path(scratch) / "reference"
        reference = run_worker(Path(sys.executable), reference_out, source)
        print(f"reference ({sys.executable}): {reference}")
        stale = {}
        for label, _, _, committed in jobs():
            generated = tree(reference_out / label)
            if label.startswith("golden/"):  # the goldens do not store the runtime copies
                runtime = ROOT / "generator" / "runtime"
                generated = {name: data for name, data in generated.items() if not (name != "__init__.py" and (runtime / name).is_file())}
            stale[label] = differences(generated, tree(committed))
            if stale[label]:
                failed = True
                print(f"  {label}: committed output is stale (also with the reference versions): {', '.join(stale[label])}")
        for name, pins in sets.items():
            print(f"{name}: {' '.join(pins)}")
            out = Path(scratch) / name
            versions = run_worker(environment(name, pins, args.fresh), out, source)
            print(f"  installed: {versions}")
            for label, _, _, _ in jobs():
                changed = differences(tree(out / label), tree(reference_out / label))
                if changed:
                    failed = True
                    print(f"  {label}: DIFFERS from the reference versions: {', '.join(changed)}")
                elif stale[label]:
                    print(f"  {label}: same as the reference (committed output stale: see above)")
                else:
                    print(f"  {label}: identical to the committed output")
    print("deps-check:", "FAILED" if failed else "every version set gives byte-identical output")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
