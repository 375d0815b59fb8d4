"""The rulebook as data, for the script of the handbook's page to interpret.

:func:`export` reads the source of :mod:`etiket.rulebook` and writes each of its
functions and constants as JSON-ready lists, one per syntax node. The page's
script (``docs/_static/planner.js``) interprets them, with its own versions of
the rulebook's primitives (:mod:`etiket._primitives`). So the rules reach the
page as data: the script holds no rule of its own.

Only the subset of Python that the script can interpret exactly is exported;
anything else is refused with the line and what to write instead, so a rule
that the page could not follow fails the handbook's build, not a reader.

>>> program = export()
>>> program["functions"]["whole_days"]["params"]
['hours']
>>> program["functions"]["whole_days"]["body"]
[['return', ['neg', ['//', ['neg', 'hours'], 24]]]]

The expressions: a name is a bare string, a number, ``true``, ``false`` and
``null`` are themselves, ``["'", text]`` is a text; ``[".", x, name]`` is a field
of the policy or an entry of a dictionary by name, ``["[]", x, k]`` any other
item; ``["[", ...]`` a list, ``["{", [names], [values]]`` a dictionary,
``["()", function, ...]`` a call, ``["?", test, a, b]``, ``["and", ...]``,
``["or", ...]``, ``["not", x]``, ``["neg", x]``, and ``[op, a, b]`` for
``+ - * //`` and the comparisons ``< <= > >= == != is is-not in not-in`` (a
chain is an ``and`` of its pairs). The statements: ``["return", x]``,
``["set", name, x]``, ``["set-item", x, k, v]``, ``["unpack", [names], x]``,
``["do", call]``, ``["if", test, [...], [...]]``, ``["while", test, [...]]``
and ``["for", name, x, [...]]``.

Where the script's values are not Python's, a rule must not lean on the
difference. What can be seen in the source is refused (``_python_only``): a
negative index, ``*`` on a text or a list, a loop over a dictionary, ``==``
with a list or a dictionary, and ``min`` or ``max`` of one argument. What
cannot be seen is left to the author, and ``tests/js/survivors.md`` lists it:
the truth of ``{}``, ``0 == False``, ``min`` of texts, ``is`` between two equal
moments (the script compares their times), ``len`` of a character outside the
Basic Multilingual Plane (the script counts UTF-16 units), and a moment
compared with a number.
"""

from __future__ import annotations

import ast
import inspect
from functools import cache
from types import ModuleType
from typing import Any

from etiket import _primitives, rulebook

__all__ = ["PortableError", "export", "shortened"]

Node = list[Any]
"""A syntax node: its kind, then its parts. A bare string is a name; a number, True,
False and None are themselves."""

_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//"}
_COMPARE = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Is: "is", ast.IsNot: "is-not", ast.In: "in", ast.NotIn: "not-in",
}  # fmt: skip
_BUILTINS = frozenset({"min", "max", "len"})


class PortableError(Exception):
    """A rulebook line outside the subset the page's script interprets (a maintainer's error)."""


@cache
def export() -> dict[str, Any]:
    """:mod:`etiket.rulebook`'s constants and functions as data (see the module's docstring)."""
    return export_module(rulebook, primitives=frozenset(_primitives.__all__))


def export_module(module: ModuleType, *, primitives: frozenset[str]) -> dict[str, Any]:
    """A module written in the portable subset, as data; :class:`PortableError` otherwise."""
    tree = ast.parse(inspect.getsource(module))
    reader = _Reader(module.__name__, primitives)
    constants: dict[str, Any] = {}
    functions: dict[str, Any] = {}
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef):
            functions[statement.name] = reader.function(statement)
        elif isinstance(statement, ast.Assign) and _is_constant(statement):
            target = statement.targets[0]
            assert isinstance(target, ast.Name)
            constants[target.id] = ast.literal_eval(statement.value)
    reader.known |= set(functions) | set(constants)
    for name, called in reader.calls:
        if called not in reader.known:
            raise PortableError(
                f"{module.__name__}: {name} calls {called}(), which is neither a rulebook "
                "function nor a primitive of etiket._primitives; add it to one of them"
            )
    return {
        "constants": {name: _as_json(value) for name, value in constants.items()},
        "functions": functions,
        "primitives": sorted(primitives),
    }


def shortened(program: dict[str, Any]) -> dict[str, Any]:
    """``program`` with each function's own names (parameters, locals) one or two letters long.

    A phone downloads the program the page runs, and most of its names are a
    function's own: written short, the same program is about a tenth smaller,
    compressed. Functions, constants, fields and texts keep their names, which
    the script calls and reads.

    >>> short = shortened(export())
    >>> short["functions"]["whole_days"]
    {'params': ['a'], 'body': [['return', ['neg', ['//', ['neg', 'a'], 24]]]]}
    """
    taken = set(program["constants"])
    letters = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in taken]
    names = letters + [a + b for a in letters for b in letters if a + b not in taken]
    functions = {}
    for name, function in program["functions"].items():
        own = _own_names(function)
        if len(own) > len(names):
            raise PortableError(f"{name}() has {len(own)} names of its own; split it up")
        renamed = dict(zip(own, names, strict=False))
        functions[name] = {
            "params": [renamed[param] for param in function["params"]],
            "body": _renamed_block(function["body"], renamed),
        }
    return {**program, "functions": functions}


