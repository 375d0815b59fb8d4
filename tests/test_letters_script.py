"""The page's letters script writes what the package writes, character for character.

Python writes at least 1,000 letters per edition from generated input (names with and
without titles, Indonesian titles, quotes, ``<``, emoji, right-to-left text, long
details, dates across the years, several interviewers, and input the package refuses)
and saves them, with the edition's data from :mod:`etiket.letters_data`, to a fixture.
Node runs ``docs/_static/letters.js``, after the planner's script whose dates it writes,
on the same input (as written, and minified as the site ships it) and compares: every
field of every letter, and the key and message of every refusal, must be the same. Node is
needed: outside CI its absence skips these tests, in CI it fails them.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from browser._site import unavailable

from etiket import EtiketError, thank_you_notes
from etiket.address import LONGEST_DETAIL, SPELLINGS
from etiket.letters_data import ERROR_KEYS, case_folds, letters_data, upper_lower
from etiket.templates import DETAILS, TEMPLATES, WRITERS

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "docs" / "_static" / "letters.js"
# The letters' dates are the planner's: its script runs first, as on the page.
PLANNER = ROOT / "docs" / "_static" / "planner.js"
COMPARE = ROOT / "tests" / "letters_compare.js"
LANGS = ("en", "id")
CASES_PER_EDITION = 1500

# ---- What a person may type -----------------------------------------------------------------

TYPED_TITLES = [
    *(f"{title} " for title in SPELLINGS.values()),
    *(f"{spelling}. " for spelling in SPELLINGS),
    *(f"{spelling.upper()} " for spelling in SPELLINGS),
    "Dr.", "bu.", "Ms.", "MBAK ", "kak. ",
]  # fmt: skip
NAMES = [
    "Rivera", "Sari Wulandari", "Budi", "Ana Rivera", "Ni Made Ayu", "O'Brien",
    'Sam "Sunny" Lee', "D'Arcy \"DJ\" Kusuma", "<b>Chen</b>", "Lee & Co", "Zoë Ångström",
    "李明", "مريم الحسن", "שרה כהן", "Ayu 🎉", "👩‍💻 Dewi", "Rina\u00a0Putri",
    "  Budi\t Santoso \n", "Drew Kim", "Masayu", "Bu-di", "Ibrahim", "Mrs.Sari", "Dr.Rivera",
    "Straße", "ıris",
    "Kak\u200bRina", "\ufeffSari", "Ana\u202eRivera", "Ω\u0378", "Ms²", "\u212aak Dewi",
]  # fmt: skip
POSITIONS = [
    "data analyst", "analis data", "Senior Software Engineer, Payments Platform (Remote, APAC)",
    "Head of <Growth>", "“Chief” Happiness Officer", "Designer 🎨", "مهندس برمجيات",
    "staf administrasi", "x" * LONGEST_DETAIL, "Customer Success Lead – Jakarta & Surabaya",
    # As long as a detail may be, counted in characters, not in a script's UTF-16 units.
    "🎉" * LONGEST_DETAIL, "x" * (LONGEST_DETAIL - 1) + "👩",
]  # fmt: skip
COMPANIES = [
    "Northwind", "PT Contoh Sejahtera", "O'Reilly & Sons", "<script>alert(1)</script>",
    "شركة المثال", "{company} & Co", "Café 🍵", 'The "Best" Company', "Toko Maju Jaya",
]  # fmt: skip
CANDIDATES = [
    "Sam Lee", "Budi Santoso", "Ayu", "José Ñúñez", "עמית לוי", 'Ana "Nana" Putri',
    "Dewi 🌸 Lestari", "A" * 40,
]  # fmt: skip
# Detail values the package refuses: empty, too long, breaking a letter, of the wrong type.
BAD_DETAILS: list[Any] = [
    "", "   ", "\n\t", "x" * (LONGEST_DETAIL + 1), "Sam\x00Lee", "Sam\x1bLee", "Sam\udcffLee",
    "Sam\x7fLee", "Sam\x85Lee", "🎉" * (LONGEST_DETAIL + 1), None, 42, True, ["Sari"],
    {"name": "Sari"},
]  # fmt: skip
BAD_INTERVIEWERS: list[Any] = [
    "Ibu", "Pak.", "dr.", "MS", "Pak " + "x" * 76, "Bu " + "y" * 77, *BAD_DETAILS,
]  # fmt: skip
# Forty short words: each detail is short, four of them make a letter too long.
WORDY = " ".join(["a"] * 40)
BAD_DATES: list[Any] = [
    "2026-02-30", "2026-13-01", "2026-00-10", "2026-11-00", "0000-01-01", "1900-02-29",
    "20/11/2026", "", "   ", "tomorrow", "2026-1-5", "２０２６-11-20", "next week, after lunch",
    None, 20261120, True, ["2026-11-20"],
]  # fmt: skip
# Days at the edges of the calendar: leap days of the centuries, the first and last days.
EDGE_DATES = ["2000-02-29", "1600-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "2026-12-31"]
BAD_FLAGS: list[Any] = [None, "yes", 1, 0, []]
# Several interviewers: the same person typed twice is refused, whatever the case.
SAME_PEOPLE = [
    ["Ms Rivera", "ms rivera"], ["Pak Budi", "Bapak  Budi"], ["Straße", "STRASSE"],
    ["ẞ Lee", "ss lee"], ["Iris", "IRIS"],
]  # fmt: skip
DIFFERENT_PEOPLE = [["Iris", "ıris"], ["Ms Rivera", "Mr Rivera"], ["Sari", "Ibu Sari"]]
BAD_LISTS: list[Any] = [[], "Ms Rivera", None, {"a": 1}, 7, ["Ms Rivera", 42], ["Ibu"]]


def _date(rng: random.Random) -> str:
    """A real day: around the handbook's years mostly (year ends, leap days), or any year."""
    year = rng.randint(1, 9999) if rng.random() < 0.3 else rng.randint(2020, 2032)
    month, day = rng.choice([(12, 31), (1, 1), (2, 28), (rng.randint(1, 12), rng.randint(1, 28))])
    if rng.random() < 0.1 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        month, day = 2, 29
    spaces = rng.choice(["", "", "", " ", "\n"])
    return f"{spaces}{year:04d}-{month:02d}-{day:02d}{spaces}"


