"""Thin faces over timelines, assessments and cohorts: short reprs, text and HTML tables.

No rule lives here: every date and sentence comes from the objects themselves.
All HTML is escaped, so names and texts typed by a user cannot inject markup into
a notebook.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from etiket.language import format_date, format_moment
from etiket.messages import message, quantity
from etiket.timeline import ACTIONS, SpanKind

if TYPE_CHECKING:
    from etiket.assessment import Assessment
    from etiket.cohort import Agenda, AgendaItem, Cohort
    from etiket.timeline import Step, Timeline

__all__ = [
    "agenda_html",
    "agenda_repr",
    "agenda_text",
    "assessment_html",
    "assessment_repr",
    "assessment_text",
    "cohort_html",
    "cohort_repr",
    "cohort_text",
    "step_repr",
    "timeline_html",
    "timeline_repr",
    "timeline_text",
]

# A placeholder that no message contains, so a date can be slotted into escaped text.
_SLOT = "\x00"


# --- repr(): one line, ISO dates, enough to tell objects apart ------------------------------


def _span(step: Step) -> str:
    """The step's span as its words say it, with ISO dates: 'by 2026-11-21T10:00:00+07:00'."""
    span = step.span
    moments = [moment.isoformat() for moment in span.moments(exact=True).values()]
    if span.kind is SpanKind.RANGE:
        return "..".join(moments)
    return f"{span.kind.value} {moments[0]}"


def step_repr(step: Step) -> str:
    """E.g. ``<Step follow-up from 2026-11-27 [email] (en)>``."""
    channel = f" [{step.channel.value}]" if step.channel else ""
    optional = " optional" if step.optional else ""
    return f"<Step {step.action.value} {_span(step)}{channel}{optional} ({step.lang})>"


def timeline_repr(timeline: Timeline) -> str:
    """E.g. ``<Timeline 2026-11-20 follow-up 2026-11-27 (ID, en)>``."""
    decision = ""
    if timeline.decision_date is not None:
        decision = f" decision {timeline.decision_date.isoformat()}"
    where = f"{timeline.calendar.country}, " if timeline.calendar.country else ""
    return (
        f"<Timeline {timeline.interview}{decision} "
        f"follow-up {timeline.follow_up.earliest.isoformat()} ({where}{timeline.lang})>"
    )


def assessment_repr(assessment: Assessment) -> str:
    """E.g. ``<Assessment 2026-12-01 waiting, next follow-up from 2026-11-27, 0 warnings (en)>``."""
    parts = [f"{assessment.today.isoformat()} {assessment.stage.value}"]
    if assessment.next_step is not None:
        parts.append(f"next {assessment.next_step.action.value} {_span(assessment.next_step)}")
    count = len(assessment.warnings)
    parts.append(f"{count} warning{'' if count == 1 else 's'}")
    return f"<Assessment {', '.join(parts)} ({assessment.lang})>"


def cohort_repr(cohort: Cohort) -> str:
    """E.g. ``<Cohort 3 candidates, interviews 2026-11-16..2026-11-20 (en)>``."""
    count = len(cohort.timelines)
    noun = "candidate" if count == 1 else "candidates"
    if not cohort.timelines:
        return f"<Cohort 0 candidates ({cohort.lang})>"
    days = sorted(t.interview.day for t in cohort.timelines)
    span = days[0].isoformat()
    if days[-1] != days[0]:
        span += f"..{days[-1].isoformat()}"
    return f"<Cohort {count} {noun}, interviews {span} ({cohort.lang})>"


def agenda_repr(agenda: Agenda) -> str:
    """E.g. ``<Agenda 2026-11-23..2026-11-27: 4 items (en)>``."""
    span = agenda.first.isoformat()
    if agenda.last != agenda.first:
        span += f"..{agenda.last.isoformat()}"
    count = len(agenda.items)
    return f"<Agenda {span}: {count} item{'' if count == 1 else 's'} ({agenda.lang})>"


_COHORT_COLUMNS = (
    "label.name",
    "label.interview",
    "label.thank-you-by",
    "label.follow-up-from",
    "label.second-note-from",
    "label.move-on-from",
)


# --- Text -----------------------------------------------------------------------------------


def _channel(step: Step) -> str:
    return step.sent_by()


def _interview(timeline: Timeline) -> str:
    return format_moment(timeline.interview.at or timeline.interview.day, timeline.lang)


def _header(timeline: Timeline) -> str:
    lang = timeline.lang
    text = f"{message('label.interview', lang)}: {_interview(timeline)}"
    if timeline.calendar.country:
        text += f" ({timeline.calendar.country})"
    return text


