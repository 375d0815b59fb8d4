"""The one family of errors that etiket raises for bad input.

Every error is an :class:`EtiketError`, so a notebook or a web form can catch
them all with one ``except``. Each message says what was wrong and what to do
instead.
"""

from __future__ import annotations

__all__ = [
    "EtiketError",
    "InvalidDateError",
    "InvalidInputError",
    "InvalidPolicyError",
    "UnknownChannelError",
    "UnknownCountryError",
    "UnsupportedLanguageError",
]


class EtiketError(ValueError):
    """Base class: the input cannot be planned or assessed as given."""


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
