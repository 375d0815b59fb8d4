"""Two checks of the handbook's Markdown that Sybil and Sphinx cannot make themselves.

*Collected*: every Python-looking example on a page must be one that Sybil
runs. Sybil's MyST parser only runs fenced blocks whose info string is exactly
``python`` (or ``{code-block} python`` and its sibling directives); a block
written ```` ```py ````, ```` ```pycon ````, ```` ```python title=... ````,
``:::{code-block} python``, an indented block or a ``>>>`` line in a paragraph
is shown to readers but silently never run. :func:`uncollected` compares the
code blocks a reader sees with what the project's Sybil actually collects.
A Sybil skip instruction (``% skip: next``, ``<!-- skip: start -->``...) is a
problem too: the example it skips is collected, yet never run.

*Parity*: both editions must have the same pages, the same sections (heading
levels and ``(label)=`` targets, in order) and the same examples (code blocks
in order, and for Python the same etiket calls with the same arguments, string
literals and ``lang`` aside, also as ``--lang id`` on a command line).
:func:`parity` compares two pages.

*Who reads what.* MyST's own parser (markdown-it-py, configured by myst-parser
as for this project) says what a reader sees: fences, colon fences, indented
blocks, headings, targets. The project's Sybil says what runs. Sybil's lexers
read what they were written for: skip instructions, worked examples, code
directives inside ``{eval-rst}`` (its reStructuredText lexer), and, when a
block does not run, the fence Sybil pairs otherwise than the page shows.

Sybil's fence lexer does not find the blocks, because a checker that looks
with Sybil's eyes cannot see where Sybil is blind. It is a pattern over the raw
text: it closes a fence only with one of the same indent, where MyST closes it
with any fence up to three spaces in, and then never sees a later
```` ```python ```` block (the "fence Sybil misreads" case of
tests/docs/test_collected.py); it takes fences in HTML comments, indented
blocks and shown page source for blocks; and it has no lexer for colon fences,
indented blocks, headings or targets. Home-made, because neither library does
it here: the walk into directive bodies (MyST parses them only while rendering
through docutils, with each directive's class), a directive's options set
apart from its body (Sybil's directive lexer reads backtick fences only), which
info strings are Python, ``>>>`` lines in prose, and parity's comparison of
etiket calls.

``python -m tools.doccheck`` prints every problem in ``docs``.
"""

from __future__ import annotations

import ast
import builtins
import doctest
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

__all__ = [
    "ROOT",
    "Block",
    "Outline",
    "Problem",
    "blocks_of",
    "collected_lines",
    "editions",
    "load_sybils",
    "outline",
    "pages",
    "parity",
    "parity_of_editions",
    "skip_instructions",
    "uncollected",
]

ROOT = Path(__file__).resolve().parents[1]

PYTHON_LANGUAGES = frozenset(
    {"python", "py", "python3", "py3", "python2", "py2", "pycon", "pyi", "ipython",
     "ipython3", "ipython2", "doctest", "pytest"}
)  # fmt: skip
"""Info strings that say "this is Python"."""

PLAIN_LANGUAGES = frozenset(
    {"console", "shell", "sh", "bash", "zsh", "fish", "shell-session", "sh-session",
     "powershell", "ps1", "pwsh", "bat", "batch", "cmd", "doscon", "text", "txt", "none",
     "plain", "plaintext", "output", "toml", "json", "jsonc", "json5", "ini", "cfg", "conf",
     "yaml", "yml", "html", "xml", "svg", "css", "javascript", "js", "typescript", "ts",
     "ics", "icalendar", "vcalendar", "csv", "tsv", "diff", "patch", "make", "makefile",
     "dockerfile", "sql", "mermaid", "email", "http", "pytb", "pycon-traceback",
     "markdown", "md", "myst", "rst", "restructuredtext", "jinja", "latex", "tex"}
)  # fmt: skip
"""Info strings that are plainly not Python: such a block is fine unrun."""

