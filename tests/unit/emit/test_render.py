"""Spec text in generated code: only as a Python literal or inside a docstring (generator.emit.render)."""

from __future__ import annotations

import ast

import pytest

from generator.emit.render import docstring, pyrepr

HOSTILE = ['"""; import os #', "'''", "\\", "a\\", 'ends with "', "{{ x }} {% if %}", "nul\x00 bell\x07 cr\r", "\ud800", "x\"); import os #"]


@pytest.mark.parametrize("text", HOSTILE)
def test_spec_text_stays_inside_literals(text: str) -> None:
    source = f'def f():\n    """{docstring(text)}"""\n    return {pyrepr(text)}\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 2
    returned = func.body[1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Constant)
    assert returned.value.value == text


def test_pyrepr_refuses_objects() -> None:
    with pytest.raises(TypeError):
        pyrepr(object())
    assert pyrepr(float("inf")) == 'float("inf")'
    assert pyrepr((1,)) == "(1,)"
