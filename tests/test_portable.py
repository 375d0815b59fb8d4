"""The rulebook reaches the page as data, and nothing the page could not run gets through."""

from __future__ import annotations

import sys
import textwrap
import types
from pathlib import Path

import pytest

from etiket import rulebook
from etiket.portable import PortableError, export, export_module


def module_of(source: str, tmp_path: Path) -> types.ModuleType:
    """A module in a real file, so that inspect reads its source as it reads the rulebook's."""
    name = f"portable_case_{abs(hash(source))}"
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    sys.modules[name] = module
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), module.__dict__)
    return module


def test_every_rulebook_function_is_exported() -> None:
    program = export()
    public = {name for name in vars(rulebook) if callable(getattr(rulebook, name))}
    defined = {
        n for n in public if getattr(getattr(rulebook, n), "__module__", "") == rulebook.__name__
    }
    assert set(program["functions"]) == defined
    assert program["constants"]["WITH_DEADLINE"] == list(rulebook.WITH_DEADLINE)


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("def f(x):\n    return [y for y in x]\n", "ListComp"),
        ("def f(x):\n    return x / 2\n", "BinOp"),
        ("def f(x):\n    return x.get('a')\n", "Call"),
        ("def f(x=1):\n    return x\n", "a default"),
        ("def f(x):\n    x += 1\n    return x\n", "AugAssign"),
        ("def f(x):\n    x.y = 1\n    return x\n", "Attribute"),
        ("def f(x):\n    print(x)\n    return x\n", "print()"),
        ("def f(x):\n    return 1.5\n", "Constant"),
        ("def f(x):\n    return unknown(x)\n", "unknown()"),
        # Python the script would answer otherwise, where the source shows it.
        ("def f(x):\n    return x[-1]\n", "a negative index"),
        ("def f(x):\n    return [0] * x\n", "repeated with *"),
        ("def f(x):\n    return x * 'ab'\n", "repeated with *"),
        ("def f(x):\n    for k in {'a': 1}:\n        x = k\n    return x\n", "over a dictionary"),
        ("def f(x):\n    return x == []\n", "with a list or a dictionary"),
        ("def f(x):\n    return {'a': 1} != x\n", "with a list or a dictionary"),
        ("def f(x):\n    return min(x)\n", "min() of one argument"),
    ],
)
def test_what_the_page_cannot_run_is_refused(source: str, named: str, tmp_path: Path) -> None:
    with pytest.raises(
        PortableError, match=named.replace("(", r"\(").replace(")", r"\)")
    ) as caught:
        export_module(module_of(source, tmp_path), primitives=frozenset())
    assert "portable" in str(caught.value) or "rulebook function" in str(caught.value)


def test_a_refusal_names_the_line(tmp_path: Path) -> None:
    source = "def f(x):\n    y = x\n    return [z for z in y]\n"
    with pytest.raises(PortableError, match=r"line 3, in f\(\)"):
        export_module(module_of(source, tmp_path), primitives=frozenset())


def test_an_annotated_assignment_is_an_assignment_and_nested_tuples_are_lists(
    tmp_path: Path,
) -> None:
    source = "PAIRS = ((1, 2), (3, 4))\n\ndef f(x):\n    found: list[int] = []\n    return found\n"
    program = export_module(module_of(source, tmp_path), primitives=frozenset())
    assert program["functions"]["f"]["body"][0] == ["set", "found", ["["]]
    assert program["constants"]["PAIRS"] == [[1, 2], [3, 4]]