# Blocks that show page source: a ">>>" inside them is part of the shown source.
_SOURCE_LANGUAGES = frozenset({"markdown", "md", "myst", "rst", "restructuredtext"})
_CODE_DIRECTIVES = frozenset({"code-block", "code", "sourcecode", "code-cell"})
# Directives whose content is not MyST Markdown: never parsed as nested blocks.
_OPAQUE_DIRECTIVES = frozenset(
    {"eval-rst", "raw", "math", "toctree", "csv-table", "literalinclude", "mermaid", "graphviz"}
)
# reStructuredText directives that show code: their argument names the language, if any.
_RST_CODE_DIRECTIVES = frozenset({"code-block", "code", "sourcecode"})
# reStructuredText directives whose content is Python whatever their argument.
_RST_PYTHON_DIRECTIVES = frozenset(
    {"doctest", "testcode", "testsetup", "jupyter-execute", "ipython"}
)
_PROMPT = re.compile(r"^[\s>]*>>>(?:\s|$)")
_OPTION = re.compile(r"^[ \t]*:[\w-]+:")
_DIRECTIVE = re.compile(r"^\{(?P<name>[^}\s]+)\}[ \t]*(?P<argument>.*)$")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong on a page, with where and what to do."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Block:
    """One code block of a page, wherever it sits (also inside directives)."""

    line: int
    """1-based line of the opening fence (or of the first line, when indented)."""
    end: int
    """1-based last line of the block."""
    style: str
    """``fence``, ``colon-fence``, ``indented`` or ``rst``."""
    info: str
    """The whole info string: ``python``, ``{code-block} python``, ``py title=x``."""
    language: str
    """The language word, lowercased (the directive's argument for code directives)."""
    content: str

    @property
    def python(self) -> bool:
        return self.language in PYTHON_LANGUAGES


@dataclass(slots=True)
class Outline:
    """What parity compares: a page's sections and its examples, in order."""

    path: str
    sections: list[tuple[int, str, str]] = field(default_factory=list)
    """(line, kind, value): kind ``heading`` with the level ("h2"), or ``label`` with its name."""
    blocks: list[Block] = field(default_factory=list)
    calls: list[list[str]] = field(default_factory=list)
    """For each block: the etiket calls it makes (empty for non-Python blocks)."""
    worked: list[tuple[int, dict[str, str], list[str]]] = field(default_factory=list)
    """For each worked example: (line, its situation, the keys it answers)."""


# -- reading pages ------------------------------------------------------------------------


@cache
def _parser(extensions: frozenset[str]) -> MarkdownIt:
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    return create_md_parser(MdParserConfig(enable_extensions=set(extensions)), RendererHTML)


def _extensions(root: Path) -> frozenset[str]:
    """The project's ``myst_enable_extensions`` (read from conf.py, never executed).

    Colon fences are always on: without them a ``:::{code-block} python`` would
    still be Python on the page, only harder to see.
    """
    found: set[str] = {"colon_fence"}
    conf = root / "conf.py"
    if conf.exists():
        for node in ast.walk(ast.parse(conf.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "myst_enable_extensions"
                        for t in node.targets)
                and isinstance(node.value, ast.List | ast.Tuple | ast.Set)
            ):  # fmt: skip
                found.update(
                    e.value for e in node.value.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                )  # fmt: skip
    return frozenset(found)


def _tokens(text: str, root: Path) -> list[Token]:
    return _parser(_extensions(root)).parse(text)


def _strip_options(content: str) -> str:
    """A directive's content with its options blanked out (line numbers kept)."""
    lines = content.split("\n")
    index = 0
    if lines and lines[0].strip() == "---":
        closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if closing is not None:
            index = closing + 1
    else:
        while index < len(lines) and _OPTION.match(lines[index]):
            index += 1
    return "\n".join([""] * index + lines[index:])


