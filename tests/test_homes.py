"""One home for each kind of thing, as CONTRIBUTING.md maps them, checked where it can be.

- An Indonesian sentence in Python code lives in a catalogue (or, for now, one of the
  handbook's known second homes listed below), never in the middle of a module's logic;
  so does a table of words per language, however short its words.
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
    "docs/_ext/etiket_docs/interface_words.py": "the catalogue of the handbook's own words",
}
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


def _python_files() -> Iterator[Path]:
    for name in SCANNED:
        path = ROOT / name
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


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
        "Indonesian sentences outside the catalogues; put each in src/etiket/messages.py "
        "(or error_messages.py, templates.py) with its English twin:\n" + "\n".join(strays)
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
    """The line of each dict literal of ``source`` with a key for every language."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
            if keys >= LANGUAGES.keys():
                yield node.lineno


def test_the_table_finder_sees_a_table_per_language_and_nothing_else() -> None:
    source = (
        'A = {"en": ("Rule", "Default"), "id": ("Aturan", "Bawaan")}\n'
        'B = {"en": "English"}\n'
        "C = dict(en='Rule', id='Aturan')\n"
        'D = {"label": {"en": "To", "id": "Kepada"}}\n'
    )
    assert list(language_tables(source)) == [1, 4]


def test_tables_per_language_are_only_in_their_homes() -> None:
    strays = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _python_files()
        if path.relative_to(ROOT).as_posix() not in LANGUAGE_TABLE_HOMES
        for line in language_tables(path.read_text(encoding="utf-8"))
    ]
    assert not strays, (
        "words per language outside the catalogues; give each a key in "
        "src/etiket/messages.py and read it with etiket.messages.message:\n" + "\n".join(strays)
    )


@pytest.mark.parametrize("home", sorted(LANGUAGE_TABLE_HOMES.keys() - INDONESIAN_HOMES.keys()))
def test_each_home_of_a_table_per_language_holds_one(home: str) -> None:
    assert any(language_tables((ROOT / home).read_text(encoding="utf-8"))), (
        f"{home} holds no table per language: remove it from LANGUAGE_TABLE_HOMES"
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
        files = [ROOT / span for span in spans if span.endswith(".py") and _PATH.fullmatch(span)]
        names = [span for span in spans if re.fullmatch(r"_?[A-Z]\w*", span)]
        sources = [path.read_text(encoding="utf-8") for path in files if path.is_file()]
        for name in names:
            checked += 1
            definition = re.compile(rf"^(class )?{name}\b", re.MULTILINE)
            if not any(definition.search(source) for source in sources):
                undefined.append(f"{name} (row: {row[:50]}…)")
    assert checked, "the map's rows name no definitions"
    assert not undefined, f"CONTRIBUTING.md names what its row's files do not define: {undefined}"
