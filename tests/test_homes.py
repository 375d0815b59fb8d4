"""One home for each kind of thing, as CONTRIBUTING.md maps them, checked where it can be.

- An Indonesian sentence lives in a catalogue (the package's sentences, errors and letters,
  the handbook's own words), in the Indonesian edition (docs/id) or in the theme's
  translations (locale/): never in a module's logic, a script, a stylesheet or a template,
  nor in the English prose (the English edition, README, CONTRIBUTING), which may only
  quote Indonesian in quotation marks and show what the package prints in code. So does a
  table of words per language, however short its words, in Python, scripts and templates.
- No module of ``src/etiket`` imports or reads another etiket module's underscore name:
  what is shared gets a public name in its home module. The handbook's extensions, the
  tools and the benchmarks read none of the package's.
- Every path and ``etiket`` name that CONTRIBUTING.md points a newcomer to exists.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from etiket.language import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "etiket"

# ---- Indonesian sentences live in the catalogues ---------------------------------------------

# A handful of Indonesian function words that almost every Indonesian sentence holds and no
# English one does ("Dan" the name is left out: only the lower-case conjunction counts).
INDONESIAN_WORDS = frozenset(
    {"yang", "dan", "untuk", "Untuk", "Anda", "tidak", "Tidak", "dengan", "Dengan"}
)
# Fewer words than this is vocabulary, not a sentence: the cohort's column names and yes/no
# answers ("tidak"), the Indonesian search's stop words, a title such as "Bapak".
SENTENCE_WORDS = 3

# Python files that may hold Indonesian sentences, each with why. The other catalogues of
# Indonesian, address.py's titles ("Bapak", "Ibu") and language.py's date formats
# ("pukul"), hold words rather than sentences, so they need no entry.
INDONESIAN_HOMES = {
    "src/etiket/messages.py": "the catalogue of every sentence the package says",
    "src/etiket/error_messages.py": "the catalogue of every error message",
    "src/etiket/templates.py": "the letters, whole texts written in each language",
    "docs/_ext/etiket_docs/interface_words.py": "the catalogue of what only the handbook says",
}
# Where a stray goes instead, for the failures' messages.
CATALOGUES = (
    "src/etiket/messages.py (what the package says), src/etiket/error_messages.py (errors), "
    "src/etiket/templates.py (letters) or docs/_ext/etiket_docs/interface_words.py (what "
    "only the handbook says), with its English twin"
)
# Where Python code is written: the package, the handbook's extensions and configuration,
# the maintainers' tools and the benchmarks. Tests are left out: they hold expected texts.
SCANNED = ("src/etiket", "docs/_ext", "tools", "benchmarks", "conf.py", "conftest.py")


def _docstrings(tree: ast.AST) -> set[int]:
    """The docstring nodes: documentation, whose Indonesian is doctest output Sybil checks."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def is_indonesian_sentence(text: str) -> bool:
    """True when ``text`` reads as an Indonesian sentence (see INDONESIAN_WORDS)."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= SENTENCE_WORDS and not INDONESIAN_WORDS.isdisjoint(words)


def indonesian_sentences(source: str) -> Iterator[tuple[int, str]]:
    """The line and text of each string literal of ``source`` that is an Indonesian sentence."""
    tree = ast.parse(source)
    skipped = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            # An f-string is one sentence: its fields stand in as words, its pieces are
            # not read again on their own.
            text = " ".join(
                str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
            )
            skipped.update(id(part) for part in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if id(node) not in skipped and is_indonesian_sentence(text):
            yield node.lineno, text


def _files(roots: tuple[str, ...], suffixes: frozenset[str]) -> list[Path]:
    found = []
    for name in roots:
        path = ROOT / name
        found += (
            sorted(p for p in path.rglob("*") if p.suffix in suffixes) if path.is_dir() else [path]
        )
    return found


def _python_files() -> list[Path]:
    return _files(SCANNED, frozenset({".py"}))


def test_the_detector_tells_a_sentence_from_vocabulary_and_docstrings() -> None:
    source = (
        '"""Module docs: >>> plan(lang="id") prints Kirim ucapan untuk pewawancara."""\n'
        'A = "Kirim satu surel yang singkat"\n'
        'B = "Send one short email, Dan"\n'
        'C = {"tidak": False, "Bapak": "Bapak"}\n'
        'D = f"Tanyakan kabar {name} dengan sopan"\n'
    )
    assert [line for line, _ in indonesian_sentences(source)] == [2, 5]


def test_indonesian_sentences_are_only_in_their_homes() -> None:
    strays = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for path in _python_files()
        if path.relative_to(ROOT).as_posix() not in INDONESIAN_HOMES
        for line, text in indonesian_sentences(path.read_text(encoding="utf-8"))
    ]
    assert not strays, (
        f"Indonesian sentences outside the catalogues; put each in {CATALOGUES}:\n"
        + "\n".join(strays)
    )


@pytest.mark.parametrize("home", sorted(INDONESIAN_HOMES))
def test_each_home_of_indonesian_holds_some(home: str) -> None:
    # A home that no longer holds any comes off the list, so the list stays the truth.
    assert any(indonesian_sentences((ROOT / home).read_text(encoding="utf-8"))), (
        f"{home} holds no Indonesian sentence: remove it from INDONESIAN_HOMES"
    )


# A table with an entry per language ({"en": ..., "id": ...}) is how a second home of strings
# starts, even for words too few to count as a sentence (a column header, a label). Besides
# the homes of Indonesian sentences, only these hold one, each with why.
LANGUAGE_TABLE_HOMES = {
    **INDONESIAN_HOMES,
    "src/etiket/language.py": "each language's name and how it writes a date",
    "tools/translations.py": "the editions' names, in the tool's English messages",
}


def language_tables(source: str) -> Iterator[int]:
    """The line of each dict of ``source`` with a key for every language.

    A dict literal counts, and so does ``dict(en=..., id=...)``.
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "dict"
        ):
            keys = {keyword.arg for keyword in node.keywords}
        else:
            continue
        if keys >= LANGUAGES.keys():
            yield node.lineno


