"""``[tool.opgen]`` in pyproject.toml: the clients ``opgen generate`` rebuilds."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import error
from generator.names import package_name_problem
from generator.spec import autorest


@dataclass(frozen=True)
class ClientTarget:
    spec: Path
    output: Path
    package: str
    templates: Path | None
    spec_root: Path | None = None  # None: the spec's folder
    tag: str | None = None  # with a readme.md spec: the AutoRest tag (None: the readme's default)
    project: bool = False  # also write pyproject.toml and README.md next to the package (an installable client)


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_targets(pyproject: Path) -> list[ClientTarget]:
    try:
        data = tomllib.loads(pyproject.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise error("bad-config", f"invalid TOML: {exc}", pyproject) from None
    section = data.get("tool", {}).get("opgen")
    if not isinstance(section, dict):
        raise error("no-config", "no [tool.opgen] section: name a spec on the command line or add one", pyproject)
    clients = section.get("clients")
    if not isinstance(clients, list) or not clients:
        raise error("bad-config", "[tool.opgen] needs a non-empty [[tool.opgen.clients]] list", pyproject, "/tool/opgen/clients")
    root = pyproject.parent
    default_templates = section.get("templates")
    targets = []
    for index, entry in enumerate(clients):
        where = f"/tool/opgen/clients/{index}"
        if not isinstance(entry, dict):
            raise error("bad-config", "each client is a table with spec, output and package", pyproject, where)
        for key in ("spec", "output", "package"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise error("bad-config", f"missing or empty {key!r}", pyproject, f"{where}/{key}")
        problem = package_name_problem(entry["package"])
        if problem is not None:
            raise error("bad-config", f"package name {entry['package']!r} {problem}", pyproject, f"{where}/package")
        # A pyproject.toml may come with a cloned repository: its output stays in the project.
        if not _inside_project(root, entry["output"], entry["package"]):
            raise error("bad-config", f"output {entry['output']!r} {_INSIDE}", pyproject, f"{where}/output")
        templates = entry.get("templates", default_templates)
        spec = root / entry["spec"]
        for key in ("tag", "spec-root"):
            if key in entry and (not isinstance(entry[key], str) or not entry[key]):
                raise error("bad-config", f"{key!r} must be a non-empty string", pyproject, f"{where}/{key}")
        if not isinstance(entry.get("project", False), bool):
            raise error("bad-config", "'project' must be true or false", pyproject, f"{where}/project")
        tag = entry.get("tag")
        if tag is not None and not autorest.is_readme(spec):
            raise error("bad-config", f"tag {tag!r} goes with a spec that is an AutoRest readme.md", pyproject, f"{where}/tag")
        targets.append(
            ClientTarget(
                spec=spec,
                output=root / entry["output"],
                package=entry["package"],
                templates=root / templates if isinstance(templates, str) else None,
                spec_root=_spec_root(pyproject, entry, spec, f"{where}/spec-root"),
                tag=tag,
                project=entry.get("project", False),
            )
        )
    return targets


_INSIDE = "must be a relative path inside the project folder (no absolute path, no '..', no symlink out)"


def _inside_project(project: Path, value: str, *below: str) -> bool:
    """``value`` (with ``below`` under it) is a relative path that stays in ``project``,
    through symbolic links too."""
    folder = Path(value)
    if folder.is_absolute() or ".." in folder.parts:
        return False
    return project.joinpath(folder, *below).resolve().is_relative_to(project.resolve())


def _spec_root(pyproject: Path, entry: dict[str, object], spec: Path, where: str) -> Path | None:
    """The entry's ``spec-root``: like ``output``, a relative path inside the project folder
    (a cloned repository's pyproject.toml must not widen what its specs may read to the
    whole disk).  A readme without one reads its spec repository's root, which must then
    be inside the project folder too."""
    project = pyproject.parent
    value = entry.get("spec-root")
    if isinstance(value, str):
        if not _inside_project(project, value):
            raise error("bad-config", f"spec-root {value!r} {_INSIDE}", pyproject, where)
        return project / value
    if autorest.is_readme(spec):
        found = autorest.repository_root(spec)
        if not found.resolve().is_relative_to(project.resolve()):
            raise error("bad-config", f"the spec repository of {entry['spec']!r} ({found}) is outside the project folder; name a spec-root inside it", pyproject, where.removesuffix("/spec-root") + "/spec")
        return found
    return None
