"""Many candidates at once: a career coach's view of a cohort.

>>> import etiket
>>> cohort = etiket.plan_cohort(
...     [
...         {"name": "Ana", "interview": "2026-11-16"},
...         {"name": "Budi", "interview": "2026-11-20", "decision_date": "2026-12-04"},
...     ],
...     country="ID",
... )
>>> [(row["name"], row["follow_up_from"].isoformat()) for row in cohort.rows()]
[('Ana', '2026-11-23'), ('Budi', '2026-12-08')]
>>> print(cohort.agenda("2026-11-23"))
To do on Monday, November 23, 2026
- Ana: Follow up once

Each row is a mapping (a dict, a row of ``csv.DictReader``) or an object
with attributes (a dataclass, a named tuple). pandas is optional: only
``Cohort.to_dataframe`` needs it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from etiket._dates import to_date
from etiket._faces import Shown, calendar_file
from etiket._text import check_name
from etiket.errors import EtiketError, InvalidDateError, InvalidInputError, Text
from etiket.language import Language, check_language
from etiket.messages import message
from etiket.policy import Policy
from etiket.timeline import ACTIONS, Action, Step, Timeline, plan

__all__ = ["COLUMNS", "Agenda", "AgendaItem", "Cohort", "plan_cohort"]

COLUMNS: dict[str, str] = {
    "name": "label.name",
    "interview": "label.interview",
    "thank_you_by": "label.thank-you-by",
    "follow_up_from": "label.follow-up-from",
    "second_note_from": "label.second-note-from",
    "move_on_from": "label.move-on-from",
    "country": "label.country",
}
"""The keys of ``Cohort.rows``, each with the message key of its label."""

_FIELDS = ("name", "interview", "decision_date", "country", "interviewer_in_hr")
# Spreadsheet headers people actually write, after lower-casing and joining words with "_".
# Indonesian headers too, so a coach's spreadsheet works as it is.
_ALIASES = {
    "interview_date": "interview",
    "date": "interview",
    "decision": "decision_date",
    "candidate": "name",
    "in_hr": "interviewer_in_hr",
    "nama": "name",
    "kandidat": "name",
    "wawancara": "interview",
    "tanggal_wawancara": "interview",
    "tanggal_keputusan": "decision_date",
    "keputusan": "decision_date",
    "negara": "country",
    "pewawancara_dari_hr": "interviewer_in_hr",
    "pewawancara_dari_sdm": "interviewer_in_hr",
}
_YES = frozenset({"yes", "y", "true", "1", "ya"})
_NO = frozenset({"no", "n", "false", "0", "tidak", "bukan"})


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing one candidate has to do within the agenda's days."""

    day: date
    """The first day of the agenda on which the action falls."""
    name: str
    step: Step

    @property
    def text(self) -> str:
        """E.g. 'Ana: Follow up once (from Monday, November 23, 2026)'."""
        return f"{self.name}: {self.step.title} ({self.step.when()})"


