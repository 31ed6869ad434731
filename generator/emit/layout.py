"""Long lines laid out as black lays them out, for the ``fit`` filter of the templates.

Black (the formatter of record, :mod:`generator.emit.format`) costs about half on a text
it leaves as it is, so a template renders a statement that may be long through ``fit``:
``{{ statement | fit(8) }}`` at column 8.  :func:`fit` gives the statement on one line
when it fits in black's line length, else split as black splits it, for the shapes the
templates write:

* at the last bracket pair (black's right-hand split; a ``def`` at its parameters): the
  head up to the opening bracket, the contents one level deeper, the closing bracket
  and what follows it;
* contents that do not fit on one line at their commas, one item a line, each followed
  by a comma (black's "magic" trailing comma), then each item again as needed;
* a comprehension before its ``for``; a conditional expression before its ``if`` and
  ``else``, an ``else`` holding another one in parentheses of its own.

Anything else that does not fit (an operator, a lambda, a string too long, a bracket
that would stay too long) is given back on one line, as black's input: black then does
the work, and the output is the same.  ``tests/unit/emit/test_layout.py`` compares with
black; ``tests/unit/emit/test_black_stable.py`` measures how much of the golden output
black leaves as rendered.
"""

from __future__ import annotations

import ast
import functools
import re

from generator.emit.format import LINE_LENGTH

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {")", "]", "}"}
_KEYWORD_PREFIXES = ("if ", "else ", "for ", "+ ")


class _Unsure(Exception):
    """A shape :func:`fit` does not lay out as black would: left to black."""


def fit(code: str, indent: int, item: bool = False, parameter: bool = False) -> str:
    """``code`` (one statement, or with ``item`` one item inside brackets with its comma,
    with ``parameter`` one parameter of a ``def`` split one a line, with its comma,
    written on one line at column ``indent``) as black lays it out; each line after the
    first indented from ``indent`` (the template's ``indent`` filter adds that)."""
    if indent + len(code) <= LINE_LENGTH or not code.isascii() or "\n" in code:
        return code
    try:
        lines = _parameter(code, indent) if parameter else _item(code, indent) if item else _statement(code, indent)
    except _Unsure:
        return code
    laid_out = "\n".join(" " * (column - indent) + text for column, text in lines)
    return laid_out if _same_code(code, laid_out, item, parameter) else code


def _same_code(code: str, laid_out: str, item: bool, parameter: bool = False) -> bool:
    """Whether ``laid_out`` means what ``code`` means: the same text but for whitespace
    and commas added before closing brackets (quick, :func:`_same_text`), else the same
    syntax tree (a layout that added parentheses)."""
    return _same_text(code, laid_out) or _same_tree_of(code, laid_out, item, parameter)


_TEXT_PIECES = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\s+|[^'"\s]+|['"]""")
_CLOSERS = ")]}"


_NORMAL = re.compile(r"""('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|(?<=[\w'"])(\s+)(?=[\w'"])|\s+""")


def _normal(text: str) -> str:
    """``text`` with whitespace kept (as one space) only where it parts two words
    (``not x``), the strings as they are."""
    return _NORMAL.sub(lambda found: found[1] if found[1] is not None else " " if found[2] else "", text)


def _same_text(code: str, laid_out: str) -> bool:
    """``laid_out`` is ``code`` with whitespace changed and commas added right before
    closing brackets (what a layout does when it adds no parentheses; the layouts never
    add a comma to one item but a ``def``'s parameter, so no tuple is made)."""
    before, after = _normal(code), _normal(laid_out)
    if before == after:
        return True
    added = sum(after.count("," + closer) - before.count("," + closer) for closer in _CLOSERS)
    if added <= 0 or after.count(",") - before.count(",") != added or not _harmless_trailing_commas(after):
        return False
    return _without_trailing_commas(before) == _without_trailing_commas(after)


def _without_trailing_commas(text: str) -> str:
    for closer in _CLOSERS:
        text = text.replace("," + closer, closer)
    return text


