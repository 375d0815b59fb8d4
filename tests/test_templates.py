"""The letters to copy: short, filled in, addressed properly, in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from etiket import (
    Email,
    Guidance,
    Interviewer,
    InvalidDateError,
    InvalidInputError,
    UnsupportedLanguageError,
    another_offer_note,
    closing_note,
    follow_up_chat,
    follow_up_email,
    rejection_reply,
    thank_you_note,
    thank_you_notes,
)
from etiket.address import LONGEST_DETAIL, TITLES
from etiket.language import format_long_date
from etiket.templates import MAX_CHAT_WORDS, MAX_WORDS

INTERVIEW = date(2026, 11, 20)
ANSWER_BY = date(2026, 12, 4)


@dataclass(frozen=True)
class Template:
    """One template, the rule it serves, and what it needs beyond the four details."""

    fill: Callable[..., Email]
    guidance: Guidance
    dates: dict[str, date] = field(default_factory=dict)
    chat: bool = False

    @property
    def bound(self) -> int:
        return MAX_CHAT_WORDS if self.chat else MAX_WORDS

    def __call__(self, **details: Any) -> Email:
        return self.fill(**self.dates, **details)


TEMPLATES = {
    "thank-you": Template(thank_you_note, Guidance.THANK_YOU_SHORT),
    "follow-up": Template(follow_up_email, Guidance.FOLLOW_UP_ONCE, {"interview_date": INTERVIEW}),
    "follow-up-chat": Template(
        follow_up_chat, Guidance.CHAT_CHANNEL, {"interview_date": INTERVIEW}, chat=True
    ),
    "closing": Template(closing_note, Guidance.SECOND_NOTE_AFTER_WEEKS),
    "rejection-reply": Template(rejection_reply, Guidance.REPLY_AFTER_ANSWER),
    "another-offer": Template(another_offer_note, Guidance.ANOTHER_OFFER, {"answer_by": ANSWER_BY}),
}
EMAILS = [kind for kind, template in TEMPLATES.items() if not template.chat]
DETAILS: dict[str, Any] = {
    "interviewer": "Ibu Sari Wulandari",
    "position": "data analyst",
    "company": "PT Contoh Sejahtera",
    "candidate": "Budi Santoso",
}
LANGS = ["en", "id"]
ANDA = re.compile(r"\bAnda\b", re.IGNORECASE)


def _check_filled_in(template: Template, email: Email, details: dict[str, Any], lang: str) -> None:
    """What every filled template holds, whatever the details."""
    person = Interviewer.parse(details["interviewer"])
    assert email.guidance is template.guidance
    assert email.to == str(person)
    greeting = person.greeting(lang, chat=template.chat)
    assert email.body.startswith(greeting)
    for name in ("position", "company", "candidate"):
        assert " ".join(details[name].split()) in email.body
    if not template.chat:
        assert " ".join(details["position"].split()) in email.subject
        assert email.body.rstrip().endswith(" ".join(details["candidate"].split()))
    for day in template.dates.values():
        assert format_long_date(day, lang) in email.body
    assert email.is_chat == template.chat == (email.subject == "")
    assert str(email) == (email.body if template.chat else f"{email.subject}\n\n{email.body}")
    assert email.words == len(email.body.split())
    assert 0 < email.words <= template.bound


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_detail_is_filled_in(kind: str, lang: str) -> None:
    template = TEMPLATES[kind]
    email = template(**DETAILS, lang=lang)
    _check_filled_in(template, email, DETAILS, lang)
    assert "{" not in str(email)
    assert "}" not in str(email)


@pytest.mark.parametrize("kind", TEMPLATES)
def test_the_two_languages_differ(kind: str) -> None:
    template = TEMPLATES[kind]
    english, indonesian = template(**DETAILS, lang="en"), template(**DETAILS, lang="id")
    assert english.body != indonesian.body
    assert english.subject != indonesian.subject or template.chat
    assert template(**DETAILS) == english  # English by default


@pytest.mark.parametrize("lang", LANGS)
def test_the_templates_differ(lang: str) -> None:
    bodies = {template(**DETAILS, lang=lang).body for template in TEMPLATES.values()}
    assert len(bodies) == len(TEMPLATES)


# Any title (or none), and details of letters, digits and punctuation, in any language.
details_text = st.text(
    st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=LONGEST_DETAIL
)
interviewers = st.builds(
    lambda title, name: f"{title} {name}" if title else name,
    st.sampled_from([*TITLES, "Pak", "Bu", "pak", "Dr.", None]),
    details_text,
)


@given(
    st.sampled_from(list(TEMPLATES)),
    st.fixed_dictionaries(
        {"interviewer": interviewers, "position": details_text, "company": details_text,
         "candidate": details_text}
    ),
    st.sampled_from(LANGS),
    st.dates(date(1900, 1, 1), date(2200, 12, 31)),
)  # fmt: skip
def test_any_letter_that_is_written_is_short_and_addressed(
    kind: str, details: dict[str, str], lang: str, day: date
) -> None:
    assume(all(not ANDA.search(value) for value in details.values()))
    template = TEMPLATES[kind]
    template = Template(template.fill, template.guidance, dict.fromkeys(template.dates, day),
                        template.chat)  # fmt: skip
    try:
        email = template(**details, lang=lang)
    except InvalidInputError as error:
        refusal = str(error)
    else:
        event("written")
        _check_filled_in(template, email, details, lang)
        if lang == "id":
            assert not ANDA.search(email.body), "an Indonesian letter says Bapak or Ibu, not Anda"
        return
    # Only what a person can fix: a detail that is empty, too long, or too wordy.
    assert re.search(r"is empty|characters long|shorten the|title without a name", refusal)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fill", [follow_up_email, follow_up_chat])
@pytest.mark.parametrize(
    "when",
    [INTERVIEW, INTERVIEW.isoformat(), datetime(2026, 11, 20, 14, 30),
     datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=7)))],
)  # fmt: skip
def test_the_follow_up_names_the_interview_date(
    lang: str, fill: Callable[..., Email], when: Any
) -> None:
    email = fill(**DETAILS, interview_date=when, lang=lang)
    # The interview's own calendar day, whichever way it was given.
    written = format_long_date(INTERVIEW, lang)
    assert written in email.body
    if fill is follow_up_email:
        assert written in email.subject


def test_the_follow_up_thanks_for_the_interview() -> None:
    # It may be the only thanks the interviewer gets, when no note went out.
    for lang, thanks in (("en", "Thank you"), ("id", "Terima kasih")):
        email = follow_up_email(**DETAILS, interview_date=INTERVIEW, lang=lang)
        first_paragraph = email.body.split("\n\n")[1]
        assert thanks in first_paragraph


@pytest.mark.parametrize("lang", LANGS)
def test_the_chat_introduces_the_candidate_in_one_message(lang: str) -> None:
    chat = follow_up_chat(**DETAILS, interview_date=INTERVIEW, lang=lang)
    assert "\n" not in chat.body
    assert chat.body.split()[0] not in {"P", "p"}
    assert chat.words <= MAX_CHAT_WORDS < MAX_WORDS
    email = follow_up_email(**DETAILS, interview_date=INTERVIEW, lang=lang)
    assert chat.words < email.words


@pytest.mark.parametrize("lang", LANGS)
def test_the_closing_note_asks_nothing_and_concedes_nothing(lang: str) -> None:
    note = closing_note(**DETAILS, lang=lang)
    assert "?" not in note.subject + note.body
    assert "apakah" not in note.body.lower()
    # No answer has come, so it must not assume someone else got the job.
    assert not re.search(r"another candidate|kandidat lain|moved forward", note.body)
    assert ("remain interested" if lang == "en" else "masih tertarik") in note.body


@pytest.mark.parametrize("lang", LANGS)
def test_the_rejection_reply_asks_for_feedback_only_when_wanted(lang: str) -> None:
    asking = rejection_reply(**DETAILS, lang=lang)
    not_asking = rejection_reply(**DETAILS, ask_feedback=False, lang=lang)
    assert asking == rejection_reply(**DETAILS, ask_feedback=True, lang=lang)
    extra = set(asking.body.split("\n\n")) - set(not_asking.body.split("\n\n"))
    assert len(extra) == 1
    [request] = extra
    assert ("feedback" if lang == "en" else "masukan") in request
    assert not_asking.words < asking.words


@pytest.mark.parametrize("value", [None, "yes", 1, 0])
def test_ask_feedback_must_be_true_or_false(value: Any) -> None:
    with pytest.raises(InvalidInputError, match="ask_feedback must be True or False"):
        rejection_reply(**DETAILS, ask_feedback=value)


@pytest.mark.parametrize("lang", LANGS)
def test_the_another_offer_note_asks_their_timeline(lang: str) -> None:
    note = another_offer_note(**DETAILS, answer_by=ANSWER_BY.isoformat(), lang=lang)
    assert format_long_date(ANSWER_BY, lang) in note.body
    assert note.body.count("?") == 1
    assert note == another_offer_note(**DETAILS, answer_by=ANSWER_BY, lang=lang)


@pytest.mark.parametrize(
    ("fill", "option"), [(follow_up_email, "interview_date"), (another_offer_note, "answer_by")]
)
def test_a_bad_date_is_refused_with_how_to_write_it(
    fill: Callable[..., Email], option: str
) -> None:
    with pytest.raises(InvalidDateError, match="YYYY-MM-DD"):
        fill(**DETAILS, **{option: "20/11/2026"})
    with pytest.raises(InvalidInputError, match="must be a date"):
        fill(**DETAILS, **{option: 20261120})


@pytest.mark.parametrize("lang", LANGS)
def test_each_interviewer_gets_their_own_note(lang: str) -> None:
    names = ["Ibu Sari", "Pak Budi", "Mbak Rina"]
    notes = thank_you_notes(interviewers=names, **_without_interviewer(), lang=lang)
    assert [note.to for note in notes] == [str(Interviewer.parse(name)) for name in names]
    for name, note in zip(names, notes, strict=True):
        assert note.guidance is Guidance.EACH_INTERVIEWER
        single = thank_you_note(interviewer=name, **_without_interviewer(), lang=lang)
        assert note.body == single.body


def test_one_interviewer_is_the_ordinary_note() -> None:
    [note] = thank_you_notes(interviewers=[Interviewer("Rivera", "Ms")], **_without_interviewer())
    assert note == thank_you_note(interviewer="Ms Rivera", **_without_interviewer())


@pytest.mark.parametrize(
    ("interviewers", "expected"),
    [
        ([], "interviewers is empty"),
        (["Pak Budi", "Bapak  Budi"], "names 'Bapak Budi' twice"),
        (["Ms Rivera", "ms rivera"], "twice"),
        ("Ms Rivera", "must be a list of names"),
        ({"Ms Rivera"}, "must be a list of names"),
        (["Ms Rivera", 42], "interviewer must be text"),
    ],
)
def test_a_bad_list_of_interviewers_is_refused(interviewers: Any, expected: str) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(expected)):
        thank_you_notes(interviewers=interviewers, **_without_interviewer())


def _without_interviewer() -> dict[str, str]:
    return {name: value for name, value in DETAILS.items() if name != "interviewer"}


def test_the_documented_example() -> None:
    note = thank_you_note(
        interviewer="Ibu Sari", position="data analyst", company="PT Contoh", candidate="Budi",
        lang="id",
    )  # fmt: skip
    assert note.subject == "Terima kasih atas kesempatan wawancara untuk posisi data analyst"


def test_whitespace_in_details_is_tidied() -> None:
    email = thank_you_note(**{**DETAILS, "position": "  senior\n data   analyst "})
    assert "senior data analyst" in email.subject
    assert "senior data analyst" in email.body


def test_braces_in_details_are_kept_as_text() -> None:
    email = follow_up_email(**{**DETAILS, "company": "{company} & Co"}, interview_date=INTERVIEW)
    assert "{company} & Co" in email.body


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("lang", LANGS)
def test_the_longest_details_that_pass_stay_within_the_bound(kind: str, lang: str) -> None:
    # 80 characters of long words: as long as a detail may be, in few words.
    long_detail = " ".join(["Abcdefghijklmnopqr"] * 5)[:LONGEST_DETAIL]
    template = TEMPLATES[kind]
    email = template(
        interviewer=long_detail, position=long_detail, company=long_detail,
        candidate=long_detail, lang=lang,
    )  # fmt: skip
    assert email.words <= template.bound


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("lang", LANGS)
def test_wordy_details_that_would_bloat_the_note_are_refused(kind: str, lang: str) -> None:
    # Each detail is short enough on its own; together they would pass the bound.
    wordy = " ".join(["a"] * 40)
    assert len(wordy) < LONGEST_DETAIL
    template = TEMPLATES[kind]
    with pytest.raises(InvalidInputError, match=f"over the {template.bound}") as error:
        template(interviewer=wordy, position=wordy, company=wordy, candidate=wordy, lang=lang)
    assert "shorten the" in str(error.value)
    assert ("message" if template.chat else "note") in str(error.value)


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("name", list(DETAILS))
@pytest.mark.parametrize("value", ["", "   ", "\n\t"])
def test_an_empty_detail_is_refused(kind: str, name: str, value: str) -> None:
    with pytest.raises(InvalidInputError, match=f"{name} is empty"):
        TEMPLATES[kind](**{**DETAILS, name: value})


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("name", list(DETAILS))
@pytest.mark.parametrize("value", [None, 42, ["Sari"], b"Sari"])
def test_a_detail_that_is_not_text_is_refused(kind: str, name: str, value: Any) -> None:
    with pytest.raises(InvalidInputError, match=f"{name} must be text") as error:
        TEMPLATES[kind](**{**DETAILS, name: value})
    assert repr(value) in str(error.value)
    assert isinstance(error.value, TypeError)


@pytest.mark.parametrize("kind", TEMPLATES)
@pytest.mark.parametrize("name", list(DETAILS))
def test_a_detail_too_long_for_a_short_note_is_refused(kind: str, name: str) -> None:
    template = TEMPLATES[kind]
    assert template(**{**DETAILS, name: "x" * LONGEST_DETAIL})
    with pytest.raises(InvalidInputError, match=f"{name} is {LONGEST_DETAIL + 1} characters"):
        template(**{**DETAILS, name: "x" * (LONGEST_DETAIL + 1)})


@pytest.mark.parametrize("kind", TEMPLATES)
def test_an_unknown_language_is_refused(kind: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="'jv'"):
        TEMPLATES[kind](**DETAILS, lang="jv")


@pytest.mark.parametrize("day", [None, "2026-11-20", 20261120])
def test_the_letter_date_needs_a_date(day: Any) -> None:
    # Babel alone would write today's date for None.
    with pytest.raises(InvalidInputError, match=re.escape(repr(day))):
        format_long_date(day, "id")


def test_the_letter_date_is_the_day_of_a_datetime() -> None:
    late_in_jakarta = datetime(2026, 11, 20, 23, 59, tzinfo=timezone(timedelta(hours=7)))
    assert format_long_date(late_in_jakarta, "en") == format_long_date(INTERVIEW, "en")


@pytest.mark.parametrize("bad", ["Sam\x00Lee", "Sam\udcffLee", "Sam\x1bLee"])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_detail_that_would_break_the_letter_is_refused(bad: str, lang: str) -> None:
    with pytest.raises(InvalidInputError) as error:
        thank_you_note(
            interviewer="Ms Rivera", position="analyst", company="Northwind", candidate=bad,
            lang=lang,
        )  # fmt: skip
    assert f"U+{ord(bad[3]):04X}" in error.value.message(lang)
