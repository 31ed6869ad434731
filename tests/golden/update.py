"""Rewrite the expected output of every golden case: ``make golden``.

Run it after a deliberate change to the templates or the generator, then review the
diff of tests/golden/*/expected before committing it.
"""

from __future__ import annotations

from generator.write import write_files
from tests.golden.cases import cases, expected_dir, render


def main() -> None:
    for case in cases():
        plan = write_files(expected_dir(case), render(case))
        print(f"{case}: {len(plan.changed)} written, {len(plan.delete)} removed")


if __name__ == "__main__":
    main()
