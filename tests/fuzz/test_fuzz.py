"""Fuzzing the generator (issue 6).

1. Random valid specs (tests/fuzz/strategies.py): the generated package compiles, is
   black's output (black leaves every module as it is) and imports, and ``to_dict(from_dict(x)) == x`` for random instances ``x`` of each
   named model.
2. Random mutations of the seed spec and of the golden specs: the command line either
   writes a client that compiles or exits 2 with diagnostics; never an internal error
   or a traceback.

``make test`` runs a few derandomized examples; ``make fuzz`` many random ones.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import itertools
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import black
import pytest
import yaml
from hypothesis import event, given, note, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.diagnostics import GenerationError, escape_pointer_token
from generator.emit import format as fmt
from generator.emit.write import write_files
from generator.pipeline import generate
from tests.conftest import SEED
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import instances, mutated, specs

_counter = itertools.count()


def dump(document: dict[str, Any], path: Path, as_json: bool) -> None:
    if as_json:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    else:
        # allow_unicode=False: PyYAML writes U+0085 raw and then reads it back as a line
        # break ({"a\x85b": 1} becomes {"a b": 1}); escaped, every string survives.
        path.write_text(yaml.safe_dump(document, allow_unicode=False, sort_keys=False), "utf-8")


@contextlib.contextmanager
def imported(folder: Path, package: str) -> Any:
    """``package`` imported from ``folder``; gone from sys.modules and sys.path after."""
    sys.path.insert(0, str(folder))
    try:
        importlib.import_module(package)
        importlib.import_module(f"{package}.aio")
        yield importlib.import_module(f"{package}.models")
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


@settings(max_examples=examples(test=8, fuzz=400))
@given(spec=specs(), as_json=st.booleans(), data=st.data())
def test_random_valid_specs_compile_import_and_round_trip(
    spec: dict[str, Any], as_json: bool, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("spec")
    path = folder / ("spec.json" if as_json else "spec.yaml")
    dump(spec, path, as_json)
    package = f"fuzz_pkg_{next(_counter)}"
    try:
        generated = generate(path, package)
    except GenerationError as exc:
        raise AssertionError(f"a valid spec was refused:\n{exc}") from None
    note(f"warnings: {[str(w) for w in generated.warnings]}")
    out = folder / "out"
    write_files(out / package, generated.files)
    for file in (out / package).rglob("*.py"):
        text = file.read_text("utf-8")
        compile(text, str(file), "exec", dont_inherit=True)
        # black's output, though black formatted only what it would change (format.settled)
        assert black.format_str(text, mode=fmt.mode()) == text, f"black would change {file.relative_to(out)}"
    schemas = spec["components"]["schemas"]
    classes = {model.pointer: model.name for model in generated.api.models}
    with imported(out, package) as models:
        for key, schema in schemas.items():
            name = classes.get("/components/schemas/" + escape_pointer_token(key))
            assert name is not None, f"no model for {key!r}"
            model = getattr(models, name)
            for _ in range(2):
                instance = data.draw(instances(schema, schemas), label=f"{key} instance")
                assert model.from_dict(instance).to_dict() == instance


GOLDEN = Path(__file__).resolve().parents[1] / "golden"
# The seed spec, and the golden cases for more kinds of schema and operation.
SEED_DOCUMENTS = [yaml.safe_load(path.read_text("utf-8")) for path in [SEED, *sorted(GOLDEN.glob("*/spec.yaml"))]]


@settings(max_examples=examples(test=30, fuzz=3000))
@given(document=st.sampled_from(SEED_DOCUMENTS).flatmap(mutated), as_json=st.booleans())
def test_mutated_seed_spec_gives_a_client_or_a_clean_error(
    document: dict[str, Any], as_json: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("mutant")
    shutil.copy(GOLDEN / "operations" / "common.yaml", folder)  # what the operations case refers to
    path = folder / ("spec.json" if as_json else "spec.yaml")
    try:
        dump(document, path, as_json)
    except ValueError:  # json.dumps of a non-string key the mutation made (e.g. 7)
        return
    out = folder / "out"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["generate", str(path), "--output", str(out), "--package", "mutant"])
    err = stderr.getvalue()
    note(err)
    first = err.splitlines()[0].rsplit(" [", 1)[-1].rstrip("]") if code == 2 and err.strip() else ""
    event(f"exit {code} {first}".strip())  # --hypothesis-show-statistics: what the mutations hit
    assert code in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err
    if code == 0:
        for file in (out / "mutant").rglob("*.py"):
            compile(file.read_text("utf-8"), str(file), "exec", dont_inherit=True)
    else:
        assert "error:" in err and not out.exists()
