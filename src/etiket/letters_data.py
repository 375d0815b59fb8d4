"""The letters as plain data, for the script that writes the reader's emails in the page.

``docs/_static/letters.js`` fills the package's letters with what a reader types:
the thank-you note to each interviewer, the follow-up (an email, or a chat
message), the last note and the replies. It holds no sentence and no rule of its
own. This module exports, for one edition, what :mod:`etiket.templates` and
:mod:`etiket.address` write letters with (each template's parts, the forms of
address, the date a letter writes, the limits on a letter's length) and the
package's own error messages, and the script interprets them, so that its
``email(kind, input)`` returns what the template function returns, character
for character. Each kind is named as in :data:`etiket.templates.TEMPLATES`:

- ``thank-you``: :func:`~etiket.thank_you_note`, or :func:`~etiket.thank_you_notes`
  given ``interviewers``;
- ``follow-up``: :func:`~etiket.follow_up_email`;
- ``follow-up-chat``: :func:`~etiket.follow_up_chat`;
- ``closing``: :func:`~etiket.closing_note` (the last note);
- ``rejection-reply``: :func:`~etiket.rejection_reply`;
- ``another-offer``: :func:`~etiket.another_offer_note`.

A text is a list of parts: literal text, and ``[name]`` or ``[name, "r"]`` (the
value's Python ``repr``) for each ``{placeholder}``.

>>> from etiket.letters_data import letters_data
>>> data = letters_data("id")
>>> data["templates"]["follow-up"]["subject"][:2]
['Menanyakan kabar hasil wawancara posisi ', ['position']]
>>> data["address"]["titles"]["Ms"], data["address"]["spellings"]["pak"]
({'written': 'Ibu', 'you': 'Ibu', 'friendly': False}, 'Bapak')
"""

from __future__ import annotations

import inspect
import sys
from functools import cache
from string import Formatter
from typing import Any, Final

from etiket._text import HALF_CHARACTER, NOT_IN_A_NAME
from etiket.address import (
    LONGEST_DETAIL,
    SPELLINGS,
    TITLE_DOT,
    TITLED,
    detail_word,
    title_forms,
)
from etiket.error_messages import ERRORS
from etiket.errors import EtiketError, Word
from etiket.language import LETTER_DATE_FORMAT, Language, check_language
from etiket.messages import MESSAGES
from etiket.site_data import pattern_tokens
from etiket.templates import DETAILS, TEMPLATES, WRITERS, Template

__all__ = ["ERROR_KEYS", "SCRIPT", "case_folds", "letters_data", "text_parts", "upper_lower"]

SCRIPT: Final = "docs/_static/letters.js"
"""The script that reads this data."""

ERROR_KEYS: Final = (
    "input.detail-type",
    "input.detail-empty",
    "input.detail-too-long",
    "name.half-character",
    "name.control-character",
    "address.interviewer-type",
    "address.title-without-name",
    "letters.interviewers-type",
    "letters.no-interviewers",
    "letters.interviewer-twice",
    "input.not-a-date",
    "date.not-a-date",
    "input.typed-flag",
    "input.note-too-long",
)
"""The errors a letter can raise for what a person types, which the script raises too."""

# The greetings of etiket.address: "greeting.<key>" in etiket.messages.
_GREETINGS: Final = ("letter", "chat", "friendly-letter", "friendly-chat")
# The fields of a letter's date that the script writes: month (a name or a number), day, year.
_DATE_FIELDS: Final = {("M", 4), ("M", 1), ("M", 2), ("d", 1), ("d", 2), ("y", 1)}


def letters_data(lang: str) -> dict[str, Any]:
    """Everything the letters script needs for one edition, as JSON-ready values."""
    code = check_language(lang)
    return {
        "lang": code,
        "details": list(DETAILS),
        "longestDetail": LONGEST_DETAIL,
        # What errors call each detail, in the edition's language.
        "words": {name: detail_word(name).message(code) for name in ("interviewer", *DETAILS)},
        "text": {
            "whitespace": _whitespace(),
            "folds": case_folds(),
            "notInAName": {
                "name.half-character": sorted(HALF_CHARACTER),
                "name.control-character": sorted(NOT_IN_A_NAME),
            },
        },
        "address": _address(code),
        "date": _letter_date(code),
        "templates": {
            kind: _template(kind, template, code) for kind, template in TEMPLATES.items()
        },
        "errors": {
            key: text_parts(ERRORS[key][code], key, repr_allowed=True) for key in ERROR_KEYS
        },
    }


