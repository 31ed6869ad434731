"""The ``opgen`` command.

Exit codes: 0 ok; 1 ``--check`` found stale files (``diff --fail-on breaking``: a
breaking change); 2 bad input (spec, config,
arguments) or a refused write (``--check``: an output that would be refused); 3 an
internal error (a bug, or an installation without its templates: please report it).
``--check`` ends a stale report with the command to run: ``opgen generate``, or
``$OPGEN_HINT_COMMAND`` when set (the Makefile sets ``make generate``).
Errors are printed one per line as ``file[:line][#pointer]: error: message [code]``,
never as a traceback.  ``generate`` prints warnings the same way (the first
``WARNINGS_SHOWN``; all with ``--warnings`` or ``--strict``; none with ``--quiet``), then a
count by kind per client; on a terminal, a run longer than 2 s shows a progress line
(:mod:`generator.progress`; not with ``--quiet``).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from generator import __version__, rerun
from generator.config import ClientTarget, find_pyproject, read_targets
from generator.diagnostics import Diagnostic, GenerationError, Level, error, warning_summary
from generator.emit.render import BuiltinTemplatesMissing
from generator.emit.write import MANIFEST, plan_write, problems, write_files
from generator.pipeline import Generated, generate, load_spec
from generator.progress import Progress
from generator.spec.load import with_lines

EXIT_OK, EXIT_STALE, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
WARNINGS_SHOWN = 20  # without --warnings: the first ones, then "... and N more"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opgen", description="Generate typed Python clients from OpenAPI descriptions.")
    parser.add_argument("--version", action="version", version=f"opgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="generate clients (all of [tool.opgen], or one spec)")
    gen.add_argument("spec", nargs="?", type=Path, help="a spec file, a folder of spec files (merged) or an AutoRest readme.md; without it, every client in [tool.opgen]")
    gen.add_argument("--output", type=Path, help="folder the package is written into (with SPEC)")
    gen.add_argument("--package", help="the package's import name (with SPEC)")
    gen.add_argument("--templates", type=Path, help="folder of templates that replace built-in ones of the same name")
    gen.add_argument("--check", action="store_true", help="write nothing; exit 1 if the output is stale")
    gen.add_argument("--project", action="store_true", help="also write pyproject.toml and README.md next to the package: an installable client")
    gen.add_argument("--strict", action="store_true", help="treat warnings as errors")
    gen.add_argument("--config", type=Path, help="pyproject.toml to read (default: the nearest one)")
    gen.add_argument("--allow-remote-refs", action="store_true", help="fetch http and https $refs (refused by default)")
    gen.add_argument("-q", "--quiet", action="store_true", help="no progress line and no individual warnings: only the summaries")
    gen.add_argument("--warnings", action="store_true", help=f"list every warning (default: the first {WARNINGS_SHOWN} and a count by kind)")
    _spec_options(gen)

    val = commands.add_parser("validate", help="validate a spec without generating")
    val.add_argument("spec", type=Path, help="a spec file, a folder of spec files (merged) or an AutoRest readme.md")
    val.add_argument("--allow-remote-refs", action="store_true", help="fetch http and https $refs (refused by default)")
    _spec_options(val)

    dif = commands.add_parser("diff", help="list what changed for clients between two versions, breaking or not")
    dif.add_argument("old", type=Path, help="the old version: a spec file, a folder of spec files, an AutoRest readme.md, or a generated package")
    dif.add_argument("new", type=Path, help="the new version: the same kinds")
    dif.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output format (markdown: a changelog section)")
    dif.add_argument("--fail-on", choices=("breaking", "never"), default="never", help="exit 1 when a change of this kind is found")
    dif.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="color the text output (auto: on a terminal, unless NO_COLOR is set)")
    dif.add_argument("--old-tag", metavar="TAG", help="OLD is a readme.md: the AutoRest tag to compare (default: the readme's)")
    dif.add_argument("--new-tag", metavar="TAG", help="NEW is a readme.md: the AutoRest tag to compare (default: the readme's)")
    dif.add_argument("--spec-root", type=Path, metavar="DIR", help="folder the $refs of both versions may reach (default: each spec's folder)")
    return parser


def _spec_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--spec-root", type=Path, metavar="DIR", help="folder $refs may reach (default: the spec's folder; for a readme.md, the spec repository's root)")
    command.add_argument("--tag", help="SPEC is an AutoRest readme.md: the tag whose input files make the client (default: the readme's)")


def _targets(args: argparse.Namespace) -> list[ClientTarget]:
    if args.spec is not None:
        if args.output is None or args.package is None:
            raise SystemExit("opgen: error: generate SPEC needs --output DIR and --package NAME")
        return [ClientTarget(args.spec, args.output, args.package, args.templates, args.spec_root, args.tag, args.project)]
    if args.output is not None or args.package is not None:
        raise SystemExit("opgen: error: --output and --package go with a SPEC")
    if args.spec_root is not None or args.tag is not None:
        raise SystemExit("opgen: error: --spec-root and --tag go with a SPEC (in [tool.opgen]: spec-root and tag)")
    pyproject = args.config or find_pyproject(Path.cwd())
    if pyproject is None:
        raise SystemExit("opgen: error: no pyproject.toml found; name a SPEC with --output and --package")
    targets = read_targets(pyproject)
    if args.templates is not None:
        targets = [dataclasses.replace(t, templates=args.templates) for t in targets]
    if args.project:
        targets = [dataclasses.replace(t, project=True) for t in targets]
    return targets


def _print_warnings(spec: Path, warnings: tuple[Diagnostic, ...], args: argparse.Namespace) -> None:
    """A client's warnings: some or all of them one per line, then a count by kind.
    ``--strict`` makes them errors, and every error is printed."""
    if not warnings:
        return
    shown = len(warnings) if args.warnings or args.strict else 0 if args.quiet else WARNINGS_SHOWN
    for warning in warnings[:shown]:
        print(warning, file=sys.stderr)
    if 0 < shown < len(warnings):
        print(f"... and {len(warnings) - shown} more (--warnings lists them all)", file=sys.stderr)
    print(f"{spec}: {warning_summary(warnings)}", file=sys.stderr)


def cmd_generate(args: argparse.Namespace) -> int:
    # The progress line (a terminal only) is erased before anything else is printed.
    with Progress.for_stream(sys.stderr, quiet=args.quiet) as progress:
        return _generate_all(args, progress)


def _generate_all(args: argparse.Namespace, progress: Progress) -> int:
    stale_clients = 0
    results = []
    # Generate every client before writing any: one bad spec leaves every output untouched.
    for target in _targets(args):
        progress.begin(target.package)
        inputs = rerun.Inputs(target.spec, target.package, target.templates, target.spec_root, target.tag)
        # The same inputs as the run that wrote this output, which is as written: nothing to do.
        recordable = not args.allow_remote_refs and not target.project
        generated: Generated | rerun.Reused | None = rerun.reused(inputs, target.output / target.package) if recordable else None
        if generated is None:
            generated = generate(
                target.spec,
                target.package,
                target.templates,
                args.allow_remote_refs,
                target.spec_root,
                target.tag,
                # The package already there: its files formatted from the same text are not formatted again.
                previous=target.output / target.package,
                reporter=progress,
                project=target.project,
            )
        progress.clear()
        _print_warnings(target.spec, generated.warnings, args)
        if args.strict and generated.warnings:
            print(f"opgen: {len(generated.warnings)} warning(s) in {target.spec} and --strict is set; nothing written", file=sys.stderr)
            return EXIT_BAD_INPUT
        results.append((target, generated, inputs))
    progress.begin("")
    progress.stage("write")
    # One plan per folder (it reads every file already there), made before writing any: a
    # client's package, and with project files its project folder (the package's parent).
    _one_project_per_folder([target for target, _, _ in results])
    plans = [
        (target, generated, inputs, plan)
        for target, generated, inputs in results
        for plan in (
            plan_write(target.output / target.package, generated.files),
            *([plan_write(target.output, generated.project_files, package=False)] if generated.project_files else []),
        )
    ]
    if not args.check:
        # The safety rules (generator.emit.write) of every folder before writing any.
        found = [d for _, _, _, plan in plans for d in problems(plan)]
        if found:
            raise GenerationError(found)
    refused_clients = 0
    for target, generated, inputs, plan in plans:
        directory = plan.directory
        progress.clear()
        if args.check:
            if plan.refusals:  # `opgen generate` would refuse this output: never a pass
                refused_clients += 1
                for refusal in plan.refusals:
                    print(refusal, file=sys.stderr)
                continue
            stale = plan.stale + plan.conflicts
            if stale:
                stale_clients += 1
                print(f"{directory}: stale ({target.spec} produces different output):")
                for name in stale:
                    print(f"  {name}")
                budget = 80  # a short diff: enough to see what changed, not the whole package
                for name in (n for n in stale if n != MANIFEST):
                    shown = plan.diff(name, limit=min(30, budget))
                    print(shown, end="")
                    budget -= shown.count("\n")
                    if budget <= 0:
                        print("... (diff cut short; run `opgen generate` to see it all)")
                        break
            else:
                _remember(args, target, generated, inputs)  # up to date: the next --check is free
            continue
        progress.begin(target.package)
        progress.stage("write")
        write_files(directory, plan.files, plan)
        progress.clear()
        _remember(args, target, generated, inputs)
        for name in plan.keep:
            print(f"{directory / name}: warning: no longer generated, but edited since; left in place", file=sys.stderr)
        print(f"{directory}: {len(plan.changed)} written, {len(plan.unchanged)} unchanged, {len(plan.delete)} removed")
    if stale_clients:
        # The Makefile's `check` sets OPGEN_HINT_COMMAND="make generate"; a user runs opgen.
        hint = os.environ.get("OPGEN_HINT_COMMAND", "").strip() or "opgen generate"
        print(f"opgen: run `{hint}` and commit the result", file=sys.stderr)
    if refused_clients:
        print(f"opgen: {refused_clients} client(s) would be refused by `opgen generate`; nothing written", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_STALE if stale_clients else EXIT_OK


def _remember(args: argparse.Namespace, target: ClientTarget, generated: Generated | rerun.Reused, inputs: rerun.Inputs) -> None:
    """Record what a run made of this target's inputs, now its output (:mod:`generator.rerun`)."""
    if isinstance(generated, Generated) and not args.allow_remote_refs and not target.project:
        rerun.remember(inputs, generated.spec_files, generated.files, generated.warnings)