@dataclass(frozen=True, slots=True, repr=False)
class Agenda(Shown):
    """Who has to do what between two days (both included)."""

    _face = "agenda"

    first: date
    last: date
    items: tuple[AgendaItem, ...]
    lang: Language = "en"

    def __iter__(self) -> Iterator[AgendaItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def rows(self) -> list[dict[str, object]]:
        """One dict per item: day, name, action, title and when, with stable keys."""
        return [
            {
                "day": item.day,
                "name": item.name,
                "action": item.step.action.value,
                "title": item.step.title,
                "when": item.step.when(),
            }
            for item in self.items
        ]


@dataclass(frozen=True, slots=True, repr=False)
class Cohort(Shown):
    """The timelines of several candidates, by name, in the order given."""

    _face = "cohort"

    names: tuple[str, ...]
    timelines: tuple[Timeline, ...]
    lang: Language = "en"

    def __len__(self) -> int:
        return len(self.timelines)

    def __iter__(self) -> Iterator[tuple[str, Timeline]]:
        return iter(zip(self.names, self.timelines, strict=True))

    def timeline(self, name: str) -> Timeline:
        """The timeline of the candidate called ``name``."""
        for known, timeline in self:
            if known == name:
                return timeline
        names = ", ".join(repr(n) for n in self.names)
        raise EtiketError("cohort.no-candidate", name=name, names=names)

    def in_language(self, lang: str) -> Cohort:
        """The same cohort, worded in ``lang``."""
        code = check_language(lang)
        return Cohort(self.names, tuple(t.in_language(code) for t in self.timelines), code)

    def columns(self) -> dict[str, str]:
        """Each key of :meth:`rows`, with its label in the cohort's language."""
        return {key: message(label, self.lang) for key, label in COLUMNS.items()}

    def rows(self, *, labels: bool = False) -> list[dict[str, object]]:
        """One dict per candidate: the name and the day of each action.

        Keys are stable (``name``, ``interview``, ``thank_you_by``,
        ``follow_up_from``, ``second_note_from``, ``move_on_from``,
        ``country``); with ``labels=True`` they are the column labels in the
        cohort's language instead. Values are :class:`datetime.date` objects
        (the country is a code, or None).
        """
        titles = self.columns()
        table = []
        for name, timeline in self:
            row: dict[str, object] = {
                "name": name,
                "interview": timeline.interview.day,
                "thank_you_by": timeline.thank_you.deadline,
                "follow_up_from": timeline.follow_up.earliest,
                "second_note_from": timeline.second_note.earliest,
                "move_on_from": timeline.move_on.earliest,
                "country": timeline.calendar.country,
            }
            table.append({titles[k]: v for k, v in row.items()} if labels else row)
        return table

    def to_dataframe(self, *, labels: bool = False) -> Any:
        """:meth:`rows` as a pandas DataFrame. pandas is optional; this needs it."""
        try:
            import pandas
        except ImportError:
            raise EtiketError("cohort.no-pandas") from None
        columns = list(self.columns().values() if labels else COLUMNS)
        return pandas.DataFrame(self.rows(labels=labels), columns=columns)

    def agenda(self, first: date | str, last: date | str | None = None) -> Agenda:
        """Who has to do what on ``first``, or on any day from ``first`` to ``last``.

        An action falls on the days of its calendar event: the thank-you note
        on each day until its deadline, the follow-up, the last note and moving
        on on the first day they are due.
        """
        start = to_date(first, "first day of the agenda")
        end = start if last is None else to_date(last, "last day of the agenda")
        if end < start:
            raise InvalidDateError("date.agenda-order", last=end, first=start)
        order = tuple(Action)
        found: list[tuple[date, int, int, AgendaItem]] = []
        for index, (name, timeline) in enumerate(self):
            for step in timeline.steps:
                if step.action not in ACTIONS:
                    continue
                if step.earliest <= end and step.last_day >= start:
                    day = max(step.earliest, start)
                    item = AgendaItem(day, name, step)
                    found.append((day, index, order.index(step.action), item))
        found.sort(key=lambda entry: entry[:3])
        return Agenda(start, end, tuple(entry[3] for entry in found), self.lang)

    def to_ics(self, **options: Any) -> bytes:
        """Every candidate's actions in one calendar file; see :func:`etiket.ics.to_ics`."""
        return calendar_file(self, options)


def _key(raw: object) -> str:
    text = str(raw).strip().lower().replace("-", "_").replace(" ", "_")
    return _ALIASES.get(text, text)


def _fields(record: object) -> dict[str, object]:
    if isinstance(record, Mapping):
        values = {_key(k): v for k, v in record.items()}
        unknown = [k for k in values if k not in _FIELDS]
        for key in unknown:
            # Extra spreadsheet columns are fine; a misspelt known one is not.
            close = difflib.get_close_matches(key, _FIELDS, n=1, cutoff=0.8)
            if close and close[0] not in values:
                raise InvalidInputError(
                    "cohort.misspelt-column", key=key, close=close[0], fields=", ".join(_FIELDS)
                )
        return {k: v for k, v in values.items() if k in _FIELDS}
    if isinstance(record, str | bytes | date | int | float) or record is None:
        raise InvalidInputError("cohort.row-type", value=record)
    return {k: getattr(record, k) for k in _FIELDS if hasattr(record, k)}


def _peek_name(record: object) -> str | None:
    """The row's name, if it has a usable one, to say which row an error is in."""
    if isinstance(record, Mapping):
        value = next((v for k, v in record.items() if _key(k) == "name"), None)
    else:
        value = getattr(record, "name", None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _in_hr(value: object) -> bool | None:
    if _blank(value) or isinstance(value, bool):
        return None if _blank(value) else bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _YES:
            return True
        if text in _NO:
            return False
    raise InvalidInputError("cohort.in-hr", value=value)


def _plan_row(
    fields: dict[str, object], country: str | None, policy: Policy | None, lang: Language
) -> tuple[str, Timeline]:
    name = fields.get("name")
    if _blank(name) or not isinstance(name, str):
        raise InvalidInputError("cohort.row-name", value=name)
    check_name(name.strip(), "name")
    interview = fields.get("interview")
    if _blank(interview):
        raise InvalidInputError("cohort.row-interview")
    decision = fields.get("decision_date")
    row_country = fields.get("country")
    timeline = plan(
        interview,  # type: ignore[arg-type]  # plan() checks the type and explains
        decision_date=None if _blank(decision) else decision,  # type: ignore[arg-type]
        country=country if _blank(row_country) else row_country,  # type: ignore[arg-type]
        policy=policy,
        lang=lang,
        interviewer_in_hr=_in_hr(fields.get("interviewer_in_hr")),
    )
    return name.strip(), timeline


def plan_cohort(
    interviews: Iterable[Mapping[str, object] | object],
    *,
    country: str | None = None,
    policy: Policy | None = None,
    lang: str = "en",
) -> Cohort:
    """Plan every candidate of a cohort.

    ``interviews`` holds one row per candidate, each with a ``name`` and an
    ``interview`` date, and optionally a ``decision_date``, a ``country`` (which
    overrides the ``country`` given here) and ``interviewer_in_hr``. Headers
    such as "Interview date" or "Tanggal wawancara" are read as ``interview``;
    other columns are left alone. Names must be unique. An error in a row names the row, by index
    (from 0) and name.
    """
    code = check_language(lang)
    if isinstance(interviews, str | bytes | Mapping) or not isinstance(interviews, Iterable):
        raise InvalidInputError("cohort.rows-type", value=interviews)
    names: list[str] = []
    timelines: list[Timeline] = []
    for index, record in enumerate(interviews):
        raw_name = _peek_name(record)
        row = (
            Text("cohort.named-row", index=index, name=raw_name)
            if raw_name
            else Text("cohort.row", index=index)
        )
        try:
            name, timeline = _plan_row(_fields(record), country, policy, code)
        except EtiketError as error:
            raise type(error)("cohort.in-row", row=row, error=error) from None
        if name in names:
            raise InvalidInputError(
                "cohort.duplicate-name", row=row, name=name, other=names.index(name)
            )
        names.append(name)
        timelines.append(timeline)
    if not timelines:
        raise InvalidInputError("cohort.no-candidates")
    return Cohort(tuple(names), tuple(timelines), code)