def test_the_table_finder_sees_a_table_per_language_and_nothing_else() -> None:
    source = (
        'A = {"en": ("Rule", "Default"), "id": ("Aturan", "Bawaan")}\n'
        'B = {"en": "English"}\n'
        "C = dict(en='Rule', id='Aturan')\n"
        'D = {"label": {"en": "To", "id": "Kepada"}}\n'
        "E = dict(en='Rule'), {'id': 'Aturan'}\n"
    )
    assert list(language_tables(source)) == [1, 3, 4]


def test_tables_per_language_are_only_in_their_homes() -> None:
    strays = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _python_files()
        if path.relative_to(ROOT).as_posix() not in LANGUAGE_TABLE_HOMES
        for line in language_tables(path.read_text(encoding="utf-8"))
    ]
    assert not strays, (
        f"words per language outside the catalogues; give each a key in {CATALOGUES}:\n"
        + "\n".join(strays)
    )


@pytest.mark.parametrize("home", sorted(LANGUAGE_TABLE_HOMES.keys() - INDONESIAN_HOMES.keys()))
def test_each_home_of_a_table_per_language_holds_one(home: str) -> None:
    assert any(language_tables((ROOT / home).read_text(encoding="utf-8"))), (
        f"{home} holds no table per language: remove it from LANGUAGE_TABLE_HOMES"
    )


# ---- Nor in the site's scripts, stylesheets and templates, nor in English prose ---------------

# The site's code that is not Python, read line by line (its comments are English too). A
# script gets its words as data written at build time, as planner.js gets DATA.ui.
SITE_CODE = ("docs/_static", "docs/_ext", "docs/_templates")
SITE_CODE_SUFFIXES = frozenset({".js", ".css", ".html"})
# English prose: it may quote Indonesian in quotation marks (a source's title, what
# recruiters say) and show the package's output in code; any other Indonesian sentence
# belongs in docs/id.
ENGLISH_PROSE = ("README.md", "CONTRIBUTING.md", "docs/en")


def indonesian_lines(text: str) -> Iterator[tuple[int, str]]:
    """The number and text of each line of ``text`` that reads as an Indonesian sentence."""
    for number, line in enumerate(text.splitlines(), start=1):
        if is_indonesian_sentence(line):
            yield number, line.strip()


