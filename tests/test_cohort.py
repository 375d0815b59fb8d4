"""Planning a cohort: rows in, one timeline per candidate, rows and agendas out."""

from __future__ import annotations

import csv
import io
import sys
import types
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

import pytest

import etiket
from etiket.cohort import COLUMNS
from etiket.messages import message, quantity
from etiket.timeline import ACTIONS

ROWS: list[dict[str, object]] = [
    {"name": "Ana", "interview": "2026-11-16"},
    {"name": "Budi", "interview": "2026-11-20", "decision_date": "2026-12-04"},
    {"name": "Citra", "interview": "2026-11-20", "country": "", "interviewer_in_hr": "no"},
]


def test_each_candidate_gets_the_same_timeline_as_plan() -> None:
    cohort = etiket.plan_cohort(ROWS, country="ID", lang="id")
    assert cohort.names == ("Ana", "Budi", "Citra")
    assert len(cohort) == 3
    assert cohort.timeline("Ana") == etiket.plan("2026-11-16", country="ID", lang="id")
    assert cohort.timeline("Budi") == etiket.plan(
        "2026-11-20", decision_date="2026-12-04", country="ID", lang="id"
    )
    # An empty country cell falls back to the cohort's country.
    citra = etiket.plan("2026-11-20", country="ID", lang="id", interviewer_in_hr=False)
    assert cohort.timeline("Citra") == citra
    assert cohort.timeline("Citra").move_on.description == citra.move_on.description
    assert message("move-on.not-hr", "id").strip() in citra.move_on.description
    assert list(cohort) == list(zip(cohort.names, cohort.timelines, strict=True))


def test_a_rows_country_overrides_the_cohorts() -> None:
    cohort = etiket.plan_cohort([{"name": "Ana", "interview": "2026-03-16", "country": "ID"}])
    assert cohort.timeline("Ana").calendar.country == "ID"
    # Lebaran 2026: collective leave pushes the follow-up well past a plain working week.
    assert cohort.timeline("Ana").follow_up.earliest > etiket.plan("2026-03-16").follow_up.earliest


def test_rows_have_stable_keys_and_the_timelines_dates() -> None:
    cohort = etiket.plan_cohort(ROWS, country="ID")
    rows = cohort.rows()
    assert [list(row) for row in rows] == [list(COLUMNS)] * 3
    for row, timeline in zip(rows, cohort.timelines, strict=True):
        assert row["interview"] == timeline.interview.day
        assert row["thank_you_by"] == timeline.thank_you.latest
        assert row["follow_up_from"] == timeline.follow_up.earliest
        assert row["second_note_from"] == timeline.second_note.earliest
        assert row["move_on_from"] == timeline.move_on.earliest
        assert row["country"] == "ID"
        assert all(isinstance(row[key], date) for key in list(COLUMNS)[1:6])


@pytest.mark.parametrize("lang", ["en", "id"])
def test_labelled_rows_use_the_cohorts_language(lang: str) -> None:
    cohort = etiket.plan_cohort(ROWS, lang=lang)
    labels = [message(key, lang) for key in COLUMNS.values()]
    assert list(cohort.columns().values()) == labels
    labelled = cohort.rows(labels=True)
    assert [list(row) for row in labelled] == [labels] * 3
    assert [list(row.values()) for row in labelled] == [list(r.values()) for r in cohort.rows()]
    assert cohort.in_language("en" if lang == "id" else "id").lang != lang


def test_spreadsheet_headers_and_csv_rows() -> None:
    text = (
        "Name,Interview date,Decision,Country,Interviewer in HR,Email\n"
        "Ana,2026-11-16,,ID,ya,ana@example.com\n"
        "Budi,2026-11-20,2026-12-04,,,budi@example.com\n"
    )
    cohort = etiket.plan_cohort(csv.DictReader(io.StringIO(text)))
    assert cohort.timeline("Ana") == etiket.plan("2026-11-16", country="ID", interviewer_in_hr=True)
    assert cohort.timeline("Budi").decision_date == date(2026, 12, 4)
    assert cohort.timeline("Budi").calendar.country is None


def test_indonesian_headers() -> None:
    text = (
        "Nama,Tanggal wawancara,Tanggal keputusan,Negara,Pewawancara dari HR\n"
        "Ayu,2026-11-16,2026-11-27,ID,tidak\n"
    )
    cohort = etiket.plan_cohort(csv.DictReader(io.StringIO(text)), lang="id")
    expected = etiket.plan(
        "2026-11-16", decision_date="2026-11-27", country="ID", lang="id", interviewer_in_hr=False
    )
    assert cohort.timeline("Ayu") == expected
    assert cohort.timeline("Ayu").move_on.description == expected.move_on.description


