"""The ``email-template`` directive shows the package's own template text, in the page's language.

Each test builds a one-page Sphinx project in a temporary folder with only MyST
and the directive's extension, and reads the HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from _sphinx_project import build_project
from bs4 import BeautifulSoup

import etiket

DETAILS = {
    "interviewer": "Ms Rivera",
    "position": "data analyst",
    "company": "Northwind Traders",
    "candidate": "Sam Lee",
}


def _page(kind: str, details: dict[str, str]) -> str:
    options = "".join(f":{name}: {value}\n" for name, value in details.items())
    return f"# Page\n\n:::{{email-template}} {kind}\n{options}:::\n"


def _build(tmp_path: Path, text: str, lang: str = "en") -> tuple[BeautifulSoup, str]:
    """The page's HTML and the build's warnings."""
    warnings = build_project(tmp_path, {"index": text}, "emails", lang)
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser"), warnings


# Each kind, the options it needs beyond DETAILS, and the call that should fill it.
KINDS: list[tuple[str, dict[str, str], Callable[..., etiket.Email]]] = [
    ("thank-you", {}, etiket.thank_you_note),
    ("follow-up", {"interview-date": "2026-11-20"}, etiket.follow_up_email),
    ("follow-up-chat", {"interview-date": "2026-11-20"}, etiket.follow_up_chat),
    ("closing", {}, etiket.closing_note),
    ("rejection-reply", {}, etiket.rejection_reply),
    ("rejection-reply", {"ask-feedback": "no"}, etiket.rejection_reply),
    ("another-offer", {"answer-by": "2026-12-04"}, etiket.another_offer_note),
]
LABELS = {
    "en": {"subject": "Subject", "body": "Message", "chat": "Chat message", "to": "To"},
    "id": {"subject": "Subjek", "body": "Isi surel", "chat": "Isi pesan", "to": "Kepada"},
}


def _arguments(options: dict[str, str]) -> dict[str, object]:
    """The directive's options as the package function's keyword arguments."""
    arguments: dict[str, object] = {k.replace("-", "_"): v for k, v in options.items()}
    if "ask_feedback" in arguments:
        arguments["ask_feedback"] = arguments["ask_feedback"] == "yes"
    return arguments


@pytest.mark.parametrize(
    ("kind", "options", "fill"),
    KINDS,
    ids=[f"{k}{'-' if o else ''}{'-'.join(o)}" for k, o, _ in KINDS],
)
@pytest.mark.parametrize("lang", sorted(etiket.LANGUAGES))
def test_the_page_shows_the_packages_text(
    tmp_path: Path, kind: str, options: dict[str, str], fill: Callable[..., etiket.Email],
    lang: str,
) -> None:  # fmt: skip
    soup, warnings = _build(tmp_path, _page(kind, {**DETAILS, **options}), lang)
    assert not warnings
    email = fill(**DETAILS, **_arguments(options), lang=lang)
    subject = soup.select_one(".etiket-email__subject pre")
    body = soup.select_one(".etiket-email__body pre")
    assert body is not None
    # The body keeps its blank lines and each paragraph on one line, as the package wrote it.
    assert body.get_text().strip() == email.body
    assert "<BLANKLINE>" not in soup.get_text()
    labels = [p.get_text() for p in soup.select(".etiket-email__label")]
    if email.is_chat:
        assert subject is None  # a chat has no subject line to fill
        assert labels == [LABELS[lang]["chat"]]
    else:
        assert subject is not None
        assert subject.get_text().strip() == email.subject
        assert labels == [LABELS[lang]["subject"], LABELS[lang]["body"]]
    assert soup.find("link", href=lambda h: bool(h) and "email-template.css" in h)


@pytest.mark.parametrize("lang", sorted(etiket.LANGUAGES))
def test_several_interviewers_get_a_note_each(tmp_path: Path, lang: str) -> None:
    names = ["Ms Rivera", "Pak Budi"]
    details = {k: v for k, v in DETAILS.items() if k != "interviewer"}
    soup, warnings = _build(
        tmp_path, _page("thank-you", {"interviewers": " ; ".join(names), **details}), lang
    )
    assert not warnings
    notes = etiket.thank_you_notes(interviewers=names, **details, lang=lang)
    shown = soup.select(".etiket-email")
    assert len(shown) == len(notes)
    for note, box in zip(notes, shown, strict=True):
        to = box.select_one(".etiket-email__to")
        assert to is not None
        assert to.get_text() == f"{LABELS[lang]['to']}: {note.to}"
        body = box.select_one(".etiket-email__body pre")
        assert body is not None
        assert body.get_text().strip() == note.body


def test_a_page_without_a_template_does_not_load_its_stylesheet(tmp_path: Path) -> None:
    soup, warnings = _build(tmp_path, "# Page\n\nNo template here.\n")
    assert not warnings
    assert not soup.find("link", href=lambda h: bool(h) and "email-template.css" in h)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("thank-you-note", DETAILS), "unknown email template 'thank-you-note'"),
        (
            _page("follow-up", {k: v for k, v in DETAILS.items() if k != "company"}),
            "needs the option(s) :company:",
        ),
        (
            _page("thank-you", {**DETAILS, "position": "very " * 20 + "senior analyst"}),
            "position is",
        ),
        (_page("follow-up", DETAILS), "needs the option(s) :interview-date:"),
        (_page("closing", {**DETAILS, "answer-by": "2026-12-04"}), "does not take :answer-by:"),
        (
            _page("thank-you", {**DETAILS, "interviewers": "Ms Rivera; Mr Chen"}),
            "does not take :interviewer:",
        ),
        (_page("follow-up-chat", {**DETAILS, "interview-date": "20/11/2026"}), "YYYY-MM-DD"),
        (
            _page("rejection-reply", {**DETAILS, "ask-feedback": "maybe"}),
            ":ask-feedback: is yes or no, not 'maybe'",
        ),
    ],
    ids=[
        "unknown kind",
        "missing option",
        "package refuses",
        "missing date",
        "option of another kind",
        "both addressees",
        "bad date",
        "bad flag",
    ],
)
def test_mistakes_are_reported_as_build_errors(tmp_path: Path, text: str, expected: str) -> None:
    soup, warnings = _build(tmp_path, text)
    assert expected in warnings
    assert soup.select_one(".etiket-email") is None
