"""The two emails to copy: short, filled in, in both languages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from etiket import (
    Email,
    Guidance,
    InvalidInputError,
    UnsupportedLanguageError,
    closing_note,
    follow_up_email,
    thank_you_note,
)
from etiket.templates import MAX_WORDS

Template = Callable[..., Email]
TEMPLATES: list[tuple[Template, Guidance]] = [
    (thank_you_note, Guidance.THANK_YOU_SHORT),
    (follow_up_email, Guidance.FOLLOW_UP_ONCE),
    (closing_note, Guidance.SECOND_NOTE_AFTER_WEEKS),
]
DETAILS = {
    "interviewer": "Ibu Sari Wulandari",
    "position": "data analyst",
    "company": "PT Contoh Sejahtera",
    "candidate": "Budi Santoso",
}


@pytest.mark.parametrize(("template", "guidance"), TEMPLATES)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_detail_is_filled_in(template: Template, guidance: Guidance, lang: str) -> None:
    email = template(**DETAILS, lang=lang)
    assert email.guidance is guidance
    assert DETAILS["position"] in email.subject
    for value in DETAILS.values():
        assert value in email.body
    assert email.body.startswith(("Dear ", "Yth. "))
    assert email.body.rstrip().endswith(DETAILS["candidate"])
    assert "{" not in str(email)
    assert "}" not in str(email)
    assert str(email) == f"{email.subject}\n\n{email.body}"
    assert email.words == len(email.body.split())
    assert 0 < email.words <= MAX_WORDS


@pytest.mark.parametrize(("template", "guidance"), TEMPLATES)
def test_the_two_languages_differ(template: Template, guidance: Guidance) -> None:
    english, indonesian = template(**DETAILS, lang="en"), template(**DETAILS, lang="id")
    assert english.subject != indonesian.subject
    assert english.body != indonesian.body
    assert english.body.startswith("Dear ")
    assert indonesian.body.startswith("Yth. ")
    assert template(**DETAILS) == english  # English by default


def test_the_templates_differ() -> None:
    for lang in ("en", "id"):
        bodies = {template(**DETAILS, lang=lang).body for template, _ in TEMPLATES}
        assert len(bodies) == len(TEMPLATES)


def test_the_closing_note_asks_nothing() -> None:
    # A goodbye, not a second follow-up: no question for the employer to answer.
    for lang in ("en", "id"):
        note = closing_note(**DETAILS, lang=lang)
        assert "?" not in note.subject + note.body
        assert "apakah" not in note.body.lower()


def test_the_documented_example() -> None:
    note = thank_you_note(
        interviewer="Ms Sari", position="data analyst", company="PT Contoh", candidate="Budi",
        lang="id",
    )  # fmt: skip
    assert note.subject == "Terima kasih atas kesempatan wawancara untuk posisi data analyst"


def test_whitespace_in_details_is_tidied() -> None:
    email = thank_you_note(**{**DETAILS, "position": "  senior\n data   analyst "})
    assert "senior data analyst" in email.subject
    assert "senior data analyst" in email.body


def test_braces_in_details_are_kept_as_text() -> None:
    email = follow_up_email(**{**DETAILS, "company": "{company} & Co"})
    assert "{company} & Co" in email.body


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_longest_details_that_pass_stay_within_the_bound(
    template: Template, _: Guidance, lang: str
) -> None:
    # 80 characters of long words: as long as a detail may be, in few words.
    long_detail = " ".join(["Abcdefghijklmnopqr"] * 4)[:80]
    email = template(
        interviewer=long_detail, position=long_detail, company=long_detail,
        candidate=long_detail, lang=lang,
    )  # fmt: skip
    assert email.words <= MAX_WORDS


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_wordy_details_that_would_bloat_the_note_are_refused(
    template: Template, _: Guidance, lang: str
) -> None:
    # Each detail is short enough on its own; together they would pass the bound.
    wordy = " ".join(["a"] * 40)
    assert len(wordy) < 80
    with pytest.raises(InvalidInputError, match=f"over the {MAX_WORDS}") as error:
        template(interviewer=wordy, position=wordy, company=wordy, candidate=wordy, lang=lang)
    assert "shorten the" in str(error.value)


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
@pytest.mark.parametrize("field", list(DETAILS))
@pytest.mark.parametrize("value", ["", "   ", "\n\t"])
def test_an_empty_detail_is_refused(
    template: Template, _: Guidance, field: str, value: str
) -> None:
    with pytest.raises(InvalidInputError, match=f"{field} is empty"):
        template(**{**DETAILS, field: value})


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
@pytest.mark.parametrize("field", list(DETAILS))
@pytest.mark.parametrize("value", [None, 42, ["Sari"], b"Sari"])
def test_a_detail_that_is_not_text_is_refused(
    template: Template, _: Guidance, field: str, value: Any
) -> None:
    with pytest.raises(InvalidInputError, match=f"{field} must be text") as error:
        template(**{**DETAILS, field: value})
    assert repr(value) in str(error.value)
    assert isinstance(error.value, TypeError)


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
@pytest.mark.parametrize("field", list(DETAILS))
def test_a_detail_too_long_for_a_short_note_is_refused(
    template: Template, _: Guidance, field: str
) -> None:
    assert template(**{**DETAILS, field: "x" * 80})
    with pytest.raises(InvalidInputError, match=f"{field} is 81 characters long"):
        template(**{**DETAILS, field: "x" * 81})


@pytest.mark.parametrize(("template", "_"), TEMPLATES)
def test_an_unknown_language_is_refused(template: Template, _: Guidance) -> None:
    with pytest.raises(UnsupportedLanguageError, match="'jv'"):
        template(**DETAILS, lang="jv")