def _own_names(function: dict[str, Any]) -> list[str]:
    """A function's parameters and the names its statements bind, in order of appearance."""
    own = list(function["params"])

    def walk(block: list[Node]) -> None:
        for statement in block:
            kind = statement[0]
            if kind not in _BLOCKS:
                raise PortableError(f"no statement {kind!r} in etiket.portable's subset")
            names: list[str] = []
            if kind == "unpack":
                names = statement[1]
            elif kind in ("set", "for"):
                names = [statement[1]]
            own.extend(name for name in dict.fromkeys(names) if name not in own)
            for block_at in _BLOCKS[kind]:
                walk(statement[block_at])

    walk(function["body"])
    return own


_BLOCKS = {
    "return": (), "set": (), "set-item": (), "unpack": (), "do": (),
    "if": (2, 3), "while": (2,), "for": (3,),
}  # fmt: skip
"""Where each statement holds blocks of statements (etiket.portable's statements)."""


def _renamed_block(block: list[Node], renamed: dict[str, str]) -> list[Node]:
    out: list[Node] = []
    for statement in block:
        kind, parts = statement[0], statement[1:]
        if kind in ("set", "for"):
            rest = [_renamed(p, renamed) for p in parts[1:2]]
            blocks = [_renamed_block(b, renamed) for b in parts[2:]]
            out.append([kind, renamed[parts[0]], *rest, *blocks])
        elif kind == "unpack":
            out.append([kind, [renamed[n] for n in parts[0]], _renamed(parts[1], renamed)])
        elif kind in ("if", "while"):
            blocks = [_renamed_block(b, renamed) for b in parts[1:]]
            out.append([kind, _renamed(parts[0], renamed), *blocks])
        else:  # return, set-item, do
            out.append([kind, *(_renamed(p, renamed) for p in parts)])
    return out


def _renamed(node: Any, renamed: dict[str, str]) -> Any:
    if isinstance(node, str):
        return renamed.get(node, node)
    if not isinstance(node, list) or node[0] == "'":
        return node
    kind = node[0]
    if kind == ".":
        return [kind, _renamed(node[1], renamed), node[2]]
    if kind == "()":
        return [kind, node[1], *(_renamed(a, renamed) for a in node[2:])]
    if kind == "{":
        return [kind, node[1], [_renamed(v, renamed) for v in node[2]]]
    return [kind, *(_renamed(part, renamed) for part in node[1:])]


def _as_json(value: Any) -> Any:
    """A constant as JSON holds it: its tuples, at any depth, as lists."""
    if isinstance(value, tuple | list):
        return [_as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def _is_constant(statement: ast.Assign) -> bool:
    # Module constants: a name bound to a literal (a tuple of strings, a number...).
    if len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name):
        return False
    try:
        ast.literal_eval(statement.value)
    except ValueError:
        return False
    return not statement.targets[0].id.startswith("__")