def _walk(text: str, offset: int, root: Path) -> Iterator[tuple[Token, int]]:
    """Each token of ``text`` (and of nested directive content), with its line offset."""
    for token in _tokens(text, root):
        yield token, offset
        if token.type not in ("fence", "colon_fence") or token.map is None:
            continue
        match = _DIRECTIVE.match(token.info.strip())
        if match is None:
            continue
        name = match.group("name")
        if name in _CODE_DIRECTIVES or name in _OPAQUE_DIRECTIVES:
            continue
        yield from _walk(_strip_options(token.content), offset + token.map[0] + 1, root)


def _block(token: Token, offset: int) -> Block | None:
    """The code block a token stands for, if it is one."""
    if token.map is None:
        return None
    first, last = token.map[0] + offset + 1, token.map[1] + offset
    if token.type == "code_block":
        return Block(first, last, "indented", "", "", token.content)
    if token.type not in ("fence", "colon_fence"):
        return None
    style = "fence" if token.type == "fence" else "colon-fence"
    info = token.info.strip()
    match = _DIRECTIVE.match(info)
    if match is None:
        words = info.split()
        language = words[0].lower() if words else ""
        # "{.python}" and "python{...}" attribute spellings still name the language.
        language = language.strip("{}.").split("{")[0]
        return Block(first, last, style, token.info, language, token.content)
    if match.group("name") not in _CODE_DIRECTIVES:
        return None
    argument = match.group("argument").split()
    language = argument[0].lower() if argument else ""
    return Block(first, last, style, token.info, language, _strip_options(token.content))


def _rst_blocks(token: Token, offset: int) -> Iterator[Block]:
    """Code directives inside ``{eval-rst}``: Sybil's MyST parsers never run them.

    Sybil's own reStructuredText lexer finds them, options and nesting included.
    """
    from sybil import Document
    from sybil.parsers.rest.lexers import DirectiveLexer

    if token.map is None:
        return
    lexer = DirectiveLexer(directive="|".join(_RST_CODE_DIRECTIVES | _RST_PYTHON_DIRECTIVES))
    content = token.content
    # The token's content starts on the line after its opening fence.
    before = token.map[0] + offset + 1
    for region in lexer(Document(content, "<eval-rst>")):
        arguments = (region.lexemes["arguments"] or "").split()
        if region.lexemes["directive"] in _RST_PYTHON_DIRECTIVES:
            language = "python"
        else:
            language = arguments[0].lower() if arguments else ""
        first, last = _span(content, region.start, region.end)
        opening = content[region.start :].partition("\n")[0].strip()
        source = str(region.lexemes["source"])
        yield Block(before + first, before + last, "rst", opening, language, source)


def blocks_of(text: str, root: Path = ROOT) -> list[Block]:
    """Every code block of a page's ``text``, in order, nested ones included."""
    found: list[Block] = []
    for token, offset in _walk(text, 0, root):
        block = _block(token, offset)
        if block is not None:
            found.append(block)
        elif token.type in ("fence", "colon_fence"):
            match = _DIRECTIVE.match(token.info.strip())
            if match is not None and match.group("name") == "eval-rst":
                found.extend(_rst_blocks(token, offset))
    return found


def pages(root: Path = ROOT) -> list[Path]:
    """Every Markdown page under ``docs`` (the Sphinx extensions' folder aside)."""
    docs = root / "docs"
    return sorted(p for p in docs.rglob("*.md") if "_ext" not in p.relative_to(docs).parts)


# -- collected ----------------------------------------------------------------------------