def _one_project_per_folder(targets: list[ClientTarget]) -> None:
    """Two clients with project files in one output folder would write the same pyproject.toml."""
    seen: dict[Path, str] = {}
    for target in targets:
        if target.project:
            folder = target.output.resolve()
            if folder in seen:
                raise error("bad-config", f"clients {seen[folder]!r} and {target.package!r} both write project files into this folder; give each its own output", target.output)
            seen[folder] = target.package


def cmd_validate(args: argparse.Namespace) -> int:
    spec = load_spec(args.spec, allow_remote_refs=args.allow_remote_refs, spec_root=args.spec_root, tag=args.tag)
    print(f"{args.spec}: valid ({'Swagger' if spec.version == '2.0' else 'OpenAPI'} {spec.version}, {len(spec.files)} file(s))")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    """0: compared (no breaking change, or not asked to fail); 1: --fail-on breaking and one
    was found; 2: bad input, or --fail-on breaking when a package's spec cannot be found."""
    # Imported here, not with the module: ~60 ms a generate run does not need.
    from generator.diff import compare, load_side, package_notes, report

    old, new, notes = package_notes(load_side(args.old, args.old_tag, args.spec_root), load_side(args.new, args.new_tag, args.spec_root))
    compared = old.api is not None and new.api is not None
    changes = compare(old.api, new.api) if old.api is not None and new.api is not None else []
    if args.format == "json":
        print(report.as_json(old, new, changes, notes), end="")
    elif args.format == "markdown":
        print(report.markdown(old, new, changes, notes), end="")
    else:
        color = args.color == "always" or args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print(report.text(old, new, changes, notes, color), end="")
    if args.fail_on == "breaking":
        if not compared:
            print("opgen: cannot tell whether anything breaks: no spec to compare with", file=sys.stderr)
            return EXIT_BAD_INPUT
        if any(change.breaking for change in changes):
            return EXIT_STALE
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return cmd_generate(args)
        if args.command == "diff":
            return cmd_diff(args)
        return cmd_validate(args)
    except GenerationError as exc:
        # Stages that know only pointers (resolving, merging) get their lines here, on the error path.
        for diagnostic in with_lines(exc.diagnostics):
            print(diagnostic, file=sys.stderr)
        errors = sum(1 for d in exc.diagnostics if d.level is Level.ERROR)
        print(f"opgen: {errors} error(s)" + ("; nothing written" if args.command == "generate" else ""), file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return EXIT_BAD_INPUT
        raise
    except OSError as exc:
        print(f"{exc.filename or ''}: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BuiltinTemplatesMissing as exc:  # a broken installation: checked before any write
        print(f"opgen: internal error: {exc}; nothing written", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        print(f"opgen: internal error: {type(exc).__name__}: {exc} (a bug in opgen; please report it)", file=sys.stderr)
        return EXIT_INTERNAL
