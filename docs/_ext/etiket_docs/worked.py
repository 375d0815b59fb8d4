"""Worked examples: a reader's situation and the handbook's answer, checked by Sybil.

An advice page writes one as a fenced directive::

    ```{worked-example} Lebaran falls in the wait
    :interview: 2026-03-16
    :country: ID

    follow-up: from Monday, March 30, 2026
    ```

The options are the situation, named as the ``etiket`` command's options are
(:data:`SITUATION`); with ``today`` the example is an assessment, otherwise a
plan. Each line of the body is one answer, ``key: text``, the text written as
the page's reader reads it, in the page's language (:func:`answer_keys` lists
the keys).

One source gives three things, all made here: the rows a reader sees
(:func:`rows`), the Python a notebook user would type (:func:`doctest_source`),
which the page shows collapsed, and the check: Sybil runs that Python as a
doctest (``etiket_docs.worked_sybil``), so a wrong date, stage or warning in
the text fails ``make test``. This module needs neither Sphinx nor Sybil.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from etiket.language import LANGUAGES, format_date, format_datetime
from etiket.messages import message
from etiket.timeline import Channel
from etiket_docs.interface_words import word

__all__ = [
    "SITUATION",
    "WorkedExample",
    "WorkedExampleError",
    "answer_keys",
    "doctest_source",
    "edition_of_path",
    "parse",
    "rows",
]


class WorkedExampleError(ValueError):
    """A worked example a writer got wrong: the message says what to write instead."""


@dataclass(frozen=True)
class Option:
    """One option of the situation: how to read it, and the argument of etiket it becomes."""

    label: str
    """The key of its label in etiket_docs.interface_words."""
    argument: str | None = None
    """The keyword argument of ``plan``/``assess``; None for the options read specially."""
    kind: str = "date"
    """date, moment, text, names, flag, contacts, dates or answer."""


# In the order a reader takes in a situation: the interview, then what happened after it.
SITUATION: dict[str, Option] = {
    "interview": Option("example.interview", kind="moment"),
    "country": Option("example.country", "country", "country"),
    "decision-date": Option("example.decision-date", "decision_date"),
    "interviewer": Option("example.interviewer", "interviewers", "names"),
    "follow-up-to": Option("example.follow-up-to", "follow_up_to", "text"),
    "interviewer-in-hr": Option("example.interviewer-in-hr", "interviewer_in_hr", "flag"),
    "chat": Option("example.chat", "recruiter_uses_chat", "flag"),
    "thank-you": Option("example.sent.thank-you", kind="contacts"),
    "note": Option("example.sent.note", kind="contacts"),
    "call": Option("example.call", "calls", "dates"),
    "another-offer": Option("example.sent.another-offer", kind="contacts"),
    "follow-up": Option("example.sent.follow-up", kind="contacts"),
    "last-note": Option("example.sent.last-note", kind="contacts"),
    "heard-back": Option("example.heard-back", kind="answer"),
    "respond-by": Option("example.respond-by", kind="date"),
    "next-interview": Option("example.next-interview", kind="moment"),
    "reply": Option("example.sent.reply", kind="contacts"),
    "today": Option("example.today", "today", "moment"),
}
"""The situation's options, each named as the ``etiket`` command's option of the same meaning."""

_ASSESSMENT_ONLY = (
    "thank-you", "note", "call", "another-offer", "follow-up", "last-note", "heard-back",
    "respond-by", "next-interview", "reply",
)  # fmt: skip

# The steps of a plan a worked example can name, and how Python reaches each from a timeline.
_STEPS = {
    "thank-you": ("thank-you", "thank_you"),
    "wait": ("wait", 'step("wait")'),
    "follow-up": ("follow-up", "follow_up"),
    "let-go": ("let-go", 'step("let-go")'),
    "last-note": ("second-note", "second_note"),
    "move-on": ("move-on", "move_on"),
}
# What an answer can say about a step, and the Python that prints it (``{step}`` the step).
_ASPECTS = {
    "": "{step}.when()",
    " to": '", ".join({step}.recipients)',
    " window": "{step}.window.describe({lang})",
    " says": "{step}.description",
    " because": "{step}.guidance.value",
}
# What an answer can say about the next step of an assessment.
_NEXT = {
    "next": "situation.next_step.title",
    **{f"next{aspect or ' when'}": t.format(step="situation.next_step", lang="{lang}")
       for aspect, t in _ASPECTS.items()},
}  # fmt: skip
_NOTHING = "—"
"""The answer ``next: —`` says there is nothing left to do."""


@dataclass(frozen=True)
class WorkedExample:
    """One worked example, read from a page."""

    situation: Mapping[str, str]
    answers: tuple[tuple[str, str], ...]
    lang: str
    title: str = ""

    @property
    def assesses(self) -> bool:
        """True for an assessment (the situation has a ``today``), False for a plan."""
        return "today" in self.situation


def edition_of_path(path: str | PurePath) -> str:
    """The edition of a page from its path: the language folder under ``docs``."""
    parts = PurePath(path).parts
    for folder, lang in itertools.pairwise(parts):
        if folder == "docs" and lang in LANGUAGES:
            return lang
    raise WorkedExampleError(f"{path}: a worked example must be in docs/en or docs/id")


# What an answer can say about the whole timeline (``{timeline}`` the timeline, ``{lang}``
# the language argument with its comma).
_TIMELINE = {
    "silence counts from": "etiket.format_date({timeline}.last_note_counts_from{lang})",
    "days off": '"; ".join(etiket.format_date(day{lang}) for day in '
    "{timeline}.calendar.days_off_between({timeline}.interview.day, "
    "{timeline}.follow_up.earliest))",
}


def answer_keys(assesses: bool) -> list[str]:
    """Every key an answer line can start with, for a plan or an assessment."""
    keys = [step + aspect for step in _STEPS for aspect in _ASPECTS] + list(_TIMELINE)
    if assesses:
        keys += ["stage", "summary", "warning", "calendar", *_NEXT]
        keys += [f"next round {step}{aspect}" for step in _STEPS for aspect in _ASPECTS]
    return keys


def parse(options: Mapping[str, str], body: str, lang: str, title: str = "") -> WorkedExample:
    """Read a worked example's options and body; a clear error for anything a writer got wrong."""
    unknown = sorted(set(options) - set(SITUATION))
    if unknown:
        known = ", ".join(SITUATION)
        raise WorkedExampleError(f"unknown option {unknown[0]!r}: the situation takes {known}")
    if not options.get("interview", "").strip():
        raise WorkedExampleError("give the interview's day as :interview: YYYY-MM-DD")
    situation = {name: value.strip() for name, value in options.items()}
    if "today" not in situation:
        needs_today = [name for name in _ASSESSMENT_ONLY if name in situation]
        if needs_today:
            raise WorkedExampleError(
                f":{needs_today[0]}: describes what happened: add :today: YYYY-MM-DD, "
                "the day the example looks at the situation"
            )
    answers = tuple(_answers(body, "today" in situation))
    if not answers:
        raise WorkedExampleError("write at least one answer line, e.g. 'follow-up: from ...'")
    example = WorkedExample(situation, answers, lang, title.strip())
    # Reading the values now gives the writer an error at build time, not a failing doctest.
    for name in situation:
        _situation_value(example, name)
    doctest_source(example)
    return example


