"""assess(): the stage a candidate is at, what to do next, and what went against etiquette.

The interview of most tests is on Friday 20 November 2026, without a country. The
days of its steps come from the default policy, counted by the reference calendar
(with the defaults: thank-you note by Saturday 21 November, follow-up from Friday
27 November, closing note from Friday 11 December, moving on from Friday 18 December).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from _reference import expected_dates, nth_working_day_after

from etiket import (
    DEFAULT_POLICY,
    Action,
    Breach,
    Channel,
    Contact,
    Guidance,
    InvalidDateError,
    InvalidInputError,
    Outcome,
    Purpose,
    Reply,
    Stage,
    UnknownChannelError,
    UnknownCountryError,
    UnsupportedLanguageError,
    WorkingCalendar,
    assess,
    format_date,
    plan,
)
from etiket.messages import message

INTERVIEW = date(2026, 11, 20)
_EXPECTED = expected_dates(INTERVIEW)
THANK_YOU_BY = _EXPECTED["thank_you_by"]
FOLLOW_UP = _EXPECTED["follow_up"]
SECOND_NOTE = _EXPECTED["second_note"]
MOVE_ON = _EXPECTED["move_on"]
ONE_DAY = timedelta(days=1)
JAKARTA = timezone(timedelta(hours=7))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def test_the_reference_dates_are_those_of_the_plan() -> None:
    timeline = plan(INTERVIEW)
    assert timeline.thank_you.latest == THANK_YOU_BY
    assert timeline.follow_up.earliest == FOLLOW_UP
    assert timeline.second_note.earliest == SECOND_NOTE
    assert timeline.move_on.earliest == MOVE_ON


def breaches(*args: Any, **kwargs: Any) -> list[Breach]:
    return [w.breach for w in assess(*args, **kwargs).warnings]


def timing_breaches(*args: Any, **kwargs: Any) -> list[Breach]:
    """The breaches besides office hours, for tests of deadlines that fall at a weekend."""
    return [b for b in breaches(*args, **kwargs) if b is not Breach.OUTSIDE_OFFICE_HOURS]


@pytest.mark.parametrize(
    ("today", "stage", "next_action"),
    [
        (INTERVIEW, Stage.THANK_YOU, "thank-you"),
        (THANK_YOU_BY, Stage.THANK_YOU, "thank-you"),
        # No note yet, and the deadline passed: late is better than none, until the follow-up.
        (THANK_YOU_BY + timedelta(days=1), Stage.LATE_THANK_YOU, "late-thank-you"),
        (FOLLOW_UP - timedelta(days=1), Stage.LATE_THANK_YOU, "late-thank-you"),
        (FOLLOW_UP, Stage.FOLLOW_UP_DUE, "follow-up"),
        (SECOND_NOTE - timedelta(days=1), Stage.FOLLOW_UP_DUE, "follow-up"),
        (SECOND_NOTE, Stage.SECOND_NOTE_DUE, "second-note"),
        (MOVE_ON - timedelta(days=1), Stage.SECOND_NOTE_DUE, "second-note"),
        (MOVE_ON, Stage.MOVED_ON, "move-on"),
        (date(2027, 6, 1), Stage.MOVED_ON, "move-on"),
    ],
)
def test_stage_without_any_contact(today: date, stage: Stage, next_action: str) -> None:
    result = assess(INTERVIEW, today=today)
    assert result.stage is stage
    assert result.next_step is not None
    assert result.next_step.action.value == next_action
    assert result.warnings == ()
    assert result.today == today
    assert result.reply is None


def test_the_well_behaved_candidate_gets_no_warning_at_any_stage() -> None:
    notes: list[date] = []
    # A day inside each stage, after the step that began it: the day before the follow-up,
    # and the day after the follow-up, after the closing note and after moving on.
    expected = [
        (FOLLOW_UP - ONE_DAY, [INTERVIEW], Stage.WAITING, "follow-up"),
        (FOLLOW_UP + ONE_DAY, [INTERVIEW, FOLLOW_UP], Stage.LETTING_GO, "second-note"),
        (SECOND_NOTE + ONE_DAY, [INTERVIEW, FOLLOW_UP, SECOND_NOTE], Stage.LETTING_GO, "move-on"),
        (MOVE_ON + ONE_DAY, [INTERVIEW, FOLLOW_UP, SECOND_NOTE], Stage.MOVED_ON, "move-on"),
    ]
    for today, notes, stage, next_action in expected:
        result = assess(INTERVIEW, today=today, notes=notes)
        assert result.stage is stage, today
        assert result.next_step is not None
        assert result.next_step.action.value == next_action
        assert result.warnings == ()


def test_several_thank_you_notes_on_time_are_fine() -> None:
    # With several interviewers each gets a note.
    notes = [INTERVIEW, INTERVIEW, THANK_YOU_BY]
    assert breaches(INTERVIEW, today=date(2026, 11, 24), notes=notes) == []


def test_bare_dates_are_emails() -> None:
    bare = assess(INTERVIEW, today=date(2026, 12, 1), notes=[INTERVIEW, "2026-11-24"])
    explicit = assess(
        INTERVIEW,
        today=date(2026, 12, 1),
        notes=[Contact(INTERVIEW), Contact("2026-11-24", Channel.EMAIL)],
    )
    assert bare == explicit


def test_a_phone_call_is_always_a_warning() -> None:
    result = assess(INTERVIEW, today=FOLLOW_UP + ONE_DAY, notes=[INTERVIEW], calls=[FOLLOW_UP])
    assert [w.breach for w in result.warnings] == [Breach.PHONE_CALL]
    warning = result.warnings[0]
    assert warning.on == FOLLOW_UP
    assert warning.guidance is Guidance.NO_PHONE
    assert format_date(FOLLOW_UP, "en") in warning.text
    # The call was the one follow-up: asking again would be pestering.
    assert result.stage is Stage.LETTING_GO


@pytest.mark.parametrize("channel", ["phone", "Telephone", "call", "telepon", Channel.PHONE])
def test_a_call_listed_among_the_notes_is_a_phone_call(channel: str) -> None:
    result = assess(INTERVIEW, today=FOLLOW_UP, notes=[Contact(INTERVIEW, channel)])
    assert [w.breach for w in result.warnings] == [Breach.PHONE_CALL]


@pytest.mark.parametrize("channel", ["E-mail", "mail", "surel", "letter", "in person"])
def test_other_channels_are_accepted(channel: str) -> None:
    assert breaches(INTERVIEW, today=FOLLOW_UP, notes=[Contact(INTERVIEW, channel)]) == []


@pytest.mark.parametrize("channel", ["WhatsApp", "chat", "sms"])
def test_chat_is_for_recruiters_who_chat(channel: str) -> None:
    notes = [INTERVIEW, Contact(FOLLOW_UP, channel)]
    assert breaches(INTERVIEW, today=FOLLOW_UP, notes=notes) == [Breach.UNINVITED_CHAT]
    assert breaches(INTERVIEW, today=FOLLOW_UP, notes=notes, recruiter_uses_chat=True) == []


@pytest.mark.parametrize("channel", ["voice note", "VN", "pesan suara"])
def test_a_voice_note_counts_as_a_call(channel: str) -> None:
    notes: list[Contact | date] = [INTERVIEW, Contact(FOLLOW_UP, channel)]
    result = assess(INTERVIEW, today=FOLLOW_UP, notes=notes, recruiter_uses_chat=True)
    assert [w.breach for w in result.warnings] == [Breach.PHONE_CALL]
    assert result.warnings[0].text == message(
        "warning.phone-call.voice-note", "en", on=format_date(FOLLOW_UP, "en")
    )


def test_a_late_thank_you_note() -> None:
    result = assess(INTERVIEW, today=date(2026, 11, 25), notes=["2026-11-23"])
    assert [w.breach for w in result.warnings] == [Breach.LATE_THANK_YOU]
    warning = result.warnings[0]
    assert warning.guidance is Guidance.LATE_THANK_YOU
    assert format_date(date(2026, 11, 23), "en") in warning.text
    assert format_date(THANK_YOU_BY, "en") in warning.text
    assert result.stage is Stage.WAITING


def test_a_follow_up_before_the_waiting_period_is_over() -> None:
    result = assess(INTERVIEW, today=date(2026, 11, 25), notes=[INTERVIEW, "2026-11-24"])
    assert [w.breach for w in result.warnings] == [Breach.EARLY_FOLLOW_UP]
    warning = result.warnings[0]
    assert warning.guidance is Guidance.EMPLOYERS_SLOW
    for day in (date(2026, 11, 24), FOLLOW_UP - timedelta(days=1), SECOND_NOTE):
        assert format_date(day, "en") in warning.text
    # It counts as the follow-up: nothing more until the closing note.
    assert result.stage is Stage.LETTING_GO
    assert result.next_step is not None
    assert result.next_step.action.value == "second-note"


def test_a_second_follow_up_after_the_wait() -> None:
    again = FOLLOW_UP + 4 * ONE_DAY
    notes = [INTERVIEW, FOLLOW_UP, again]
    result = assess(INTERVIEW, today=again + ONE_DAY, notes=notes)
    assert [w.breach for w in result.warnings] == [Breach.SECOND_FOLLOW_UP]
    warning = result.warnings[0]
    assert warning.on == again
    assert warning.guidance is Guidance.FOLLOW_UP_ONCE
    assert format_date(SECOND_NOTE, "en") in warning.text


def test_a_second_follow_up_during_the_wait() -> None:
    notes = [INTERVIEW, "2026-11-24", "2026-11-25"]
    assert breaches(INTERVIEW, today=date(2026, 11, 26), notes=notes) == [
        Breach.EARLY_FOLLOW_UP,
        Breach.SECOND_FOLLOW_UP,
    ]


def test_every_contact_beyond_the_first_before_the_closing_note_is_warned() -> None:
    extra = [FOLLOW_UP + timedelta(days=i) for i in range(1, 5)]
    assert extra[-1] < SECOND_NOTE - ONE_DAY
    notes = [INTERVIEW, FOLLOW_UP, *extra]
    today = SECOND_NOTE - ONE_DAY
    assert breaches(INTERVIEW, today=today, notes=notes) == [Breach.SECOND_FOLLOW_UP] * 4


def test_extra_contact_after_the_closing_note() -> None:
    extra = SECOND_NOTE + 4 * ONE_DAY
    notes = [INTERVIEW, FOLLOW_UP, SECOND_NOTE, extra]
    result = assess(INTERVIEW, today=extra + ONE_DAY, notes=notes)
    assert [w.breach for w in result.warnings] == [Breach.EXTRA_CONTACT]
    assert result.warnings[0].guidance is Guidance.DONT_PESTER
    assert result.warnings[0].on == extra


@pytest.mark.parametrize("outcome", list(Outcome))
def test_one_reply_after_an_answer_is_right(outcome: Outcome) -> None:
    answered = FOLLOW_UP - timedelta(days=2)
    result = assess(
        INTERVIEW,
        today=FOLLOW_UP + timedelta(days=3),
        notes=[INTERVIEW, FOLLOW_UP],
        heard_back=Reply(answered, outcome),
    )
    assert result.warnings == ()
    assert [c.purpose for c in result.contacts] == [Purpose.THANK_YOU, Purpose.REPLY]
    assert result.stage is Stage.HEARD_BACK
    assert result.next_step is None


def test_chasing_after_a_rejection_is_the_breach() -> None:
    answered = FOLLOW_UP - timedelta(days=2)
    notes = [INTERVIEW, FOLLOW_UP, FOLLOW_UP + timedelta(days=3)]
    result = assess(
        INTERVIEW,
        today=FOLLOW_UP + timedelta(days=4),
        notes=notes,
        heard_back=Reply(answered, "rejection"),
    )
    assert [w.breach for w in result.warnings] == [Breach.CHASING_AFTER_ANSWER]
    assert result.warnings[0].guidance is Guidance.REPLY_AFTER_ANSWER
    assert result.warnings[0].on == notes[-1]
    # After an offer or an invitation, the conversation goes on: no message is chasing.
    for outcome in (Outcome.OFFER, Outcome.NEXT_ROUND):
        kept = assess(INTERVIEW, today=notes[-1], notes=notes, heard_back=Reply(answered, outcome))
        assert kept.warnings == ()


def test_each_breach_points_at_its_advice_in_both_languages() -> None:
    evening = datetime.combine(FOLLOW_UP, time(DEFAULT_POLICY.send_until_hour, 30))
    # Days inside the waiting period (after the note was due) and after the follow-up and
    # the closing note; "today" is after them all.
    waiting, waiting_later = THANK_YOU_BY + 3 * ONE_DAY, THANK_YOU_BY + 4 * ONE_DAY
    assert waiting_later < FOLLOW_UP
    after_follow_up, after_closing = FOLLOW_UP + 3 * ONE_DAY, SECOND_NOTE + 3 * ONE_DAY
    assert after_follow_up < SECOND_NOTE
    last_day = after_closing + ONE_DAY
    cases: list[tuple[dict[str, Any], Breach, Guidance]] = [
        ({"calls": [FOLLOW_UP]}, Breach.PHONE_CALL, Guidance.NO_PHONE),
        ({"notes": [waiting]}, Breach.LATE_THANK_YOU, Guidance.LATE_THANK_YOU),
        ({"notes": [INTERVIEW, waiting]}, Breach.EARLY_FOLLOW_UP, Guidance.EMPLOYERS_SLOW),
        (
            {"notes": [INTERVIEW, FOLLOW_UP, after_follow_up]},
            Breach.SECOND_FOLLOW_UP,
            Guidance.FOLLOW_UP_ONCE,
        ),
        (
            {"notes": [INTERVIEW, FOLLOW_UP, Contact(after_follow_up, purpose="last-note")]},
            Breach.EARLY_LAST_NOTE,
            Guidance.SECOND_NOTE_AFTER_WEEKS,
        ),
        (
            {"notes": [INTERVIEW, FOLLOW_UP, SECOND_NOTE, after_closing]},
            Breach.EXTRA_CONTACT,
            Guidance.DONT_PESTER,
        ),
        (
            {
                "notes": [
                    INTERVIEW,
                    Contact(waiting, purpose="another-offer"),
                    Contact(waiting_later, purpose="another-offer"),
                ]
            },
            Breach.REPEATED_OFFER_NOTICE,
            Guidance.ANOTHER_OFFER,
        ),
        (
            {"notes": [INTERVIEW, Contact(FOLLOW_UP, "whatsapp")]},
            Breach.UNINVITED_CHAT,
            Guidance.CHAT_CHANNEL,
        ),
        (
            {"interview": datetime.combine(INTERVIEW, time(10)), "notes": [evening]},
            Breach.OUTSIDE_OFFICE_HOURS,
            Guidance.OFFICE_HOURS,
        ),
        (
            {"notes": [INTERVIEW, after_closing], "heard_back": Reply(FOLLOW_UP, "rejection"),
             "calls": [last_day]},
            Breach.CHASING_AFTER_ANSWER,
            Guidance.REPLY_AFTER_ANSWER,
        ),
    ]  # fmt: skip
    assert {breach for _, breach, _ in cases} == set(Breach)
    for kwargs, breach, guidance in cases:
        interview = kwargs.pop("interview", INTERVIEW)
        today = (
            last_day
            if isinstance(interview, date) and not isinstance(interview, datetime)
            else datetime.combine(last_day, time(12))
        )
        english = assess(interview, today=today, **kwargs)
        indonesian = assess(interview, today=today, lang="id", **kwargs)
        assert [w.breach for w in english.warnings] == [breach], breach
        assert english.warnings[0].guidance is guidance
        en_text, id_text = english.warnings[0].text, indonesian.warnings[0].text
        assert en_text != id_text
        on = english.warnings[0].on
        assert format_date(on, "en") in en_text
        assert format_date(on, "id") in id_text
        assert "{" not in en_text + id_text


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("lang", ["en", "id"])
def test_hearing_back_ends_the_timeline(outcome: Outcome, lang: str) -> None:
    for given in (outcome, outcome.value):
        result = assess(
            INTERVIEW,
            today=date(2026, 11, 27),
            notes=[INTERVIEW],
            heard_back=Reply(date(2026, 11, 26), given),
            lang=lang,
        )
        assert result.stage is Stage.HEARD_BACK
        assert result.reply == Reply(date(2026, 11, 26), outcome)
        # The answer calls for a reply, within the policy's working days.
        step = result.next_step
        assert step is not None
        assert step.action is _RESPONSES[outcome]
        assert step.guidance is Guidance.REPLY_AFTER_ANSWER
        assert step.optional is (outcome is Outcome.REJECTION)
        assert (step.earliest, step.latest) == (
            date(2026, 11, 26),
            nth_working_day_after(
                date(2026, 11, 26), DEFAULT_POLICY.reply_within_working_days, None
            ),
        )
        assert result.summary.startswith(message(f"heard-back.{outcome.value}", lang))
        assert step.title in result.summary
        assert result.warnings == ()


def test_a_reply_s_moment_can_pass() -> None:
    answered = date(2026, 11, 26)
    window = DEFAULT_POLICY.reply_within_working_days
    last = nth_working_day_after(answered, window, None)
    later = last + timedelta(days=1)
    rejected = Reply(answered, "rejection")
    assert assess(INTERVIEW, today=last, heard_back=rejected).next_step is not None
    assert assess(INTERVIEW, today=later, heard_back=rejected).next_step is None
    # An offer still wants an answer after the thank-you days, until its own deadline.
    offer = Reply(answered, "offer", respond_by=later)
    step = assess(INTERVIEW, today=later, heard_back=offer).next_step
    assert step is not None
    assert step.latest == min(last, later)
    assert step.answer_by == later
    assert assess(INTERVIEW, today=later + timedelta(days=1), heard_back=offer).next_step is None


def test_a_next_round_is_confirmed_before_its_interview() -> None:
    answered = date(2026, 11, 30)
    invitation = Reply(answered, "next-round", next_interview=answered + timedelta(days=1))
    result = assess(INTERVIEW, today=answered, heard_back=invitation)
    assert result.next_step is not None
    assert result.next_step.latest == answered
    assert result.next_round is not None
    assert result.next_round.interview.day == answered + timedelta(days=1)
    assert format_date(answered + timedelta(days=1), "en") in result.summary
    with pytest.raises(InvalidDateError, match="after the next interview"):
        assess(
            INTERVIEW, today=answered,
            heard_back=Reply(answered, "next-round", respond_by="2026-12-20",
                             next_interview="2026-12-08"),
        )  # fmt: skip


def test_a_second_question_after_the_offer_notice_says_the_notice_asked() -> None:
    notice = Contact(FOLLOW_UP - timedelta(days=3), purpose="another-offer")
    result = assess(INTERVIEW, today=FOLLOW_UP, notes=[INTERVIEW, notice, FOLLOW_UP])
    assert [w.breach for w in result.warnings] == [Breach.SECOND_FOLLOW_UP]
    assert format_date(FOLLOW_UP - timedelta(days=3), "en") in result.warnings[0].text


def test_the_last_note_counts_from_the_follow_up_sent() -> None:
    sent = SECOND_NOTE - timedelta(days=4)
    result = assess(INTERVIEW, today=sent + timedelta(days=4), notes=[INTERVIEW, sent])
    expected = expected_dates(INTERVIEW, follow_up_sent_on=sent)
    assert result.timeline.second_note.earliest == expected["second_note"]
    assert result.timeline.move_on.earliest == expected["move_on"]
    assert result.timeline.last_note_basis.value == "follow-up-sent"
    assert plan(INTERVIEW).last_note_basis.value == "follow-up-possible"
    # A note four days after the follow-up is a second question, not the last note.
    early = assess(INTERVIEW, today=sent + timedelta(days=4),
                   notes=[INTERVIEW, sent, sent + timedelta(days=4)])  # fmt: skip
    assert [w.breach for w in early.warnings] == [Breach.SECOND_FOLLOW_UP]


_RESPONSES = {
    Outcome.OFFER: Action.RESPOND_TO_OFFER,
    Outcome.NEXT_ROUND: Action.CONFIRM_NEXT_ROUND,
    Outcome.REJECTION: Action.REPLY_TO_REJECTION,
}


def test_the_three_outcomes_read_differently() -> None:
    for lang in ("en", "id"):
        texts = {message(f"heard-back.{o.value}", lang) for o in Outcome}
        assert len(texts) == len(Outcome)


def test_a_reply_on_the_interview_day_is_allowed() -> None:
    result = assess(INTERVIEW, today=INTERVIEW, heard_back=Reply(INTERVIEW, "offer"))
    assert result.stage is Stage.HEARD_BACK


def test_summary_names_stage_and_next_step() -> None:
    for lang in ("en", "id"):
        result = assess(INTERVIEW, today=INTERVIEW + ONE_DAY, notes=[INTERVIEW], lang=lang)
        assert result.stage is Stage.WAITING
        assert result.next_step is not None
        stage, step = Stage.WAITING.label(lang), result.next_step
        # The next step gets a sentence of its own instead of a second colon.
        joint = ". Next step: " if lang == "en" else ". Langkah berikutnya: "
        assert result.summary == f"{stage}{joint}{step.title} ({step.when()})"
        assert format_date(FOLLOW_UP, lang) in result.summary
    assert Stage.WAITING.label("en") != Stage.WAITING.label("id")


@pytest.mark.parametrize(
    ("today", "notes", "stage"),
    [
        (INTERVIEW, [], Stage.THANK_YOU),
        (THANK_YOU_BY + ONE_DAY, [], Stage.LATE_THANK_YOU),
        (FOLLOW_UP, [INTERVIEW], Stage.FOLLOW_UP_DUE),
        (SECOND_NOTE, [INTERVIEW, FOLLOW_UP], Stage.SECOND_NOTE_DUE),
        # "Moved on. Next step: Assume there is no offer and move on" said it twice too.
        (MOVE_ON, [INTERVIEW], Stage.MOVED_ON),
    ],
)
def test_summary_of_a_stage_that_names_its_step_gives_the_dates_once(
    today: date, notes: list[date], stage: Stage
) -> None:
    # "Time to follow up once. Next step: Follow up once (...)" said it twice (a reader's finding).
    for lang in ("en", "id"):
        result = assess(INTERVIEW, today=today, notes=notes, lang=lang)
        assert result.stage is stage
        assert result.next_step is not None
        assert result.summary == f"{stage.label(lang)} ({result.next_step.when()})"
        assert result.next_step.title not in result.summary


@pytest.mark.parametrize("late_by", [0, 1, 2, 3])  # from a Friday: the weekend, Monday
@pytest.mark.parametrize(
    ("interview", "country", "action", "sent"),
    [
        (INTERVIEW, None, Action.FOLLOW_UP, [INTERVIEW]),
        (INTERVIEW, "ID", Action.FOLLOW_UP, [INTERVIEW]),
        (INTERVIEW, None, Action.SECOND_NOTE, [INTERVIEW, FOLLOW_UP]),
        # On the interview's clock: the hours are Jakarta's, as the plan's are.
        (datetime(2026, 11, 20, 10, 0, tzinfo=JAKARTA), "ID", Action.FOLLOW_UP, [INTERVIEW]),
    ],
)
def test_a_due_messages_best_hours_are_from_today_on(
    interview: date, country: str | None, action: Action, sent: list[date], late_by: int
) -> None:
    # A reader back days late was shown the plan's first day, already past, as the best hours.
    first = plan(interview, country=country).step(action).earliest
    today = first + late_by * ONE_DAY
    result = assess(interview, today=today, notes=sent, country=country)
    planned = result.timeline.step(action)
    assert result.next_step is not None
    assert planned.window is not None
    window = result.next_step.window
    assert window is not None
    calendar = WorkingCalendar(country)
    day = calendar.next_working_day(today)  # today itself when it is a working day
    assert window.opens.date() == window.closes.date() == day
    assert (window.opens.timetz(), window.closes.timetz()) == (
        planned.window.opens.timetz(),
        planned.window.closes.timetz(),
    )
    # Otherwise the plan's step itself, and the plan's window on its own first day.
    assert replace(result.next_step, window=planned.window) == planned
    if late_by == 0:
        assert window == planned.window


@pytest.mark.parametrize(
    "interview",
    [
        date(2026, 11, 18),  # a Wednesday without a time: the note is due by Thursday
        datetime(2026, 11, 18, 10, 0, tzinfo=JAKARTA),  # due on Thursday at 10:00
        datetime(2026, 11, 18, 17, 0, tzinfo=JAKARTA),  # after hours: the plan's are Thursday's
        INTERVIEW,  # a Friday: the deadline falls on Saturday, before any office hours
    ],
)
def test_the_thank_you_notes_best_hours_the_day_after_are_from_that_day_on(
    interview: date,
) -> None:
    # A reader back the day after the interview was shown the hours right after it, past.
    planned = plan(interview).step(Action.THANK_YOU)
    today = planned.earliest + ONE_DAY
    assert planned.latest is not None
    assert today <= planned.latest
    result = assess(interview, today=today)
    assert result.stage is Stage.THANK_YOU
    assert result.next_step is not None
    window = result.next_step.window
    # Otherwise the plan's step itself.
    assert replace(result.next_step, window=planned.window) == planned
    if not WorkingCalendar(None).is_working_day(today):
        assert window is None
        return
    assert window is not None
    assert planned.window is not None
    assert window.opens.date() == window.closes.date() == today
    # The office hours of that day, on the interview's clock, until the deadline if it comes first.
    opens = planned.window.closes.replace(
        year=today.year, month=today.month, day=today.day, hour=DEFAULT_POLICY.send_from_hour
    )
    closes = planned.window.closes.replace(year=today.year, month=today.month, day=today.day)
    if planned.due is not None:
        closes = min(closes, planned.due)
    assert (window.opens, window.closes) == (opens, closes)
    # The plan's own hours when they are that day's already.
    assert (window == planned.window) is (planned.window.opens.date() == today)


def test_text_shows_summary_and_warnings() -> None:
    result = assess(INTERVIEW, today=date(2026, 12, 2), calls=["2026-11-24"], lang="id")
    text = str(result)
    assert result.summary in text
    assert all(w.text in text for w in result.warnings)
    assert result.warnings
    assert "<" in result._repr_html_()


# Interviews with a time: the thank-you deadline is to the minute.

TIMED = datetime(2026, 11, 20, 10, 0, tzinfo=JAKARTA)


@pytest.mark.parametrize(
    ("sent", "late"),
    [
        (datetime(2026, 11, 21, 9, 59, tzinfo=JAKARTA), False),
        (datetime(2026, 11, 21, 10, 0, tzinfo=JAKARTA), False),
        (datetime(2026, 11, 21, 10, 1, tzinfo=JAKARTA), True),
        (date(2026, 11, 21), False),  # a day without a time: the deadline's day counts
    ],
)
def test_the_thank_you_deadline_to_the_minute(sent: date, late: bool) -> None:
    found = timing_breaches(TIMED, today=datetime(2026, 11, 23, 12, tzinfo=JAKARTA), notes=[sent])
    assert found == ([Breach.LATE_THANK_YOU] if late else [])


def test_the_order_of_the_notes_does_not_matter() -> None:
    on_time = datetime(2026, 11, 21, 9, 0, tzinfo=JAKARTA)
    later = datetime(2026, 11, 21, 11, 0, tzinfo=JAKARTA)
    today = datetime(2026, 11, 23, 12, tzinfo=JAKARTA)
    for notes in ([later, on_time], [on_time, later]):
        # The 9:00 note was the thank-you, on time; the 11:00 one came too early.
        assert timing_breaches(TIMED, today=today, notes=notes) == [Breach.EARLY_FOLLOW_UP]


def test_the_thank_you_stage_ends_at_the_deadline_hour() -> None:
    before = assess(TIMED, today=datetime(2026, 11, 21, 9, 0, tzinfo=JAKARTA))
    after = assess(TIMED, today=datetime(2026, 11, 21, 11, 0, tzinfo=JAKARTA))
    assert before.stage is Stage.THANK_YOU
    assert after.stage is Stage.LATE_THANK_YOU
    assert before.today == after.today == THANK_YOU_BY


def test_times_in_other_zones_are_read_on_the_interview_s_calendar() -> None:
    # 20:00 in New York on the eve of the follow-up day is 08:00 of that day in Jakarta.
    evening_before = datetime.combine(FOLLOW_UP - ONE_DAY, time(20), tzinfo=NEW_YORK_WINTER)
    result = assess(TIMED, today=evening_before)
    assert result.today == FOLLOW_UP
    assert result.stage is Stage.FOLLOW_UP_DUE
    # 21:30 in New York on 20 November is 09:30 on 21 November in Jakarta: on time.
    note = datetime(2026, 11, 20, 21, 30, tzinfo=NEW_YORK_WINTER)
    assert breaches(TIMED, today=datetime(2026, 11, 24, tzinfo=JAKARTA), notes=[note]) == []


def test_today_never_falls_before_the_interview_day() -> None:
    interview = datetime(2026, 11, 20, 1, 0, tzinfo=JAKARTA)
    # 20:00 UTC on the 19th is already 03:00 on the 20th in Jakarta.
    result = assess(interview, today=datetime(2026, 11, 19, 20, 0, tzinfo=UTC))
    assert result.today == INTERVIEW
    assert result.stage is Stage.THANK_YOU


def test_naive_times_are_compared_as_given() -> None:
    interview = datetime(2026, 11, 20, 10, 0)
    on_time = assess(interview, today="2026-11-24T09:00", notes=["2026-11-21T09:00"])
    late = assess(interview, today="2026-11-24T09:00", notes=["2026-11-21T10:30"])
    assert on_time.warnings == ()
    # Saturday morning: late, and at a weekend.
    assert [w.breach for w in late.warnings] == [
        Breach.LATE_THANK_YOU,
        Breach.OUTSIDE_OFFICE_HOURS,
    ]


def test_today_defaults_to_the_machine_s_date() -> None:
    interview = date.today() - timedelta(days=3)
    assert assess(interview).today == date.today()


# Errors: each from the etiket family, naming the bad value.


@pytest.mark.parametrize("today", [date(2026, 11, 19), "2026-11-01", datetime(2026, 11, 19, 23)])
def test_today_before_the_interview_is_refused(today: date | str) -> None:
    with pytest.raises(InvalidDateError, match=r"today's date 2026-11-.* is before the interview"):
        assess(INTERVIEW, today=today)


def test_today_before_the_interview_time_is_refused() -> None:
    with pytest.raises(InvalidDateError, match="before the interview 2026-11-20T10:00:00"):
        assess(TIMED, today=datetime(2026, 11, 20, 9, 0, tzinfo=JAKARTA))


@pytest.mark.parametrize("where", ["notes", "calls"])
def test_contacts_before_the_interview_or_after_today_are_refused(where: str) -> None:
    tomorrow = FOLLOW_UP + ONE_DAY
    earlier: dict[str, Any] = {where: ["2026-11-19"]}
    later: dict[str, Any] = {where: [INTERVIEW, tomorrow.isoformat()]}
    with pytest.raises(InvalidDateError, match="2026-11-19 is before the interview 2026-11-20"):
        assess(INTERVIEW, today=FOLLOW_UP, **earlier)
    with pytest.raises(InvalidDateError, match=f"{tomorrow} is after today's date {FOLLOW_UP}"):
        assess(INTERVIEW, today=FOLLOW_UP, **later)


def test_a_reply_outside_the_period_is_refused() -> None:
    with pytest.raises(InvalidDateError, match="reply on 2026-11-19 is before"):
        assess(INTERVIEW, today=FOLLOW_UP, heard_back=Reply("2026-11-19", "offer"))
    tomorrow = FOLLOW_UP + ONE_DAY
    with pytest.raises(InvalidDateError, match=f"reply on {tomorrow} is after"):
        assess(INTERVIEW, today=FOLLOW_UP, heard_back=Reply(tomorrow.isoformat(), "offer"))


def test_naive_and_aware_times_cannot_be_mixed() -> None:
    naive_today = datetime(2026, 11, 23, 12, 0)
    with pytest.raises(InvalidDateError, match="time zone") as error:
        assess(TIMED, today=naive_today)
    assert "2026-11-23T12:00:00" in str(error.value)
    assert "2026-11-20T10:00:00+07:00" in str(error.value)
    with pytest.raises(InvalidDateError, match="time zone"):
        assess(datetime(2026, 11, 20, 10), today=datetime(2026, 11, 23, tzinfo=JAKARTA))
    with pytest.raises(InvalidDateError, match="message 2026-11-21T09:00:00 does not"):
        assess(TIMED, today=datetime(2026, 11, 23, tzinfo=JAKARTA), notes=["2026-11-21T09:00"])
    with pytest.raises(InvalidDateError, match="time zone"):
        assess(
            TIMED,
            today=datetime(2026, 11, 23, tzinfo=JAKARTA),
            heard_back=Reply(datetime(2026, 11, 22, 8), "offer"),
        )


def test_days_without_a_time_mix_with_anything() -> None:
    result = assess(TIMED, today=date(2026, 11, 23), notes=["2026-11-20T18:00+07:00"])
    assert result.warnings == ()


@pytest.mark.parametrize("notes", ["2026-11-21", b"2026-11-21", 5, Contact("2026-11-21")])
def test_notes_must_be_a_list(notes: object) -> None:
    with pytest.raises(InvalidInputError, match="notes must be a list") as error:
        assess(INTERVIEW, today=FOLLOW_UP, notes=notes)  # type: ignore[arg-type]
    assert repr(notes) in str(error.value)
    with pytest.raises(InvalidInputError, match="calls must be a list"):
        assess(INTERVIEW, today=FOLLOW_UP, calls=notes)  # type: ignore[arg-type]


def test_contacts_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(InvalidInputError, match=r"message date .* not 21"):
        assess(INTERVIEW, today=FOLLOW_UP, notes=[21])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="call date"):
        assess(INTERVIEW, today=FOLLOW_UP, calls=[Contact(INTERVIEW)])  # type: ignore[list-item]
    with pytest.raises(InvalidDateError, match="'2026-11-31'"):
        assess(INTERVIEW, today=FOLLOW_UP, notes=[Contact("2026-11-31")])


@pytest.mark.parametrize("channel", ["pigeon", "fax", "", 5, None])
def test_an_unknown_channel_names_the_value(channel: Any) -> None:
    with pytest.raises(UnknownChannelError, match=f"unknown channel {channel!r}") as error:
        assess(INTERVIEW, today=FOLLOW_UP, notes=[Contact(INTERVIEW, channel)])
    assert "'email'" in str(error.value)


def test_heard_back_must_be_a_reply_with_a_known_outcome() -> None:
    with pytest.raises(InvalidInputError, match=r"heard_back must be an etiket\.Reply"):
        assess(INTERVIEW, today=FOLLOW_UP, heard_back=("2026-11-25", "offer"))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="unknown outcome 'maybe'") as error:
        assess(INTERVIEW, today=FOLLOW_UP, heard_back=Reply("2026-11-25", "maybe"))
    assert all(repr(o.value) in str(error.value) for o in Outcome)
    with pytest.raises(InvalidInputError, match="reply date"):
        assess(INTERVIEW, today=FOLLOW_UP, heard_back=Reply(None, "offer"))  # type: ignore[arg-type]


def test_other_arguments_are_checked() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        assess(INTERVIEW, today=FOLLOW_UP, lang="xx")
    with pytest.raises(UnknownCountryError, match="'QQ'"):
        assess(INTERVIEW, today=FOLLOW_UP, country="QQ")
    with pytest.raises(InvalidInputError, match="date for today"):
        assess(INTERVIEW, today=20261127)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="'yesterday'"):
        assess(INTERVIEW, today="yesterday")
    with pytest.raises(InvalidDateError, match="decision date"):
        assess(INTERVIEW, today=FOLLOW_UP, decision_date="2026-11-01")


def test_assessment_uses_the_decision_date_and_country() -> None:
    monday = date(2026, 3, 16)
    # Lebaran's days off in Indonesia push the follow-up past the weekdays-only one, so a
    # note the day before the Indonesian follow-up is early only on Indonesia's calendar.
    in_indonesia = expected_dates(monday, "ID")["follow_up"]
    note = in_indonesia - ONE_DAY
    assert note >= expected_dates(monday)["follow_up"]
    early = assess(monday, today=note, notes=[monday, note], country="ID")
    assert [w.breach for w in early.warnings] == [Breach.EARLY_FOLLOW_UP]
    assert early.timeline.follow_up.earliest == in_indonesia
    assert assess(monday, today=note, notes=[monday, note]).warnings == ()
    # A decision date a week after the follow-up day moves the follow-up past it.
    decision = FOLLOW_UP + timedelta(weeks=1)
    after_decision = expected_dates(INTERVIEW, decision=decision)["follow_up"]
    assert after_decision > FOLLOW_UP
    waiting = assess(
        INTERVIEW, today=FOLLOW_UP, notes=[INTERVIEW], decision_date=decision.isoformat()
    )
    assert waiting.stage is Stage.WAITING
    assert waiting.next_step is not None
    assert waiting.next_step.earliest == after_decision


def test_after_a_last_note_sent_too_early_the_next_step_is_moving_on() -> None:
    # The warning says not to write again; the next step must not ask for a last note.
    after_follow_up = FOLLOW_UP + 3 * ONE_DAY
    assert after_follow_up < SECOND_NOTE
    situation = assess(
        INTERVIEW,
        today=after_follow_up + ONE_DAY,
        notes=[INTERVIEW, FOLLOW_UP, Contact(after_follow_up, purpose="last-note")],
    )
    assert [w.breach for w in situation.warnings] == [Breach.EARLY_LAST_NOTE]
    assert situation.stage is Stage.LETTING_GO
    assert situation.next_step is not None
    assert situation.next_step.action is Action.MOVE_ON
    assert situation.next_step.earliest == situation.timeline.move_on.earliest


def test_a_late_follow_up_at_the_end_of_the_calendar_is_refused_clearly() -> None:
    """The last note a late follow-up moves would fall after year 9999: an error that says so."""
    interview = date.max - timedelta(days=30)
    late = interview + timedelta(days=17)
    with pytest.raises(InvalidDateError) as refused:
        assess(interview, today=late, notes=[Contact(late, Channel.EMAIL)])
    assert refused.value.key == "date.interview-at-limits"
