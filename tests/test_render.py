"""What a notebook and a terminal show: short reprs, text, and well-formed, escaped HTML."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

import etiket
from etiket.language import format_datetime
from etiket.messages import message

_VOID = {"br"}


class _Checker(HTMLParser):
    """Collects text, <time> values and table shape, and fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text: list[str] = []
        self.times: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append(dict(attrs))
        if tag == "time":
            self.times.append(dict(attrs)["datetime"] or "")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.open == [], f"unclosed: {checker.open}"
    return checker


# --- repr -----------------------------------------------------------------------------------


def test_timeline_repr_is_short_and_informative() -> None:
    timeline = etiket.plan("2026-11-20", country="ID")
    assert repr(timeline) == (
        f"<Timeline 2026-11-20 follow-up {timeline.follow_up.earliest.isoformat()} (ID, en)>"
    )
    decided = etiket.plan("2026-11-20", decision_date="2026-12-04", lang="id")
    assert repr(decided) == (
        f"<Timeline 2026-11-20 decision 2026-12-04 "
        f"follow-up {decided.follow_up.earliest.isoformat()} (id)>"
    )
    timed = etiket.plan("2026-11-20T14:30+07:00")
    assert repr(timed).startswith("<Timeline 2026-11-20T14:30:00+07:00 follow-up ")


def test_step_reprs_show_action_dates_and_channel() -> None:
    # The dates as the step's words say them (Step.span), in ISO.
    timeline = etiket.plan("2026-11-20")
    thank_you, wait, follow_up = timeline.steps[:3]
    assert thank_you.deadline is not None
    assert wait.latest is not None
    assert repr(thank_you) == (
        f"<Step thank-you by {thank_you.deadline.isoformat()} [email] optional (en)>"
    )
    assert repr(follow_up) == f"<Step follow-up from {follow_up.earliest.isoformat()} [email] (en)>"
    assert repr(wait) == f"<Step wait {wait.earliest.isoformat()}..{wait.latest.isoformat()} (en)>"
    timed = etiket.plan("2026-11-20T14:30+07:00").thank_you
    assert timed.due is not None
    assert repr(timed).startswith(f"<Step thank-you by {timed.due.isoformat()} ")


def test_assessment_repr() -> None:
    result = etiket.assess("2026-11-20", today="2026-12-01", calls=["2026-11-24"])
    assert result.next_step is not None
    assert repr(result).startswith(f"<Assessment 2026-12-01 {result.stage.value}, next ")
    assert repr(result).endswith(f", {len(result.warnings)} warnings (en)>")


def test_reprs_are_single_lines_and_equality_still_compares_fields() -> None:
    first, second = etiket.plan("2026-11-20"), etiket.plan("2026-11-20")
    assert first == second
    assert first != etiket.plan("2026-11-20", lang="id")
    assert first.steps == second.steps
    assert first.thank_you != first.follow_up
    for value in (first, *first.steps, etiket.assess("2026-11-20", today="2026-11-25")):
        assert "\n" not in repr(value)
        assert len(repr(value)) < 120


# --- Text -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_timeline_text_has_a_line_per_step(lang: str) -> None:
    timeline = etiket.plan("2026-11-20", lang=lang, country="ID")
    lines = str(timeline).splitlines()
    assert lines[0] == (
        f"{message('label.interview', lang)}: {etiket.format_date(date(2026, 11, 20), lang)} (ID)"
    )
    assert len(lines) == 1 + len(timeline.steps)
    for line, step in zip(lines[1:], timeline.steps, strict=True):
        assert line.startswith(f"- {step.when()}: {step.title}")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("chat", [False, True])
def test_a_step_shows_how_it_is_sent_once(lang: str, chat: bool) -> None:
    # A title says what to do, the channel beside it how: "by email" is not said twice, and
    # where one chat message may replace the email, the channel says so.
    timeline = etiket.plan("2026-11-20", lang=lang, recruiter_uses_chat=chat)
    lines = str(timeline).splitlines()[1:]
    email = etiket.Channel.EMAIL.label(lang)
    for line, step in zip(lines, timeline.steps, strict=True):
        if step.channel is None:
            assert line.endswith(step.title)
            continue
        expected = message("label.email-or-chat", lang) if step.chat else email
        assert step.sent_by() == expected
        assert line.endswith(f"{step.title} [{expected}]")
        assert email not in step.title
    assert any(step.chat for step in timeline.steps) is chat


