"""Who a letter is addressed to, and how it greets them (guidance ``form-of-address``).

An Indonesian letter greets the interviewer as Bapak or Ibu with the name and
keeps that word in the body where English says "you"; an English letter uses
the title and name the interviewer used, or the first name alone when they
introduced themselves that way. :class:`Interviewer` reads the title off what
a person types, so ``"Pak Budi"`` and ``"Ms Rivera"`` both just work:

>>> from etiket import Interviewer
>>> budi = Interviewer.parse("Pak Budi")
>>> budi
Interviewer(name='Budi', title='Bapak')
>>> print(budi.greeting("id"))
Yth. Bapak Budi,
>>> budi.you("id")
'Bapak'
>>> print(Interviewer.parse("Ms Rivera").greeting("en"))
Dear Ms Rivera,
>>> print(Interviewer.parse("Sam Lee").greeting("en"))
Dear Sam,
>>> print(Interviewer.parse("Sari").greeting("id"))
Yth. Bapak/Ibu Sari,
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Final

from etiket._text import check_name
from etiket.errors import InvalidInputError, Word
from etiket.language import check_language
from etiket.messages import message

__all__ = [
    "LONGEST_DETAIL",
    "SPELLINGS",
    "TITLED",
    "TITLES",
    "TITLE_DOT",
    "Interviewer",
    "TitleForm",
    "check_detail",
    "detail_word",
    "title_forms",
]

LONGEST_DETAIL: Final = 80
"""Longest a name or a job title in a letter may be, in characters: a name, not a paragraph."""


@dataclass(frozen=True, slots=True)
class _Title:
    """How one title reads in an Indonesian letter; an English letter keeps it as it is."""

    indonesian: str  # in an Indonesian letter: "Ms" becomes "Ibu", "Dr" gains its dot
    you: str | None = None  # the Indonesian body's word for "you"; None: "address.you"
    friendly: bool = False  # Mas, Mbak, Kak: a colleague's title, not an office's


_TITLE_FORMS: Final[dict[str, _Title]] = {
    "Mr": _Title("Bapak", "Bapak"),
    "Ms": _Title("Ibu", "Ibu"),
    "Mrs": _Title("Ibu", "Ibu"),
    "Miss": _Title("Ibu", "Ibu"),
    # Indonesian has no neutral honorific for a letter, so Mx keeps its own title and
    # the body falls back on the pair that names no gender.
    "Mx": _Title("Mx"),
    "Dr": _Title("Dr."),
    "Prof": _Title("Prof."),
    "Bapak": _Title("Bapak", "Bapak"),
    "Ibu": _Title("Ibu", "Ibu"),
    "Mas": _Title("Mas", "Mas", friendly=True),
    "Mbak": _Title("Mbak", "Mbak", friendly=True),
    "Kak": _Title("Kak", "Kakak", friendly=True),
}

TITLES: Final = tuple(_TITLE_FORMS)
"""The titles :meth:`etiket.Interviewer.parse` recognises, besides Pak and Bu (Bapak, Ibu)."""

SPELLINGS: Final = {title.lower(): title for title in _TITLE_FORMS} | {"pak": "Bapak", "bu": "Ibu"}
"""Each title as it may be typed, in lower case, and the title it is: speech shortens
Bapak and Ibu to Pak and Bu, and a letter writes them in full."""

TITLE_DOT: Final = "."
"""What may end a typed title, as in "Dr." or "Bu.": the dot of an abbreviation."""

TITLED: Final = "{title} {name}"
"""How a title and a name are written together: ``str()`` and the greetings."""


@dataclass(frozen=True, slots=True)
class TitleForm:
    """How a letter in one language writes a title, and the word it says for "you"."""

    written: str
    you: str
    friendly: bool


@cache
def title_forms(lang: str) -> Mapping[str, TitleForm]:
    """Each title of :data:`TITLES` as a letter in ``lang`` writes it.

    >>> title_forms("id")["Ms"]
    TitleForm(written='Ibu', you='Ibu', friendly=False)
    >>> title_forms("en")["Ms"]
    TitleForm(written='Ms', you='you', friendly=False)
    """
    code = check_language(lang)
    you = message("address.you", code)
    if code == "en":
        return {title: TitleForm(title, you, form.friendly) for title, form in _TITLE_FORMS.items()}
    return {
        title: TitleForm(form.indonesian, form.you or you, form.friendly)
        for title, form in _TITLE_FORMS.items()
    }


def detail_word(field: str) -> Word:
    """What errors call a detail of a letter: ``answer_by`` is the "answer by"."""
    return Word(field.replace("_", " "))


def check_detail(field: str, value: object) -> str:
    """One detail of a letter (a name, a job title) with its spaces tidied, or a clear error."""
    if not isinstance(value, str):
        raise InvalidInputError(
            "input.detail-type", name=field, value=value, type=type(value).__name__
        )
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError("input.detail-empty", name=field, what=detail_word(field))
    if len(text) > LONGEST_DETAIL:
        raise InvalidInputError(
            "input.detail-too-long", name=field, length=len(text), limit=LONGEST_DETAIL
        )
    # A letter is copied into an email or a chat: no control characters, no broken text.
    return check_name(text, detail_word(field).english)


@dataclass(frozen=True, slots=True)
class Interviewer:
    """The person a letter goes to: a name, and the title they go by, if known.

    ``title`` is one of :data:`~etiket.address.TITLES` (``None`` when unknown). ``str()`` gives the
    name as a letter shows it, e.g. ``Ibu Sari`` or ``Ms Rivera``.
    """

    name: str
    title: str | None = None

    def __post_init__(self) -> None:
        name = check_detail("interviewer", self.name)
        title = None if self.title is None else _canonical_title(self.title)
        # The frozen dataclass keeps what it was given; store the tidied forms instead.
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "title", title)
        check_detail("interviewer", str(self))

    @classmethod
    def parse(cls, value: str | Interviewer) -> Interviewer:
        """``value`` as an interviewer, its leading title (Ms, Dr, Pak, Ibu, Mbak...) read off.

        >>> Interviewer.parse("dr. Ana Rivera")
        Interviewer(name='Ana Rivera', title='Dr')
        >>> Interviewer.parse("Ibu")
        Traceback (most recent call last):
        ...
        etiket.errors.InvalidInputError: interviewer 'Ibu' is a title without a name; add ...
        """
        if isinstance(value, Interviewer):
            return value
        if not isinstance(value, str):
            raise InvalidInputError(
                "address.interviewer-type", value=value, type=type(value).__name__
            )
        text = check_detail("interviewer", value)
        for spelling, title in SPELLINGS.items():
            # A title is a whole word at the start, with or without its dot: "Dr. Rivera",
            # "Dr Rivera", "Dr.Rivera"; "Drew Kim" and "Bu-di" start with none.
            typed, rest = text[: len(spelling)], text[len(spelling) :]
            if typed.lower() == spelling and rest[:1] in {"", " ", TITLE_DOT}:
                name = rest.removeprefix(TITLE_DOT).strip()
                if not name:
                    raise InvalidInputError("address.title-without-name", text=text, title=title)
                return cls(name, title)
        return cls(text)

    def greeting(self, lang: str = "en", *, chat: bool = False) -> str:
        """The letter's opening line, e.g. ``Dear Ms Rivera,`` or ``Yth. Ibu Sari,``.

        A chat message opens more lightly than an email (``chat=True``): "Hello Ms
        Rivera," and "Permisi, Ibu Sari." Mas, Mbak and Kak are friendly titles, so
        an Indonesian letter to them opens with "Halo" rather than the formal "Yth.".
        """
        code = check_language(lang)
        if self.title is None:
            addressed = message(
                "address.untitled", code, name=self.name, first_name=self.name.split()[0]
            )
            friendly = False
        else:
            form = title_forms(code)[self.title]
            addressed, friendly = TITLED.format(title=form.written, name=self.name), form.friendly
        kind = "chat" if chat else "letter"
        key = f"greeting.friendly-{kind}" if friendly else f"greeting.{kind}"
        return message(key, code, addressed=addressed)

    def you(self, lang: str = "en") -> str:
        """The word for "you" in the letter's body: Ibu, Bapak, Mbak... in Indonesian."""
        if self.title is None:
            return message("address.you", lang)
        return title_forms(check_language(lang))[self.title].you

    def __str__(self) -> str:
        return self.name if self.title is None else TITLED.format(title=self.title, name=self.name)


def _canonical_title(title: object) -> str:
    if isinstance(title, str):
        known = SPELLINGS.get(title.strip().rstrip(TITLE_DOT).lower())
        if known is not None:
            return known
    raise InvalidInputError("address.unknown-title", title=title, titles=", ".join(TITLES))
