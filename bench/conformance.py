"""How much of the AutoRest test server's suite opgen's clients get right.

Starts the test server, generates a client from every swagger it ships (reporting
those that fail to generate, and why), runs tests/conformance against the server, then
prints the server's own counts: how many of its vanilla, azure and optional scenarios
were exercised correctly, and which were not.

    .venv/bin/python bench/conformance.py [--missing]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.diagnostics import GenerationError  # noqa: E402
from generator.pipeline import generate  # noqa: E402
from tests.conformance import harness  # noqa: E402


def generation_report() -> list[tuple[str, str]]:
    failures = []
    for swagger in sorted(harness.SWAGGER_DIR.glob("*.json")):
        try:
            generate(swagger, "conformance_probe")
        except GenerationError as exc:
            failures.append((swagger.name, str(exc.diagnostics[0])))
        except Exception as exc:  # noqa: BLE001 - a crash is exactly what this reports
            failures.append((swagger.name, f"CRASH {type(exc).__name__}: {exc}"))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--missing", action="store_true", help="list every scenario not covered")
    args = parser.parse_args()
    reason = harness.available()
    if reason:
        print(f"cannot run: {reason}")
        return 2
    swaggers = sorted(harness.SWAGGER_DIR.glob("*.json"))
    failures = generation_report()
    print(f"swaggers: {len(swaggers)}, generated: {len(swaggers) - len(failures)}, failed to generate: {len(failures)}")
    for name, why in failures:
        print(f"  {name}: {why}")
    server = harness.AutorestServer()
    try:
        env = {**os.environ, "OPGEN_TESTSERVER_PORT": str(server.port)}
        tests = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", str(ROOT / "tests" / "conformance")],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )
        summary = [line for line in tests.stdout.splitlines() if " passed" in line or " failed" in line]
        print(f"tests/conformance: {summary[-1] if summary else tests.stdout[-500:]}")
        print()
        print(f"{'report':10} {'covered':>8} {'total':>6}   share")
        for kind in ("", "azure", "optional"):
            counts = server.report(kind)
            covered = sum(1 for value in counts.values() if value > 0)
            print(f"{kind or 'vanilla':10} {covered:8d} {len(counts):6d}   {covered / max(len(counts), 1):6.1%}")
            if args.missing:
                missing = sorted(name for name, value in counts.items() if value <= 0)
                print("  not covered: " + ", ".join(missing))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
