"""Reading what people type: a choice (a channel, a purpose...), or a list of values."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from etiket.errors import InvalidInputError

__all__ = ["read_choice", "read_list"]

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


def read_list(values: object, name: str) -> list[object]:
    """``values`` as a list; a text is one value, not a list of its letters: a clear error."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError("input.not-a-list", name=name, value=values)
    return list(values)
