"""Names a person gives, which etiket writes out again in tables and calendar files."""

from __future__ import annotations

import unicodedata
from typing import Final

from etiket.errors import InvalidInputError, Word

__all__ = ["HALF_CHARACTER", "NOT_IN_A_NAME", "check_name"]

HALF_CHARACTER: Final = frozenset({"Cs"})
"""The Unicode category of half a character (a lone surrogate), which no file can hold."""

NOT_IN_A_NAME: Final = frozenset({"Cc", "Zl", "Zp"})
"""Control characters and line or paragraph separators, by Unicode category.

A name with one breaks a table's rows, and iCalendar forbids control characters in text.
"""


def check_name(text: str, what: str) -> str:
    """``text`` itself, if it is one line of text that can be written as UTF-8.

    A Python string can hold a lone surrogate (U+D800 to U+DFFF), which is what bytes
    that are not UTF-8 become when read with ``errors="surrogateescape"``. Such a
    string prints as garbage and makes writing a calendar or JSON file fail.
    """
    for character in text:
        kind = unicodedata.category(character)
        if kind in HALF_CHARACTER:
            raise InvalidInputError(
                "name.half-character", what=Word(what), text=text, code=f"{ord(character):04X}"
            )
        if kind in NOT_IN_A_NAME:
            raise InvalidInputError(
                "name.control-character", what=Word(what), text=text, code=f"{ord(character):04X}"
            )
    return text
