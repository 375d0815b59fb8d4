"""Languages, dates as each reads them, and the bilingual catalogues of words a reader sees."""

from __future__ import annotations

import re
import string
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import etiket
from etiket import LANGUAGES, Guidance, InvalidInputError, UnsupportedLanguageError, format_date
from etiket.language import check_language, format_datetime
from etiket.messages import MESSAGES, message, quantity

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
from etiket_docs.interface_words import (
    INTERFACE_WORDS,
    group,
    rule_values,
    word,
)

# The catalogues of what a reader sees: the package's, and the handbook's own words.
CATALOGUES = {"etiket.messages": MESSAGES, "etiket_docs.interface_words": INTERFACE_WORDS}
# The handbook's texts the build fills with the policy's numbers; the planner's script
# fills the placeholders of the others.
FILLED_WITH_RULES = ("edition.", "planner.form.")

# Written out here, not computed: this is what a reader of each language expects.
INDONESIAN_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
INDONESIAN_MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ENGLISH_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def test_the_two_languages() -> None:
    assert LANGUAGES == {"en": "English", "id": "Bahasa Indonesia"}
    assert etiket.LANGUAGES is LANGUAGES


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en", "en"), ("EN", "en"), ("en-GB", "en"), ("en_US", "en"), (" id ", "id"),
     ("id-ID", "id"), ("ID", "id"), ("id_id", "id")],
)  # fmt: skip
def test_language_tags_reduce_to_a_code(tag: str, code: str) -> None:
    assert check_language(tag) == code


@pytest.mark.parametrize("tag", ["fr", "in", "ind", "english", "", "e n", None, 1, ["en"]])
def test_other_languages_are_refused_with_the_supported_ones_named(tag: object) -> None:
    expected = re.escape(f"unsupported language {tag!r}")
    with pytest.raises(UnsupportedLanguageError, match=expected) as error:
        check_language(tag)
    assert "'en' (English)" in str(error.value)
    assert "'id' (Bahasa Indonesia)" in str(error.value)


def test_the_documented_dates() -> None:
    assert format_date(date(2026, 11, 25), "id") == "Rabu, 25 November 2026"
    assert format_date(date(2026, 11, 25), "en") == "Wednesday, November 25, 2026"
    assert format_date(date(2026, 12, 8), "id") == "Selasa, 8 Desember 2026"
    assert format_date(date(2026, 12, 8)) == "Tuesday, December 8, 2026"


def test_every_day_and_month_is_named_in_both_languages() -> None:
    first = date(2026, 1, 5)  # a Monday
    for offset in range(365):
        day = first + timedelta(days=offset)
        weekday, month = day.weekday(), day.month - 1
        assert format_date(day, "id") == (
            f"{INDONESIAN_DAYS[weekday]}, {day.day} {INDONESIAN_MONTHS[month]} {day.year}"
        )
        assert format_date(day, "en") == (
            f"{ENGLISH_DAYS[weekday]}, {ENGLISH_MONTHS[month]} {day.day}, {day.year}"
        )


def test_format_date_refuses_an_unknown_language() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'fr'"):
        format_date(date(2026, 11, 25), "fr")


def test_times_are_written_with_their_zone_when_known() -> None:
    naive = datetime(2026, 11, 25, 14, 30)
    assert format_datetime(naive, "id") == "Rabu, 25 November 2026 pukul 14.30"
    assert format_datetime(naive, "en").startswith("Wednesday, November 25, 2026 2:30")
    aware = naive.replace(tzinfo=timezone(timedelta(hours=7), "WIB"))
    assert format_datetime(aware, "id") == "Rabu, 25 November 2026 pukul 14.30 WIB"


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


# The messages whose languages fill different blanks, each with why; both are given both.
DIFFERENT_BLANKS = {
    "address.untitled": "English greets by the first name, Indonesian by the full name",
}


@pytest.mark.parametrize("catalogue", sorted(CATALOGUES))
def test_every_message_exists_in_both_languages_with_the_same_blanks(catalogue: str) -> None:
    assert CATALOGUES[catalogue]
    for key, texts in CATALOGUES[catalogue].items():
        assert set(texts) == set(LANGUAGES), key
        assert texts["en"].strip(), key
        assert texts["id"].strip(), key
        if key not in DIFFERENT_BLANKS:
            assert placeholders(texts["en"]) == placeholders(texts["id"]), key
    for key in DIFFERENT_BLANKS:
        assert placeholders(MESSAGES[key]["en"]) != placeholders(MESSAGES[key]["id"]), key