def _interviewer(rng: random.Random, clean: bool) -> Any:
    if not clean and rng.random() < 0.05:
        return rng.choice(BAD_INTERVIEWERS)
    title = rng.choice(["", "", *TYPED_TITLES])
    return title + rng.choice(NAMES)


def _detail(rng: random.Random, pool: list[str], clean: bool) -> Any:
    roll = 1.0 if clean else rng.random()
    if roll < 0.02:
        return rng.choice(BAD_DETAILS)
    if roll < 0.04:
        return WORDY
    return rng.choice(pool + NAMES)


def _case(rng: random.Random, kind: str, *, clean: bool = False) -> dict[str, Any]:
    """Input for ``kind``; ``clean``: only values the package takes."""
    template = TEMPLATES[kind]
    arguments: dict[str, Any] = {
        "position": _detail(rng, POSITIONS, clean),
        "company": _detail(rng, COMPANIES, clean),
        "candidate": _detail(rng, CANDIDATES, clean),
    }
    if template.to_several and rng.random() < 0.4:
        roll = 1.0 if clean else rng.random()
        if roll < 0.15:
            arguments["interviewers"] = rng.choice(SAME_PEOPLE + DIFFERENT_PEOPLE)
        elif roll < 0.25:
            arguments["interviewers"] = rng.choice(BAD_LISTS)
        else:
            people = [_interviewer(rng, clean) for _ in range(rng.randint(1, 4))]
            arguments["interviewers"] = list(dict.fromkeys(people)) if clean else people
    else:
        arguments["interviewer"] = _interviewer(rng, clean)
    for name in template.dates:
        bad = not clean and rng.random() < 0.06
        arguments[name] = rng.choice(BAD_DATES) if bad else _date(rng)
    for paragraph in template.paragraphs.values():
        roll = rng.random()
        if roll < 0.6:
            arguments[paragraph.flag] = roll < 0.3
        elif roll < 0.7 and not clean:
            arguments[paragraph.flag] = rng.choice(BAD_FLAGS)
    return {"kind": kind, "input": arguments}


def _expected(kind: str, arguments: dict[str, Any], lang: str) -> dict[str, Any]:
    """What the package's function for ``kind`` returns, or the error it raises."""

    def plain(email: Any) -> dict[str, str]:
        return {"to": email.to, "subject": email.subject, "body": email.body,
                "guidance": email.guidance.value}  # fmt: skip

    try:
        if "interviewers" in arguments:
            return {"letters": [plain(note) for note in thank_you_notes(**arguments, lang=lang)]}
        return {"letter": plain(WRITERS[kind](**arguments, lang=lang))}
    except EtiketError as error:
        return {"error": {"key": error.key, "message": error.message(lang)}}
    except TypeError:
        return {"typeError": True}