class _Reader:
    def __init__(self, module: str, primitives: frozenset[str]) -> None:
        self.module = module
        self.known = set(primitives) | _BUILTINS
        self.calls: list[tuple[str, str]] = []
        self.function_name = ""

    def refuse(self, node: ast.AST, what: str) -> PortableError:
        line = getattr(node, "lineno", "?")
        return PortableError(
            f"{self.module}, line {line}, in {self.function_name}(): {what} is outside the "
            "subset the page's script interprets; see etiket.portable"
        )

    def function(self, node: ast.FunctionDef) -> dict[str, Any]:
        self.function_name = node.name
        arguments = node.args
        if (
            node.decorator_list
            or arguments.vararg
            or arguments.kwarg
            or arguments.kwonlyargs
            or arguments.defaults
            or arguments.posonlyargs
        ):
            raise self.refuse(node, "a decorator, a default or a special parameter")
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]  # the docstring
        return {"params": [a.arg for a in arguments.args], "body": self.block(body)}

    def block(self, statements: list[ast.stmt]) -> list[Node]:
        return [self.statement(s) for s in statements]

    def statement(self, node: ast.stmt) -> Node:
        python_only = _python_only(node)
        if python_only:
            raise self.refuse(node, python_only)
        if isinstance(node, ast.Return):
            return ["return", None if node.value is None else self.expression(node.value)]
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            return self.assignment(node.targets[0], node.value)
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            # The annotation is for mypy (an empty list's items); the script has no types.
            return self.assignment(node.target, node.value)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            return ["do", self.expression(node.value)]
        if isinstance(node, ast.If):
            return [
                "if",
                self.expression(node.test),
                self.block(node.body),
                self.block(node.orelse),
            ]
        if isinstance(node, ast.While) and not node.orelse:
            return ["while", self.expression(node.test), self.block(node.body)]
        if isinstance(node, ast.For) and not node.orelse and isinstance(node.target, ast.Name):
            return ["for", node.target.id, self.expression(node.iter), self.block(node.body)]
        raise self.refuse(node, f"a {type(node).__name__} statement")

    def assignment(self, target: ast.expr, value: ast.expr) -> Node:
        if isinstance(target, ast.Name):
            return ["set", target.id, self.expression(value)]
        if isinstance(target, ast.Subscript):
            parts = (target.value, target.slice, value)
            return ["set-item", *(self.expression(p) for p in parts)]
        if isinstance(target, ast.Tuple) and all(isinstance(t, ast.Name) for t in target.elts):
            names = [t.id for t in target.elts if isinstance(t, ast.Name)]
            return ["unpack", names, self.expression(value)]
        raise self.refuse(target, f"an assignment to a {type(target).__name__}")

    def expression(self, node: ast.expr) -> Node | str | int | bool | None:
        python_only = _python_only(node)
        if python_only:
            raise self.refuse(node, python_only)
        if isinstance(node, ast.Constant) and (
            node.value is None or isinstance(node.value, bool | int | str)
        ):
            # A bare string is a name, so a text is quoted; other constants are themselves.
            return ["'", node.value] if isinstance(node.value, str) else node.value
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return [".", self.expression(node.value), node.attr]
        if isinstance(node, ast.Subscript):
            key = node.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                # A dictionary's entry by name reads as the policy's fields do.
                return [".", self.expression(node.value), key.value]
            return ["[]", self.expression(node.value), self.expression(key)]
        if isinstance(node, ast.List | ast.Tuple):
            return ["[", *(self.expression(e) for e in node.elts)]
        if isinstance(node, ast.Dict) and all(
            isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys
        ):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            return ["{", keys, [self.expression(v) for v in node.values]]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            self.calls.append((self.function_name, node.func.id))
            return ["()", node.func.id, *(self.expression(a) for a in node.args)]
        if isinstance(node, ast.IfExp):
            return ["?", *(self.expression(p) for p in (node.test, node.body, node.orelse))]
        if isinstance(node, ast.BoolOp):
            word = "and" if isinstance(node.op, ast.And) else "or"
            return [word, *(self.expression(v) for v in node.values)]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
            return ["not" if isinstance(node.op, ast.Not) else "neg", self.expression(node.operand)]
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return [_BINARY[type(node.op)], self.expression(node.left), self.expression(node.right)]
        if isinstance(node, ast.Compare) and all(type(op) in _COMPARE for op in node.ops):
            # A chain (a <= b < c) is each pair, all true: the subset has no side effects.
            sides = [self.expression(side) for side in (node.left, *node.comparators)]
            pairs = [
                [_COMPARE[type(op)], sides[index], sides[index + 1]]
                for index, op in enumerate(node.ops)
            ]
            return pairs[0] if len(pairs) == 1 else ["and", *pairs]
        raise self.refuse(node, f"a {type(node).__name__} expression")


def _is_literal(node: ast.expr, *kinds: type[ast.expr]) -> bool:
    """Whether ``node`` is written as one of ``kinds``; of constants, only a text counts."""
    if isinstance(node, ast.Constant):
        return ast.Constant in kinds and isinstance(node.value, str)
    return isinstance(node, kinds)


def _python_only(node: ast.AST) -> str:
    """What in ``node`` the script would answer otherwise than Python, or "" for nothing."""
    sequences = (ast.Constant, ast.List, ast.Tuple)
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.UnaryOp)
        and isinstance(node.slice.op, ast.USub)
    ):
        return "a negative index (the script counts from the start only; write len(x) - n)"
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and (_is_literal(node.left, *sequences) or _is_literal(node.right, *sequences))
    ):
        return "a text or a list repeated with * (the script multiplies numbers only)"
    if isinstance(node, ast.For) and isinstance(node.iter, ast.Dict):
        return "a loop over a dictionary (the script walks lists only)"
    if isinstance(node, ast.Compare):
        sides = (node.left, *node.comparators)
        for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
            if isinstance(op, ast.Eq | ast.NotEq) and any(
                _is_literal(side, ast.List, ast.Tuple, ast.Dict) for side in (left, right)
            ):
                return (
                    "== or != with a list or a dictionary (the script compares them as one object)"
                )
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("min", "max")
        and len(node.args) == 1
    ):
        return f"{node.func.id}() of one argument (give the values themselves, two or more)"
    return ""