def test_timed_interview_text_shows_the_exact_deadline() -> None:
    at = datetime(2026, 11, 20, 14, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    timeline = etiket.plan(at, lang="id")
    assert timeline.thank_you.due is not None
    lines = str(timeline).splitlines()
    assert lines[0] == f"Wawancara: {format_datetime(at, 'id')}"
    assert format_datetime(timeline.thank_you.due, "id") in lines[1]
    assert "pukul 14.30 WIB" in lines[1]


# --- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_timeline_html_is_a_captioned_table_with_dates(lang: str) -> None:
    timeline = etiket.plan("2026-11-20", lang=lang, country="ID", decision_date="2026-11-27")
    html = timeline._repr_html_()
    parsed = check(html)
    assert html.startswith(f'<table class="etiket-timeline" lang="{lang}"><caption>')
    assert parsed.tags.count("tr") == 1 + len(timeline.steps)
    assert parsed.tags.count("th") == 3
    text = "".join(parsed.text)
    for key in ("label.when", "label.step", "label.channel"):
        assert message(key, lang) in text
    for step in timeline.steps:
        assert step.title in text
        assert step.description in text
        assert step.earliest.isoformat() in parsed.times
    assert "2026-11-27" in parsed.times  # the decision date, in the caption
    channel_cells = html.count(f"<td>{etiket.Channel.EMAIL.label(lang)}</td>")
    assert channel_cells == sum(1 for step in timeline.steps if step.channel is not None)
    assert message("label.optional", lang) in text


@pytest.mark.parametrize("interview", ["2026-11-20", "2026-11-20T14:30+07:00"])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_text_and_html_say_each_steps_dates_in_the_same_words(interview: str, lang: str) -> None:
    timeline = etiket.plan(interview, lang=lang)
    lines = str(timeline).splitlines()[1:]
    rows = timeline._repr_html_().split("<tr")[2:]  # after the head's row
    for step, line, row in zip(timeline.steps, lines, rows, strict=True):
        words = step.span.words(lang, exact=True)
        assert line.startswith(f"- {words}: ")
        when_cell = check(row.split("<td>", 2)[1].split("</td>")[0])
        assert "".join(when_cell.text) == words
        assert when_cell.times == [m.isoformat() for m in step.span.moments(exact=True).values()]


def test_every_object_shown_through_render_has_its_three_faces() -> None:
    from etiket import _faces, render
    from etiket.assessment import Assessment
    from etiket.cohort import Agenda, Cohort
    from etiket.timeline import Timeline

    shown: list[type[_faces.Shown]] = [Timeline, Assessment, Cohort, Agenda]
    assert all(issubclass(kind, _faces.Shown) for kind in shown)
    for kind in shown:
        for face in ("text", "repr", "html"):
            assert callable(getattr(render, f"{kind._face}_{face}"))


def test_html_escapes_everything_it_did_not_write() -> None:
    cohort = etiket.plan_cohort(
        [{"name": "<script>alert(1)</script> & Co", "interview": "2026-11-20"}]
    )
    for html in (
        cohort._repr_html_(),
        cohort.agenda("2026-11-20")._repr_html_(),
    ):
        assert "<script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
        check(html)


def test_assessment_html_shows_stage_warnings_and_highlights_the_next_step() -> None:
    result = etiket.assess("2026-11-20", today="2026-12-01", calls=["2026-11-24"], lang="id")
    assert result.warnings
    assert result.next_step is not None
    html = result._repr_html_()
    parsed = check(html)
    text = "".join(parsed.text)
    assert result.summary in text
    assert message("label.warnings", "id") in text
    for warning in result.warnings:
        assert warning.text in text
    highlighted = [a for t, a in zip(parsed.tags, parsed.attrs, strict=True)
                   if t == "tr" and "etiket-next" in (a.get("class") or "")]  # fmt: skip
    assert [a["data-action"] for a in highlighted] == [result.next_step.action.value]
    assert "2026-12-01" in parsed.times


def test_assessment_html_without_warnings_has_no_warning_block() -> None:
    html = etiket.assess("2026-11-20", today="2026-11-23")._repr_html_()
    check(html)
    assert "etiket-warnings" not in html


def test_cohort_and_agenda_html() -> None:
    cohort = etiket.plan_cohort(
        [{"name": "Ana", "interview": "2026-11-16"}, {"name": "Budi", "interview": "2026-11-20"}],
        lang="id",
    )
    parsed = check(cohort._repr_html_())
    text = "".join(parsed.text)
    assert parsed.tags.count("tr") == 3
    assert message("label.cohort", "id", count=2) in text
    for name, timeline in cohort:
        assert name in text
        assert timeline.follow_up.earliest.isoformat() in parsed.times
        assert timeline.move_on.earliest.isoformat() in parsed.times
    day = cohort.timeline("Ana").follow_up.earliest
    agenda = check(cohort.agenda(day)._repr_html_())
    assert agenda.tags.count("tr") == 2
    assert cohort.timeline("Ana").follow_up.title in "".join(agenda.text)
    # The day after the last thank-you note was due, before anyone's follow-up: nothing to do.
    note_deadlines = [t.thank_you.latest for _, t in cohort]
    assert all(deadline is not None for deadline in note_deadlines)
    quiet = max(d for d in note_deadlines if d is not None) + timedelta(days=1)
    assert quiet < min(t.follow_up.earliest for _, t in cohort)
    empty = check(cohort.agenda(quiet.isoformat())._repr_html_())
    assert message("label.agenda-empty", "id") in "".join(empty.text)


def test_cohort_html_keeps_exact_times_behind_compact_dates() -> None:
    at = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    cohort = etiket.plan_cohort([{"name": "Citra", "interview": at}], lang="id")
    due = cohort.timeline("Citra").thank_you.due
    assert due is not None
    parsed = check(cohort._repr_html_())
    assert parsed.times[:2] == [at.isoformat(), due.isoformat()]
    titles = [a.get("title") for t, a in zip(parsed.tags, parsed.attrs, strict=True) if t == "time"]
    assert titles[:2] == [format_datetime(at, "id"), format_datetime(due, "id")]
    assert "Rab 18 Nov 2026" in "".join(parsed.text)
