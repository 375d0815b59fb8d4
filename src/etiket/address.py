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

import re
from dataclasses import dataclass
from typing import Final

from etiket._text import check_name
from etiket.errors import InvalidInputError, Word
from etiket.language import Language, check_language

__all__ = ["LONGEST_DETAIL", "TITLES", "Interviewer", "check_detail"]

LONGEST_DETAIL: Final = 80
"""Longest a name or a job title in a letter may be, in characters: a name, not a paragraph."""


@dataclass(frozen=True, slots=True)
class _Title:
    """How one title reads in an Indonesian letter; an English letter keeps it as it is."""

    indonesian: str  # in an Indonesian letter: "Ms" becomes "Ibu", "Dr" gains its dot
    you: str  # the Indonesian body's word for "you"
    friendly: bool = False  # Mas, Mbak, Kak: a colleague's title, not an office's


_UNKNOWN_GENDER = "Bapak/Ibu"  # the standard Indonesian form when the gender is not known

_TITLE_FORMS: Final[dict[str, _Title]] = {
    "Mr": _Title("Bapak", "Bapak"),
    "Ms": _Title("Ibu", "Ibu"),
    "Mrs": _Title("Ibu", "Ibu"),
    "Miss": _Title("Ibu", "Ibu"),
    # Indonesian has no neutral honorific for a letter, so Mx keeps its own title and
    # the body falls back on the pair that names no gender.
    "Mx": _Title("Mx", _UNKNOWN_GENDER),
    "Dr": _Title("Dr.", _UNKNOWN_GENDER),
    "Prof": _Title("Prof.", _UNKNOWN_GENDER),
    "Bapak": _Title("Bapak", "Bapak"),
    "Ibu": _Title("Ibu", "Ibu"),
    "Mas": _Title("Mas", "Mas", friendly=True),
    "Mbak": _Title("Mbak", "Mbak", friendly=True),
    "Kak": _Title("Kak", "Kakak", friendly=True),
}
# Speech shortens Bapak and Ibu; a letter writes them in full.
_SPOKEN_FORMS: Final = {"pak": "Bapak", "bu": "Ibu"}
_CANONICAL: Final = {title.lower(): title for title in _TITLE_FORMS} | _SPOKEN_FORMS

TITLES: Final = tuple(_TITLE_FORMS)
"""The titles :meth:`etiket.Interviewer.parse` recognises, besides Pak and Bu (Bapak, Ibu)."""

# A title is a whole word at the start, with or without its dot: "Dr. Rivera", "Dr Rivera".
_LEADING_TITLE = re.compile(r"(?P<title>[^\W\d_]+)\.?(?:\s+|(?<=\.)(?=\S)|$)")


def check_detail(field: str, value: object) -> str:
    """One detail of a letter (a name, a job title) with its spaces tidied, or a clear error."""
    if not isinstance(value, str):
        raise InvalidInputError(
            "input.detail-type", name=field, value=value, type=type(value).__name__
        )
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError(
            "input.detail-empty", name=field, what=Word(field.replace("_", " "))
        )
    if len(text) > LONGEST_DETAIL:
        raise InvalidInputError(
            "input.detail-too-long", name=field, length=len(text), limit=LONGEST_DETAIL
        )
    # A letter is copied into an email or a chat: no control characters, no broken text.
    return check_name(text, field.replace("_", " "))


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
        match = _LEADING_TITLE.match(text)
        title = match and _CANONICAL.get(match["title"].lower())
        if match is None or title is None:
            return cls(text)
        name = text[match.end() :].strip()
        if not name:
            raise InvalidInputError("address.title-without-name", text=text, title=title)
        return cls(name, title)

    def greeting(self, lang: str = "en", *, chat: bool = False) -> str:
        """The letter's opening line, e.g. ``Dear Ms Rivera,`` or ``Yth. Ibu Sari,``.

        A chat message opens more lightly than an email (``chat=True``): "Hello Ms
        Rivera," and "Permisi, Ibu Sari." Mas, Mbak and Kak are friendly titles, so
        an Indonesian letter to them opens with "Halo" rather than the formal "Yth.".
        """
        code = check_language(lang)
        friendly = self.title is not None and _TITLE_FORMS[self.title].friendly
        if code == "en":
            return f"{'Hello' if chat else 'Dear'} {self._addressed('en')},"
        if chat:
            return f"{'Halo' if friendly else 'Permisi'}, {self._addressed('id')}."
        return f"{'Halo' if friendly else 'Yth.'} {self._addressed('id')},"

    def you(self, lang: str = "en") -> str:
        """The word for "you" in the letter's body: Ibu, Bapak, Mbak... in Indonesian."""
        if check_language(lang) == "en":
            return "you"
        return _UNKNOWN_GENDER if self.title is None else _TITLE_FORMS[self.title].you

    def _addressed(self, lang: Language) -> str:
        """Title and name as the greeting writes them in ``lang``."""
        if self.title is None:
            # English without a title greets by first name, as the interviewer introduced
            # themselves; Indonesian without one keeps the polite pair before the full name.
            return self.name.split()[0] if lang == "en" else f"{_UNKNOWN_GENDER} {self.name}"
        forms = _TITLE_FORMS[self.title]
        return f"{self.title if lang == 'en' else forms.indonesian} {self.name}"

    def __str__(self) -> str:
        return self.name if self.title is None else f"{self.title} {self.name}"


def _canonical_title(title: object) -> str:
    if isinstance(title, str):
        known = _CANONICAL.get(title.strip().rstrip(".").lower())
        if known is not None:
            return known
    raise InvalidInputError("address.unknown-title", title=title, titles=", ".join(TITLES))
