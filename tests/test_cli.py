"""The command line, run in-process through main(), plus one real `python -m etiket`."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

import etiket
from etiket.cli import assessment_data, build_parser, main, timeline_data
from etiket.messages import message, quantity

DOCS = Path(__file__).resolve().parent.parent / "docs"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    assert err.startswith("etiket")
    assert ": error: " in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


# --- plan -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_plan_prints_the_timeline(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, err = run(capsys, "plan", "2026-11-20", "--country", "ID", "--lang", lang)
    assert code == 0
    assert out == f"{etiket.plan('2026-11-20', country='ID', lang=lang)}\n"
    assert err == ""


def test_plan_options_reach_plan(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "2026-11-20", "--decision-date", "2026-12-04", "--not-hr")
    assert code == 0
    expected = etiket.plan("2026-11-20", decision_date="2026-12-04", interviewer_in_hr=False)
    assert out == f"{expected}\n"


def test_plan_json_has_stable_keys_and_iso_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "2026-11-20", "--country", "ID", "--json")
    assert code == 0
    data = json.loads(out)
    timeline = etiket.plan("2026-11-20", country="ID")
    assert data == timeline_data(timeline)
    assert list(data) == [
        "interview", "interview_at", "decision_date", "country", "lang", "interviewers",
        "recruiter_uses_chat", "last_note_basis", "last_note_counts_from", "steps",
    ]  # fmt: skip
    step_keys = ["action", "guidance", "title", "when", "description", "earliest", "latest",
                 "due", "channel", "optional", "chat", "recipients", "window"]  # fmt: skip
    assert all(list(step) == step_keys for step in data["steps"])
    for step, expected in zip(data["steps"], timeline.steps, strict=True):
        assert date.fromisoformat(step["earliest"]) == expected.earliest
        assert step["action"] == expected.action.value


def test_plan_with_a_time_zone(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "plan", "2026-11-20T14:30", "--timezone", "Asia/Jakarta", "--json", "--lang", "id"
    )
    assert code == 0
    data = json.loads(out)
    at = datetime(2026, 11, 20, 14, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    expected = etiket.plan(at, lang="id")
    assert expected.thank_you.due is not None
    assert datetime.fromisoformat(data["steps"][0]["due"]) == expected.thank_you.due
    assert data["interview_at"] == at.isoformat()


def test_plan_writes_a_calendar_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    code, out, err = run(capsys, "plan", "2026-11-20", "--lang", "id", "--ics", str(target))
    assert code == 0
    assert out == f"{etiket.plan('2026-11-20', lang='id')}\n"
    assert err == message("cli.wrote-ics", "id", count=4, path=target) + "\n"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 4
    code, _, err = run(capsys, "plan", "2026-11-20", "--ics", str(target), "--periods")
    assert code == 0
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6


# --- assess ---------------------------------------------------------------------------------


def test_assess_prints_the_assessment(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["assess", "2026-11-20", "--today", "2026-12-01", "--note", "2026-11-20",
            "--note", "2026-11-24:letter", "--call", "2026-11-25"]  # fmt: skip
    code, out, err = run(capsys, *argv)
    expected = etiket.assess(
        "2026-11-20",
        today="2026-12-01",
        notes=[etiket.Contact("2026-11-20"), etiket.Contact("2026-11-24", "letter")],
        calls=["2026-11-25"],
    )
    assert code == 0
    assert err == ""
    assert out == f"{expected}\n"
    assert expected.warnings  # the example is worth printing: it has warnings to show


def test_assess_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["assess", "2026-11-20", "--today", "2026-12-03", "--heard-back", "2026-12-02:offer",
            "--lang", "id", "--json"]  # fmt: skip
    code, out, _ = run(capsys, *argv)
    assert code == 0
    data = json.loads(out)
    expected = etiket.assess(
        "2026-11-20",
        today="2026-12-03",
        heard_back=etiket.Reply("2026-12-02", "offer"),
        lang="id",
    )
    assert data == assessment_data(expected)
    assert data["stage"] == "heard-back"
    assert data["reply"] == {
        "on": "2026-12-02", "outcome": "offer", "respond_by": None, "next_interview": None,
    }  # fmt: skip
    assert list(data) == ["today", "stage", "summary", "next_step", "next", "warnings",
                          "contacts", "reply", "lang", "timeline", "next_round"]  # fmt: skip


def test_a_time_with_colons_is_not_mistaken_for_a_channel(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["assess", "2026-11-20T10:00+07:00", "--today", "2026-11-21T09:00+07:00",
            "--note", "2026-11-20T18:30+07:00", "--json"]  # fmt: skip
    code, out, _ = run(capsys, *argv)
    assert code == 0
    expected = etiket.assess(
        "2026-11-20T10:00+07:00", today="2026-11-21T09:00+07:00", notes=["2026-11-20T18:30+07:00"]
    )
    assert json.loads(out) == assessment_data(expected)


# --- cohort ---------------------------------------------------------------------------------

CSV = "name,interview,decision_date\nAna,2026-11-16,\nBudi,2026-11-20,2026-12-04\n"


def test_cohort_from_a_csv_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text(CSV, encoding="utf-8")
    rows = [{"name": "Ana", "interview": "2026-11-16"},
            {"name": "Budi", "interview": "2026-11-20", "decision_date": "2026-12-04"}]  # fmt: skip
    cohort = etiket.plan_cohort(rows, country="ID", lang="id")
    code, out, _ = run(capsys, "cohort", str(path), "--country", "ID", "--lang", "id")
    assert code == 0
    assert out == f"{cohort}\n"
    day = cohort.timeline("Ana").follow_up.earliest.isoformat()
    code, out, _ = run(capsys, "cohort", str(path), "--country", "ID", "--lang", "id",
                       "--agenda", day)  # fmt: skip
    assert out == f"{cohort.agenda(day)}\n"
    code, out, _ = run(capsys, "cohort", str(path), "--json", "--agenda", day, "--until",
                       "2026-12-31", "--country", "ID")  # fmt: skip
    data = json.loads(out)
    assert data["first"] == day
    assert data["last"] == "2026-12-31"
    assert len(data["items"]) == len(cohort.agenda(day, "2026-12-31"))
    code, out, _ = run(capsys, "cohort", str(path), "--json")
    data = json.loads(out)
    assert [row["name"] for row in data["candidates"]] == ["Ana", "Budi"]
    assert data["candidates"][1]["follow_up_from"] == (
        etiket.plan("2026-11-20", decision_date="2026-12-04").follow_up.earliest.isoformat()
    )
    ics = tmp_path / "cohort.ics"
    code, _, err = run(capsys, "cohort", str(path), "--ics", str(ics))
    assert code == 0
    assert "8" in err
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 8


def test_cohort_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(CSV))
    code, out, _ = run(capsys, "cohort", "-")
    assert code == 0
    title = message("label.cohort", "en", count=quantity(2, "candidates", "en"))
    assert out.splitlines()[0] == title


# --- Errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "pattern"),
    [
        (["plan", "2026-13-20"], "the interview date '2026-13-20' is not a valid date"),
        (["plan", "2026-11-20", "--country", "XX"], "no holiday calendar for country 'XX'"),
        (["plan", "2026-11-20", "--lang", "fr"], "unsupported language 'fr'"),
        (["plan", "2026-11-20", "--timezone", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
        (["plan", "2026-11-20", "--periods"], "--periods only applies with --ics"),
        (["assess", "2026-11-20", "--today", "2026-11-01"], "before the interview"),
        (["assess", "2026-11-20", "--today", "2026-12-01", "--heard-back", "2026-11-30"],
         "has no outcome; write it as DATE:OUTCOME"),
        (["assess", "2026-11-20", "--today", "2026-12-01", "--heard-back", "2026-11-30:maybe"],
         "unknown outcome 'maybe'"),
        (["assess", "2026-11-20", "--today", "2026-12-01", "--note", "2026-11-21:pigeon"],
         "unknown channel 'pigeon'"),
        (["cohort", "/no/such/file.csv"], "cannot read /no/such/file.csv"),
        (["plan", "2026-11-20", "--ics", "/no/such/folder/plan.ics"],
         "cannot write the calendar file /no/such/folder/plan.ics"),
    ],
)  # fmt: skip
def test_etiket_errors_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], pattern: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""
    assert_one_line_error(err)
    assert err.startswith("etiket: error: ")
    assert pattern in err


def test_a_bad_cohort_row_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text("name,interview\nAna,2026-11-16\nBudi,20 November\n", encoding="utf-8")
    code, _, err = run(capsys, "cohort", str(path))
    assert code == 1
    assert_one_line_error(err)
    assert "row 1 ('Budi'): the interview date '20 November'" in err
    path.write_bytes(b"name,interview\n\xff\xfe,2026-11-16\n")
    code, _, err = run(capsys, "cohort", str(path))
    assert code == 1
    assert_one_line_error(err)
    assert "UTF-8" in err


@pytest.mark.parametrize(
    "argv",
    [[], ["plan"], ["frobnicate"], ["plan", "2026-11-20", "--bogus"], ["assess", "--today"]],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert_one_line_error(err)
    assert "--help" in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out == f"etiket {etiket.__version__}\n"
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("plan", "assess", "cohort"):
        assert command in out
    code, out, _ = run(capsys, "assess", "--help")
    assert code == 0
    assert "--heard-back" in out


# --- The documentation covers every option --------------------------------------------------


def _options() -> set[str]:
    parser = build_parser()
    found: set[str] = set()
    for action in parser._actions:
        found.update(o for o in action.option_strings if o.startswith("--"))
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            for sub in choices.values():
                for sub_action in sub._actions:
                    found.update(o for o in sub_action.option_strings if o.startswith("--"))
    return found - {"--help"}


@pytest.mark.parametrize("edition", ["en", "id"])
def test_the_reference_page_documents_every_option(edition: str) -> None:
    page = (DOCS / edition / "reference" / "command-line.md").read_text(encoding="utf-8")
    missing = sorted(
        o for o in _options() if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", page)
    )
    assert not missing, f"docs/{edition}/reference/command-line.md does not mention {missing}"


# --- The real thing -------------------------------------------------------------------------


def test_python_dash_m_etiket_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "etiket", "plan", "2026-11-20", "--country", "ID", "--lang", "id"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{etiket.plan('2026-11-20', country='ID', lang='id')}\n"
    bad = subprocess.run(
        [sys.executable, "-m", "etiket", "plan", "not-a-date"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1
    assert_one_line_error(bad.stderr)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_terminal_that_cannot_show_a_name_gets_one_line(lang: str) -> None:
    import subprocess
    import sys

    csv_text = "name,interview\nŚari,2026-11-20\n"
    done = subprocess.run(
        [sys.executable, "-m", "etiket", "cohort", "-", "--lang", lang],
        input=csv_text.encode(),
        capture_output=True,
        env={**__import__("os").environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert done.returncode == 1
    lines = done.stderr.decode("ascii").splitlines()
    assert len(lines) == 1, lines
    assert "PYTHONIOENCODING=utf-8" in lines[0]
    assert "\\u015a" in lines[0]
    assert ("galat" in lines[0]) is (lang == "id")
