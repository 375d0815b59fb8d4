"""The one family of errors that etiket raises for bad input.

Every error is an :class:`EtiketError`, so a notebook or a web form can catch
them all with one ``except``. Each message says what was wrong and what to do
instead, in English and in Indonesian: ``str(error)`` is the English message,
``error.message("id")`` the Indonesian one. The sentences live in one
catalogue, ``etiket.error_messages``; an error carries only its key there
and the values that fill it.

>>> import etiket
>>> try:
...     etiket.Policy(second_note_after_weeks=0)
... except etiket.EtiketError as error:
...     print(error.key)
...     print(error)
...     print(error.message("id"))
policy.too-small
second_note_after_weeks must be at least 1, not 0; give a whole number of weeks
second_note_after_weeks paling sedikit 1, bukan 0; berikan bilangan bulat dalam satuan minggu
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "EtiketError",
    "InvalidDateError",
    "InvalidInputError",
    "InvalidPolicyError",
    "Text",
    "UnknownChannelError",
    "UnknownCountryError",
    "UnsupportedLanguageError",
    "Word",
]


class Text:
    """A sentence of the error catalogue with its values, worded when a language is known.

    Use it for a value that is itself a phrase with numbers in it, such as
    "row 3 ('Ana')", so that it reads right in each language.
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        from etiket.error_messages import ERRORS

        if key not in ERRORS:
            # A raise site with a mistyped key; tests/test_error_messages.py catches these.
            raise KeyError(f"no error message {key!r} in etiket.error_messages.ERRORS")
        self.key = key
        self.values = values

    def __repr__(self) -> str:
        return f"Text({self.key!r}, **{self.values!r})"

    def message(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (``"en"`` or ``"id"``), its values worded in ``lang`` too."""
        from etiket.error_messages import ERRORS
        from etiket.language import check_language

        code = check_language(lang)
        worded = {name: _worded(value, code) for name, value in self.values.items()}
        return ERRORS[self.key][code].format(**worded)


class Word:
    """A word or name given as a value (``Word("interview date")``), in the reader's language.

    The key is the English text, so ``str(error)`` reads as it always did; the
    Indonesian comes from ``etiket.error_messages.WORDS``.
    """

    __slots__ = ("english",)

    def __init__(self, english: str, /) -> None:
        self.english = english

    def __repr__(self) -> str:
        return f"Word({self.english!r})"

    def message(self, lang: str = "en") -> str:
        """The word in ``lang``; the English one if the catalogue lacks it (a test forbids that)."""
        from etiket.error_messages import WORDS
        from etiket.language import check_language

        return WORDS.get(self.english, {}).get(check_language(lang), self.english)


def _worded(value: object, lang: str) -> object:
    """A value ready for ``str.format`` in ``lang``: phrases worded, everything else as given."""
    if isinstance(value, Text | Word | EtiketError):
        return value.message(lang)
    if isinstance(value, Mapping) and set(value) == {"en", "id"}:
        return value[lang]
    return value


class EtiketError(ValueError):
    """Base class: the input cannot be planned or assessed as given.

    Raise one with the key of its sentence in ``etiket.error_messages`` and
    the values that fill it: ``InvalidDateError("date.not-a-date", what=...,
    value=...)``. Values that are words pass as ``Word``, ``Text`` or
    an ``{"en": ..., "id": ...}`` pair; dates, numbers and quoted input pass as
    they are.
    """

    def __init__(self, key: str, /, **values: object) -> None:
        self.text = Text(key, **values)
        super().__init__(self.text.message("en"))

    @property
    def key(self) -> str:
        """The message's key in ``etiket.error_messages.ERRORS``."""
        return self.text.key

    @property
    def values(self) -> dict[str, object]:
        """The values that fill the message."""
        return dict(self.text.values)

    def message(self, lang: str = "en") -> str:
        """What went wrong and what to do, in ``lang`` (``"en"`` or ``"id"``)."""
        return self.text.message(lang)

    def __str__(self) -> str:
        return self.text.message("en")

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle by their args (the English text); rebuild from the key instead.
        return (_rebuild, (type(self), self.text.key, self.text.values))


def _rebuild(cls: type[EtiketError], key: str, values: dict[str, object]) -> EtiketError:
    return cls(key, **values)


class InvalidInputError(EtiketError, TypeError):
    """A value has the wrong type (for example a number where a date belongs)."""


class InvalidDateError(EtiketError):
    """A date is malformed, impossible, or out of order with the others."""


class InvalidPolicyError(EtiketError):
    """A policy number is out of its range, or inconsistent with another.

    A value that is not a whole number at all (``1.5``, ``"5"``, ``True``) is an
    :class:`InvalidInputError` instead: it has the wrong type.
    """


class UnknownChannelError(EtiketError):
    """A contact channel that etiket does not know (it knows email, letter, phone...)."""


class UnknownCountryError(EtiketError):
    """A country code for which no holiday calendar exists."""


class UnsupportedLanguageError(EtiketError):
    """A language other than the supported ones (English ``en``, Indonesian ``id``)."""