def _when(step: Step) -> str:
    """Like ``Step.when``, with the exact time of a timed thank-you deadline."""
    return step.span.words(step.lang, exact=True)


def timeline_text(timeline: Timeline) -> str:
    """The timeline as lines of text: when, then what to do (and how)."""
    lines = [_header(timeline)]
    for step in timeline.steps:
        how = f" [{_channel(step)}]" if step.channel else ""
        lines.append(f"- {_when(step)}: {step.title}{how}")
    return "\n".join(lines)


def assessment_text(assessment: Assessment) -> str:
    """The assessment as lines of text: stage and next step, then each warning."""
    lang = assessment.lang
    lines = [f"{message('label.stage', lang)}: {assessment.summary}"]
    lines += [f"! {w.text}" for w in assessment.warnings]
    return "\n".join(lines)


def _short_date(day: date, lang: str) -> str:
    """A compact date for table cells: 'Mon 23 Nov 2026', 'Sen 23 Nov 2026'."""
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, format="EEE d MMM y", locale=lang))


def cohort_text(cohort: Cohort) -> str:
    """A text table: one line per candidate, with the day of each action."""
    lang = cohort.lang
    header = [message(key, lang) for key in _COHORT_COLUMNS]
    table = [header]
    for name, timeline in zip(cohort.names, cohort.timelines, strict=True):
        days = [timeline.interview.day, *(step.span.first for step in _cohort_steps(timeline))]
        table.append([name, *(_short_date(day, lang) for day in days)])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = [_cohort_title(cohort, lang)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
              for row in table]  # fmt: skip
    return "\n".join(lines)


def _cohort_steps(timeline: Timeline) -> tuple[Step, ...]:
    """The steps of the cohort's columns, each shown by the day its span names first."""
    return timeline.thank_you, timeline.follow_up, timeline.second_note, timeline.move_on


def _cohort_title(cohort: Cohort, lang: str) -> str:
    return message("label.cohort", lang, count=quantity(len(cohort.timelines), "candidates", lang))


def _agenda_title(agenda: Agenda) -> str:
    lang = agenda.lang
    if agenda.first == agenda.last:
        return message("label.agenda-day", lang, date=format_date(agenda.first, lang))
    first, last = format_date(agenda.first, lang), format_date(agenda.last, lang)
    return message("label.agenda-range", lang, first=first, last=last)


def _agenda_line(item: AgendaItem) -> str:
    step = item.step
    # The dates only add something for a deadline, or for an action that began earlier.
    if step.deadline is not None or item.day != step.earliest:
        return f"- {item.name}: {step.title} ({_when(step)})"
    return f"- {item.name}: {step.title}"


def agenda_text(agenda: Agenda) -> str:
    """A title, then who does what, day by day (or a line saying there is nothing to do)."""
    lines = [_agenda_title(agenda)]
    if not agenda.items:
        lines.append(message("label.agenda-empty", agenda.lang))
    day: date | None = None
    for item in agenda.items:
        if agenda.first != agenda.last and item.day != day:
            day = item.day
            lines.append(format_date(day, agenda.lang))
        lines.append(_agenda_line(item))
    return "\n".join(lines)


# --- HTML -----------------------------------------------------------------------------------


def _time(value: date | datetime, text: str) -> str:
    return f'<time datetime="{escape(value.isoformat())}">{escape(text)}</time>'


def _with_time(template_key: str, lang: str, value: date | datetime, text: str) -> str:
    """A message such as 'by {date}' with the date as a ``<time>`` element."""
    words = escape(message(template_key, lang, date=_SLOT))
    return words.replace(escape(_SLOT), _time(value, text))


def _when_html(step: Step) -> str:
    """The step's span in words, each date a ``<time>`` element."""
    return "".join(
        escape(part) if isinstance(part, str) else _time(*part)
        for part in step.span.parts(step.lang, exact=True)
    )


def _caption(timeline: Timeline) -> str:
    lang = timeline.lang
    moment = timeline.interview.at or timeline.interview.day
    text = f"{escape(message('label.interview', lang))}: {_time(moment, _interview(timeline))}"
    if timeline.calendar.country:
        text += f" ({escape(timeline.calendar.country)})"
    if timeline.decision_date is not None:
        day = timeline.decision_date
        text += "; " + _with_time("label.decision", lang, day, format_date(day, lang))
    return text


