"""Errors in the reader's language: the catalogue is whole, and every raise site uses it."""

from __future__ import annotations

import ast
import pickle
import re
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import etiket
from etiket.error_messages import ERRORS, WORDS
from etiket.errors import EtiketError, Text, Word
from etiket.policy import DEFAULT_POLICY

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "src" / "etiket").glob("*.py")) + sorted(
    (ROOT / "docs" / "_ext").rglob("*.py")
)
# A field left unfilled would show as "{name}" or "{value!r}" in the message.
# The operating system's or the CSV reader's own words, which are English.
ENGLISH_ONLY = {"english_reason"}
UNFILLED = re.compile(r"\{[a-z_]+(![rsa])?(:[^}]*)?\}")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def has_words(template: str) -> bool:
    """True if the template says something beyond its fields and punctuation."""
    literal = "".join(text for text, *_ in string.Formatter().parse(template))
    return any(character.isalpha() for character in literal)


# --- The catalogue ------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(ERRORS))
def test_each_error_message_has_both_languages_with_the_same_fields(key: str) -> None:
    texts = ERRORS[key]
    assert set(texts) == {"en", "id"}
    assert all(texts[lang].strip() for lang in texts)
    assert fields(texts["en"]) - fields(texts["id"]) <= ENGLISH_ONLY
    assert fields(texts["id"]) <= fields(texts["en"])
    if has_words(texts["en"]):
        assert texts["en"] != texts["id"], "the Indonesian is still the English"


@pytest.mark.parametrize("english", sorted(WORDS))
def test_each_word_is_keyed_by_its_english_and_has_an_indonesian(english: str) -> None:
    assert WORDS[english]["en"] == english
    assert set(WORDS[english]) == {"en", "id"}
    assert WORDS[english]["id"].strip()
    assert "{" not in WORDS[english]["id"]


def test_the_policy_units_are_words_of_the_catalogue() -> None:
    for number in DEFAULT_POLICY.numbers():
        assert number.unit in WORDS, number.name


# --- Every raise site ---------------------------------------------------------------------

ERROR_CLASSES = {name for name in dir(etiket.errors) if name.endswith("Error")} | {"_FileError"}
# Functions whose argument names a thing in an error, and which positions hold such names.
NAMING_ARGUMENTS = {
    "to_moment": (1,),
    "to_date": (1,),
    "read_moment": (1,),
    "read_given": (2,),
    "check_same_kind": (2, 4),
    "check_between": (2,),
    "_name": (1,),
    "check_name": (1,),
    "Word": (0,),
}


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _constant_keys(node: ast.expr) -> list[str] | None:
    """The literal keys an expression can be: "a", or "a" if ... else "b"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _constant_keys(node.body), _constant_keys(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def _error_calls() -> list[tuple[str, ast.Call]]:
    return [
        (where, call)
        for where, call in _calls()
        if call.args
        and not where.startswith("src/etiket/errors.py")  # the classes themselves
        and (
            _callee(call) in ERROR_CLASSES
            # etiket's Text, not docutils' nodes.Text
            or (isinstance(call.func, ast.Name) and call.func.id == "Text")
        )
    ]


def test_raise_sites_are_found() -> None:
    # If the scan below found nothing, it would prove nothing.
    assert len(_error_calls()) >= 80


# Ids are the raise site and the call's source, the same in every process (pytest-xdist's
# workers must collect the same ids): an ast node's repr holds its address.
@pytest.mark.parametrize(
    ("where", "call"),
    _error_calls(),
    ids=lambda v: (v if isinstance(v, str) else ast.unparse(v))[:60],
)
def test_every_raise_site_uses_a_catalogue_key_with_exactly_its_fields(
    where: str, call: ast.Call
) -> None:
    first = call.args[0]
    keys = _constant_keys(first)
    if isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
        # Text(f"file.reason.{code}"): every key the f-string can make must take these values.
        prefix = str(first.values[0].value)
        keys = [key for key in ERRORS if key.startswith(prefix) and key[len(prefix) :].isupper()]
    assert keys, f"{where}: the error's key must be a literal string from the catalogue"
    given = {keyword.arg for keyword in call.keywords}
    assert None not in given, f"{where}: pass the values by name"
    for key in keys:
        assert key in ERRORS, f"{where}: no message {key!r} in etiket.error_messages"
        assert given == fields(ERRORS[key]["en"]), f"{where}: values for {key!r}"


def _refusals() -> list[tuple[str, ast.Call]]:
    """The rulebook's errors: refuse(field, key, {name: [kind, value]})."""
    return [
        (where, call)
        for where, call in _calls()
        if where.startswith("src/etiket/rulebook.py") and _callee(call) == "refuse"
    ]


