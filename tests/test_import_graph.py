"""The shape of ``src/etiket``: which module imports which, read from the source.

- At module level (what runs on ``import``) the graph has no cycle.
- The core imports no face at module level: the faces (text and HTML, calendar files,
  cohorts, the command line, the page scripts' data) are built on the core, never under it.
- Where the core's objects show themselves through a face (``__str__``, ``__repr__``,
  ``_repr_html_``, ``to_ics``), the one import of the face is in ``etiket._faces``.

``python tests/test_import_graph.py`` prints the graph.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "etiket"

# What shows the core's results, as CONTRIBUTING.md names them; the public face
# (etiket/__init__.py) and the command's entry point are faces too.
FACES = frozenset(
    {"etiket", "etiket.__main__", "etiket.render", "etiket.ics", "etiket.cohort", "etiket.cli",
     "etiket.site_data", "etiket.letters_data"}
)  # fmt: skip
# The only core module that imports a face, inside the functions that delegate to it.
DELEGATION = "etiket._faces"


def module_name(path: Path) -> str:
    return "etiket" if path.stem == "__init__" else f"etiket.{path.stem}"


MODULES = {module_name(path): path for path in sorted(PACKAGE.glob("*.py"))}
CORE = frozenset(MODULES) - FACES


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports that run when the module is imported (not those for type checkers only)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                yield from _top_level(node.body)
            yield from _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from _top_level(block)
            for handler in node.handlers:
                yield from _top_level(handler.body)


def _targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The etiket modules an import statement loads (a name from etiket/__init__ is etiket)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name in MODULES)
        return
    base = node.module or ""
    if node.level:  # relative: src/etiket is flat
        base = ".".join(filter(None, ["etiket", base]))
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in MODULES:
            yield submodule
        elif base in MODULES:
            yield base


def imports(module: str, *, lazy: bool = False) -> set[str]:
    """The etiket modules ``module`` imports at module level (``lazy``: inside functions)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    top = set(_top_level(tree.body))
    nodes = top if not lazy else {
        node for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and node not in top
        and not _under_type_checking(tree, node)
    }  # fmt: skip
    return {target for node in nodes for target in _targets(node)} - {module}


def _under_type_checking(tree: ast.Module, wanted: ast.AST) -> bool:
    return any(
        isinstance(node, ast.If) and _is_type_checking(node) and wanted in set(ast.walk(node))
        for node in tree.body
    )


def graph(*, lazy: bool = False) -> dict[str, set[str]]:
    return {module: imports(module, lazy=lazy) for module in MODULES}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another, round (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(edges[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1 or module in edges[module]:
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def layers(edges: dict[str, set[str]]) -> list[list[str]]:
    """The modules by depth: each imports only modules of the layers before it."""
    placed: dict[str, int] = {}
    while len(placed) < len(edges):
        ready = [m for m in edges if m not in placed and edges[m] <= placed.keys()]
        if not ready:  # a cycle: test_no_cycle says which
            break
        for module in ready:
            placed[module] = max((placed[o] + 1 for o in edges[module]), default=0)
    depth = max(placed.values(), default=-1) + 1
    return [sorted(m for m, d in placed.items() if d == level) for level in range(depth)]


def describe() -> str:
    edges = graph()
    lines = ["Module-level imports of src/etiket, by layer (each imports only from above it):"]
    for level, modules in enumerate(layers(edges)):
        lines.append(f"layer {level}:")
        lines += [
            f"  {m}{' (face)' if m in FACES else ''} -> {', '.join(sorted(edges[m])) or '-'}"
            for m in modules
        ]
    lazy = {m: sorted(targets) for m, targets in graph(lazy=True).items() if targets}
    lines.append("Imports inside functions (loaded on first use):")
    lines += [f"  {m} -> {', '.join(targets)}" for m, targets in sorted(lazy.items())]
    return "\n".join(lines)


# ---- The checks ------------------------------------------------------------------------------


def test_the_reader_sees_each_kind_of_import() -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "import etiket.calendar\n"
        "from etiket import messages, __version__\n"
        "from etiket.timeline import Step\n"
        "from .language import format_date\n"
        "if TYPE_CHECKING:\n"
        "    from etiket.cohort import Cohort\n"
        "def f():\n"
        "    from etiket.render import step_repr\n"
    )
    tree = ast.parse(source)
    found = {target for node in _top_level(tree.body) for target in _targets(node)}
    assert found == {"etiket.calendar", "etiket.messages", "etiket", "etiket.timeline",
                     "etiket.language"}  # fmt: skip


def test_the_cycle_finder_finds_a_cycle_and_only_that() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert layers({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == [["b"], ["a"], ["c"]]


def test_no_cycle_at_module_level() -> None:
    found = cycles(graph())
    assert not found, f"modules of src/etiket import one another at module level: {found}"


def test_every_module_has_its_layer() -> None:
    placed = {m for layer in layers(graph()) for m in layer}
    assert placed == set(MODULES)


def test_the_core_imports_no_face_at_module_level() -> None:
    edges = graph()
    found = sorted(f"{m} -> {o}" for m in CORE for o in edges[m] & FACES)
    assert not found, f"core modules importing a face when they are imported: {found}"


def test_the_core_reaches_a_face_only_through_the_delegation_module() -> None:
    lazy = graph(lazy=True)
    found = sorted(f"{m} -> {o}" for m in CORE - {DELEGATION} for o in lazy[m] & FACES)
    assert not found, (
        f"core modules importing a face inside a function: {found}; show the object "
        f"through {DELEGATION} (Shown, show, calendar_file)"
    )


if __name__ == "__main__":
    print(describe())