def _harmless_trailing_commas(text: str) -> bool:
    """Whether every comma right before a closing bracket of ``text`` (normalized) follows
    another item of its brackets, or closes a call's (or a ``def``'s) arguments: never
    one that makes a tuple of one item (``(x,)``, ``d[x,]``)."""
    openers: list[str] = []  # each open bracket with the character before it
    commas: list[int] = []  # and the commas in it so far
    previous = ""
    for piece in _TEXT_PIECES.findall(text):
        if piece[0] in "'\"":
            previous = piece[-1]
            continue
        for ch in piece:
            if ch in _OPEN:
                openers.append(previous + ch)
                commas.append(0)
            elif ch in _CLOSE:
                if not openers:
                    return False
                opener, count = openers.pop(), commas.pop()
                call = opener[-1] == "(" and (opener[:-1].isalnum() or opener[:-1] in ("_", ")", "]"))
                if previous == "," and count < 2 and not call:
                    return False
            elif ch == "," and commas:
                commas[-1] += 1
            previous = ch
    return True


def _same_tree_of(code: str, laid_out: str, item: bool, parameter: bool) -> bool:
    """Whether ``laid_out`` parses to what ``code`` parses to."""

    def tree(text: str) -> ast.Module | None:
        if parameter:
            text = f"def f(\n{text}\n):\n    pass"
        elif item:
            text = f"f(\n{text}\n)"
        elif text.startswith(("def ", "async def ")):
            text += "\n    pass"
        try:
            return ast.parse(text)
        except SyntaxError:
            return None

    before, after = tree(code), tree(laid_out)
    return before is not None and after is not None and _same_tree(before, after)


def _same_tree(a: object, b: object) -> bool:
    """``ast.dump(a) == ast.dump(b)`` (the same code, wherever it is written), quicker."""
    if type(a) is not type(b):
        return False
    if isinstance(a, ast.AST):
        return all(_same_tree(getattr(a, name, None), getattr(b, name, None)) for name in a._fields)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same_tree, a, b))
    return a == b


def docstring_end(last_line: str, indent: int = 0) -> str:
    """The last line of a docstring of several lines, at column ``indent``, with its
    closing quotes as black puts them: on a line of their own when they would make the
    line too long."""
    own_line = indent + len(last_line) + 3 > LINE_LENGTH
    return last_line + ("\n" + " " * indent if own_line else "") + '"""'


_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")


def docstring_literal(literal: str, indent: int) -> str:
    """A docstring (``literal``: in triple double quotes, its first line at column
    ``indent``, its other lines as rendered) as black writes it: the lines after the
    first moved together so that the least indented is at ``indent``, blank lines
    emptied and a blank end dropped, the closing quotes on the last line's unless that
    makes it too long (black's docstring rules, ``linegen.visit_STRING``: a description
    from the spec with lines at column 0 ends up indented as black indents it)."""
    if _BACKSLASH_NEWLINE.search(literal):  # black leaves these as they are
        return literal
    body = literal[3:-3]
    started_empty = not body
    prefix = " " * indent
    body = _multiline_docstring(body, prefix) if "\n" in literal else body.strip()
    trailing_backslash = False
    if body:
        if body[0] == '"':
            body = " " + body
        if body[-1] == '"':
            body += " "
        if body[-1] == "\\" and (len(body) - len(body.rstrip("\\"))) % 2:
            body += " "
            trailing_backslash = True
    elif not started_empty:
        body = " "
    lines = body.splitlines()
    last_line = len(lines[-1]) if body and not body.endswith("\n") else 0
    if len(lines) > 1 and last_line + 3 > LINE_LENGTH and indent + 3 <= LINE_LENGTH and not trailing_backslash:
        return '"""' + body + ('"""' if literal[-4] == "\n" else "\n" + prefix + '"""')
    return '"""' + body + '"""'