def _edges(rng: random.Random) -> list[dict[str, Any]]:
    """Each bad value once in each place it can go, for every kind, and each edge date."""
    made = []
    for kind, template in TEMPLATES.items():
        bad = [("interviewer", value) for value in BAD_INTERVIEWERS]
        bad += [(name, value) for name in DETAILS for value in [*BAD_DETAILS, WORDY]]
        bad += [(name, value) for name in template.dates for value in BAD_DATES + EDGE_DATES]
        bad += [(p.flag, value) for p in template.paragraphs.values() for value in BAD_FLAGS]
        if template.to_several:
            bad += [("interviewers", value) for value in BAD_LISTS + SAME_PEOPLE + DIFFERENT_PEOPLE]
        for name, value in bad:
            case = _case(rng, kind, clean=True)
            if name == "interviewers":
                case["input"].pop("interviewer", None)
            elif name == "interviewer":
                case["input"].pop("interviewers", None)
            case["input"][name] = value
            made.append(case)
    return made


def _wrong_calls(rng: random.Random) -> list[dict[str, Any]]:
    """Calls the functions refuse as Python refuses any call: an argument too many or too few."""
    made = []
    for kind in TEMPLATES:
        extra, missing = _case(rng, kind, clean=True), _case(rng, kind, clean=True)
        extra["input"]["lang_code"] = "en"
        missing["input"].pop("company")
        made += [extra, missing]
    return made


def cases(lang: str) -> list[dict[str, Any]]:
    """The generated cases of an edition, each with what the package answers."""
    rng = random.Random(f"letters-{lang}")
    made = _edges(rng) + _wrong_calls(rng)
    each = CASES_PER_EDITION // len(TEMPLATES)
    made += [_case(rng, kind) for kind in TEMPLATES for _ in range(each)]
    for case in made:
        case["expected"] = _expected(case["kind"], case["input"], lang)
    return made


# ---- Running the script ---------------------------------------------------------------------


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        unavailable("Node.js is not installed; apt-get install nodejs")
    return node


def _minified(tmp_path: Path, script: Path) -> Path:
    """A script as readers download it: the build's minifier shortens its names."""
    from etiket_docs.minify import published_script

    target = tmp_path / script.name
    target.write_text(published_script(script.read_text("utf-8"), script.name), "utf-8")
    return target