def _answers(body: str, assesses: bool) -> Iterator[tuple[str, str]]:
    keys = answer_keys(assesses)
    for number, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        key, sep, text = line.partition(":")
        key = key.strip()
        if not sep or not text.strip():
            raise WorkedExampleError(f"answer line {number} {line!r}: write 'key: text'")
        if key not in keys:
            what = "an assessment" if assesses else "a plan (add :today: for more)"
            raise WorkedExampleError(
                f"answer line {number}: unknown key {key!r}; for {what} the keys are "
                + ", ".join(keys)
            )
        yield key, text.strip()


# ---- The Python ----------------------------------------------------------------------------


def doctest_source(example: WorkedExample) -> str:
    """The example as a doctest: the call that makes the situation, then one check per answer."""
    result = "situation" if example.assesses else "timeline"
    function = "assess" if example.assesses else "plan"
    lines = [">>> import etiket", *_call(f"{result} = etiket.{function}(", _arguments(example))]
    timeline = "situation.timeline" if example.assesses else "timeline"
    lang = "" if example.lang == "en" else _literal(example.lang)
    warnings = [text for key, text in example.answers if key == "warning"]
    events = [text for key, text in example.answers if key == "calendar"]
    for key, text in example.answers:
        if key in ("warning", "calendar"):
            continue
        if text == _NOTHING:
            lines += _nothing(key, timeline)
            continue
        lines += [f">>> print({_expression(key, timeline, lang)})", text]
    if example.assesses:
        if warnings:
            lines += [">>> for warning in situation.warnings:", "...     print(warning.text)"]
            lines += warnings
        else:
            lines += [">>> situation.warnings", "()"]
    if events:
        # Every event of the assessment's calendar file (what is still ahead), in its order.
        lines += [
            ">>> from etiket.ics import calendar_events",
            ">>> for event in calendar_events(situation):",
            '...     print(f"{event.summary}: {event.when}")',
            *events,
        ]
    return "\n".join(lines) + "\n"