def text_parts(text: str, name: str, *, repr_allowed: bool = False) -> list[str | list[str]]:
    """``text`` as literal parts and ``[field]`` (or ``[field, "r"]``) parts, for the script.

    ``name`` says which text it is, should the script be unable to fill a field.
    """
    parts: list[str | list[str]] = []
    for literal, field, spec, conversion in Formatter().parse(text):
        if literal:
            if parts and isinstance(parts[-1], str):
                parts[-1] += literal
            else:
                parts.append(literal)
        if field is None:
            continue
        if spec or not field.isidentifier() or conversion not in {None, "r"}:
            raise EtiketError("site.text-field", text=name, field=field, script=SCRIPT)
        if conversion == "r" and not repr_allowed:
            raise EtiketError("site.text-field", text=name, field=field, script=SCRIPT)
        parts.append([field] if conversion is None else [field, conversion])
    return parts


def _template(kind: str, template: Template, lang: Language) -> dict[str, Any]:
    subject, body = template.texts[lang]
    # A flag's default is the one its function's signature gives.
    signature = inspect.signature(WRITERS[kind]).parameters
    return {
        "subject": text_parts(subject, f"{kind} subject"),
        "body": text_parts(body, f"{kind} body"),
        "guidance": template.guidance.value,
        "toSeveral": template.to_several.value if template.to_several else None,
        "chat": template.chat,
        "maxWords": template.max_words,
        "noun": Word(template.noun).message(lang),
        "dates": {name: Word(what).message(lang) for name, what in template.dates.items()},
        "paragraphs": {
            name: {
                "flag": paragraph.flag,
                "default": signature[paragraph.flag].default,
                "text": text_parts(paragraph.texts[lang], f"{kind} {name}"),
            }
            for name, paragraph in template.paragraphs.items()
        },
    }


def _address(lang: Language) -> dict[str, Any]:
    """The forms of address of :class:`etiket.Interviewer`, in ``lang``."""
    return {
        "spellings": dict(SPELLINGS),
        "dot": TITLE_DOT,
        "titles": {
            title: {"written": form.written, "you": form.you, "friendly": form.friendly}
            for title, form in title_forms(lang).items()
        },
        "titled": text_parts(TITLED, "etiket.address.TITLED"),
        "untitled": text_parts(MESSAGES["address.untitled"][lang], "address.untitled"),
        "you": MESSAGES["address.you"][lang],
        "greetings": {
            key: text_parts(MESSAGES[f"greeting.{key}"][lang], f"greeting.{key}")
            for key in _GREETINGS
        },
    }


def _letter_date(lang: Language) -> dict[str, Any]:
    """How :func:`etiket.language.format_long_date` writes a day, as tokens.

    The script writes them with the planner's names of the months (``planner_data``'s
    ``date.months``, Babel's wide names too), which its page always loads.
    """
    from babel.dates import get_date_format

    pattern = get_date_format(LETTER_DATE_FORMAT, locale=lang).pattern
    return {"pattern": pattern_tokens(pattern, lang, fields=_DATE_FIELDS, script=SCRIPT)}


@cache
def _whitespace() -> str:
    """What ``str.split()`` splits on, which is not quite what a script's ``\\s`` means."""
    return "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())


def upper_lower(text: str) -> str:
    """How the script folds a character that :func:`case_folds` does not list."""
    return text.upper().lower()


@cache
def case_folds() -> dict[str, str]:
    """The characters the script folds by this table, to compare names as ``str.casefold``.

    The script folds every other character to the lower case of its upper case, which
    a script has. That agrees with casefold except for the characters listed here,
    each of which folds to the text given: the table keeps apart what casefold keeps
    apart (``ı`` from ``i``) and joins what it joins (``ẞ`` with ``ss``).
    """
    cased = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if c.casefold() != c or c.upper() != c or c.lower() != c
    ]
    parts = sorted({part for c in cased for part in c.casefold()})
    # Each character of a casefold folds to one character, a different one for each:
    # to itself when the upper-then-lower mapping would merge it with another.
    stable = [part for part in parts if upper_lower(part) == part]
    folds, taken = {part: part for part in stable}, set(stable)
    table: dict[str, str] = {}
    for part in parts:
        if part in folds:
            continue
        mapped = upper_lower(part)
        if len(mapped) != 1 or mapped in taken:
            mapped = table[part] = part
        folds[part] = mapped
        taken.add(mapped)
    # Every cased character then folds to its casefold, one character at a time.
    for c in cased:
        wanted = "".join(folds[part] for part in c.casefold())
        if table.get(c, upper_lower(c)) != wanted:
            table[c] = wanted
    return table