def _step_row(step: Step, highlight: bool = False) -> str:
    classes = ["etiket-action" if step.action in ACTIONS else "etiket-period"]
    if step.optional:
        classes.append("etiket-optional")
    if highlight:
        classes.append("etiket-next")
    optional = (
        f" <em>({escape(message('label.optional', step.lang))})</em>" if step.optional else ""
    )
    title = f"<strong>{escape(step.title)}</strong>"
    if highlight:
        title = f"<mark>{title}</mark>"
    return (
        f'<tr class="{" ".join(classes)}" data-action="{escape(step.action.value)}">'
        f"<td>{_when_html(step)}</td>"
        f"<td>{title}{optional}<br>{escape(step.description)}</td>"
        f"<td>{escape(_channel(step))}</td></tr>"
    )


def _head(lang: str, keys: tuple[str, ...]) -> str:
    cells = "".join(f'<th scope="col">{escape(message(key, lang))}</th>' for key in keys)
    return f"<thead><tr>{cells}</tr></thead>"


def timeline_html(timeline: Timeline, next_step: Step | None = None) -> str:
    """The timeline as an HTML table, for Jupyter; ``next_step`` is highlighted."""
    lang = timeline.lang
    # By action: a due step is the plan's with today's sending window, not the plan's own.
    ahead = None if next_step is None else next_step.action
    rows = "".join(_step_row(s, s.action is ahead) for s in timeline.steps)
    head = _head(lang, ("label.when", "label.step", "label.channel"))
    return (
        f'<table class="etiket-timeline" lang="{lang}"><caption>{_caption(timeline)}</caption>'
        f"{head}<tbody>{rows}</tbody></table>"
    )


def assessment_html(assessment: Assessment) -> str:
    """The assessment as HTML, for Jupyter: summary, warnings, then the timeline."""
    lang = assessment.lang
    today = _time(assessment.today, format_date(assessment.today, lang))
    parts = [
        f"<p><strong>{escape(message('label.stage', lang))}</strong> ({today}): "
        f"{escape(assessment.summary)}</p>"
    ]
    if assessment.warnings:
        items = "".join(
            f'<li data-breach="{escape(w.breach.value)}">{escape(w.text)}</li>'
            for w in assessment.warnings
        )
        parts.append(
            f'<div class="etiket-warnings" role="note">'
            f"<p><strong>{escape(message('label.warnings', lang))}</strong></p>"
            f"<ul>{items}</ul></div>"
        )
    parts.append(timeline_html(assessment.timeline, assessment.next_step))
    return f'<div class="etiket-assessment" lang="{lang}">{"".join(parts)}</div>'


def _short_time(value: date | datetime, lang: str) -> str:
    """A compact ``<time>`` for a table cell; hovering shows the full date (and time)."""
    day = value.date() if isinstance(value, datetime) else value
    full = format_moment(value, lang)
    return (
        f'<time datetime="{escape(value.isoformat())}" title="{escape(full)}">'
        f"{escape(_short_date(day, lang))}</time>"
    )


def cohort_html(cohort: Cohort) -> str:
    """One table row per candidate, with the day of each action."""
    lang = cohort.lang
    body = []
    for name, timeline in zip(cohort.names, cohort.timelines, strict=True):
        moments: list[date | datetime] = [timeline.interview.at or timeline.interview.day]
        # Each step's day, or its deadline to the minute (the thank-you note's, with a time).
        moments += [step.span.start(exact=True) for step in _cohort_steps(timeline)]
        cells = "".join(f"<td>{_short_time(moment, lang)}</td>" for moment in moments)
        body.append(f'<tr><th scope="row">{escape(name)}</th>{cells}</tr>')
    caption = escape(_cohort_title(cohort, lang))
    return (
        f'<table class="etiket-cohort" lang="{lang}"><caption>{caption}</caption>'
        f"{_head(lang, _COHORT_COLUMNS)}<tbody>{''.join(body)}</tbody></table>"
    )


def agenda_html(agenda: Agenda) -> str:
    """The agenda as a table: day, candidate, what to do and when."""
    lang = agenda.lang
    caption = escape(_agenda_title(agenda))
    if not agenda.items:
        empty = escape(message("label.agenda-empty", lang))
        return f'<div class="etiket-agenda" lang="{lang}"><p>{caption}</p><p>{empty}</p></div>'
    rows = "".join(
        f"<tr><td>{_time(item.day, format_date(item.day, lang))}</td>"
        f'<th scope="row">{escape(item.name)}</th>'
        f"<td><strong>{escape(item.step.title)}</strong><br>{escape(item.step.description)}</td>"
        f"<td>{_when_html(item.step)}</td></tr>"
        for item in agenda.items
    )
    head = _head(lang, ("label.day", "label.name", "label.step", "label.when"))
    return (
        f'<table class="etiket-agenda" lang="{lang}"><caption>{caption}</caption>'
        f"{head}<tbody>{rows}</tbody></table>"
    )