def load_sybils(root: Path = ROOT) -> list[Any]:
    """The Sybil objects of the project's root ``conftest.py``, as pytest would use them.

    The file is loaded under a private name, so this never clashes with the
    ``conftest`` module pytest itself imported.
    """
    from sybil import Sybil

    spec = importlib.util.spec_from_file_location("_etiket_docs_conftest", root / "conftest.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {root / 'conftest.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: list[Any] = []
    for value in vars(module).values():
        if isinstance(value, Sybil):
            found.append(value)
        elif isinstance(value, list) and value and all(isinstance(v, Sybil) for v in value):
            found.extend(value)
    return list({id(s): s for s in found}.values())


def collected_lines(path: Path, sybils: Sequence[Any]) -> list[int]:
    """The line where each example Sybil collects from ``path`` starts."""
    return sorted(first for first, _ in _collected_spans(path, sybils))


def _collected_spans(path: Path, sybils: Sequence[Any]) -> list[tuple[int, int]]:
    """The first and last line of each example Sybil collects from ``path``."""
    path = path.resolve()
    text = path.read_text(encoding="utf-8")
    return [
        _span(text, start, region.end)
        for sybil in sybils
        if sybil.should_parse(path)
        for start, region in sybil.parse(path).regions
    ]


def _line(text: str, offset: int) -> int:
    """The 1-based line of ``text`` that holds the character at ``offset``."""
    return text.count("\n", 0, offset) + 1


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """The first and last line of ``text[start:end]`` (a newline ending it opens no line)."""
    return _line(text, start), _line(text, max(start, end - 1))


def _fences_sybil_misreads(text: str, root: Path) -> list[int]:
    """The line of each fence that Sybil's lexer pairs with another closing fence than MyST.

    Sybil finds backtick and tilde fences with a pattern over the raw text, and
    closes a fence only with one of the same indent (or quote or list prefix);
    MyST, like CommonMark, lets a closing fence sit up to three spaces in. Where
    they part, the blocks after are not the blocks Sybil runs.
    """
    from sybil import Document
    from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

    lexer = RawFencedCodeBlockLexer(info_pattern=re.compile(r".*\n"))
    read = {_span(text, r.start, r.end) for r in lexer(Document(text, "<page>"))}
    return [
        token.map[0] + offset + 1
        for token, offset in _walk(text, 0, root)
        if token.type == "fence" and token.map is not None
        and (token.map[0] + offset + 1, token.map[1] + offset) not in read
    ]  # fmt: skip


def _looks_like_python(content: str) -> bool:
    if any(_PROMPT.match(line) for line in content.splitlines()):
        return True
    try:
        tree = ast.parse(content)
    except (SyntaxError, ValueError):
        return False
    # A lone expression ("2026-11-20", {"a": 1}) is data, not an example.
    return any(
        not isinstance(statement, ast.Expr) or isinstance(statement.value, ast.Call)
        for statement in tree.body
    )


def _hint(block: Block, text: str, root: Path) -> str:
    """What keeps ``block`` (on the page ``text``) from running, and what to do."""
    misread = _fences_sybil_misreads(text, root) if block.style == "fence" else []
    before = [line for line in misread if line <= block.line]
    if before:
        return (
            f"Sybil pairs the fence at line {before[0]} with another closing fence than the "
            "page shows (they are indented or quoted differently), so it never sees this "
            "block; indent each closing fence like its opening"
        )
    if block.style == "colon-fence":
        return (
            f"a colon fence ':::{{code-block}} {block.language}' is not run by Sybil; "
            "write it as a ```python fence"
        )
    if block.style == "indented":
        return "an indented code block is not run by Sybil; put it in a ```python fence"
    if block.style == "rst":
        return f"'{block.info}' inside eval-rst is not run by Sybil; use a ```python fence"
    if block.language == "python":
        return (
            f"the info string {block.info!r} is not exactly 'python', so Sybil skips "
            "the block; use ```python alone (a caption goes in ```{code-block} python "
            "with :caption:)"
        )
    if block.language in PYTHON_LANGUAGES:
        return f"```{block.language} is not run by Sybil; write ```python"
    if block.language in PLAIN_LANGUAGES:
        return (
            f"a Python session ('>>>') in a ```{block.language} block is not run; "
            "put it in a ```python block"
        )
    what = f"```{block.language}" if block.language else "a fence without a language"
    return f"{what} holding Python is not run by Sybil; write ```python"


def _needs_running(block: Block) -> bool:
    if block.python:
        return True
    if block.language in _SOURCE_LANGUAGES:
        return False
    if block.language in PLAIN_LANGUAGES:
        return any(_PROMPT.match(line) for line in block.content.splitlines())
    return _looks_like_python(block.content)


def skip_instructions(text: str) -> list[tuple[int, str]]:
    """Each Sybil skip instruction in a page's ``text``: its line and what it says.

    Found with Sybil's own lexers, so every spelling Sybil obeys is found:
    ``% skip: next``, ``<!-- skip: next -->``, ``skip: start`` and ``skip: end``,
    with or without a condition. Sybil's lexers read the raw text, so an
    instruction inside a fenced block (page source shown to readers) skips
    examples just the same, and is found too.
    """
    from sybil import Document
    from sybil.parsers.markdown.lexers import DirectiveInHTMLCommentLexer
    from sybil.parsers.myst.lexers import DirectiveInPercentCommentLexer

    document = Document(text, "<page>")
    found: list[tuple[int, str]] = []
    for lexer in (DirectiveInPercentCommentLexer("skip"), DirectiveInHTMLCommentLexer("skip")):
        for region in lexer(document):
            arguments = str(region.lexemes.get("arguments") or "").strip()
            found.append((_line(text, region.start), f"skip: {arguments}".strip()))
    return sorted(found)


def uncollected(path: Path, sybils: Sequence[Any], root: Path = ROOT) -> list[Problem]:
    """Each Python-looking example of the page at ``path`` that Sybil does not run.

    That is every example Sybil does not collect, and every skip instruction:
    a skipped example is collected but never run.
    """
    path = path.resolve()
    text = path.read_text(encoding="utf-8")
    try:
        shown = str(path.relative_to(root))
    except ValueError:
        shown = str(path)
    spans = _collected_spans(path, sybils)
    read = any(s.should_parse(path) for s in sybils)
    problems: list[Problem] = []
    covered: set[int] = set()

    for block in blocks_of(text, root):
        covered.update(range(block.line, block.end + 1))
        if any(block.line <= first <= block.end for first, _ in spans) or not _needs_running(block):
            continue
        hint = (
            _hint(block, text, root) if read else "Sybil does not read this file (see conftest.py)"
        )
        problems.append(Problem(shown, block.line, hint))
    # Sybil also runs blocks hidden in comments (invisible-code-block): leave those alone.
    hidden = {line for first, last in spans for line in range(first, last + 1)}
    reported = False  # one problem per paragraph of prompts, not one per line
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            reported = False
        if number in covered or number in hidden or not _PROMPT.match(line) or reported:
            continue
        reported = True
        problems.append(
            Problem(shown, number, "a '>>>' line outside a code block is not run; "
                    "put the session in a ```python block")
        )  # fmt: skip
    for number, instruction in skip_instructions(text):
        problems.append(
            Problem(shown, number, f"the Sybil instruction '{instruction}' keeps examples from "
                    "running; every example must run: fix it or take it off the page")
        )  # fmt: skip
    return sorted(problems, key=lambda p: p.line)


# -- parity -------------------------------------------------------------------------------


def outline(path: Path, root: Path = ROOT) -> Outline:
    """The sections and examples of the page at ``path``."""
    text = path.read_text(encoding="utf-8")
    try:
        shown = str(path.relative_to(root))
    except ValueError:
        shown = str(path)
    result = Outline(shown)
    for token, offset in _walk(text, 0, root):
        if token.map is None:
            continue
        line = token.map[0] + offset + 1
        if token.type == "heading_open":
            result.sections.append((line, "heading", token.tag))
        elif token.type == "myst_target":
            result.sections.append((line, "label", token.content.strip()))
    result.blocks = blocks_of(text, root)
    calls = _Calls()
    result.calls = [calls.of(block) if block.python else [] for block in result.blocks]
    result.worked = worked_examples(text, shown)
    return result


def worked_examples(text: str, path: str) -> list[tuple[int, dict[str, str], list[str]]]:
    """Each worked example of a page: its line, situation and answer keys, as Sybil reads them.

    Both editions describe the same situations and answer the same questions; only
    the answers' words differ, so these are what parity compares.
    """
    from sybil import Document
    from sybil.parsers.myst.lexers import DirectiveLexer

    found = []
    for region in DirectiveLexer(directive="worked-example")(Document(text, path)):
        line = _line(text, region.start)
        options = {name: value.strip() for name, value in region.lexemes["options"].items()}
        body = str(region.lexemes["source"])
        keys = [line.partition(":")[0].strip() for line in body.splitlines() if line.strip()]
        found.append((line, options, keys))
    return found


def _example_source(block: Block) -> str:
    if block.content.lstrip().startswith(">>>"):
        examples = doctest.DocTestParser().get_examples(block.content)
        return "".join(example.source for example in examples)
    return block.content


_LANGUAGE_CODES = frozenset({"en", "id"})
_BUILTINS = frozenset(dir(builtins))


class _Calls:
    """The etiket calls of a page's Python examples, with names made comparable.

    One instance reads a whole page, because a page's examples share their
    names. Variables are renamed by order of first use (``v1``, ``v2``...), so
    an edition may name its variables in its own language; names imported
    from etiket become ``etiket.<name>``; string literals become ``'…'``
    (they are text in the reader's language) and a ``lang`` argument is dropped.
    """

    def __init__(self) -> None:
        self.etiket: dict[str, str] = {}
        self.imported: set[str] = set()
        self.tainted: set[str] = set()
        self.renamed: dict[str, str] = {}

    def of(self, block: Block) -> list[str]:
        try:
            tree = ast.parse(_example_source(block))
        except (SyntaxError, ValueError):
            return ["<not valid Python>"]
        found: list[str] = []
        for statement in tree.body:
            self._statement(statement, found)
        return found

    # -- names

    def _root(self, node: ast.expr) -> str | None:
        while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
            node = node.func if isinstance(node, ast.Call) else node.value
        return node.id if isinstance(node, ast.Name) else None

    def _is_etiket(self, node: ast.AST) -> bool:
        return any(
            isinstance(n, ast.Name) and (n.id in self.etiket or n.id in self.tainted)
            for n in ast.walk(node)
        )

    def _bind(self, target: ast.AST, tainted: bool) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                self.etiket.pop(node.id, None)
                if tainted:
                    self.tainted.add(node.id)
                else:
                    self.tainted.discard(node.id)

    def _normal(self, node: ast.AST) -> ast.AST:
        calls = self

        class Normalise(ast.NodeTransformer):
            def visit_Constant(self, constant: ast.Constant) -> ast.AST:
                if isinstance(constant.value, str | bytes):
                    return ast.Constant("…")
                return constant

            def visit_JoinedStr(self, _: ast.JoinedStr) -> ast.AST:
                return ast.Constant("…")

            def visit_Call(self, call: ast.Call) -> ast.AST:
                call.args = [a for a in call.args if not _is_language(a)]
                call.keywords = [k for k in call.keywords if k.arg != "lang"]
                self.generic_visit(call)
                return call

            def visit_List(self, node: ast.List) -> ast.AST:
                node.elts = _without_cli_language(node.elts)
                self.generic_visit(node)
                return node

            def visit_Tuple(self, node: ast.Tuple) -> ast.AST:
                node.elts = _without_cli_language(node.elts)
                self.generic_visit(node)
                return node

            def visit_Name(self, name: ast.Name) -> ast.AST:
                return ast.Name(calls._name(name.id), name.ctx)

        normal: ast.AST = Normalise().visit(ast.parse(ast.unparse(node), mode="eval").body)
        return normal

    def _name(self, name: str) -> str:
        if name in self.etiket:
            return self.etiket[name]
        if name in self.imported or name in _BUILTINS:
            return name
        if name not in self.renamed:
            self.renamed[name] = f"v{len(self.renamed) + 1}"
        return self.renamed[name]

    def _show(self, node: ast.expr) -> str:
        return ast.unparse(self._normal(node))

    # -- walking

    def _statement(self, statement: ast.stmt, found: list[str]) -> None:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.name == "etiket" or alias.name.startswith("etiket."):
                    self.etiket[alias.asname or alias.name.split(".")[0]] = (
                        alias.name if alias.asname else alias.name.split(".")[0]
                    )
                else:
                    self.imported.add(alias.asname or alias.name.split(".")[0])
            return
        if isinstance(statement, ast.ImportFrom):
            module = statement.module or ""
            for alias in statement.names:
                bound = alias.asname or alias.name
                if module == "etiket" or module.startswith("etiket."):
                    self.etiket[bound] = f"{module}.{alias.name}"
                else:
                    self.imported.add(bound)
            return
        if isinstance(statement, ast.Expr):
            # A doctest line whose value is shown, such as "timeline.follow_up.earliest"
            # or "sorted(etiket.LANGUAGES)": what it inspects is part of the example.
            before = len(found)
            self._expression(statement.value, found)
            shown = self._show(statement.value)
            if self._is_etiket(statement.value) and shown not in found[before:]:
                found.append(shown)
            return
        if isinstance(statement, ast.Assign | ast.AnnAssign | ast.AugAssign):
            value = statement.value
            if value is not None:
                self._expression(value, found)
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                self._bind(target, value is not None and self._is_etiket(value))
            return
        if isinstance(statement, ast.For | ast.AsyncFor):
            self._expression(statement.iter, found)
            self._bind(statement.target, self._is_etiket(statement.iter))
            for inner in [*statement.body, *statement.orelse]:
                self._statement(inner, found)
            return
        if isinstance(statement, ast.With | ast.AsyncWith):
            for item in statement.items:
                self._expression(item.context_expr, found)
                if item.optional_vars is not None:
                    self._bind(item.optional_vars, self._is_etiket(item.context_expr))
            for inner in statement.body:
                self._statement(inner, found)
            return
        for child in ast.iter_child_nodes(statement):
            if isinstance(child, ast.stmt):
                self._statement(child, found)
            elif isinstance(child, ast.expr):
                self._expression(child, found)

    def _expression(self, node: ast.expr, found: list[str]) -> None:
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            for generator in node.generators:
                self._expression(generator.iter, found)
                self._bind(generator.target, self._is_etiket(generator.iter))
                for condition in generator.ifs:
                    self._expression(condition, found)
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            for part in parts:
                self._expression(part, found)
            return
        if isinstance(node, ast.Call):
            root = self._root(node.func)
            if root is not None and (root in self.etiket or root in self.tainted):
                found.append(self._show(node))
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self._expression(child, found)
            elif isinstance(child, ast.keyword):
                self._expression(child.value, found)


def _is_language(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in _LANGUAGE_CODES


def _without_cli_language(items: list[ast.expr]) -> list[ast.expr]:
    """Command-line arguments without ``--lang id`` (or ``--lang=id``): the CLI's lang."""
    kept: list[ast.expr] = []
    skip = False
    for index, item in enumerate(items):
        if skip:
            skip = False
            continue
        value = item.value if isinstance(item, ast.Constant) else None
        if value == "--lang" and index + 1 < len(items) and _is_language(items[index + 1]):
            skip = True
            continue
        if isinstance(value, str) and value.startswith("--lang="):
            continue
        kept.append(item)
    return kept


def _describe(block: Block) -> str:
    return block.language or block.style


def parity(first: Outline, second: Outline) -> list[Problem]:
    """Where two editions of one page differ in sections or examples."""
    problems: list[Problem] = []

    def differ(a_line: int, b_line: int, message: str) -> None:
        where = f"{second.path}:{b_line}" if b_line else second.path
        problems.append(Problem(first.path, a_line, f"{message} (counterpart: {where})"))

    def section(item: tuple[int, str, str]) -> str:
        _, kind, value = item
        return f"heading level {value[1:]}" if kind == "heading" else f"label ({value})="

    sections_a = [(kind, value) for _, kind, value in first.sections]
    sections_b = [(kind, value) for _, kind, value in second.sections]
    if sections_a != sections_b:
        index = _first_difference(sections_a, sections_b)
        a = first.sections[index] if index < len(first.sections) else None
        b = second.sections[index] if index < len(second.sections) else None
        if a is None and b is not None:
            differ(0, b[0], f"sections differ: only the counterpart has a {section(b)} here")
        elif b is None and a is not None:
            differ(a[0], 0, f"sections differ: {section(a)} has no counterpart")
        elif a is not None and b is not None:
            differ(a[0], b[0], f"sections differ: {section(a)} here, {section(b)} there")

    pairs = zip(first.worked, second.worked, strict=False)
    for number, ((a_line, *a_example), (b_line, *b_example)) in enumerate(pairs, start=1):
        if a_example != b_example:
            what = "situation differs" if a_example[0] != b_example[0] else "answers differ"
            differ(a_line, b_line, f"worked example {number}: the {what}: {a_example} here, "
                   f"{b_example} there")  # fmt: skip
    if len(first.worked) != len(second.worked):
        differ(0, 0, f"{len(first.worked)} worked examples here, {len(second.worked)} there")

    kinds_a = [_describe(b) for b in first.blocks]
    kinds_b = [_describe(b) for b in second.blocks]
    if kinds_a != kinds_b:
        index = _first_difference(kinds_a, kinds_b)
        a_line = first.blocks[index].line if index < len(first.blocks) else 0
        b_line = second.blocks[index].line if index < len(second.blocks) else 0
        differ(
            a_line, b_line,
            f"examples differ: {len(kinds_a)} code blocks ({', '.join(kinds_a)}) here, "
            f"{len(kinds_b)} ({', '.join(kinds_b)}) there; block {index + 1} is the first "
            "that differs",
        )  # fmt: skip
        return problems
    for number, (a_block, b_block, a_calls, b_calls) in enumerate(
        zip(first.blocks, second.blocks, first.calls, second.calls, strict=True), start=1
    ):
        if a_calls == b_calls:
            continue
        index = _first_difference(a_calls, b_calls)
        a_call = a_calls[index] if index < len(a_calls) else "nothing"
        b_call = b_calls[index] if index < len(b_calls) else "nothing"
        differ(
            a_block.line, b_block.line,
            f"example {number} calls etiket differently: {a_call} here, {b_call} there",
        )  # fmt: skip
    return problems


def _first_difference(a: Sequence[object], b: Sequence[object]) -> int:
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


def editions(root: Path = ROOT) -> list[str]:
    """The editions: each folder of ``docs`` except private ones (``_ext``)."""
    docs = root / "docs"
    return sorted(p.name for p in docs.iterdir() if p.is_dir() and not p.name.startswith("_"))


def parity_of_editions(root: Path = ROOT, names: Iterable[str] | None = None) -> list[Problem]:
    """Every difference between the first edition and each other one."""
    chosen = list(names) if names is not None else editions(root)
    if len(chosen) < 2:
        return []
    docs = root / "docs"
    reference, others = chosen[0], chosen[1:]
    problems: list[Problem] = []
    listed = {e: {p.relative_to(docs / e) for p in (docs / e).rglob("*.md")} for e in chosen}
    for other in others:
        for missing in sorted(listed[reference] - listed[other]):
            problems.append(Problem(f"docs/{reference}/{missing}", 0, f"page missing in {other}"))
        for missing in sorted(listed[other] - listed[reference]):
            problems.append(Problem(f"docs/{other}/{missing}", 0, f"page missing in {reference}"))
        for page in sorted(listed[reference] & listed[other]):
            problems.extend(
                parity(outline(docs / reference / page, root), outline(docs / other / page, root))
            )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Print every problem of both checks; exit 1 if there is any."""
    root = Path(argv[0]).resolve() if argv else ROOT
    sybils = load_sybils(root)
    problems = [p for page in pages(root) for p in uncollected(page, sybils, root)]
    problems += parity_of_editions(root)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