_INNERMOST_BRACES = re.compile(r"\{[^{}]*\}")
_OBJECT_KEY = re.compile(r"""[{,]\s*["']?([A-Za-z_]\w*)["']?\s*:""")


def script_language_tables(text: str) -> Iterator[int]:
    """The line of each object of a script or template (``{en: ..., id: ...}``) keyed per language.

    Innermost braces are read first, then blanked out, so that an outer object is read
    with its inner ones as values.
    """
    while groups := list(_INNERMOST_BRACES.finditer(text)):
        for group in groups:
            if set(_OBJECT_KEY.findall(group.group())) >= LANGUAGES.keys():
                yield text.count("\n", 0, group.start()) + 1
        text = _INNERMOST_BRACES.sub(lambda found: re.sub(r"[^\n]", "0", found.group()), text)


def test_the_script_checks_see_a_sentence_and_a_table_per_language() -> None:
    script = (
        "// Shows the summary; a comment is English.\n"
        'var ui = {en: "Show", "id": "Tampilkan"};\n'
        'var nested = {\n  en: {submit: "Show"},\n  id: {submit: "Tampilkan"}\n};\n'
        'var one = {en: "Show"}, other = {id: "x"};\n'
        'button.textContent = "Tampilkan linimasa untuk Anda";\n'
    )
    assert sorted(script_language_tables(script)) == [2, 3]
    assert [line for line, _ in indonesian_lines(script)] == [8]


def test_the_sites_scripts_stylesheets_and_templates_hold_no_words_per_language() -> None:
    files = _files(SITE_CODE, SITE_CODE_SUFFIXES)
    assert {path.suffix for path in files} == SITE_CODE_SUFFIXES
    strays = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in files
        for line, what in [
            *indonesian_lines(path.read_text(encoding="utf-8")),
            *((line, "a table per language") for line in script_language_tables(
                path.read_text(encoding="utf-8"))),
        ]
    ]  # fmt: skip
    assert not strays, (
        f"words per language in the site's scripts or templates; put each in {CATALOGUES}, "
        "and have the build hand it over (a template's string goes through the theme's "
        "catalogue, locale/id/LC_MESSAGES/sphinx.po):\n" + "\n".join(strays)
    )


# Code blocks and directives in backtick fences (examples, worked examples) are not prose;
# colon fences (admonitions, dropdowns, cards) hold prose and are read.
_BACKTICK_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`]*`")
_ADDRESS = re.compile(r"\]\([^)]*\)|<https?://[^>]*>|https?://\S+")
# A quotation may run over lines, never over a paragraph's end.
_QUOTATION = re.compile(r'"(?:[^"\n]|\n(?![ \t]*\n))*"|“[^”]*”')


def english_prose_strays(text: str) -> Iterator[str]:
    """Each sentence of a Markdown page's own prose that reads as Indonesian."""
    for pattern in (_BACKTICK_FENCE, _INLINE_CODE, _ADDRESS, _QUOTATION):
        text = pattern.sub("", text)
    for paragraph in re.split(r"\n[ \t]*\n", text):
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split())):
            if is_indonesian_sentence(sentence):
                yield sentence


def test_the_prose_check_reads_past_quotations_and_code() -> None:
    page = (
        'Recruiters say "kalau dua minggu tidak\nada kabar, berarti belum lolos".\n\n'
        "```python\n>>> print(step.title)\nTanyakan kabar dengan sopan, lewat surel\n```\n\n"
        'Use `message("tidak ada yang perlu dilakukan")` and see\n'
        "<https://example.com/etika-untuk-hrd-dan-anda>.\n\n"
        ":::{note}\nKirim satu surel yang singkat dan sopan.\n:::\n"
    )
    strays = list(english_prose_strays(page))
    assert len(strays) == 1
    assert strays[0].endswith("Kirim satu surel yang singkat dan sopan.")


def test_english_prose_quotes_indonesian_and_no_more() -> None:
    pages = _files(ENGLISH_PROSE, frozenset({".md"}))
    assert len(pages) > 10
    strays = [
        f"{path.relative_to(ROOT)}: {sentence[:80]!r}"
        for path in pages
        for sentence in english_prose_strays(path.read_text(encoding="utf-8"))
    ]
    assert not strays, (
        "Indonesian in English prose; quote it (in quotation marks) if the page cites it, "
        "else it belongs in the page's twin under docs/id:\n" + "\n".join(strays)
    )