def test_records_with_attributes() -> None:
    class Row(NamedTuple):
        name: str
        interview: date

    @dataclass
    class Candidate:
        name: str
        interview: str
        decision_date: str | None = None

    cohort = etiket.plan_cohort(
        [Row("Ana", date(2026, 11, 16)), Candidate("Budi", "2026-11-20", "2026-12-04")]
    )
    assert cohort.timeline("Ana") == etiket.plan(date(2026, 11, 16))
    assert cohort.timeline("Budi") == etiket.plan("2026-11-20", decision_date="2026-12-04")


@pytest.mark.parametrize(
    ("rows", "error", "pattern"),
    [
        ([{"name": "Ana", "interview": "2026-11-16"}, {"name": "Budi", "interview": "2026-11-40"}],
         etiket.InvalidDateError, r"^row 1 \('Budi'\): the interview date"),
        ([{"interview": "2026-11-16"}], etiket.InvalidInputError, r"^row 0: .*'name'"),
        ([{"name": "Ana"}], etiket.InvalidInputError, r"^row 0 \('Ana'\): .*'interview'"),
        ([{"name": "Ana", "interview": "2026-11-16", "country": "XX"}],
         etiket.UnknownCountryError, r"^row 0 \('Ana'\): no holiday calendar"),
        ([{"name": "Ana", "interview": "2026-11-16", "decision_date": "2026-11-01"}],
         etiket.InvalidDateError, r"^row 0 \('Ana'\): the decision date"),
        ([{"name": "Ana", "interview": "2026-11-16", "interviewer_in_hr": "maybe"}],
         etiket.InvalidInputError, r"^row 0 \('Ana'\): interviewer_in_hr must be yes or no"),
        ([{"name": "Ana", "interveiw": "2026-11-16"}],
         etiket.InvalidInputError, r"^row 0 \('Ana'\): unknown column 'interveiw'; did you mean"),
        ([{"name": "Ana", "interview": "2026-11-16"}, {"name": "Ana", "interview": "2026-11-17"}],
         etiket.InvalidInputError, r"^row 1 \('Ana'\): the name 'Ana' is already used by row 0"),
        (["2026-11-16"], etiket.InvalidInputError, r"^row 0: each row must be a mapping"),
        ([{"name": 7, "interview": "2026-11-16"}], etiket.InvalidInputError, r"^row 0: .*'name'"),
        ([], etiket.InvalidInputError, r"^no candidates given"),
        ("Ana,2026-11-16", etiket.InvalidInputError, r"^interviews must be a list"),
        ({"name": "Ana", "interview": "2026-11-16"},
         etiket.InvalidInputError, r"^interviews must be a list"),
    ],
)  # fmt: skip
def test_bad_rows_are_named_in_the_error(rows: Any, error: type[Exception], pattern: str) -> None:
    with pytest.raises(error, match=pattern):
        etiket.plan_cohort(rows)


def test_bad_cohort_options() -> None:
    with pytest.raises(etiket.UnsupportedLanguageError):
        etiket.plan_cohort(ROWS, lang="fr")
    with pytest.raises(etiket.UnknownCountryError, match="row 0"):
        etiket.plan_cohort(ROWS, country="XX")
    cohort = etiket.plan_cohort(ROWS)
    with pytest.raises(etiket.EtiketError, match=r"no candidate named 'Dewi'.*'Ana'"):
        cohort.timeline("Dewi")


# --- The agenda -----------------------------------------------------------------------------


def _due_days(step: etiket.Step) -> list[date]:
    last = step.latest if step.latest is not None else step.earliest
    return [step.earliest + timedelta(days=n) for n in range((last - step.earliest).days + 1)]


def test_agenda_lists_each_action_on_its_days_and_nothing_else() -> None:
    cohort = etiket.plan_cohort(ROWS, country="ID")
    first = min(t.interview.day for t in cohort.timelines)
    last = max(t.move_on.earliest for t in cohort.timelines)
    day = first
    while day <= last:
        agenda = cohort.agenda(day)
        expected = {
            (name, step.action)
            for name, timeline in cohort
            for step in timeline.steps
            if step.action in ACTIONS and day in _due_days(step)
        }
        assert {(item.name, item.step.action) for item in agenda} == expected
        assert all(item.day == day for item in agenda)
        day += timedelta(days=1)


def test_agenda_over_several_days_is_sorted_and_lists_each_action_once() -> None:
    cohort = etiket.plan_cohort(ROWS, country="ID")
    # From the first interview to the last day anyone moves on: every step of every plan.
    last = max(timeline.move_on.earliest for _, timeline in cohort)
    agenda = cohort.agenda(date(2026, 11, 16), last.isoformat())
    pairs = [(item.name, item.step.action) for item in agenda]
    assert len(pairs) == len(set(pairs)) == 3 * len(ACTIONS)
    assert [item.day for item in agenda] == sorted(item.day for item in agenda)
    for item in agenda:
        assert item.day == max(item.step.earliest, agenda.first)
    assert agenda.rows()[0] == {
        "day": agenda.items[0].day,
        "name": agenda.items[0].name,
        "action": agenda.items[0].step.action.value,
        "title": agenda.items[0].step.title,
        "when": agenda.items[0].step.when(),
    }


