"""The calendar defaults the pages name come from ``etiket.ics``, in the page's language."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

import etiket
from etiket import ics
from etiket.messages import quantity

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs.rules import calendar_default  # noqa: E402


def _hours(span: timedelta) -> int:
    return int(span.total_seconds() // 3600)


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize(
    ("name", "span"),
    [("remind-before", ics.REMIND_BEFORE), ("deadline-block", ics.DEADLINE_BLOCK)],
)
def test_spans_are_the_calendar_files_own(name: str, span: timedelta, lang: str) -> None:
    assert calendar_default(name, lang) == quantity(_hours(span), "hours", lang)


def test_the_deadline_block_follows_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    longer = ics.DEADLINE_BLOCK + timedelta(hours=1)
    monkeypatch.setattr(ics, "DEADLINE_BLOCK", longer)
    assert calendar_default("deadline-block", "en") == quantity(_hours(longer), "hours", "en")


def test_an_unknown_default_names_the_known_ones() -> None:
    with pytest.raises(etiket.EtiketError, match="deadline-block"):
        calendar_default("slot", "en")