def _nothing(key: str, timeline: str) -> list[str]:
    """``next: —`` (nothing left to do) and ``<step> window: —`` (no office hours first)."""
    if key == "next":
        return [">>> situation.next_step is None", "True"]
    if key.endswith(" window"):
        step = "situation.next_step"
        if key != "next window":
            step = _expression(key.removesuffix(" window"), timeline, "").removesuffix(".when()")
        return [f">>> {step}.window is None", "True"]
    raise WorkedExampleError(f"'{key}: {_NOTHING}': only next and a window can be nothing")


def _step_key(key: str) -> tuple[bool, str, str] | None:
    """A key about one step, read as (of the next round?, the step, the aspect); else None."""
    next_round = key.startswith("next round ")
    rest = key.removeprefix("next round ")
    for step in _STEPS:
        for aspect in _ASPECTS:
            if rest == step + aspect:
                return next_round, step, aspect
    return None


def _expression(key: str, timeline: str, lang: str) -> str:
    if key == "stage":
        return f"situation.stage.label({lang})"
    if key == "summary":
        return "situation.summary"
    if key in _TIMELINE:
        return _TIMELINE[key].format(timeline=timeline, lang=f", {lang}" if lang else "")
    about = _step_key(key)
    if about is not None:
        next_round, step, aspect = about
        owner = "situation.next_round" if next_round else timeline
        attribute = _STEPS[step][1]
        return _ASPECTS[aspect].format(step=f"{owner}.{attribute}", lang=lang)
    if key in _NEXT:
        return _NEXT[key].format(lang=lang)
    raise WorkedExampleError(f"no Python for the answer key {key!r}")  # answer_keys guards this


def _arguments(example: WorkedExample) -> list[str | list[str]]:
    situation = example.situation
    arguments: list[str | list[str]] = [_literal(situation["interview"])]
    # Today first: it says which question the call answers, before the details.
    for name in sorted(SITUATION, key=lambda name: name != "today"):
        option = SITUATION[name]
        value = situation.get(name)
        if value is None or option.argument is None:
            continue
        if option.kind == "flag":
            arguments.append(f"{option.argument}={_flag(name, value)}")
        elif option.kind in ("names", "dates"):
            items = ", ".join(_literal(item) for item in _items(value, option.kind))
            arguments.append(f"{option.argument}=[{items}]")
        else:
            arguments.append(f"{option.argument}={_literal(value)}")
    notes = [_contact(name, item) for name in SITUATION for item in _contacts(situation, name)]
    if notes:
        arguments.append(notes)  # a list: one contact per line when the call is long
    reply = _reply(situation)
    if reply:
        arguments.append(f"heard_back={reply}")
    if example.lang != "en":
        arguments.append(f"lang={_literal(example.lang)}")
    return arguments


def _call(head: str, arguments: list[str | list[str]]) -> list[str]:
    """The call on one line when it fits, else one argument per line (and one contact per line)."""
    flat = [a if isinstance(a, str) else f"notes=[{', '.join(a)}]" for a in arguments]
    one_line = f">>> {head}{', '.join(flat)})"
    if len(one_line) <= 88:
        return [one_line]
    lines = [f">>> {head}"]
    for argument in arguments:
        if isinstance(argument, str):
            lines.append(f"...     {argument},")
        else:
            notes = [f"...         {note}," for note in argument]
            lines += ["...     notes=[", *notes, "...     ],"]
    return [*lines, "... )"]


def _contacts(situation: Mapping[str, str], name: str) -> list[str]:
    if SITUATION[name].kind != "contacts" or name not in situation:
        return []
    return list(_items(situation[name], "contacts"))


def _contact(name: str, item: str) -> str:
    on, channel = _split_channel(item)
    if name == "note" and channel is None:
        return _literal(on)
    parts = [_literal(on)]
    if channel is not None:
        parts.append(f"channel={_literal(channel)}")
    if name != "note":
        parts.append(f"purpose={_literal(name)}")
    return f"etiket.Contact({', '.join(parts)})"


def _reply(situation: Mapping[str, str]) -> str | None:
    if "heard-back" not in situation:
        for name in ("respond-by", "next-interview"):
            if name in situation:
                raise WorkedExampleError(f":{name}: goes with :heard-back: DATE:OUTCOME")
        return None
    on, outcome = _split_outcome(situation["heard-back"])
    parts = [_literal(on), _literal(outcome)]
    for name, argument in (("respond-by", "respond_by"), ("next-interview", "next_interview")):
        if name in situation:
            parts.append(f"{argument}={_literal(situation[name])}")
    return f"etiket.Reply({', '.join(parts)})"