# ---- No module reads another's private names -------------------------------------------------

# Modules whose own file name starts with an underscore (etiket._dates, etiket._choices,
# etiket._text) are helpers private to the package: any etiket module may import them and
# use their public functions. Their own underscore names stay private to them, like anyone's.
PACKAGE_PRIVATE_MODULES = frozenset(
    path.stem for path in PACKAGE.glob("_*.py") if not path.stem.startswith("__")
)


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _private_part(dotted: str, own_module: str) -> str | None:
    """The first underscore name in ``dotted`` (``etiket.ics._X``) that another module owns."""
    parts = dotted.split(".")
    if parts[0] != "etiket":
        return None
    for index, part in enumerate(parts[1:], start=1):
        if index == 1 and part in PACKAGE_PRIVATE_MODULES:
            continue  # the package-private module itself, not a name inside it
        if _is_private(part):
            owner = ".".join(parts[:index])
            return None if owner == own_module else f"{owner}.{part}"
    return None


def private_reads(source: str, module: str) -> Iterator[tuple[int, str]]:
    """Each line of ``source`` (the module ``module``) that takes another module's private name.

    It finds ``from etiket.x import _y``, ``x._y`` and ``getattr(x, "_y")`` where ``x`` was
    imported from etiket, whether the import is at the top or inside a function.
    """
    tree = ast.parse(source)
    package = module if module == "etiket" else module.rpartition(".")[0]
    bound: dict[str, str] = {}  # a local name -> the etiket object it was imported as
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    head = alias.name.split(".")[0]
                    bound[head] = head
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative to the package (src/etiket is flat)
                base = ".".join(filter(None, [package, base]))
            for alias in node.names:
                dotted = f"{base}.{alias.name}"
                bound[alias.asname or alias.name] = dotted
                found = _private_part(dotted, module)
                if found:
                    yield node.lineno, found
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = [node.attr]
            value = node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name) and value.id in bound:
                dotted = ".".join([bound[value.id], *reversed(chain)])
                found = _private_part(dotted, module)
                # Only the outermost attribute of a chain reports, once.
                if found and found.endswith("." + node.attr):
                    yield node.lineno, found
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in bound
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            found = _private_part(f"{bound[node.args[0].id]}.{node.args[1].value}", module)
            if found:
                yield node.lineno, found


def test_the_private_name_check_sees_each_way_of_reaching_in() -> None:
    source = (
        "import etiket\n"
        "import etiket.ics as calendar_file\n"
        "from etiket import ics, language\n"
        "from etiket._dates import to_date, _parse\n"
        "from etiket import _text\n"
        "from .language import _DATE_FORMATS\n"
        "a = ics._UID_NAMESPACE\n"
        "b = calendar_file._DEADLINE_BLOCK\n"
        "c = etiket.calendar._weekend\n"
        "d = getattr(language, '_DATETIME_FORMATS')\n"
        "e = _text.check_name, ics.ACTIONS, self._own, _text._limit\n"
        "f = etiket.site_data._own_name\n"
    )
    assert sorted(private_reads(source, "etiket.site_data")) == [
        (4, "etiket._dates._parse"),
        (6, "etiket.language._DATE_FORMATS"),
        (7, "etiket.ics._UID_NAMESPACE"),
        (8, "etiket.ics._DEADLINE_BLOCK"),
        (9, "etiket.calendar._weekend"),
        (10, "etiket.language._DATETIME_FORMATS"),
        (11, "etiket._text._limit"),
    ]


def test_no_module_reads_another_modules_private_names() -> None:
    found = [
        f"src/etiket/{path.name}:{line}: {name}"
        for path in sorted(PACKAGE.glob("*.py"))
        for line, name in private_reads(
            path.read_text(encoding="utf-8"),
            "etiket" if path.stem == "__init__" else f"etiket.{path.stem}",
        )
    ]
    assert not found, (
        "modules reading another module's private names; give what is shared a public, "
        "documented name in its home module:\n" + "\n".join(found)
    )


