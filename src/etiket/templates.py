"""Short letters to copy: thank-you notes, the one follow-up, the last note, and replies.

Brief and professional: they thank, restate interest and stop. They never
re-sell the candidate. Each takes the interviewer as typed ("Ms Rivera",
"Pak Budi") or as an :class:`~etiket.Interviewer`, greets them by the right form
of address and, in Indonesian, says Bapak, Ibu or Mbak where English says "you".
:data:`MAX_WORDS` and :data:`MAX_CHAT_WORDS` are the length bounds the tests hold
every filled template to.

>>> from etiket import thank_you_note
>>> note = thank_you_note(interviewer="Ibu Sari", position="data analyst",
...                       company="PT Contoh", candidate="Budi", lang="id")
>>> print(note.subject)
Terima kasih atas kesempatan wawancara untuk posisi data analyst
>>> print(note.body.splitlines()[0])
Yth. Ibu Sari,
>>> note.to
'Ibu Sari'

A chat message is an :class:`Email` without a subject (``subject == ""``): one
text to paste into the chat the recruiter has been writing in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from etiket import rulebook
from etiket._choices import read_list
from etiket._dates import to_date
from etiket.address import Interviewer, check_detail, detail_word
from etiket.assessment import Assessment, Outcome, Purpose
from etiket.errors import InvalidInputError, Word
from etiket.guidance import Guidance
from etiket.language import Language, check_language, format_long_date
from etiket.timeline import Action

__all__ = [
    "DETAILS",
    "MAX_CHAT_WORDS",
    "MAX_WORDS",
    "TEMPLATES",
    "WRITERS",
    "Email",
    "Paragraph",
    "Template",
    "another_offer_note",
    "closing_note",
    "follow_up_chat",
    "follow_up_email",
    "letters_for",
    "letters_needed",
    "rejection_reply",
    "thank_you_note",
    "thank_you_notes",
]

MAX_WORDS: Final = 120
"""Longest a filled note's body may be, in words (guidance ``thank-you-short``)."""

MAX_CHAT_WORDS: Final = 60
"""Longest a chat message may be, in words: one screen, read at a glance (``chat-channel``)."""

AnyDate = date | datetime | str
"""A day as the templates take it: a date, a datetime (its day is used) or 'YYYY-MM-DD'."""


@dataclass(frozen=True, slots=True)
class Email:
    """A ready-to-send message: who it is for, its subject and its body.

    ``to`` is the interviewer as the letter names them (``Ibu Sari``). A chat
    message has no subject line, so its ``subject`` is ``""`` and
    :attr:`is_chat` is true.
    """

    to: str
    subject: str
    body: str
    guidance: Guidance

    @property
    def words(self) -> int:
        """How many words the body has."""
        return len(self.body.split())

    @property
    def is_chat(self) -> bool:
        """True for a chat message, which has a body but no subject."""
        return not self.subject

    def __str__(self) -> str:
        return self.body if self.is_chat else f"{self.subject}\n\n{self.body}"


Texts = Mapping[Language, tuple[str, str]]
"""Each language's subject and body, with {placeholders} for the details."""