def test_every_refusal_of_the_rulebook_uses_a_catalogue_key_with_exactly_its_fields() -> None:
    refusals = _refusals()
    assert len(refusals) >= 8
    for where, call in refusals:
        field, key, values = call.args
        assert isinstance(field, ast.Constant | ast.Name), where
        assert isinstance(key, ast.Constant), f"{where}: the key must be a literal string"
        assert key.value in ERRORS, f"{where}: no message {key.value!r}"
        assert isinstance(values, ast.Dict), f"{where}: give the values as a dictionary"
        names = {name.value for name in values.keys if isinstance(name, ast.Constant)}
        assert names == fields(ERRORS[key.value]["en"]), f"{where}: values for {key.value!r}"
        for value in values.values:
            # Each value says what it is: a word of the catalogue, a moment, a day or a value.
            assert isinstance(value, ast.List), where
            assert len(value.elts) == 2, where
            kind = value.elts[0]
            assert isinstance(kind, ast.Constant), where
            assert kind.value in {"word", "moment", "day", "value"}, where
            word = value.elts[1]
            if kind.value == "word" and isinstance(word, ast.Constant):
                assert word.value in WORDS, f"{where}: {word.value!r} is no word"


def test_every_named_thing_passed_to_an_error_is_a_word_of_the_catalogue() -> None:
    checked = 0
    for where, call in _calls():
        for position in NAMING_ARGUMENTS.get(_callee(call) or "", ()):
            if position < len(call.args):
                argument = call.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    assert argument.value in WORDS, f"{where}: {argument.value!r} is no word"
                    checked += 1
    assert checked >= 10


def test_the_details_and_dates_of_a_letter_are_words_of_the_catalogue() -> None:
    from etiket.address import detail_word
    from etiket.templates import DETAILS, TEMPLATES

    checked = [what for template in TEMPLATES.values() for what in template.dates.values()]
    checked += [detail_word(name).english for name in DETAILS]
    for _where, call in _calls():
        if _callee(call) == "check_detail" and isinstance(call.args[0], ast.Constant):
            checked.append(str(call.args[0].value).replace("_", " "))
    assert len(checked) >= 3
    for word in checked:
        assert word in WORDS, word


def test_the_operating_system_reasons_each_have_an_indonesian() -> None:
    reasons = [key for key in ERRORS if key.startswith("file.reason.")]
    assert {"file.reason.ENOENT", "file.reason.other"} <= set(reasons)


# --- A representative sample of errors, as a person would cause them ------------------------

INTERVIEW = "2026-11-20"
ROW = {"name": "Ana", "interview": INTERVIEW}

SAMPLES: dict[str, tuple[Callable[[], object], str]] = {
    # name: (what causes the error, the offending value that both messages must show)
    "impossible date": (lambda: etiket.plan("2026-11-31"), "2026-11-31"),
    "number for a date": (lambda: etiket.plan(20261120), "20261120"),  # type: ignore[arg-type]
    "decision before interview": (
        lambda: etiket.plan(INTERVIEW, decision_date="2026-11-18"),
        "2026-11-18",
    ),
    "unknown country": (lambda: etiket.plan(INTERVIEW, country="XQ"), "XQ"),
    "unsupported language": (lambda: etiket.plan(INTERVIEW, lang="fr"), "fr"),
    "policy of another type": (
        lambda: etiket.plan(INTERVIEW, policy={"a": 1}),  # type: ignore[arg-type]
        "dict",
    ),
    "interviewer twice": (lambda: etiket.plan(INTERVIEW, interviewers=["Ana", "Ana"]), "Ana"),
    "interviewer's name too long": (lambda: etiket.plan(INTERVIEW, interviewers=["x" * 99]), "99"),
    "flag as text": (
        lambda: etiket.plan(INTERVIEW, interviewer_in_hr="ya"),  # type: ignore[arg-type]
        "ya",
    ),
    "policy number too small": (lambda: etiket.Policy(second_note_after_weeks=0), "0"),
    "policy number not whole": (
        lambda: etiket.Policy(follow_up_after_working_days=1.5),  # type: ignore[arg-type]
        "1.5",
    ),
    "thank-you overlaps follow-up": (
        lambda: etiket.Policy(
            thank_you_within_hours=24 * DEFAULT_POLICY.follow_up_after_working_days
        ),
        str(24 * DEFAULT_POLICY.follow_up_after_working_days),
    ),
    "unknown policy number": (lambda: DEFAULT_POLICY.with_changes(patience=3), "patience"),
    "no such step": (lambda: etiket.plan(INTERVIEW).step("celebrate"), "celebrate"),
    "past the calendar": (
        lambda: etiket.WorkingCalendar().working_days_after(date.max - timedelta(days=1), 5),
        str(date.max),
    ),
    "today before interview": (
        lambda: etiket.assess(INTERVIEW, today="2026-11-19"),
        "2026-11-19",
    ),
    "message before interview": (
        lambda: etiket.assess(INTERVIEW, today="2026-11-25", notes=["2026-11-10"]),
        "2026-11-10",
    ),
    "zones mixed": (
        lambda: etiket.assess(
            datetime.fromisoformat("2026-11-20T10:00+07:00"), today="2026-11-25T10:00"
        ),
        "2026-11-25T10:00",
    ),
    "unknown channel": (
        lambda: etiket.assess(
            INTERVIEW, today="2026-11-25", notes=[etiket.Contact("2026-11-21", "pigeon")]
        ),
        "pigeon",
    ),
    "unknown outcome": (
        lambda: etiket.assess(
            INTERVIEW, today="2026-11-25", heard_back=etiket.Reply("2026-11-24", "maybe")
        ),
        "maybe",
    ),
    "bad cohort row": (lambda: etiket.plan_cohort([{**ROW, "interview": "soon"}]), "soon"),
    "misspelt column": (
        lambda: etiket.plan_cohort([{**ROW, "intervewer_in_hr": "yes"}]),
        "intervewer_in_hr",
    ),
    "same name twice": (lambda: etiket.plan_cohort([ROW, ROW]), "Ana"),
    "agenda backwards": (
        lambda: etiket.plan_cohort([ROW]).agenda("2026-12-10", "2026-12-01"),
        "2026-12-01",
    ),
    "no such candidate": (lambda: etiket.plan_cohort([ROW]).timeline("Budi"), "Budi"),
    "not a timeline": (lambda: etiket.to_ics("calendar"), "calendar"),  # type: ignore[arg-type]
    "empty detail": (
        lambda: etiket.thank_you_note(
            interviewer="Ms Rivera", position=" ", company="Acme", candidate="Ana"
        ),
        "position",
    ),
    "format_date of text": (lambda: etiket.format_date("today"), "today"),  # type: ignore[arg-type]
}