def compare(scripts: tuple[Path, Path], fixture: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """Node's comparison of the letters' script, after the planner's, with the fixture's
    expected answers; the fixture's planner data is the page's (its dates' names)."""
    from etiket_docs.planner import script_data

    path = tmp_path / "fixture.json"
    fixture = {"planner": script_data(fixture["data"]["lang"]), **fixture}
    # ASCII only, so that a lone surrogate travels as its escape.
    path.write_text(json.dumps(fixture, ensure_ascii=True), encoding="utf-8")
    run = subprocess.run(
        [_node(), str(COMPARE), *map(str, scripts), str(path)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result


@pytest.fixture(scope="module", params=LANGS)
def edition(request: pytest.FixtureRequest) -> tuple[str, list[dict[str, Any]]]:
    return request.param, cases(request.param)


@pytest.mark.parametrize("minify", [False, True], ids=["as-written", "minified"])
def test_the_script_writes_every_letter_as_the_package_does(
    edition: tuple[str, list[dict[str, Any]]], minify: bool, tmp_path: Path
) -> None:
    lang, made = edition
    scripts = (PLANNER, SCRIPT)
    if minify:
        scripts = (_minified(tmp_path, PLANNER), _minified(tmp_path, SCRIPT))
    result = compare(scripts, {"data": letters_data(lang), "cases": made}, tmp_path)
    assert result["compared"] == len(made) >= 1000
    assert result["count"] == 0, json.dumps(result["differences"], ensure_ascii=False, indent=1)


def test_the_cases_reach_every_kind_every_error_and_many_letters(
    edition: tuple[str, list[dict[str, Any]]],
) -> None:
    # A comparison of refusals alone would prove little: most cases must be letters, and
    # each way of refusing must occur.
    _lang, made = edition
    answers = Counter(next(iter(case["expected"])) for case in made)
    assert answers["letter"] + answers["letters"] >= 1000, answers
    assert answers["letters"] >= 50, answers
    assert answers["typeError"] == 2 * len(TEMPLATES), answers
    refused = [case["expected"]["error"] for case in made if "error" in case["expected"]]
    errors = Counter(error["key"] for error in refused)
    assert set(errors) == set(ERROR_KEYS), set(ERROR_KEYS) ^ set(errors)
    written = Counter(case["kind"] for case in made if "letter" in case["expected"])
    assert all(written[kind] >= 100 for kind in TEMPLATES), written
    several = [case for case in made if len(case["expected"].get("letters", [])) > 1]
    assert {letter["guidance"] for case in several for letter in case["expected"]["letters"]} == {
        TEMPLATES["thank-you"].to_several.value  # type: ignore[union-attr]
    }


def test_the_script_takes_only_the_errors_the_data_gives(tmp_path: Path) -> None:
    # Every error key the script raises is one the data exports, and the other way round.
    keys = set(re.findall(r'"([a-z]+\.[a-z-]+)"', SCRIPT.read_text(encoding="utf-8")))
    families = {key.split(".")[0] for key in ERROR_KEYS}
    raised = {key for key in keys if key.split(".")[0] in families}
    assert raised == set(ERROR_KEYS) - set(letters_data("en")["text"]["notInAName"])


# ---- The data the script reads --------------------------------------------------------------

ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]


def test_the_case_folds_tell_names_apart_as_casefold_does() -> None:
    # The script folds a character by the table, or else as its upper case's lower case.
    # If each character so folds to its casefold read through the same folding, and the
    # folding keeps apart the characters a casefold is made of, then two names fold alike
    # in the script exactly when their casefolds are equal.
    table = case_folds()

    def fold(character: str) -> str:
        return table.get(character, upper_lower(character))

    for character in ALL_CHARACTERS:
        assert fold(character) == "".join(fold(part) for part in character.casefold()), character
    parts = {part for character in ALL_CHARACTERS for part in character.casefold()}
    folded = {fold(part) for part in parts}
    assert len(folded) == len(parts)
    assert all(len(text) == 1 for text in folded)


def test_the_whitespace_is_what_python_splits_on() -> None:
    spaces = letters_data("id")["text"]["whitespace"]
    sample = "a" + spaces + "b"
    assert sample.split() == ["a", "b"]
    assert all(character.isspace() for character in spaces)
    assert "\ufeff" not in spaces  # a script's \s holds it; Python's split() does not


@pytest.mark.parametrize("lang", LANGS)
def test_each_template_is_the_package_text(lang: str) -> None:
    def joined(parts: list[Any]) -> str:
        fields = (part if isinstance(part, str) else "{" + "!".join(part) + "}" for part in parts)
        return "".join(fields)

    data = letters_data(lang)
    for kind, template in TEMPLATES.items():
        subject, body = template.texts[lang]  # type: ignore[index]
        exported = data["templates"][kind]
        assert (joined(exported["subject"]), joined(exported["body"])) == (subject, body)
        assert exported["maxWords"] == template.max_words
    assert data["details"] == list(DETAILS)


def test_a_field_the_script_cannot_fill_is_refused() -> None:
    from etiket.letters_data import text_parts

    assert text_parts("Dear {name}, {value!r}", "sample", repr_allowed=True) == [
        "Dear ",
        ["name"],
        ", ",
        ["value", "r"],
    ]
    bad: list[Callable[[], object]] = [
        lambda: text_parts("{value!r}", "sample"),
        lambda: text_parts("{count:>3}", "sample"),
        lambda: text_parts("{person.name}", "sample"),
    ]
    for attempt in bad:
        with pytest.raises(EtiketError, match=r"letters\.js"):
            attempt()


def test_a_letter_of_no_kind_or_without_input_is_refused_as_a_call(tmp_path: Path) -> None:
    # What no reader can type, only a script: a kind the package has no function for, or input
    # that is not the function's keyword arguments.
    wrong: list[tuple[str, Any]] = [
        ("nonsense", {}),
        ("thank-you", None),
        ("follow-up", "Ibu Sari"),
        ("", []),
    ]
    made = [
        {"kind": kind, "input": value, "expected": {"typeError": True}} for kind, value in wrong
    ]
    result = compare((PLANNER, SCRIPT), {"data": letters_data("en"), "cases": made}, tmp_path)
    assert (result["compared"], result["count"]) == (len(made), 0), result["differences"]