def _multiline_docstring(body: str, prefix: str) -> str:
    """Black's ``fix_multiline_docstring`` (PEP 257's trimming, re-indented at ``prefix``)."""
    lines = []
    for line in _LINE_BREAK.split(body):
        stripped = line.lstrip()
        lines.append(line if not stripped or stripped == line else line[: len(line) - len(stripped)].expandtabs(4) + stripped)
    margins = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    trimmed = [lines[0].strip()]
    if margins:
        margin = min(margins)
        for i, line in enumerate(lines[1:]):
            kept = line[margin:].rstrip()
            trimmed.append(prefix + kept if kept or i == len(lines) - 2 else "")
    return "\n".join(trimmed)


def concatenation(operands: list[str], target: str, indent: int) -> str:
    """``target = a + b + ...`` at column ``indent`` as black lays it out: on one line
    when it fits; else the sum in parentheses, on one line inside them when it fits
    there, else one operand a line (each laid out as an item).  Two operands the last
    of which is a call are left in parentheses one a line, for black to decide."""
    flat = f"{target} = {' + '.join(operands)}"
    if _fits(flat, indent) and flat.isascii():
        return flat
    inner = " + ".join(operands)
    if len(operands) == 2 and operands[-1].endswith(")") or not inner.isascii():
        lines = [(indent + 4, operands[0]), *((indent + 4, "+ " + operand) for operand in operands[1:])]
    elif _fits(inner, indent + 4):
        lines = [(indent + 4, inner)]
    else:
        lines = [(indent + 4, operands[0])]
        for operand in operands[1:]:
            try:
                lines.extend(_item("+ " + operand, indent + 4))
            except _Unsure:
                lines.append((indent + 4, "+ " + operand))
    return "\n".join([f"{target} = (", *(" " * (column - indent) + text for column, text in lines), ")"])


Lines = list[tuple[int, str]]


def _fits(text: str, indent: int) -> bool:
    return indent + len(text) <= LINE_LENGTH