def _caught(cause: Callable[[], object]) -> EtiketError:
    with pytest.raises(EtiketError) as caught:
        cause()
    return caught.value


def _words(value: object) -> Iterator[Word]:
    if isinstance(value, Word):
        yield value
    elif isinstance(value, EtiketError | Text):
        for inner in value.values.values():
            yield from _words(inner)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_an_error_reads_right_in_each_language(name: str) -> None:
    cause, offending = SAMPLES[name]
    error = _caught(cause)
    english, indonesian = error.message("en"), error.message("id")
    assert str(error) == english == error.args[0]
    assert indonesian != english
    for text in (english, indonesian):
        assert not UNFILLED.search(text), text
        assert offending in text, text
    for word in _words(error):
        assert word.english in WORDS, f"{word.english!r} would be English in Indonesian"


def test_an_error_survives_pickling_with_its_key_and_values() -> None:
    error = _caught(SAMPLES["decision before interview"][0])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.key, copy.message("id")) == (error.key, error.message("id"))


def test_a_cohort_row_error_keeps_its_class_and_speaks_of_the_row() -> None:
    error = _caught(SAMPLES["bad cohort row"][0])
    assert isinstance(error, etiket.InvalidDateError)
    assert error.message("en").startswith("row 0 ('Ana'): ")
    assert error.message("id").startswith("baris 0 ('Ana'): ")


def test_an_unknown_key_is_refused_at_once() -> None:
    with pytest.raises(KeyError, match="no error message"):
        EtiketError("no.such-key")


def test_message_refuses_an_unsupported_language() -> None:
    error = _caught(SAMPLES["impossible date"][0])
    with pytest.raises(etiket.UnsupportedLanguageError):
        error.message("fr")


# --- The command line -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "offending"),
    [
        (["plan", "2026-11-31"], "2026-11-31"),
        (["plan", INTERVIEW, "--country", "XQ"], "XQ"),
        (["cohort", "/no/such/file.csv"], "/no/such/file.csv"),
    ],
)
def test_the_command_line_reports_an_error_in_the_readers_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], offending: str
) -> None:
    from etiket.cli import main

    assert main([*argv, "--lang", "en"]) == 1
    english = capsys.readouterr().err
    assert main([*argv, "--lang", "id"]) == 1
    out, indonesian = capsys.readouterr()
    assert out == ""
    assert english.startswith("etiket: error: ")
    assert indonesian.startswith("etiket: galat: ")
    for err in (english, indonesian):
        assert err.count("\n") == 1
        assert err.endswith("\n")
        assert offending in err
        assert not UNFILLED.search(err)
    assert indonesian.removeprefix("etiket: galat: ") != english.removeprefix("etiket: error: ")


def test_an_unsupported_language_on_the_command_line_is_reported_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from etiket.cli import main

    assert main(["plan", INTERVIEW, "--lang", "fr"]) == 1
    assert capsys.readouterr().err.startswith("etiket: error: unsupported language 'fr'")
