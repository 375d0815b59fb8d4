"""Thin faces over timelines and assessments: plain text and HTML tables.

No rule lives here: every date and sentence comes from the timeline.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from etiket.language import format_date
from etiket.messages import message

if TYPE_CHECKING:
    from etiket.assessment import Assessment
    from etiket.timeline import Step, Timeline

__all__ = ["assessment_html", "assessment_text", "timeline_html", "timeline_text"]


def _channel(step: Step) -> str:
    return step.channel.label(step.lang) if step.channel else ""


def _header(timeline: Timeline) -> str:
    lang = timeline.lang
    text = f"{message('label.interview', lang)}: {format_date(timeline.interview.day, lang)}"
    if timeline.calendar.country:
        text += f" ({timeline.calendar.country})"
    return text


def timeline_text(timeline: Timeline) -> str:
    """The timeline as lines of text: when, then what to do (and how)."""
    lines = [_header(timeline)]
    for step in timeline.steps:
        how = f" [{_channel(step)}]" if step.channel else ""
        lines.append(f"- {step.when()}: {step.title}{how}")
    return "\n".join(lines)


def timeline_html(timeline: Timeline) -> str:
    """The timeline as an HTML table, for Jupyter."""
    lang = timeline.lang
    labels = ("label.when", "label.step", "label.channel")
    head = "".join(f"<th>{escape(message(key, lang))}</th>" for key in labels)
    rows = "".join(
        f"<tr><td>{escape(s.when())}</td>"
        f"<td><strong>{escape(s.title)}</strong><br>{escape(s.description)}</td>"
        f"<td>{escape(_channel(s))}</td></tr>"
        for s in timeline.steps
    )
    return (
        f'<table lang="{lang}"><caption>{escape(_header(timeline))}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def assessment_text(assessment: Assessment) -> str:
    """The assessment as lines of text: stage and next step, then each warning."""
    lang = assessment.lang
    lines = [f"{message('label.stage', lang)}: {assessment.summary}"]
    lines += [f"! {w.text}" for w in assessment.warnings]
    return "\n".join(lines)


def assessment_html(assessment: Assessment) -> str:
    """The assessment as HTML, for Jupyter: summary, warnings, then the timeline."""
    lang = assessment.lang
    warnings = "".join(f"<li>{escape(w.text)}</li>" for w in assessment.warnings)
    parts = [f"<p><strong>{escape(message('label.stage', lang))}:</strong> "
             f"{escape(assessment.summary)}</p>"]  # fmt: skip
    if warnings:
        parts.append(f"<p>{escape(message('label.warnings', lang))}:</p><ul>{warnings}</ul>")
    parts.append(timeline_html(assessment.timeline))
    return f'<div lang="{lang}">{"".join(parts)}</div>'