def _literal(text: str) -> str:
    """A Python string literal in double quotes, as the handbook's other examples write them."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _items(value: str, kind: str) -> Iterator[str]:
    separator = ";" if kind == "names" else ","
    for item in value.split(separator):
        if item.strip():
            yield item.strip()


def _split_channel(item: str) -> tuple[str, str | None]:
    """'2026-11-27:chat' -> ('2026-11-27', 'chat'); a time's colons stay with the date."""
    head, sep, tail = item.rpartition(":")
    if sep and tail and all(c.isalpha() or c in "-_ " for c in tail):
        return head, tail
    return item, None


def _split_outcome(value: str) -> tuple[str, str]:
    on, channel = _split_channel(value)
    if channel is None:
        raise WorkedExampleError(
            f":heard-back: {value!r}: write the day and the answer, e.g. 2026-11-27:offer"
        )
    return on, channel


def _flag(name: str, value: str) -> bool:
    if value in ("yes", "true"):
        return True
    if value in ("no", "false"):
        return False
    raise WorkedExampleError(f":{name}: {value!r}: write yes or no")


# ---- What the reader sees ------------------------------------------------------------------


Row = tuple[str, str, str | None]
"""(label, text, target): target is the guidance ID the text links to, for a ``because``."""


def rows(example: WorkedExample) -> tuple[list[Row], list[Row]]:
    """The situation and the answer as rows in the page's language.

    A ``<step> because`` answer is a guidance ID: the page links it to the section
    of that advice, whose heading is what the reader sees.
    """
    situation: list[Row] = [
        (word(SITUATION[name].label, example.lang), _situation_value(example, name), None)
        for name in SITUATION
        if name in example.situation
    ]
    answers: list[Row] = [
        (_answer_label(key, example.lang), _answer_text(key, text, example.lang),
         text if key.endswith(" because") else None)
        for key, text in example.answers
    ]  # fmt: skip
    if example.assesses and not any(key == "warning" for key, _ in example.answers):
        answers.append((word("example.warning", example.lang),
                        word("example.no-warning", example.lang), None))  # fmt: skip
    return situation, answers


def _answer_label(key: str, lang: str) -> str:
    if key in ("stage", "summary", "warning", "calendar", "next"):
        return word(f"example.{key}", lang)
    if key in _TIMELINE:
        return word(f"example.{key.replace(' ', '-')}", lang)
    about = _step_key(key)
    if about is not None:
        next_round, step, aspect = about
        label = message(f"{_STEPS[step][0]}.title", lang)
        if aspect:
            label = word(f"example.aspect.{aspect.strip()}", lang, step=label)
        if next_round:
            label = word("example.next-round", lang, step=label)
        return label
    return word(f"example.next.{key.removeprefix('next').strip()}", lang)


def _answer_text(key: str, text: str, lang: str) -> str:
    if text != _NOTHING:
        return text
    return word("example.nothing" if key == "next" else "example.no-window", lang)


def _situation_value(example: WorkedExample, name: str) -> str:
    value, lang = example.situation[name], example.lang
    kind = SITUATION[name].kind
    if kind == "date":
        return format_date(_date(name, value), lang)
    if kind == "moment":
        return _moment(name, value, lang)
    if kind == "country":
        return _country(value, lang)
    if kind == "flag":
        return word("example.yes" if _flag(name, value) else "example.no", lang)
    if kind == "names":
        return ", ".join(_items(value, kind))
    # Dates hold commas of their own ("Friday, November 20, 2026"): a list of them needs "; ".
    if kind == "dates":
        return "; ".join(format_date(_date(name, v), lang) for v in _items(value, kind))
    if kind == "contacts":
        return "; ".join(_sent(name, item, lang) for item in _items(value, kind))
    if kind == "answer":
        on, outcome = _split_outcome(value)
        if outcome not in ("offer", "rejection", "next-round"):
            raise WorkedExampleError(
                f":heard-back: {value!r}: the answer is offer, rejection or next-round"
            )
        return f"{_moment(name, on, lang)}: {word(f'example.outcome.{outcome}', lang)}"
    return value


def _sent(name: str, item: str, lang: str) -> str:
    on, channel = _split_channel(item)
    text = _moment(name, on, lang)
    if channel is not None:
        text += f" ({Channel.parse(channel).label(lang)})"
    return text


def _date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WorkedExampleError(f":{name}: {value!r} is not a date: write YYYY-MM-DD") from None


def _moment(name: str, value: str, lang: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return format_date(_date(name, value), lang)
    try:
        return format_datetime(datetime.fromisoformat(value), lang)
    except ValueError:
        raise WorkedExampleError(
            f":{name}: {value!r} is not a day or a time: write YYYY-MM-DD or YYYY-MM-DDTHH:MM+07:00"
        ) from None


def _country(code: str, lang: str) -> str:
    from babel import Locale

    name = Locale.parse(lang).territories.get(code.upper())
    if name is None:
        raise WorkedExampleError(f":country: {code!r}: write a two-letter code such as ID")
    return str(name)
