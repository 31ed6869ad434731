"""Rewrite the expected output of every golden case: ``make golden``; and the built-in
templates compiled ahead of time (``generator/emit/compiled/``, see
``generator/emit/precompiled.py``), which a template change makes stale too.

Run it after a deliberate change to the templates or the generator, then review the
diff of tests/golden/*/expected before committing it.  The runtime copies are not stored
(``tests/golden/cases.py``): the folder is replaced by the case's other files.
"""

from __future__ import annotations

import shutil

from generator.emit import precompiled
from tests.golden.cases import (
    cases,
    expected_dir,
    generated,
    project_dir,
    render,
    stored,
    stored_project,
)


def main() -> None:
    compiled = precompiled.write_all()
    print(f"generator/emit/compiled: {len(compiled)} written or removed")
    for case in cases():
        folder = expected_dir(case)
        old = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else {}
        files = stored(render(case))
        shutil.rmtree(folder, ignore_errors=True)
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
        changed = [name for name in files if old.get(name) != files[name]]
        old_project, project = stored_project(case), generated(case).project_files
        for name in old_project:
            (project_dir(case) / name).unlink()
        for name, content in project.items():
            (project_dir(case) / name).parent.mkdir(parents=True, exist_ok=True)
            (project_dir(case) / name).write_bytes(content)
        changed += [name for name in project if old_project.get(name) != project[name]]
        removed = len(set(old) - set(files)) + len(set(old_project) - set(project))
        print(f"{case}: {len(changed)} written, {removed} removed")


if __name__ == "__main__":
    main()