_THANK_YOU: Texts = {
    "en": (
        "Thank you for the {position} interview",
        "{greeting}\n\n"
        "Thank you for taking the time to talk with me about the {position} role at "
        "{company}. I enjoyed learning more about the team, and our conversation "
        "confirmed my interest in the position.\n\n"
        "I look forward to hearing from you.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Terima kasih atas kesempatan wawancara untuk posisi {position}",
        "{greeting}\n\n"
        "Terima kasih atas waktu yang {you} luangkan untuk berbincang dengan saya "
        "mengenai posisi {position} di {company}. Saya senang dapat mengenal tim {you} "
        "lebih jauh, dan perbincangan tersebut membuat saya makin tertarik pada posisi "
        "ini.\n\n"
        "Saya menantikan kabar dari {you}.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

# The follow-up may be the only thanks the interviewer gets (a note never sent, or sent
# too late), so it thanks for the interview before it asks.
_FOLLOW_UP: Texts = {
    "en": (
        "Following up on the {position} interview on {interview_date}",
        "{greeting}\n\n"
        "I hope you are well. Thank you for meeting with me about the {position} role at "
        "{company} on {interview_date}. I am writing to ask whether there is any news "
        "about the position. I remain very interested, and I would be glad to provide "
        "anything else you need.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Menanyakan kabar hasil wawancara posisi {position} tanggal {interview_date}",
        "{greeting}\n\n"
        "Semoga {you} dalam keadaan baik. Terima kasih atas kesempatan wawancara untuk "
        "posisi {position} di {company} pada {interview_date}. Melalui surel ini, saya "
        "ingin menanyakan apakah sudah ada kabar mengenai hasilnya. Saya tetap sangat "
        "tertarik pada posisi ini dan dengan senang hati memberikan informasi lain yang "
        "{you} perlukan.\n\n"
        "Terima kasih atas waktu {you}.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

# A chat arrives among the recruiter's other chats: it says at once who is writing and
# about which interview, since a bare "P" or "Halo" tells them nothing.
_FOLLOW_UP_CHAT: Texts = {
    "en": (
        "",
        "{greeting} this is {candidate}. I interviewed for the {position} role at "
        "{company} on {interview_date}, and I would like to ask whether there is any "
        "news about the decision. Thank you for your time.",
    ),
    "id": (
        "",
        "{greeting} Perkenalkan, saya {candidate}, kandidat posisi {position} di "
        "{company} yang mengikuti wawancara pada {interview_date}. Saya ingin menanyakan "
        "apakah sudah ada kabar mengenai hasil wawancara tersebut. Terima kasih atas "
        "waktu {you}.",
    ),
}

# The last note is a goodbye, not a second question: it asks for nothing. Nor does it
# concede the job: no answer has come, so it restates interest in this position and
# adds future ones.
_CLOSING: Texts = {
    "en": (
        "Thank you again: the {position} role",
        "{greeting}\n\n"
        "Thank you again for considering me for the {position} role at {company}. I "
        "enjoyed meeting the team, and I remain interested in the position. I would be "
        "glad to stay in touch and to be considered for future openings as well.\n\n"
        "I wish you and the team all the best.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Sekali lagi terima kasih: posisi {position}",
        "{greeting}\n\n"
        "Sekali lagi terima kasih telah mempertimbangkan saya untuk posisi {position} "
        "di {company}. Saya senang sempat mengenal tim {you}, dan saya masih tertarik "
        "pada posisi tersebut. Saya juga berharap tetap dapat dipertimbangkan untuk "
        "kesempatan lain di {company} pada masa mendatang.\n\n"
        "Semoga {you} dan tim selalu sukses.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

_REJECTION_REPLY: Texts = {
    "en": (
        "Thank you: the {position} role",
        "{greeting}\n\n"
        "Thank you for letting me know your decision about the {position} role at "
        "{company}, and for the time you and the team gave me during the process.\n\n"
        "{feedback}"
        "I enjoyed learning about {company}, and I would be glad to be considered for "
        "future openings.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Terima kasih atas kabarnya: posisi {position}",
        "{greeting}\n\n"
        "Terima kasih telah memberi tahu saya keputusan mengenai posisi {position} di "
        "{company}, juga atas waktu yang {you} dan tim berikan selama proses seleksi.\n\n"
        "{feedback}"
        "Saya senang dapat mengenal {company} lebih jauh, dan saya berharap dapat "
        "dipertimbangkan untuk lowongan lain pada masa mendatang.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

# Asked once, politely, and easy to decline: a rejected candidate is owed no reasons.
_FEEDBACK_REQUEST: Mapping[Language, str] = {
    "en": "If you have a moment, I would be grateful for any feedback on my interview.\n\n",
    "id": "Jika {you} berkenan, saya akan sangat menghargai masukan mengenai wawancara saya.\n\n",
}

# Never names the other employer: it is theirs to keep, and naming it reads as pressure.
_ANOTHER_OFFER: Texts = {
    "en": (
        "The {position} role: a question about your timeline",
        "{greeting}\n\n"
        "I remain very interested in the {position} role at {company}. Since our "
        "interview I have received another job offer, and I have been asked to give my "
        "answer by {answer_by}.\n\n"
        "Because I would very much like to join your team, I wanted to let you know "
        "before I decide. Could you tell me how your process will go from here, and when "
        "you expect to make a decision?\n\n"
        "Thank you for your understanding.\n\n"
        "Kind regards,\n{candidate}",
    ),
    "id": (
        "Menanyakan jadwal keputusan untuk posisi {position}",
        "{greeting}\n\n"
        "Saya masih sangat tertarik pada posisi {position} di {company}. Setelah "
        "wawancara, saya menerima tawaran kerja dari perusahaan lain dan diminta "
        "memberikan jawaban paling lambat {answer_by}.\n\n"
        "Karena saya sangat berharap dapat bergabung dengan tim {you}, saya ingin "
        "menyampaikan hal ini sebelum mengambil keputusan. Bolehkah saya mengetahui "
        "bagaimana kelanjutan proses seleksinya, dan kapan kira-kira keputusan akan "
        "diambil?\n\n"
        "Terima kasih atas pengertian {you}.\n\n"
        "Salam hormat,\n{candidate}",
    ),
}

DETAILS: Final = ("position", "company", "candidate")
"""What every letter names besides the interviewer: its functions' keyword arguments."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph that a letter holds unless its flag, a keyword argument, is false."""

    flag: str
    texts: Mapping[Language, str]


@dataclass(frozen=True, slots=True)
class Template:
    """One kind of letter as data: its texts, the rule it serves and what it takes.

    The functions below do nothing but read these, and the handbook's in-page script
    reads the same (exported by :mod:`etiket.letters_data`), so both write one letter.
    """

    texts: Texts
    guidance: Guidance
    # The days it names: each keyword argument, and what its errors call it.
    dates: Mapping[str, str] = field(default_factory=dict)
    chat: bool = False
    # Each {placeholder} that a paragraph fills, or nothing when its flag is false.
    paragraphs: Mapping[str, Paragraph] = field(default_factory=dict)
    # The rule served when one letter goes to each of several interviewers, if it can.
    to_several: Guidance | None = None

    @property
    def max_words(self) -> int:
        """Longest the body may be, in words."""
        return MAX_CHAT_WORDS if self.chat else MAX_WORDS

    @property
    def noun(self) -> str:
        """What an error calls the letter: a chat "message", or a "note"."""
        return "message" if self.chat else "note"


_INTERVIEW_DATE: Final = {"interview_date": "interview date"}

TEMPLATES: Final[Mapping[str, Template]] = {
    "thank-you": Template(
        _THANK_YOU, Guidance.THANK_YOU_SHORT, to_several=Guidance.EACH_INTERVIEWER
    ),
    "follow-up": Template(_FOLLOW_UP, Guidance.FOLLOW_UP_ONCE, _INTERVIEW_DATE),
    "follow-up-chat": Template(_FOLLOW_UP_CHAT, Guidance.CHAT_CHANNEL, _INTERVIEW_DATE, chat=True),
    "closing": Template(_CLOSING, Guidance.SECOND_NOTE_AFTER_WEEKS),
    "rejection-reply": Template(
        _REJECTION_REPLY,
        Guidance.REPLY_AFTER_ANSWER,
        paragraphs={"feedback": Paragraph("ask_feedback", _FEEDBACK_REQUEST)},
    ),
    "another-offer": Template(
        _ANOTHER_OFFER, Guidance.ANOTHER_OFFER, {"answer_by": "answer_by date"}
    ),
}
"""Each kind of letter by its name; :data:`WRITERS` gives the function that writes it."""


@dataclass(frozen=True, slots=True)
class _Letter:
    """One letter being written: its template, the addressee, the language and the details."""

    template: Template
    interviewer: Interviewer
    lang: Language
    details: dict[str, str]

    @classmethod
    def of(
        cls, template: Template, *, interviewer: str | Interviewer, lang: str, **given: object
    ) -> _Letter:
        details = {name: check_detail(name, given[name]) for name in DETAILS}
        person = Interviewer.parse(interviewer)
        code = check_language(lang)
        for name, what in template.dates.items():
            details[name] = format_long_date(to_date(given[name], what), code)
        return cls(template, person, code, details)

    def fill(self, guidance: Guidance, flags: Mapping[str, bool]) -> Email:
        """The letter, each paragraph filled in first unless its flag in ``flags`` is false."""
        values = {
            **self.details,
            "greeting": self.interviewer.greeting(self.lang, chat=self.template.chat),
            "you": self.interviewer.you(self.lang),
        }
        for name, paragraph in self.template.paragraphs.items():
            values[name] = (
                paragraph.texts[self.lang].format(**values) if flags[paragraph.flag] else ""
            )
        subject, body = self.template.texts[self.lang]
        email = Email(
            to=str(self.interviewer), subject=subject.format(**values),
            body=body.format(**values), guidance=guidance,
        )  # fmt: skip
        self._check_length(email)
        return email

    def _check_length(self, email: Email) -> None:
        # Each detail fits its own limit, yet four wordy ones could still bloat the note.
        bound = self.template.max_words
        if email.words <= bound:
            return
        typed = {"interviewer": str(self.interviewer)} | {
            name: self.details[name] for name in DETAILS
        }
        wordiest = max(typed, key=lambda name: len(typed[name].split()))
        raise InvalidInputError(
            "input.note-too-long",
            kind=Word(self.template.noun),
            words=email.words,
            limit=bound,
            what=detail_word(wordiest),
            value=typed[wordiest],
        )


def _write(kind: str, *, interviewer: str | Interviewer, lang: str, **given: object) -> Email:
    """The letter of ``kind`` in :data:`TEMPLATES`, from its function's keyword arguments."""
    template = TEMPLATES[kind]
    flags: dict[str, bool] = {}
    for paragraph in template.paragraphs.values():
        value = given.pop(paragraph.flag)
        if not isinstance(value, bool):
            raise InvalidInputError(
                "input.typed-flag", name=paragraph.flag, value=value, type=type(value).__name__
            )
        flags[paragraph.flag] = value
    letter = _Letter.of(template, interviewer=interviewer, lang=lang, **given)
    return letter.fill(template.guidance, flags)


def thank_you_note(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    lang: str = "en",
) -> Email:  # fmt: skip
    """A short thank-you note to one interviewer; :func:`thank_you_notes` writes one to each."""
    return _write(
        "thank-you", interviewer=interviewer, position=position, company=company,
        candidate=candidate, lang=lang,
    )  # fmt: skip


def thank_you_notes(
    *, interviewers: Sequence[str | Interviewer], position: str, company: str,
    candidate: str, lang: str = "en",
) -> tuple[Email, ...]:  # fmt: skip
    """A thank-you note to each interviewer, in the order given (guidance ``each-interviewer``).

    >>> from etiket import thank_you_notes
    >>> notes = thank_you_notes(interviewers=["Ms Rivera", "Mr Chen"], position="analyst",
    ...                         company="Northwind", candidate="Sam Lee")
    >>> [note.body.splitlines()[0] for note in notes]
    ['Dear Ms Rivera,', 'Dear Mr Chen,']
    """
    if isinstance(interviewers, (str, Interviewer)) or not isinstance(interviewers, Sequence):
        raise InvalidInputError(
            "letters.interviewers-type", value=interviewers, type=type(interviewers).__name__
        )
    if not interviewers:
        raise InvalidInputError("letters.no-interviewers")
    people = [Interviewer.parse(person) for person in interviewers]
    seen: set[str] = set()
    for person in people:
        if str(person).casefold() in seen:
            raise InvalidInputError("letters.interviewer-twice", name=str(person))
        seen.add(str(person).casefold())
    template = TEMPLATES["thank-you"]
    # One interviewer is the ordinary note; several are the rule that each gets their own.
    several = template.to_several if len(people) > 1 else None
    return tuple(
        _Letter.of(
            template, interviewer=person, position=position, company=company,
            candidate=candidate, lang=lang,
        ).fill(several or template.guidance, {})
        for person in people
    )  # fmt: skip


def follow_up_email(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    interview_date: AnyDate, lang: str = "en",
) -> Email:  # fmt: skip
    """The one short follow-up email, naming the position and the interview's date.

    It thanks for the interview as well, so it still works when no note was sent.
    """
    return _write(
        "follow-up", interviewer=interviewer, position=position, company=company,
        candidate=candidate, interview_date=interview_date, lang=lang,
    )  # fmt: skip


def follow_up_chat(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    interview_date: AnyDate, lang: str = "en",
) -> Email:  # fmt: skip
    """The follow-up as one chat message (guidance ``chat-channel``), when the recruiter chats.

    It says who is writing and about which interview, within
    :data:`~etiket.templates.MAX_CHAT_WORDS`. Its ``subject`` is ``""``: a chat has none.
    """
    return _write(
        "follow-up-chat", interviewer=interviewer, position=position, company=company,
        candidate=candidate, interview_date=interview_date, lang=lang,
    )  # fmt: skip


def closing_note(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    lang: str = "en",
) -> Email:  # fmt: skip
    """The optional last note after weeks of silence: thanks, interest, and nothing asked."""
    return _write(
        "closing", interviewer=interviewer, position=position, company=company,
        candidate=candidate, lang=lang,
    )  # fmt: skip


def rejection_reply(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    ask_feedback: bool = True, lang: str = "en",
) -> Email:  # fmt: skip
    """One gracious reply to a rejection (guidance ``reply-after-answer``).

    It thanks, asks for feedback once unless ``ask_feedback=False``, and leaves the
    door open to future openings.
    """
    return _write(
        "rejection-reply", interviewer=interviewer, position=position, company=company,
        candidate=candidate, ask_feedback=ask_feedback, lang=lang,
    )  # fmt: skip


def another_offer_note(
    *, interviewer: str | Interviewer, position: str, company: str, candidate: str,
    answer_by: AnyDate, lang: str = "en",
) -> Email:  # fmt: skip
    """Tell the employer about another offer and ask their timeline (guidance ``another-offer``).

    It says when the candidate must answer the other offer, never names the other
    employer, and restates interest in this position.
    """
    return _write(
        "another-offer", interviewer=interviewer, position=position, company=company,
        candidate=candidate, answer_by=answer_by, lang=lang,
    )  # fmt: skip


WRITERS: Final[Mapping[str, Callable[..., Email]]] = {
    "thank-you": thank_you_note,
    "follow-up": follow_up_email,
    "follow-up-chat": follow_up_chat,
    "closing": closing_note,
    "rejection-reply": rejection_reply,
    "another-offer": another_offer_note,
}
"""The function that writes each kind of :data:`TEMPLATES` to one interviewer.

:func:`thank_you_notes` writes the thank-you to each of several.
"""


def letters_needed(
    *, chat: bool = False, outcome: Outcome | str | None = None, other_offer: bool = False,
    sent: Iterable[Purpose | str] = (), next_step: Action | str | None = None,
) -> list[str]:  # fmt: skip
    """The kinds of letter a candidate may need, in the order they are needed.

    ``next_step`` is an assessment's next step (an ``etiket.Action``), which says
    what the candidate already sent as etiket read it, and ``sent`` the purposes of
    their messages as it read them (``etiket.Purpose``); :func:`letters_for` takes
    both from an assessment. Without them, every letter of waiting. While they wait:
    the thank-you note, the follow-up (and its chat version when the recruiter
    writes by chat), the note about another offer once there is one
    (``other_offer``) and the last note, each until it is sent. Once the employer
    answered (``outcome``, an ``etiket.Outcome``), only what the answer calls for:
    the reply to a rejection while it is the next step, the note about another
    offer (until it is sent) while a next round is still to come, and no letter
    after an offer, whose reply is the next step. The handbook's assistant offers
    the same letters: the rule is the rulebook's.

    >>> letters_needed()
    ['thank-you', 'follow-up', 'closing']
    >>> letters_needed(chat=True, other_offer=True, next_step="follow-up")
    ['follow-up', 'follow-up-chat', 'another-offer', 'closing']
    >>> letters_needed(outcome="rejection", next_step="reply-to-rejection")
    ['rejection-reply']
    >>> letters_needed(outcome="next-round", other_offer=True)
    ['another-offer']
    >>> letters_needed(outcome="offer", next_step="respond-to-offer")
    []
    """
    answer = None if outcome is None else Outcome.parse(outcome)
    purposes = sorted({Purpose.parse(purpose).value for purpose in read_list(sent, "sent")})
    action = None if next_step is None else Action(next_step).value
    kinds: list[str] = rulebook.letters_needed(chat, answer, other_offer, purposes, action)
    return kinds


def letters_for(assessment: Assessment, *, other_offer: bool = False) -> list[str]:
    """The letters a candidate may need where ``assessment`` finds them (:func:`letters_needed`).

    ``other_offer`` says whether another employer made an offer, which an
    assessment does not know until the note about it is sent.

    >>> import etiket
    >>> sent = etiket.assess("2026-11-20", today="2026-12-03",
    ...                      notes=[etiket.Contact("2026-11-20"), etiket.Contact("2026-11-30")])
    >>> letters_for(sent)
    ['closing']
    """
    reply = assessment.reply
    return letters_needed(
        chat=assessment.timeline.recruiter_uses_chat,
        outcome=None if reply is None else reply.outcome,
        other_offer=other_offer,
        sent=[contact.purpose for contact in assessment.contacts if contact.purpose is not None],
        next_step=None if assessment.next_step is None else assessment.next_step.action,
    )
