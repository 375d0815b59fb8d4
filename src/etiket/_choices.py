"""Reading a choice (a channel, a purpose...) the way people type it."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

__all__ = ["read_choice"]

Choice = TypeVar("Choice", bound=StrEnum)


def read_choice(kind: type[Choice], value: object, aliases: dict[str, str]) -> Choice | None:
    """``value`` as a member of ``kind``, by value or alias, whatever its case and separators.

    None for anything else, so that each caller raises the error that names its own choices.
    """
    if isinstance(value, kind):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return kind(aliases.get(text, text))
    except ValueError:
        return None
