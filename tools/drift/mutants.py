"""Small, deliberate changes to the rules package: the mutants the docs must notice.

Each mutant is one textual edit of one module of ``src/etiket``, found on the
module's syntax tree and spliced into its source, so everything else in the
file (comments, formatting, line numbers of other code) stays as it was.

The kinds of change, and why each is a rule the handbook shows:

``policy-number``
    A default of :class:`etiket.Policy`, one more or one less (when the
    result is still a valid policy): the numbers the handbook is about.
``number``
    Any other whole number in the timeline logic (one day, one week, 24 hours,
    the weekend days, a step's index, the smallest allowed policy values),
    one more and one less: off-by-one boundaries of date arithmetic.
``comparison``
    ``<`` with ``<=`` and ``>`` with ``>=``, each way: whether a deadline day
    itself counts.
``arithmetic``
    ``+`` with ``-`` (also ``+=`` with ``-=``): a date moved the wrong way.
``branch``
    An ``if`` (or conditional expression) negated, ``and`` with ``or``,
    ``max`` with ``min``: a rule applied in the wrong case.

Code that is not timeline logic is left alone, because changing it says
nothing about what the docs show: messages of errors (``raise`` statements,
f-strings), docstrings, type-checking-only imports, and the functions named in
:data:`SKIPPED_FUNCTIONS` (input parsing, wording, equality and hashing) and
the tables named in :data:`SKIPPED_ASSIGNMENTS`.

Some mutants change code that a job seeker reading the advice pages never
meets; :data:`NOT_MET_BY_READERS` names where they are and why, and
:func:`not_met_by_readers` tells for one mutant. The goal for the advice pages
counts every other mutant.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = [
    "KINDS",
    "NOT_MET_BY_READERS",
    "SKIPPED_ASSIGNMENTS",
    "SKIPPED_FUNCTIONS",
    "TARGETS",
    "Mutant",
    "find_mutants",
    "mutants_in",
    "not_met_by_readers",
]

# The timeline logic, relative to the project root.
TARGETS = (
    "src/etiket/policy.py",
    "src/etiket/timeline.py",
    "src/etiket/calendar.py",
    "src/etiket/assessment.py",
    "src/etiket/hours.py",
    "src/etiket/rulebook.py",
    "src/etiket/_primitives.py",
)
KINDS = ("policy-number", "number", "comparison", "arithmetic", "branch")

# The class whose field defaults are the handbook's numbers.
_POLICY = ("src/etiket/policy.py", "Policy")

SKIPPED_FUNCTIONS = frozenset(
    {
        # Equality, hashing and text of objects: not rules.
        "__repr__",
        "__eq__",
        "__hash__",
        "__str__",
        "_repr_html_",
        # Wording in a language: the parity and translation checks cover the words.
        "label",
        "title",
        "description",
        "describe",
        "in_language",
        "_with_lang",
        # Parsing what a caller passes: errors for bad input, not timeline rules.
        "parse",
        "_normalise_country",
        "_day",
        "_count",
        "_year",
        "supported_countries",
        "_iterable",
        "_note",
        "_check_flag",
        "_policy",
        "_name",
        "_names",
        "_reply",
        "_day_of",
        "_subdivision_hint",
        # Looking numbers up by name: the {rule} role and the policy table use them.
        "numbers",
        "number",
        "with_changes",
    }
)

# Module-level tables left alone. ``_META`` holds each policy number's unit and its
# smallest and largest accepted values: validation bounds, whose boundary checks in
# ``Policy.__post_init__`` are mutated instead (a bound moved by one would only show
# in an example that sits exactly on it).
SKIPPED_ASSIGNMENTS = frozenset({"_META"})

# Code a reader of the advice pages never meets: (module, function or class), with why.
NOT_MET_BY_READERS: dict[tuple[str, str], str] = {
    ("src/etiket/policy.py", "Policy.__post_init__"): (
        "the checks on a custom Policy's values (whole numbers, within their bounds, the "
        "thank-you inside the follow-up's wait): only someone who builds their own Policy "
        "meets them, and the reference pages show them"
    ),
    ("src/etiket/rulebook.py", "before_follow_up"): (
        "the thank-you deadline kept before the follow-up opens: with the default numbers the "
        "deadline is days earlier, so only a custom Policy reaches this guard (the reference "
        "pages and tests/test_defect_classes.py hold it)"
    ),
}

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
}
_ARITH_SWAPS: dict[type[ast.operator], type[ast.operator]] = {ast.Add: ast.Sub, ast.Sub: ast.Add}


@dataclass(frozen=True, slots=True)
class Mutant:
    """One change to one module: where, what it was, what it becomes."""

    path: str
    """The module, relative to the project root (``src/etiket/timeline.py``)."""
    line: int
    scope: str
    """The enclosing function or class (``WorkingCalendar.working_days_after``)."""
    kind: str
    original: str
    mutated: str
    start: int
    """Byte offset in the UTF-8 source where the replaced text starts."""
    end: int
    replacement: str
    occurrence: int = 0
    """How many identical mutants come earlier in the same scope (keeps keys unique)."""
    policy_number: str | None = None
    """For ``policy-number`` mutants: the Policy field changed."""
    value: int | None = None
    """For ``policy-number`` mutants: the value it is changed to."""
    end_line: int = 0
    """The last line of the replaced text (0: ``line``)."""

    @property
    def file(self) -> str:
        return Path(self.path).name

    @property
    def lines(self) -> range:
        """The lines the replaced text spans: a page that runs none of them cannot notice."""
        return range(self.line, max(self.line, self.end_line) + 1)

    @property
    def key(self) -> str:
        """An identifier that survives edits elsewhere in the file (no line number)."""
        suffix = f" #{self.occurrence + 1}" if self.occurrence else ""
        return f"{self.file}::{self.scope}: {self.original} → {self.mutated}{suffix}"

    def describe(self) -> str:
        """``path:line [kind] original → mutated``, for people."""
        return f"{self.path}:{self.line} [{self.kind}] {self.original} → {self.mutated}"

    def apply(self, source: str) -> str:
        """``source`` (the module's text) with this change made."""
        data = source.encode()
        return (data[: self.start] + self.replacement.encode() + data[self.end :]).decode()


def not_met_by_readers(mutant: Mutant) -> str | None:
    """Why a reader of the advice pages never meets ``mutant``'s code; None if they do."""
    for (path, scope), reason in NOT_MET_BY_READERS.items():
        if mutant.path == path and (mutant.scope == scope or mutant.scope.startswith(f"{scope}.")):
            return reason
    return None


def find_mutants(root: Path, targets: tuple[str, ...] = TARGETS) -> list[Mutant]:
    """Every mutant of the target modules under ``root``, in file and source order."""
    found: list[Mutant] = []
    for relative in targets:
        source = (root / relative).read_text(encoding="utf-8")
        found.extend(mutants_in(source, relative))
    return found


def mutants_in(source: str, path: str) -> list[Mutant]:
    """The mutants of one module's ``source``; ``path`` names it in reports."""
    tree = ast.parse(source)
    finder = _Finder(source, path)
    finder.visit(tree)
    data = source.encode()
    kept: list[Mutant] = []
    seen: dict[str, int] = {}
    for mutant in finder.found:
        # A mutant must compile and must really change the program. The replacement stands
        # where the text it replaces stood, parenthesised where that matters, so comparing
        # the two alone tells as much as parsing the whole module again, many times faster.
        try:
            changed = _syntax(mutant.replacement)
        except SyntaxError:  # pragma: no cover - would be a bug of the splicing
            continue
        if changed == _syntax(data[mutant.start : mutant.end].decode()):
            continue
        base = f"{mutant.scope}: {mutant.original} → {mutant.mutated}"
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        kept.append(_replace_occurrence(mutant, occurrence))
    return kept


def _syntax(text: str) -> str:
    """The syntax tree of an expression, or of a statement (``day += _ONE_DAY``), as text."""
    try:
        return ast.dump(ast.parse(f"({text})", mode="eval"))
    except SyntaxError:
        return ast.dump(ast.parse(text))


def _replace_occurrence(mutant: Mutant, occurrence: int) -> Mutant:
    return replace(mutant, occurrence=occurrence) if occurrence else mutant


def _flat(text: str) -> str:
    return " ".join(text.split())


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Finder(ast.NodeVisitor):
    """Walks one module and records each mutant it can make."""

    def __init__(self, source: str, path: str) -> None:
        self.source = source
        self.path = path
        self.found: list[Mutant] = []
        self.scope: list[str] = []
        self.parents: list[ast.AST] = []
        line_starts = [0]
        for line in source.encode().splitlines(keepends=True):
            line_starts.append(line_starts[-1] + len(line))
        self._line_starts = line_starts

    def visit(self, node: ast.AST) -> None:
        self.parents.append(node)
        try:
            super().visit(node)
        finally:
            self.parents.pop()

    # -- recording ----------------------------------------------------------------------

    def _span(self, node: ast.AST) -> tuple[int, int]:
        lineno, col = node.lineno, node.col_offset  # type: ignore[attr-defined]
        end_lineno, end_col = node.end_lineno, node.end_col_offset  # type: ignore[attr-defined]
        return self._line_starts[lineno - 1] + col, self._line_starts[end_lineno - 1] + end_col

    def _segment(self, node: ast.AST) -> str:
        start, end = self._span(node)
        return self.source.encode()[start:end].decode()

    def _add(
        self,
        node: ast.AST,
        kind: str,
        replacement: str,
        *,
        original: str | None = None,
        mutated: str | None = None,
        policy_number: str | None = None,
        value: int | None = None,
    ) -> None:
        start, end = self._span(node)
        self.found.append(
            Mutant(
                path=self.path,
                line=node.lineno,  # type: ignore[attr-defined]
                end_line=node.end_lineno,  # type: ignore[attr-defined]
                scope=".".join(self.scope) or "<module>",
                kind=kind,
                original=_flat(original if original is not None else self._segment(node)),
                mutated=_flat(mutated if mutated is not None else replacement),
                start=start,
                end=end,
                replacement=replacement,
                policy_number=policy_number,
                value=value,
            )
        )

    # -- scopes and code left alone -----------------------------------------------------

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node.name in SKIPPED_FUNCTIONS:
            return
        self.scope.append(node.name)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        self._visit_body(node.body)
        self.scope.pop()

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope.append(node.name)
        is_policy = (self.path, node.name) == _POLICY
        for statement in self._without_docstring(node.body):
            if is_policy and isinstance(statement, ast.AnnAssign):
                self._policy_number(statement)
            else:
                self.visit(statement)
        self.scope.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self._visit_body(node.body)

    def _visit_body(self, body: list[ast.stmt]) -> None:
        for statement in self._without_docstring(body):
            self.visit(statement)

    @staticmethod
    def _without_docstring(body: list[ast.stmt]) -> list[ast.stmt]:
        # Attribute docstrings (a string after a field) are skipped the same way.
        return [
            s
            for s in body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                    and isinstance(s.value.value, str))
        ]  # fmt: skip

    def visit_Assign(self, node: ast.Assign) -> None:
        names = {t.id for t in node.targets if isinstance(t, ast.Name)}
        if names & SKIPPED_ASSIGNMENTS:
            return
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        # The annotation is a type, not logic.
        if isinstance(node.target, ast.Name) and node.target.id in SKIPPED_ASSIGNMENTS:
            return
        if node.value is not None:
            self.visit(node.value)

    def visit_Raise(self, node: ast.Raise) -> None:
        """An error's message is not a rule; the condition that raises it is."""

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """Numbers inside f-strings are wording."""

    def visit_Import(self, node: ast.Import) -> None:
        """Nothing to change in an import."""

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        """Nothing to change in an import."""

    # -- the mutations ------------------------------------------------------------------

    def _policy_number(self, node: ast.AnnAssign) -> None:
        value = node.value
        if not (
            isinstance(node.target, ast.Name)
            and isinstance(value, ast.Constant)
            and type(value.value) is int
        ):
            if value is not None:
                self.visit(value)
            return
        name = node.target.id
        for new in (value.value + 1, value.value - 1):
            self._add(
                value,
                "policy-number",
                str(new),
                original=f"{name} = {value.value}",
                mutated=f"{name} = {new}",
                policy_number=name,
                value=new,
            )

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            return
        self._negate(node.test, "if")
        self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self._negate(node.test, "if")
        self.generic_visit(node)

    def _negate(self, test: ast.expr, keyword: str) -> None:
        text = self._segment(test)
        self._add(
            test,
            "branch",
            f"not ({text})",
            original=f"{keyword} {text}",
            mutated=f"{keyword} not ({text})",
        )

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        other: ast.boolop = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        swapped = ast.BoolOp(op=other, values=node.values)
        self._add(node, "branch", f"({ast.unparse(swapped)})", mutated=ast.unparse(swapped))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in ("max", "min"):
            other = "min" if node.func.id == "max" else "max"
            self._add(node.func, "branch", other)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for index, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is None:
                continue
            ops = list(node.ops)
            ops[index] = swap()
            changed = ast.Compare(left=node.left, ops=ops, comparators=node.comparators)
            self._add(node, "comparison", f"({ast.unparse(changed)})", mutated=ast.unparse(changed))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        swap = _ARITH_SWAPS.get(type(node.op))
        if swap is not None:
            changed = ast.BinOp(left=node.left, op=swap(), right=node.right)
            self._add(node, "arithmetic", f"({ast.unparse(changed)})", mutated=ast.unparse(changed))
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        swap = _ARITH_SWAPS.get(type(node.op))
        if swap is not None:
            changed = ast.AugAssign(target=node.target, op=swap(), value=node.value)
            self._add(node, "arithmetic", ast.unparse(changed))
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if type(node.value) is not int:
            return
        context = self._context(node)
        for new in (node.value + 1, node.value - 1):
            text = f"({new})" if new < 0 else str(new)
            if context is None:
                self._add(node, "number", text)
                continue
            # Shown in its expression, "timedelta(days=1) → timedelta(days=2)", not "1 → 2".
            outer_start, outer_end = self._span(context)
            start, end = self._span(node)
            data = self.source.encode()
            shown = data[outer_start:start] + text.encode() + data[end:outer_end]
            self._add(node, "number", text, original=self._segment(context), mutated=shown.decode())

    def _context(self, node: ast.AST) -> ast.AST | None:
        """The nearest enclosing expression short enough to show on one line."""
        for parent in reversed(self.parents[:-1]):
            if isinstance(parent, ast.keyword):
                continue
            if not isinstance(parent, ast.expr):
                return None
            text = self._segment(parent)
            if "\n" not in text and len(text) <= 70:
                if not isinstance(parent, ast.UnaryOp):
                    return parent
                continue
            return None
        return None