@pytest.mark.parametrize("lang", ["en", "id"])
def test_agenda_text(lang: str) -> None:
    cohort = etiket.plan_cohort(ROWS, lang=lang)
    ana = cohort.timeline("Ana")
    agenda = cohort.agenda(ana.follow_up.earliest)
    day = etiket.format_date(ana.follow_up.earliest, lang)
    # The follow-up begins that day: its dates would only repeat the title's day.
    assert str(agenda).splitlines() == [
        message("label.agenda-day", lang, date=day),
        f"- Ana: {ana.follow_up.title}",
    ]
    assert agenda.items[0].text == f"Ana: {ana.follow_up.title} ({ana.follow_up.when()})"
    quiet = cohort.agenda(ana.follow_up.earliest + timedelta(days=1))
    assert len(quiet) == 0
    assert str(quiet).splitlines()[1] == message("label.agenda-empty", lang)
    assert repr(agenda) == f"<Agenda {ana.follow_up.earliest.isoformat()}: 1 item ({lang})>"


def test_agenda_over_several_days_groups_by_day_and_keeps_deadlines() -> None:
    cohort = etiket.plan_cohort(ROWS)
    ana = cohort.timeline("Ana")
    assert ana.thank_you.latest is not None
    # From the day after Ana's interview: her thank-you window is still open.
    first = ana.thank_you.latest
    agenda = cohort.agenda(first, first + timedelta(days=4))
    lines = str(agenda).splitlines()
    day_lines = [line for line in lines[1:] if not line.startswith("- ")]
    assert day_lines == [etiket.format_date(d, "en") for d in sorted({i.day for i in agenda})]
    assert f"- Ana: {ana.thank_you.title} ({ana.thank_you.when()})" in lines
    assert len(lines) == 1 + len(day_lines) + len(agenda)


def test_agenda_with_days_out_of_order_is_refused() -> None:
    cohort = etiket.plan_cohort(ROWS)
    with pytest.raises(etiket.InvalidDateError, match="before its first day"):
        cohort.agenda("2026-11-30", "2026-11-20")
    with pytest.raises(etiket.InvalidDateError):
        cohort.agenda("tomorrow")


# --- pandas is optional ---------------------------------------------------------------------


def test_to_dataframe_without_pandas_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(etiket.EtiketError, match=r"pandas is not installed.*rows\(\)"):
        etiket.plan_cohort(ROWS).to_dataframe()


def test_to_dataframe_hands_the_rows_to_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []

    def data_frame(data: Any, columns: Any) -> str:
        calls.append((data, columns))
        return "frame"

    fake = types.ModuleType("pandas")
    fake.DataFrame = data_frame  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pandas", fake)
    cohort = etiket.plan_cohort(ROWS, lang="id")
    assert cohort.to_dataframe() == "frame"
    assert calls[-1] == (cohort.rows(), list(COLUMNS))
    cohort.to_dataframe(labels=True)
    assert calls[-1] == (cohort.rows(labels=True), list(cohort.columns().values()))


# --- Faces ----------------------------------------------------------------------------------


def test_the_cohort_title_agrees_with_its_count() -> None:
    one, three = etiket.plan_cohort(ROWS[:1]), etiket.plan_cohort(ROWS)
    assert str(one).splitlines()[0] == "Cohort of 1 candidate"
    assert str(three).splitlines()[0] == "Cohort of 3 candidates"
    assert "<caption>Cohort of 1 candidate</caption>" in one._repr_html_()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_cohort_text_is_an_aligned_table(lang: str) -> None:
    cohort = etiket.plan_cohort(ROWS, lang=lang)
    lines = str(cohort).splitlines()
    assert lines[0] == message("label.cohort", lang, count=quantity(3, "candidates", lang))
    header = [message(key, lang) for key in COLUMNS.values()][:6]
    assert lines[1].split("  ")[0] == header[0]
    for label in header:
        assert label in lines[1]
    assert [line.split()[0] for line in lines[2:]] == ["Ana", "Budi", "Citra"]
    # Every column starts at the same place on every line.
    starts = [lines[1].index(label) for label in header]
    for line, timeline in zip(lines[2:], cohort.timelines, strict=True):
        cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
        assert timeline.follow_up.earliest.strftime("%Y") in cells[3]
        assert str(timeline.follow_up.earliest.day) in cells[3].split()
    assert repr(cohort) == f"<Cohort 3 candidates, interviews 2026-11-16..2026-11-20 ({lang})>"


def test_cohort_calendar_has_every_candidates_actions() -> None:
    import icalendar

    cohort = etiket.plan_cohort(ROWS)
    calendar = icalendar.Calendar.from_ical(cohort.to_ics())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert len(summaries) == 3 * len(ACTIONS)
    for name in cohort.names:
        assert sum(s.startswith(f"{name}: ") for s in summaries) == len(ACTIONS)
