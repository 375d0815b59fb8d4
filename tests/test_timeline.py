"""plan(): the steps after one interview, their dates, and their words in two languages."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from _reference import days_off, expected_dates, is_working_day, nth_working_day_after

import etiket
from etiket import (
    Action,
    Channel,
    Guidance,
    InvalidDateError,
    InvalidInputError,
    Policy,
    Timeline,
    UnknownCountryError,
    UnsupportedLanguageError,
    format_date,
    plan,
)
from etiket.messages import message
from etiket.timeline import ACTIONS, PERIODS, TIMELINE_ACTIONS, SpanKind

ONE_DAY = timedelta(days=1)
JAKARTA = timezone(timedelta(hours=7))
ORDER = [
    Action.THANK_YOU, Action.WAIT, Action.FOLLOW_UP, Action.LET_GO,
    Action.SECOND_NOTE, Action.MOVE_ON,
]  # fmt: skip


def assert_dates(timeline: Timeline, expected: dict[str, date]) -> None:
    interview = timeline.interview.day
    assert timeline.thank_you.earliest == interview
    assert timeline.thank_you.latest == expected["thank_you_by"]
    wait = timeline.step(Action.WAIT)
    assert (wait.earliest, wait.latest) == (interview, expected["follow_up"] - ONE_DAY)
    assert timeline.follow_up.earliest == expected["follow_up"]
    assert timeline.follow_up.latest is None
    let_go = timeline.step(Action.LET_GO)
    assert (let_go.earliest, let_go.latest) == (
        expected["follow_up"], expected["second_note"] - ONE_DAY,
    )  # fmt: skip
    assert timeline.second_note.earliest == expected["second_note"]
    assert timeline.move_on.earliest == expected["move_on"]


@pytest.mark.parametrize(
    "interview",
    [date(2026, 11, 20), date(2026, 11, 23), date(2026, 12, 21), date(2026, 3, 16)],
)
@pytest.mark.parametrize("country", [None, "ID"])
def test_a_date_only_interview(interview: date, country: str | None) -> None:
    timeline = plan(interview, country=country)
    assert [step.action for step in timeline.steps] == ORDER
    assert timeline.interview.day == interview
    assert timeline.interview.at is None
    assert timeline.thank_you.due is None
    assert timeline.decision_date is None
    assert timeline.calendar == etiket.WorkingCalendar(country)
    assert timeline.policy is etiket.DEFAULT_POLICY
    assert_dates(timeline, expected_dates(interview, country))


def test_the_documented_example() -> None:
    # The pages' own examples show its dates under the defaults; here, the reference's.
    timeline = plan("2026-11-20")  # a Friday
    expected = expected_dates(date(2026, 11, 20))
    assert timeline.follow_up.earliest == expected["follow_up"]
    assert timeline.second_note.earliest == expected["second_note"]
    assert timeline.move_on.earliest == expected["move_on"]


def test_christmas_leave_pushes_the_follow_up_in_indonesia() -> None:
    monday = date(2026, 12, 21)
    wait = etiket.DEFAULT_POLICY.follow_up_after_working_days
    # 24 December is collective leave and 25 December Christmas: days off in Indonesia only.
    christmas = {date(2026, 12, 24), date(2026, 12, 25)}
    assert christmas <= days_off(2026, "ID")
    assert not any(is_working_day(day, "ID") for day in christmas)
    assert all(is_working_day(day, None) for day in christmas)
    weekdays_only = nth_working_day_after(monday, wait, None)
    in_indonesia = nth_working_day_after(monday, wait, "ID")
    assert weekdays_only > max(christmas), "the wait spans Christmas"
    assert in_indonesia > weekdays_only
    assert plan(monday, country="ID").follow_up.earliest == in_indonesia
    assert plan(monday).follow_up.earliest == weekdays_only


def test_each_step_has_its_guidance_channel_and_optionality() -> None:
    timeline = plan("2026-11-20")
    kinds = [(s.guidance, s.channel, s.optional) for s in timeline.steps]
    assert kinds == [
        (Guidance.THANK_YOU_PROMPTLY, Channel.EMAIL, True),
        (Guidance.EMPLOYERS_SLOW, None, False),
        (Guidance.FOLLOW_UP_AFTER_A_WEEK, Channel.EMAIL, False),
        (Guidance.LET_IT_GO, None, False),
        (Guidance.SECOND_NOTE_AFTER_WEEKS, Channel.EMAIL, True),
        (Guidance.ASSUME_NO_AFTER_WEEKS, None, False),
    ]
    assert all(step.channel is not Channel.PHONE for step in timeline.steps)


def test_steps_are_in_date_order() -> None:
    for offset in range(60):
        timeline = plan(date(2026, 3, 1) + offset * ONE_DAY, country="ID")
        days = [step.earliest for step in timeline.steps]
        assert days == sorted(days)


def test_an_aware_interview_gives_a_deadline_to_the_hour() -> None:
    interview = datetime(2026, 11, 20, 14, 30, tzinfo=JAKARTA)
    timeline = plan(interview)
    due = timeline.thank_you.due
    assert due == datetime(2026, 11, 21, 14, 30, tzinfo=JAKARTA)
    assert due is not None
    assert due.utcoffset() == timedelta(hours=7)
    assert timeline.thank_you.latest == date(2026, 11, 21)
    assert timeline.interview.at == interview
    assert timeline.interview.day == date(2026, 11, 20)
    # The rest of the plan counts whole working days from the interview day.
    assert_dates(timeline, expected_dates(date(2026, 11, 20)))


def test_a_late_evening_interview_is_due_the_next_evening() -> None:
    timeline = plan(datetime(2026, 11, 20, 23, 15, tzinfo=JAKARTA))
    assert timeline.thank_you.latest == date(2026, 11, 21)
    assert timeline.thank_you.due == datetime(2026, 11, 21, 23, 15, tzinfo=JAKARTA)


def test_the_deadline_is_24_real_hours_across_a_clock_change() -> None:
    new_york = ZoneInfo("America/New_York")
    # Clocks in New York go forward on Sunday 8 March 2026.
    interview = datetime(2026, 3, 7, 10, 0, tzinfo=new_york)
    due = plan(interview).thank_you.due
    assert due is not None
    assert due.astimezone(UTC) - interview.astimezone(UTC) == timedelta(hours=24)
    assert (due.date(), due.hour, due.minute) == (date(2026, 3, 8), 11, 0)


def test_a_naive_interview_time_is_taken_as_local_time() -> None:
    interview = datetime(2026, 11, 20, 9, 0)
    timeline = plan(interview, policy=Policy(thank_you_within_hours=36))
    assert timeline.thank_you.due == datetime(2026, 11, 21, 21, 0)
    assert timeline.thank_you.latest == date(2026, 11, 21)


@pytest.mark.parametrize(("hours", "days"), [(1, 1), (23, 1), (24, 1), (25, 2), (48, 2), (49, 3)])
def test_without_a_time_the_deadline_rounds_up_to_whole_days(hours: int, days: int) -> None:
    timeline = plan("2026-11-18", policy=Policy(thank_you_within_hours=hours))
    assert timeline.thank_you.latest == date(2026, 11, 18) + days * ONE_DAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        ("  2026-11-20\n", date(2026, 11, 20)),
        ("20261120", date(2026, 11, 20)),
        ("2026-11-20T14:30", datetime(2026, 11, 20, 14, 30)),
        ("2026-11-20 14:30", datetime(2026, 11, 20, 14, 30)),
        ("2026-11-20T14:30+07:00", datetime(2026, 11, 20, 14, 30, tzinfo=JAKARTA)),
        ("2026-11-20T07:30Z", datetime(2026, 11, 20, 7, 30, tzinfo=UTC)),
    ],
)
def test_iso_strings_plan_like_the_values_they_spell(text: str, expected: date) -> None:
    assert plan(text) == plan(expected)
    assert plan(text, country="ID") == plan(expected, country="ID")


def test_a_decision_date_before_the_normal_follow_up_changes_nothing() -> None:
    interview = date(2026, 11, 20)
    early = plan(interview, decision_date=date(2026, 11, 23))
    assert early.decision_date == date(2026, 11, 23)
    assert early.follow_up.guidance is Guidance.FOLLOW_UP_AFTER_A_WEEK
    assert_dates(early, expected_dates(interview))
    assert early.follow_up.earliest == plan(interview).follow_up.earliest


@pytest.mark.parametrize("country", [None, "ID"])
@pytest.mark.parametrize("decision", [date(2026, 12, 4), date(2026, 12, 23), date(2027, 1, 15)])
def test_a_later_decision_date_moves_the_follow_up_past_it(
    country: str | None, decision: date
) -> None:
    interview = date(2026, 11, 20)
    timeline = plan(interview, decision_date=decision, country=country)
    expected = expected_dates(interview, country, decision)
    assert expected["follow_up"] == nth_working_day_after(decision, 2, country)
    assert_dates(timeline, expected)
    assert timeline.follow_up.earliest > decision
    assert timeline.follow_up.guidance is Guidance.DECISION_DATE


def test_the_documented_decision_example() -> None:
    timeline = plan("2026-11-20", decision_date="2026-12-04", lang="id")
    assert timeline.follow_up.earliest == date(2026, 12, 8)
    assert timeline.follow_up.when() == "mulai Selasa, 8 Desember 2026"


def test_the_grace_period_comes_from_the_policy() -> None:
    decision = date(2026, 12, 4)  # a Friday
    timeline = plan(
        "2026-11-20", decision_date=decision, policy=Policy(decision_grace_working_days=1)
    )
    assert timeline.follow_up.earliest == date(2026, 12, 7)


def test_a_decision_on_the_interview_day_is_allowed() -> None:
    timeline = plan("2026-11-20", decision_date="2026-11-20")
    day = date(2026, 11, 20)
    assert timeline.follow_up.earliest == expected_dates(day, decision=day)["follow_up"]


@pytest.mark.parametrize("decision", ["2026-11-19", date(2026, 1, 1), datetime(2026, 11, 19, 23)])
def test_a_decision_date_before_the_interview_is_refused(decision: date | str) -> None:
    with pytest.raises(InvalidDateError, match="before the interview date 2026-11-20") as error:
        plan("2026-11-20", decision_date=decision)
    assert str(error.value).startswith("the decision date 20")


def test_every_step_is_worded_in_both_languages() -> None:
    timeline = plan("2026-11-20", country="ID", interviewer_in_hr=False)
    mentions = {
        Action.THANK_YOU: timeline.thank_you.latest,
        Action.WAIT: timeline.follow_up.earliest,
        Action.FOLLOW_UP: timeline.follow_up.earliest,
        Action.LET_GO: timeline.second_note.earliest,
        Action.SECOND_NOTE: timeline.second_note.earliest,
        Action.MOVE_ON: timeline.move_on.earliest,
    }
    for step in timeline.steps:
        english, indonesian = step.describe("en"), step.describe("id")
        assert english != indonesian
        for lang, text in (("en", english), ("id", indonesian)):
            mentioned = mentions[step.action]
            assert mentioned is not None
            assert format_date(mentioned, lang) in text, (step.action, lang)
            assert "{" not in text
            assert "}" not in text
        assert step.title == message(f"{step.action.value}.title", "en")
        assert step.description == english
        in_id = timeline.in_language("id").step(step.action)
        assert in_id.title == message(f"{step.action.value}.title", "id") != step.title
        assert in_id.description == indonesian


def test_dates_read_naturally_in_each_language() -> None:
    timeline = plan("2026-11-20", decision_date="2026-12-04", lang="id")
    assert timeline.lang == "id"
    assert timeline.thank_you.when() == "paling lambat Sabtu, 21 November 2026"
    assert timeline.follow_up.when() == "mulai Selasa, 8 Desember 2026"
    assert timeline.follow_up.when("en") == "from Tuesday, December 8, 2026"
    wait = timeline.step("wait")
    assert wait.when() == "Jumat, 20 November 2026 sampai Senin, 7 Desember 2026"
    assert wait.when("en") == "Friday, November 20, 2026 to Monday, December 7, 2026"
    # Indonesian days are not zero-padded.
    assert "08" not in timeline.follow_up.describe("id")
    assert "Selasa, 8 Desember 2026" in timeline.follow_up.describe("id")


def test_in_language_keeps_every_date() -> None:
    english = plan("2026-11-20", country="ID")
    indonesian = english.in_language("id")
    assert indonesian.lang == "id"
    assert all(step.lang == "id" for step in indonesian.steps)
    assert indonesian.steps == tuple(plan("2026-11-20", country="ID", lang="id").steps)
    assert [s.earliest for s in indonesian.steps] == [s.earliest for s in english.steps]
    assert indonesian.in_language("en") == english
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        english.in_language("de")


@pytest.mark.parametrize("spelled", ["id", "ID", "id-ID", "id_ID", " id "])
def test_indonesian_language_tags_are_understood(spelled: str) -> None:
    assert plan("2026-11-20", lang=spelled).lang == "id"


@pytest.mark.parametrize("spelled", ["ind", "indonesian", "i d", "fr", "", "-id"])
def test_other_language_tags_are_refused(spelled: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=repr(spelled)):
        plan("2026-11-20", lang=spelled)


def test_a_non_hr_interviewer_is_mentioned_when_moving_on() -> None:
    for lang in ("en", "id"):
        remark = message("move-on.not-hr", lang).strip()
        not_hr = plan("2026-11-20", interviewer_in_hr=False, lang=lang)
        assert remark in not_hr.move_on.description
        assert all(remark not in s.description for s in not_hr.steps[:-1])
        for hr in (True, None):
            assert (
                remark
                not in plan("2026-11-20", interviewer_in_hr=hr, lang=lang).move_on.description
            )


def test_text_and_html_show_every_step() -> None:
    timeline = plan("2026-11-20", country="ID", lang="id")
    text, html = str(timeline), timeline._repr_html_()
    for step in timeline.steps:
        assert step.title in text
        assert step.when() in text
        assert step.title in html
    assert format_date(date(2026, 11, 20), "id") in text


def test_every_step_of_a_plan_is_an_action_or_a_period() -> None:
    assert sorted(ACTIONS + PERIODS) == sorted(TIMELINE_ACTIONS)
    assert not set(ACTIONS) & set(PERIODS)


def test_a_steps_span_says_its_deadline_its_first_day_or_its_days() -> None:
    timeline = plan("2026-11-20T10:00+07:00")
    wait, let_go = timeline.step(Action.WAIT), timeline.step(Action.LET_GO)
    assert timeline.thank_you.span.kind is SpanKind.BY
    assert timeline.thank_you.span.first == timeline.thank_you.deadline
    assert timeline.thank_you.span.start(exact=True) == timeline.thank_you.due
    assert [wait.span.kind, let_go.span.kind] == [SpanKind.RANGE, SpanKind.RANGE]
    assert (wait.span.first, wait.span.last) == (wait.earliest, wait.latest)
    for step in (timeline.follow_up, timeline.second_note, timeline.move_on):
        assert (step.span.kind, step.span.first) == (SpanKind.FROM, step.earliest)
    for lang in ("en", "id"):
        for step in timeline.steps:
            parts = step.span.parts(lang, exact=True)
            # The words are the message for the span's kind, each date written in full.
            dates = [part for part in parts if not isinstance(part, str)]
            assert [moment for moment, _ in dates] == list(step.span.moments(exact=True).values())
            assert "".join(p if isinstance(p, str) else p[1] for p in parts) == (
                step.span.words(lang, exact=True)
            )
            assert step.when(lang) == step.span.words(lang)


def test_a_deadline_is_met_on_its_last_day_and_to_the_minute_with_a_time() -> None:
    dated = plan("2026-11-20").thank_you
    assert dated.deadline is not None
    assert dated.meets_deadline(etiket.Moment(dated.deadline))
    assert not dated.meets_deadline(etiket.Moment(dated.deadline + ONE_DAY))
    timed = plan("2026-11-20T10:00+07:00").thank_you
    assert timed.due is not None
    assert timed.meets_deadline(etiket.Moment(timed.due.date(), timed.due))
    late = timed.due + timedelta(minutes=1)
    assert not timed.meets_deadline(etiket.Moment(late.date(), late))
    # A step without a deadline has none to meet.
    assert not plan("2026-11-20").follow_up.meets_deadline(etiket.Moment(date(2026, 11, 20)))


def test_steps_can_be_fetched_by_action() -> None:
    timeline = plan("2026-11-20")
    for action in TIMELINE_ACTIONS:
        assert timeline.step(action).action is action
        assert timeline.step(action.value) is timeline.step(action)
    assert timeline.thank_you.action is Action.THANK_YOU
    assert timeline.follow_up.action is Action.FOLLOW_UP
    assert timeline.second_note.action is Action.SECOND_NOTE
    assert timeline.move_on.action is Action.MOVE_ON
    with pytest.raises(InvalidInputError, match="'call-them'"):
        timeline.step("call-them")


@pytest.mark.parametrize("value", [20261120, None, 2026.11, ["2026-11-20"], b"2026-11-20", True])
def test_an_interview_of_the_wrong_type_is_refused(value: object) -> None:
    with pytest.raises(InvalidInputError, match="interview date") as error:
        plan(value)  # type: ignore[arg-type]
    assert isinstance(error.value, TypeError)
    assert repr(value) in str(error.value)


@pytest.mark.parametrize("offset", ["+07:60", "+0799", "-05:75", "+07:60:00"])
def test_an_offset_s_minutes_past_59_are_refused_not_carried_into_the_hours(offset: str) -> None:
    text = "2026-11-20T14:30" + offset
    with pytest.raises(InvalidDateError, match=f"the interview date {re.escape(repr(text))}"):
        plan(text)
    # The last minute of an hour, and of the largest offset there is, are read as written.
    assert plan("2026-11-20T14:30+23:59").interview.at == datetime(
        2026, 11, 20, 14, 30, tzinfo=timezone(timedelta(hours=23, minutes=59))
    )


@pytest.mark.parametrize(
    "text", ["2026-02-30", "2026-13-01", "20-11-2026", "next Friday", "", "2026-11-20T25:00"]
)
def test_an_impossible_date_is_refused(text: str) -> None:
    with pytest.raises(InvalidDateError, match=f"the interview date {text!r} is not a valid date"):
        plan(text)
    with pytest.raises(InvalidDateError, match=f"the decision date {text!r}"):
        plan("2026-11-20", decision_date=text)


@pytest.mark.parametrize(
    "interview", [date.max, date(9999, 12, 20), datetime.min.replace(tzinfo=JAKARTA)]
)
def test_dates_at_the_end_of_the_calendar_are_refused(interview: date) -> None:
    with pytest.raises(InvalidDateError, match="limits of the calendar"):
        plan(interview)


def test_other_arguments_are_checked() -> None:
    with pytest.raises(InvalidInputError, match=r"policy must be an etiket\.Policy, not dict"):
        plan("2026-11-20", policy={"follow_up_after_working_days": 3})  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="'yes'"):
        plan("2026-11-20", interviewer_in_hr="yes")  # type: ignore[arg-type]
    with pytest.raises(UnknownCountryError, match="'Atlantis'"):
        plan("2026-11-20", country="Atlantis")
    with pytest.raises(UnsupportedLanguageError, match="'fr'"):
        plan("2026-11-20", lang="fr")
    with pytest.raises(UnsupportedLanguageError, match="None"):
        plan("2026-11-20", lang=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="decision date"):
        plan("2026-11-20", decision_date=5)  # type: ignore[arg-type]


def test_a_late_follow_up_moves_the_last_note_and_keeps_who_gets_what() -> None:
    interview = date(2026, 11, 20)
    timeline = plan(interview, interviewers=["Ms Rivera", "Mr Tan"], follow_up_to="Ms Chen")
    sent = timeline.follow_up.earliest + timedelta(days=10)
    moved = timeline.after_follow_up(sent)
    expected = expected_dates(interview, follow_up_sent_on=sent)
    assert moved.second_note.earliest == expected["second_note"]
    assert moved.move_on.earliest == expected["move_on"]
    assert moved.last_note_counts_from == sent
    assert moved.follow_up.recipients == timeline.follow_up.recipients == ("Ms Chen",)
    assert moved.thank_you.recipients == timeline.thank_you.recipients
    # A follow-up on its first day, or before, changes nothing.
    assert timeline.after_follow_up(timeline.follow_up.earliest) is timeline
    assert timeline.last_note_counts_from == timeline.follow_up.earliest
