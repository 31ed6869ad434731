"""Formatting large files piecewise gives exactly what black gives on the whole file."""

from __future__ import annotations

import black
import pytest

from generator.build import build_api
from generator.emit import format as fmt
from generator.emit.render import render_api
from generator.pipeline import load_spec
from tests.conftest import SEED
from tests.golden.cases import HERE, cases


@pytest.mark.parametrize("case", cases())
def test_piecewise_equals_whole_file(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(HERE / case / "spec.yaml")
    api = build_api(spec, case, case, {}).api
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)  # force the piecewise path on small files
    monkeypatch.setattr(fmt, "MEMBERS_ABOVE", 0)  # and classes cut into their methods
    for name, source in render_api(api).items():
        if name.endswith(".py"):
            formatted = black.format_str(source, mode=fmt.mode())
            assert fmt.format_source(source, rendered=False) == formatted, name  # every piece by black
            assert fmt.format_source(source) == formatted, name  # only the pieces black would change


def test_split_inside_a_string_falls_back_to_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)
    source = 'X = """\nclass not_code:\n"""\n\n\ndef f():\n    return X\n'
    assert fmt.format_source(source, rendered=False) == black.format_str(source, mode=fmt.mode())
    assert fmt.format_source(source) == black.format_str(source, mode=fmt.mode())
    assert SEED.exists()


def test_a_class_is_cut_into_its_methods_but_never_after_a_decorator_or_comment() -> None:
    chunk = (
        "class A:\n"
        '    """Doc."""\n'
        "\n"
        "    x: int\n"
        "\n"
        "    def a(self): pass\n"
        "\n"
        "    @property\n"
        "    def b(self): return 1\n"
        "    # about c\n"
        "    def c(self): pass\n"
        "    async def d(self): pass\n"
    )
    pieces = fmt.split_members(chunk)
    assert [piece.splitlines()[0] for piece in pieces] == ["class A:", "    @property", "    async def d(self): pass"]
    assert "".join(pieces) == chunk
    assert fmt.split_members("def f():\n    def g(): pass\n") == ["def f():\n    def g(): pass\n"]


def test_methods_formatted_one_by_one_give_what_black_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "CHUNKED_ABOVE", 0)
    monkeypatch.setattr(fmt, "MEMBERS_ABOVE", 0)
    source = (
        "import x\n"
        "class A( object ):\n"
        "    '''Doc.'''\n"
        "    y : int=1\n"
        "    def a(self, averyveryveryverylongargumentname, anotherveryveryveryverylongargumentname, third=None): pass\n"
        "\n\n\n"
        "    @property\n"
        "    def b(self): return {'k':1}\n"
        "    async def c(self):\n"
        "        '''Doc.'''\n"
        "        return await x.y(1,2,)\n"
        "def f(): return 1\n"
    )
    assert len(fmt._pieces(source)) == 5
    assert fmt.format_source(source, rendered=False) == black.format_str(source, mode=fmt.mode())


LONG_NAME = "virtual_machine_scale_set_extension_profile_properties_with_a_name_longer_than_the_line"
BLACK_LAYOUT = (
    '"""A module as the templates write it, with statements too long for the line."""\n'
    "\n"
    "import typing as _t\n"
    "\n"
    "\n"
    "class Operations:\n"
    '    """Operations."""\n'
    "\n"
    f"    def {LONG_NAME}(self, resource_group_name: str, vm_scale_set_name: str) -> dict[str, _t.Any]:\n"
    '        """Get it."""\n'
    f"        _request = self._build_{LONG_NAME}(resource_group_name, vm_scale_set_name, api_version=self._api_version)\n"
    "        if _request is None:\n"
    f"            return {{'{LONG_NAME}': [resource_group_name, vm_scale_set_name, 'x' * 3, 'a fairly long string']}}\n"
    "        return {}\n"
    "\n"
    f"    async def other(self) -> None:\n"
    f"        await self.{LONG_NAME}(resource_group_name='group', vm_scale_set_name='set')\n"
)


def test_only_the_statements_with_a_long_line_go_to_black(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each statement alone (a def's header with ``pass`` for a body), at its depth; the
    module comes out as black makes it of the whole."""
    given: list[str] = []
    real = fmt._black

    def recording(source: str) -> str | None:
        given.append(source)
        return real(source)

    monkeypatch.setattr(fmt, "_black", recording)
    formatted = fmt.format_source(BLACK_LAYOUT)
    assert formatted == black.format_str(BLACK_LAYOUT, mode=fmt.mode())
    assert len(given) == 4 and all(source.count("\n") <= 4 for source in given), given
    assert all(source.startswith(fmt._WRAPPER) for source in given)


def test_a_long_decorator_sends_the_whole_piece_to_black() -> None:
    source = f"@some_decorator({LONG_NAME}={LONG_NAME}, another_argument=1)\ndef f() -> None:\n    pass\n"
    assert fmt.format_source(source) == black.format_str(source, mode=fmt.mode())