def test_the_handbook_and_the_tools_read_no_private_name_of_the_package() -> None:
    # The extensions, conf.py, the tools and the benchmarks use the package as a user would.
    outside = [path for path in _python_files() if PACKAGE not in path.parents]
    found = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in outside
        for line, name in private_reads(path.read_text(encoding="utf-8"), path.stem)
    ]
    assert len(outside) > 10
    assert not found, (
        "code outside src/etiket reading the package's private names; give what it needs a "
        "public name in its home module:\n" + "\n".join(found)
    )


# ---- The map is true -------------------------------------------------------------------------

CONTRIBUTING = ROOT / "CONTRIBUTING.md"
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
# A span of path characters with a slash or a file suffix is a path. Commands (with spaces),
# patterns such as docs/id/<page>.md and dotted names are not.
_PATH = re.compile(r"[\w.-]*(/[\w.-]*)+|[\w-]+\.(py|md|po|js|css|html|toml|txt|lock|json|yml)")
_NAME = re.compile(r"^etiket(\.\w+)+$")


def _spans() -> list[str]:
    return _CODE_SPAN.findall(CONTRIBUTING.read_text(encoding="utf-8"))


def test_the_readme_links_the_map() -> None:
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_path_in_the_map_exists() -> None:
    paths = [span for span in _spans() if _PATH.fullmatch(span)]
    assert len(paths) >= 20, f"the map names too few paths to be a map: {paths}"
    missing = [path for path in paths if not (ROOT / path).exists()]
    assert not missing, f"CONTRIBUTING.md names paths that do not exist: {missing}"


def test_every_etiket_name_in_the_map_exists() -> None:
    names = [span for span in _spans() if _NAME.match(span)]
    assert names, "the map names no etiket objects"
    missing = []
    for dotted in names:
        module, _, attribute = dotted.rpartition(".")
        try:
            importlib.import_module(dotted)
        except ImportError:
            try:
                getattr(importlib.import_module(module), attribute)
            except (ImportError, AttributeError):
                missing.append(dotted)
    assert not missing, f"CONTRIBUTING.md names etiket objects that do not exist: {missing}"


def test_every_name_in_a_row_of_the_map_is_defined_in_that_rows_files() -> None:
    # "`_FORM` ... in `docs/_ext/etiket_docs/planner.py`": the name must be defined there.
    checked, undefined = 0, []
    for row in CONTRIBUTING.read_text(encoding="utf-8").splitlines():
        if not row.startswith("|"):
            continue
        spans = _CODE_SPAN.findall(row)
        files = [
            ROOT / span for span in spans if span.endswith((".py", ".js")) and _PATH.fullmatch(span)
        ]
        names = [span for span in spans if re.fullmatch(r"_?[A-Z]\w*", span)]
        sources = [path.read_text(encoding="utf-8") for path in files if path.is_file()]
        for name in names:
            checked += 1
            # A Python name at the start of a line; a script's inside its function wrapper.
            definition = re.compile(
                rf"^(class |\s*(var|const|let|function) )?{name}\b", re.MULTILINE
            )
            if not any(definition.search(source) for source in sources):
                undefined.append(f"{name} (row: {row[:50]}…)")
    assert checked, "the map's rows name no definitions"
    assert not undefined, f"CONTRIBUTING.md names what its row's files do not define: {undefined}"


def test_the_map_names_every_answer_key_of_a_worked_example() -> None:
    # The writers' list of what a worked example can answer is written by hand: each key the
    # parser knows (steps, what a step says, the timeline's and an assessment's keys) is in it.
    from etiket_docs.worked import answer_keys

    text = CONTRIBUTING.read_text(encoding="utf-8")
    section = text[text.index("## Two kinds of page, and worked examples") :]
    spans = set(_CODE_SPAN.findall(section[: section.index("\n## ")]))
    steps = {"thank-you", "wait", "follow-up", "let-go", "last-note", "move-on"}
    missing = []
    for key in answer_keys(assesses=True):
        step, _, aspect = key.removeprefix("next round ").partition(" ")
        # "follow-up to" is written once for every step, as "<step> to".
        said = f"<step> {aspect}" if step in steps and aspect else key
        if key.startswith("next round "):
            said = "next round <step>"
        if said not in spans:
            missing.append(key)
    assert not missing, f"CONTRIBUTING.md's worked examples do not name the keys {missing}"
