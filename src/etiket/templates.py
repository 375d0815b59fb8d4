"""Short emails to copy: the thank-you note, the one follow-up and the last note.

Brief and professional: they thank, restate interest and stop. They never
re-sell the candidate. :data:`MAX_WORDS` is the length bound the tests hold
every filled template to.

>>> from etiket import thank_you_note
>>> note = thank_you_note(interviewer="Ms Sari", position="data analyst",
...                       company="PT Contoh", candidate="Budi", lang="id")
>>> print(note.subject)
Terima kasih atas kesempatan wawancara untuk posisi data analyst
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from etiket.errors import InvalidInputError
from etiket.guidance import Guidance
from etiket.language import Language, check_language

__all__ = ["MAX_WORDS", "Email", "closing_note", "follow_up_email", "thank_you_note"]

MAX_WORDS: Final = 120
"""Longest a filled note's body may be, in words (guidance ``thank-you-short``)."""

_LONGEST_DETAIL = 80  # characters: a name or a job title, not a paragraph


@dataclass(frozen=True, slots=True)
class Email:
    """A ready-to-send email: subject and body."""

    subject: str
    body: str
    guidance: Guidance

    @property
    def words(self) -> int:
        """How many words the body has."""
        return len(self.body.split())

    def __str__(self) -> str:
        return f"{self.subject}\n\n{self.body}"


_THANK_YOU: dict[Language, tuple[str, str]] = {
    "en": (
        "Thank you for the {position} interview",
        "Dear {interviewer},\n\n"
        "Thank you for taking the time to talk with me about the {position} role at "
        "{company}. I enjoyed learning more about the team, and our conversation "
        "confirmed my interest in the position.\n\n"
        "I look forward to hearing from you.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Terima kasih atas kesempatan wawancara untuk posisi {position}",
        "Yth. {interviewer},\n\n"
        "Terima kasih atas waktu yang Anda luangkan untuk berbincang dengan saya "
        "mengenai posisi {position} di {company}. Saya senang dapat mengenal tim Anda "
        "lebih jauh, dan perbincangan tersebut membuat saya makin tertarik pada posisi "
        "ini.\n\n"
        "Saya menantikan kabar dari Anda.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

_FOLLOW_UP: dict[Language, tuple[str, str]] = {
    "en": (
        "Following up on the {position} interview",
        "Dear {interviewer},\n\n"
        "I hope you are well. I am writing to ask whether there is any news about "
        "the {position} role at {company}. I remain very interested in the position "
        "and would be glad to provide anything else you need.\n\n"
        "Thank you for your time.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Menanyakan kabar hasil wawancara posisi {position}",
        "Yth. {interviewer},\n\n"
        "Semoga Anda dalam keadaan baik. Saya ingin menanyakan apakah sudah ada kabar "
        "mengenai posisi {position} di {company}. Saya tetap sangat tertarik pada "
        "posisi ini dan dengan senang hati memberikan informasi lain yang Anda "
        "perlukan.\n\n"
        "Terima kasih atas waktu Anda.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

# The last note is a goodbye, not a second question: it asks for nothing.
_CLOSING: dict[Language, tuple[str, str]] = {
    "en": (
        "Thank you again: the {position} role",
        "Dear {interviewer},\n\n"
        "Thank you again for considering me for the {position} role at {company}. "
        "I understand you may have moved forward with another candidate. I enjoyed "
        "meeting the team, and I would be glad to be considered for future "
        "openings.\n\n"
        "I wish you and the team all the best.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Sekali lagi terima kasih: posisi {position}",
        "Yth. {interviewer},\n\n"
        "Sekali lagi terima kasih telah mempertimbangkan saya untuk posisi {position} "
        "di {company}. Saya memahami jika Anda mungkin sudah memilih kandidat lain. "
        "Saya senang sempat mengenal tim, dan saya berharap bisa dipertimbangkan "
        "untuk lowongan berikutnya.\n\n"
        "Semoga Anda dan tim selalu sukses.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}


def _detail(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be text, not {value!r} ({type(value).__name__})")
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError(f"{name} is empty; give the {name.replace('_', ' ')}")
    if len(text) > _LONGEST_DETAIL:
        raise InvalidInputError(
            f"{name} is {len(text)} characters long; a note stays short, so keep it "
            f"under {_LONGEST_DETAIL}"
        )
    return text


def _fill(
    texts: dict[Language, tuple[str, str]], guidance: Guidance, lang: str, **details: object
) -> Email:
    values = {name: _detail(name, value) for name, value in details.items()}
    subject, body = texts[check_language(lang)]
    email = Email(subject.format(**values), body.format(**values), guidance)
    # Each detail fits its own limit, yet four wordy ones could still bloat the note.
    if email.words > MAX_WORDS:
        wordiest = max(values, key=lambda name: len(values[name].split()))
        raise InvalidInputError(
            f"the note would be {email.words} words long, over the {MAX_WORDS} that keep "
            f"it short; shorten the {wordiest.replace('_', ' ')} {values[wordiest]!r}"
        )
    return email


def thank_you_note(
    *, interviewer: str, position: str, company: str, candidate: str, lang: str = "en"
) -> Email:
    """A short thank-you note; write one to each interviewer."""
    return _fill(
        _THANK_YOU, Guidance.THANK_YOU_SHORT, lang,
        interviewer=interviewer, position=position, company=company, candidate=candidate,
    )  # fmt: skip


def follow_up_email(
    *, interviewer: str, position: str, company: str, candidate: str, lang: str = "en"
) -> Email:
    """The one short follow-up email, restating interest."""
    return _fill(
        _FOLLOW_UP, Guidance.FOLLOW_UP_ONCE, lang,
        interviewer=interviewer, position=position, company=company, candidate=candidate,
    )  # fmt: skip


def closing_note(
    *, interviewer: str, position: str, company: str, candidate: str, lang: str = "en"
) -> Email:
    """The optional last note after weeks of silence: a friendly goodbye that asks nothing."""
    return _fill(
        _CLOSING, Guidance.SECOND_NOTE_AFTER_WEEKS, lang,
        interviewer=interviewer, position=position, company=company, candidate=candidate,
    )  # fmt: skip