@pytest.mark.parametrize("catalogue", sorted(CATALOGUES))
def test_indonesian_follows_the_glossary(catalogue: str) -> None:
    indonesian = " ".join(texts["id"] for texts in CATALOGUES[catalogue].values()).lower()
    # The employer is never "majikan"; a thank-you is an "ucapan", email is "surel".
    assert "majikan" not in indonesian
    assert "catatan terima kasih" not in indonesian
    assert "ucapan terima kasih" in indonesian
    assert "surel" in indonesian
    assert " email" not in indonesian
    # The reader is addressed politely as "Anda", never "kamu" or "kau".
    assert "anda" in indonesian
    assert not {"kamu", "kau"} & set(indonesian.replace(",", " ").replace(".", " ").split())


@pytest.mark.parametrize("name", sorted(LANGUAGES))
def test_the_rules_in_the_handbooks_words_are_numbers_of_the_policy(name: str) -> None:
    lang = check_language(name)
    numbers = rule_values(lang)
    assert numbers.keys() == {number.name for number in etiket.DEFAULT_POLICY.numbers()}
    filled = [key for key in INTERFACE_WORDS if key.startswith(FILLED_WITH_RULES)]
    quoting = [key for key in filled if placeholders(INTERFACE_WORDS[key][lang])]
    assert quoting, "no text of the handbook quotes a rule: FILLED_WITH_RULES is stale"
    for key in filled:
        assert placeholders(INTERFACE_WORDS[key][lang]) <= numbers.keys(), key
    for key in quoting:
        text = word(key, lang, **numbers)
        assert any(value in text for value in numbers.values()), key


def test_a_group_of_the_handbooks_words_is_named_without_its_prefix() -> None:
    script = group("planner.script", "id")
    assert script
    for name, text in script.items():
        # Left as written: the planner's script fills these placeholders in the browser.
        assert text == INTERFACE_WORDS[f"planner.script.{name}"]["id"]
    assert len(script) == sum(key.startswith("planner.script.") for key in INTERFACE_WORDS)


def test_message_fills_in_values() -> None:
    assert message("label.by", "en", date="Friday") == "by Friday"
    assert message("label.by", "id-ID", date="Jumat") == "paling lambat Jumat"
    with pytest.raises(UnsupportedLanguageError):
        message("label.by", "de", date="Freitag")


@pytest.mark.parametrize(
    ("count", "unit", "english", "indonesian"),
    [
        (1, "hours", "1 hour", "1 jam"),
        (24, "hours", "24 hours", "24 jam"),
        (1, "working days", "1 working day", "1 hari kerja"),
        (0, "working days", "0 working days", "0 hari kerja"),
        (1, "weeks", "1 week", "1 minggu"),
        (3, "weeks", "3 weeks", "3 minggu"),
    ],
)
def test_quantities_agree_in_number(count: int, unit: str, english: str, indonesian: str) -> None:
    assert quantity(count, unit, "en") == english
    assert quantity(count, unit, "id") == indonesian


def test_guidance_additions_are_marked() -> None:
    additions = {g for g in Guidance if g.is_addition}
    assert additions == {
        Guidance.DECISION_DATE,
        Guidance.WORKING_DAYS,
        Guidance.EACH_INTERVIEWER,
        Guidance.HEARD_BACK,
        Guidance.REPLY_AFTER_ANSWER,
        Guidance.ANOTHER_OFFER,
        Guidance.CHAT_CHANNEL,
        Guidance.OFFICE_HOURS,
        Guidance.FOLLOW_UP_ONE_CONTACT,
        Guidance.LATE_THANK_YOU,
        Guidance.FORM_OF_ADDRESS,
    }
    assert all(g.value == g.value.lower() and " " not in g.value for g in Guidance)
    assert Guidance("no-phone") is Guidance.NO_PHONE


@pytest.mark.parametrize("day", [None, "2026-11-25", 20261125, [2026, 11, 25]])
def test_format_date_needs_a_date(day: Any) -> None:
    # Babel alone would print today's date for None.
    with pytest.raises(InvalidInputError, match=re.escape(repr(day))):
        format_date(day, "id")
    with pytest.raises(InvalidInputError, match="needs a datetime"):
        format_datetime(day, "id")


def test_format_date_takes_the_day_of_a_datetime() -> None:
    moment = datetime(2026, 11, 25, 23, 59, tzinfo=timezone(timedelta(hours=7)))
    assert format_date(moment, "id") == "Rabu, 25 November 2026"
    with pytest.raises(InvalidInputError, match="needs a datetime"):
        format_datetime(date(2026, 11, 25), "en")  # type: ignore[arg-type]