# A string literal (no triple quotes: statements here are one line), or a bracket.
_TOKENS = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[()\[\]{}]""")


@functools.lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[int, ...]:
    """The bracket depth before each character of ``text`` (strings skipped: their
    characters get depth -1)."""
    depths: list[int] = []
    depth = 0
    last = 0
    for match in _TOKENS.finditer(text):
        start, end = match.span()
        depths.extend([depth] * (start - last))
        token = match.group()
        if token in _CLOSE:
            depth -= 1
            depths.append(depth)
        elif token in _OPEN:
            depths.append(depth)
            depth += 1
        else:
            depths.extend([-1] * (end - start))
        last = end
    depths.extend([depth] * (len(text) - last))
    if depth != 0:
        raise _Unsure
    return tuple(depths)


def _top_level(text: str, depths: tuple[int, ...], what: str) -> list[int]:
    """Where ``what`` starts at depth 0 of ``text``."""
    found = []
    start = text.find(what)
    while start != -1:
        if all(d == 0 for d in depths[start : start + len(what)]):
            found.append(start)
        start = text.find(what, start + 1)
    return found


def _statement(code: str, indent: int) -> Lines:
    """A statement (or an item inside brackets): split at its last bracket pair, or its
    first for a ``def``."""
    if code.startswith(("def ", "async def ")):
        return _bracket_split(code, indent, first=True)
    if code.startswith("from ") and " import " in code and not any(ch in code for ch in "(*#"):
        # Black splits a long import one name a line, always with the magic comma.
        head, _, names = code.partition(" import ")
        return [(indent, head + " import ("), *((indent + 4, name + ",") for name in names.split(", ")), (indent, ")")]
    depths = _scan(code)
    # A value with an operator outside brackets is laid out by black's rules for
    # optional parentheses: not ours.
    equal = _top_level(code, depths, " = ")
    rest = code[equal[0] + 3 :] if equal else code.removeprefix("return ")
    if len(equal) > 1:
        raise _Unsure
    rest_depths = _scan(rest)
    if (equal or code.startswith("return ")) and _is_conditional(rest):
        # A conditional expression: in black's optional parentheses, split before its
        # `if` and `else` there when it does not fit on one line.
        prefix = code[: len(code) - len(rest)]
        if not _fits(prefix + "(", indent):
            raise _Unsure
        return [(indent, prefix + "("), *_contents(rest, indent + 4), (indent, ")")]
    if " " in "".join(ch for ch, d in zip(rest, rest_depths, strict=True) if d == 0):
        raise _Unsure
    if equal and not any(ch in _OPEN and d == 0 for ch, d in zip(rest, rest_depths, strict=True)):
        # No bracket to split the value at: black's optional parentheses around it, or
        # (too long a target) around the annotation.
        target = code[: equal[0]]
        name, colon, annotation = target.partition(": ")
        if sum(ch in _OPEN and d == 0 for ch, d in zip(target, depths, strict=False)) > 1:
            raise _Unsure  # black may split the target's last bracket pair instead
        if _fits(target + " = (", indent) and _fits(rest, indent + 4):
            return [(indent, target + " = ("), (indent + 4, rest), (indent, ")")]
        annotation_depths = _scan(annotation)
        if colon and name.isidentifier() and _top_level(annotation, annotation_depths, " | ") and _fits(annotation, indent + 4):
            return [(indent, name + ": ("), (indent + 4, annotation), (indent, ") = " + rest)]
        raise _Unsure
    lines = _bracket_split(code, indent, first=False, long_head=True)
    if _fits(lines[0][1], indent) or not (equal or code.startswith("return ")):
        return lines
    # A head too long: the value in parentheses of its own (black's second opinion), on
    # one line there when it fits, when that makes every line fit; else, but for a
    # target with brackets (black's rules for those are not ours), the head as it is.
    prefix = code[: len(code) - len(rest)]
    bracketed_target = equal and any(ch in _OPEN for ch in code[: equal[0]])
    try:
        inner = [(indent + 4, rest)] if _fits(rest, indent + 4) else _bracket_split(rest, indent + 4, first=False)
    except _Unsure:
        inner = [(0, " " * (LINE_LENGTH + 1))]
    if _fits(prefix + "(", indent) and all(_fits(text, column) for column, text in inner):
        return [(indent, prefix + "("), *inner, (indent, ")")]
    if bracketed_target:
        return _annotation_split(code[: equal[0]], rest, indent)
    return lines


def _annotation_split(target: str, value: str, indent: int) -> Lines:
    """``name: A[x] = {...}`` whose head up to the value's brace is too long: black
    splits the annotation's brackets instead, then the value's as a line of its own
    (checked against black for a dict display or comprehension only)."""
    name, colon, annotation = target.partition(": ")
    if not colon or not name.isidentifier() or not annotation.endswith("]") or not value.startswith("{"):
        raise _Unsure
    depths = _scan(annotation)
    opens = [i for i, ch in enumerate(annotation) if ch in _OPEN and depths[i] == 0]
    if len(opens) != 1 or not _fits(name + ": " + annotation[: opens[0] + 1], indent):
        raise _Unsure
    inner = annotation[opens[0] + 1 : -1]
    if not _fits(inner, indent + 4) or inner.endswith(","):
        raise _Unsure
    tail = "] = " + value
    if _fits(tail, indent):
        rest = [(indent, tail)]
    else:
        value_depths = _scan(value)
        if value[0] not in _OPEN or any(d == 0 for d in value_depths[1:-1]) or not _fits(value[1:-1], indent + 4):
            raise _Unsure
        rest = [(indent, "] = " + value[0]), (indent + 4, value[1:-1]), (indent, value[-1])]
    return [(indent, name + ": " + annotation[: opens[0] + 1]), (indent + 4, inner), *rest]


def _bracket_split(text: str, indent: int, *, first: bool, long_head: bool = False) -> Lines:
    """Black's right-hand split (``first``: its left-hand split of a ``def``, whatever
    the length of its head); a head too long for the line only with ``long_head`` (a
    statement: see :func:`_statement`)."""
    depths = _scan(text)
    pairs = [i for i, ch in enumerate(text) if ch in _OPEN and depths[i] == 0]
    if not first:  # black passes over a final empty call (``.items()``) to the pair before
        while len(pairs) > 1 and text[pairs[-1] : pairs[-1] + 2] == "()":
            pairs.pop()
    if not pairs:
        raise _Unsure
    open_at = pairs[0] if first else pairs[-1]
    close_at = next(i for i in range(open_at + 1, len(text)) if depths[i] == 0 and text[i] in _CLOSE)
    head, body, tail = text[: open_at + 1], text[open_at + 1 : close_at], text[close_at:]
    if not first and any(d == 0 and ch in "([{" for ch, d in zip(tail.replace("()", "  "), depths[close_at:], strict=True)):
        raise _Unsure
    if not body or body.endswith(",") or not (long_head or first or _fits(head, indent)) or not _fits(tail, indent):
        raise _Unsure
    if first and not _top_level(body, _scan(body), ", "):
        # A def's one parameter gets a comma of its own (black's "no_commas" rule).
        return [(indent, head), *_item(body + ",", indent + 4), (indent, tail)]
    return [(indent, head), *_contents(body, indent + 4, explode=not first and _is_display(text, open_at)), (indent, tail)]


def _is_display(text: str, open_at: int) -> bool:
    """Whether the bracket at ``open_at`` opens a tuple, list, set or dict display (not
    a call's or a subscript's bracket): black splits a display it has to split one item
    a line, even when its items would fit on one line (``should_split_line``)."""
    before = text[open_at - 1] if open_at else " "
    return text[open_at] == "{" or not (before.isalnum() or before in "_)]\"'")


def _contents(body: str, indent: int, explode: bool = False) -> Lines:
    """The contents of a bracket pair, at ``indent``; with ``explode`` (a display) one
    item a line when it has several, whether or not they would fit on one."""
    depths = _scan(body)
    if _fits(body, indent) and not (explode and _top_level(body, depths, ", ") and not _top_level(body, depths, " for ")):
        return [(indent, body)]
    if _top_level(body, depths, "lambda "):
        raise _Unsure
    fors = _top_level(body, depths, " for ")
    if fors:
        conditions = [i for i in _top_level(body, depths, " if ") if i > fors[0]]
        cuts = [0, fors[0] + 1, *(i + 1 for i in conditions), len(body)]
        parts = [body[s:e].strip() for s, e in zip(cuts, cuts[1:], strict=False)]
        return [*_item(parts[0], indent, element=True), *(line for part in parts[1:] for line in _item(part, indent))]
    commas = _top_level(body, depths, ", ")
    if commas:
        starts = [0, *(c + 2 for c in commas)]
        ends = [*commas, len(body)]
        return [line for s, e in zip(starts, ends, strict=True) for line in _item(body[s:e] + ",", indent)]
    return _item(body, indent)


def _item(text: str, indent: int, element: bool = False) -> Lines:
    """One line inside brackets: as it is when it fits, else split at its conditional
    expression (in parentheses of its own as the ``element`` of a comprehension), or at
    its last bracket pair."""
    if _fits(text, indent):
        return [(indent, text)]
    keyword = next((k for k in _KEYWORD_PREFIXES if text.startswith(k)), "")
    rest = text[len(keyword) :]
    depths = _scan(rest)
    colons = _top_level(rest, depths, ": ")
    if colons and element and not keyword:  # a dict comprehension's `key: value`
        key, value = rest[: colons[0]], rest[colons[0] + 2 :]
        if _is_conditional(value):
            return [(indent, key + ": ("), *_contents(value, indent + 4), (indent, ")")]
    if colons:  # a dict item, a lambda
        raise _Unsure
    if keyword == "for ":  # `for x in y`: at the last bracket of y
        _, within, iterated = rest.partition(" in ")
        if not within or " " in "".join(ch for ch, d in zip(iterated, _scan(iterated), strict=True) if d == 0):
            raise _Unsure
        return _bracket_split(text, indent, first=False)
    name, equal, value = rest.partition("=")
    if not keyword and equal and name.isidentifier() and value.endswith(",") and _is_conditional(value[:-1]):
        # A keyword argument's conditional expression: in parentheses of its own.
        return [(indent, name + "=("), *_contents(value[:-1], indent + 4), (indent, "),")]
    ifs, elses = _top_level(rest, depths, " if "), _top_level(rest, depths, " else ")
    if ifs and elses and ifs[0] < elses[0]:
        if keyword == "else " or element:  # in parentheses of its own
            return [(indent, keyword + "("), *_contents(rest, indent + 4), (indent, ")")]
        if keyword:
            raise _Unsure
        if text.endswith(","):  # an argument: in parentheses of its own
            return [(indent, "("), *_contents(rest[:-1], indent + 4), (indent, "),")]
        return _conditional(rest, indent)
    outside = "".join(ch for ch, d in zip(rest, depths, strict=True) if d == 0)
    if " " in outside.rstrip(","):
        raise _Unsure
    if not any(ch in _OPEN for ch in outside):  # nothing to split at: black leaves it long
        return [(indent, text)]
    # At its bracket pair: when it is the only one, however long the head (black's last
    # resort, there being no earlier pair to try).
    return _bracket_split(text, indent, first=False, long_head=sum(ch in _OPEN for ch in outside) == 1)


def _parameter(text: str, indent: int) -> Lines:
    """``name: annotation[ = default],`` too long: its annotation, a union ending in a
    name (black's optional parentheses around it stay when it has a ``|``), in
    parentheses of its own, on one line there or split before each ``|``."""
    name, colon, rest = text.partition(": ")
    if not colon or not name.isidentifier() or not rest.endswith(","):
        raise _Unsure
    rest = rest[:-1]
    depths = _scan(rest)
    equals = _top_level(rest, depths, " = ")
    annotation, default = (rest[: equals[0]], rest[equals[0] :]) if equals else (rest, "")
    annotation_depths = _scan(annotation)
    bars = _top_level(annotation, annotation_depths, " | ")
    default_outside = "".join(ch for ch, d in zip(default[3:], _scan(default[3:]), strict=True) if d == 0)
    if len(equals) > 1 or not bars or not annotation[-1].isalnum() or any(ch in _OPEN or ch == " " for ch in default_outside):
        raise _Unsure
    tail = ")" + default + ","
    if _fits(annotation, indent + 4):
        inner = [(indent + 4, annotation)]
    else:
        cuts = [0, *(b + 1 for b in bars), len(annotation)]
        inner = [(indent + 4, annotation[a:b].strip()) for a, b in zip(cuts, cuts[1:], strict=False)]
        if not all(_fits(line, column) for column, line in inner):
            raise _Unsure
    if not _fits(tail, indent):
        raise _Unsure
    return [(indent, name + ": ("), *inner, (indent, tail)]


def _is_conditional(text: str) -> bool:
    """``text`` is a conditional expression (``a if b else c``) outside brackets."""
    depths = _scan(text)
    ifs, elses = _top_level(text, depths, " if "), _top_level(text, depths, " else ")
    return bool(ifs and elses and ifs[0] < elses[0])


def _conditional(text: str, indent: int) -> Lines:
    """``a if b else c`` split before ``if`` and ``else`` (one level: a nested one is the
    ``else`` item's)."""
    depths = _scan(text)
    at_if = _top_level(text, depths, " if ")[0]
    at_else = next(i for i in _top_level(text, depths, " else ") if i > at_if)
    parts = [text[:at_if], text[at_if + 1 : at_else], text[at_else + 1 :]]
    return [line for part in parts for line in _item(part, indent)]
