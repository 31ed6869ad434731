"""Validation is skipped for an input whose files all passed it before, unchanged
(generator.spec.validate.ValidationCache), and runs again on any change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.diagnostics import GenerationError
from generator.pipeline import generate
from generator.spec import validate

SPEC = """\
openapi: 3.0.3
info: {title: Cached, version: "1"}
paths:
  /pets:
    get:
      operationId: Pets_List
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "pet.yaml#/Pet"}
"""
PET = "Pet:\n  type: object\n  properties:\n    name: {type: string}\n"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPGEN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "pet.yaml").write_text(PET, "utf-8")
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC, "utf-8")
    return path


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents validated, by file name (in this process: not beside it)."""
    monkeypatch.setattr(pipeline.BackgroundValidation, "forking", False)
    seen: list[str] = []
    real = validate.iter_problems

    def counting(document: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        seen.append(document.path.name)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(validate, "iter_problems", counting)
    return seen


def test_an_unchanged_input_is_validated_once(spec: Path, validations: list[str]) -> None:
    first = generate(spec, "cached")
    second = generate(spec, "cached")
    assert validations == ["spec.yaml"]
    assert first.files == second.files


def test_a_changed_referenced_file_is_validated_again(spec: Path, validations: list[str]) -> None:
    generate(spec, "cached")
    (spec.parent / "pet.yaml").write_text(PET + "    age: {type: integer}\n", "utf-8")
    generate(spec, "cached")
    assert validations == ["spec.yaml", "spec.yaml"]


def test_an_invalid_edit_is_reported_after_a_valid_run(spec: Path) -> None:
    generate(spec, "cached")
    spec.write_text(SPEC.replace("operationId: Pets_List", "operationId: Pets_List\n      parameters: 7"), "utf-8")
    with pytest.raises(GenerationError) as raised:
        generate(spec, "cached")
    assert any(d.code == "invalid" and "parameters" in d.pointer for d in raised.value.diagnostics)


def test_a_failed_validation_is_not_recorded(spec: Path, validations: list[str]) -> None:
    good = spec.read_text("utf-8")
    spec.write_text(good.replace("openapi: 3.0.3", "openapi: 3.0.3\nservers: 5"), "utf-8")
    for _ in range(2):
        with pytest.raises(GenerationError):
            generate(spec, "cached")
    assert validations == ["spec.yaml", "spec.yaml"]


def test_another_validator_validates_again(spec: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    generate(spec, "cached")
    monkeypatch.setattr(validate, "validator_identity", lambda: "openapi-spec-validator 99; opgen 99")
    generate(spec, "cached")
    assert validations == ["spec.yaml", "spec.yaml"]


def test_no_cache_folder_means_validating_every_run(spec: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPGEN_CACHE_DIR", "")
    generate(spec, "cached")
    generate(spec, "cached")
    assert validations == ["spec.yaml", "spec.yaml"]


def test_another_input_of_the_same_files_is_validated(spec: Path, validations: list[str]) -> None:
    generate(spec, "cached")
    other = spec.with_name("other.yaml")
    other.write_bytes(spec.read_bytes())
    generate(other, "cached")
    assert validations == ["spec.yaml", "other.yaml"]


def test_the_record_names_the_cache_only(spec: Path) -> None:
    """Nothing of the validation goes into the output: the manifest is as before."""
    generate(spec, "cached")
    manifest = json.loads(generate(spec, "cached").files[".opgen-manifest.json"])
    assert sorted(manifest) == ["files", "formatter", "generator", "operations", "sources"]


def test_a_run_that_needs_no_validation_does_not_load_the_validator(spec: Path) -> None:
    """openapi-spec-validator (with pydantic) costs about a quarter second to import: a
    run whose spec passed before never loads it; one that validates does."""
    probe = (
        "import sys; from pathlib import Path; from generator.pipeline import BackgroundValidation, generate; "
        "BackgroundValidation.forking = False; "  # validating in this process, to see it
        "generate(Path(sys.argv[1]), 'cached'); print('openapi_spec_validator' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]

    def loaded() -> str:
        done = subprocess.run([sys.executable, "-c", probe, str(spec)], capture_output=True, text=True, cwd=root, env=dict(os.environ), check=True)
        return done.stdout.strip()

    assert loaded() == "True"  # the first run validates
    assert loaded() == "False"  # the second finds the record


INVALID = SPEC.replace("operationId: Pets_List", "operationId: Pets_List\n      parameters: 7")


def test_validation_runs_beside_in_a_process_of_its_own(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pids = tmp_path / "pids"
    real = validate.iter_problems

    def recording(document: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        with pids.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(validate, "iter_problems", recording)
    generate(spec, "cached")
    validating = {int(pid) for pid in pids.read_text("utf-8").split()}
    assert validating and os.getpid() not in validating


def test_an_invalid_spec_gives_the_error_a_run_in_one_process_gives(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build may fail on an invalid spec before the validator is done: the
    validator's error is the one reported, as when validating comes first."""
    spec.write_text(INVALID, "utf-8")
    with pytest.raises(GenerationError) as beside:
        generate(spec, "cached")
    monkeypatch.setattr(pipeline.BackgroundValidation, "forking", False)
    with pytest.raises(GenerationError) as alone:
        generate(spec, "cached")
    assert beside.value.diagnostics == alone.value.diagnostics
    assert any(d.code == "invalid" and "parameters" in d.pointer for d in beside.value.diagnostics)


def test_a_validating_process_that_dies_means_validating_here(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec.write_text(INVALID, "utf-8")
    monkeypatch.setattr(pipeline, "_validate_beside", lambda *args: os._exit(3))
    with pytest.raises(GenerationError) as raised:
        generate(spec, "cached")
    assert any(d.code == "invalid" and "parameters" in d.pointer for d in raised.value.diagnostics)


def test_a_spec_file_added_to_a_folder_is_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validations: list[str]) -> None:
    """A folder's record holds for the files it had: one more file is read, so validated."""
    monkeypatch.setenv("OPGEN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "pet.yaml").write_text(PET, "utf-8")
    (folder / "a.yaml").write_text(SPEC, "utf-8")
    generate(folder, "cached")
    generate(folder, "cached")
    assert validations == ["a.yaml"]
    (folder / "b.yaml").write_text(SPEC.replace("/pets", "/cats").replace("Pets_List", "Cats_List"), "utf-8")
    generate(folder, "cached")
    assert validations == ["a.yaml", "a.yaml", "b.yaml"]


def _validate_slowly(*args: Any) -> None:
    import time

    time.sleep(30)


def test_an_interrupted_run_stops_the_validating_process(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during a first run: the run ends at once, the validating process with it."""
    import time

    children: list[Any] = []
    real_start = pipeline.BackgroundValidation.start

    def start(*args: Any) -> pipeline.BackgroundValidation:
        beside = real_start(*args)
        children.append(beside.process)
        return beside

    def interrupted(*args: Any) -> pipeline.Generated:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_validate_beside", _validate_slowly)
    monkeypatch.setattr(pipeline.BackgroundValidation, "start", staticmethod(start))
    monkeypatch.setattr(pipeline, "_generate", interrupted)
    began = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        generate(spec, "cached")
    assert time.monotonic() - began < 20  # not the validator's 30 s
    assert children and children[0] is not None and not children[0].is_alive()
