"""The policy: named defaults, and refusal of numbers that make no sense."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from _reference import nth_working_day_after

import etiket
from etiket import DEFAULT_POLICY, Guidance, InvalidInputError, InvalidPolicyError, Policy

NAMES = (
    "thank_you_within_hours",
    "follow_up_after_working_days",
    "decision_grace_working_days",
    "second_note_after_weeks",
    "assume_no_offer_after_weeks",
    "reply_within_working_days",
    "send_from_hour",
    "send_until_hour",
)


def test_defaults_are_the_handbook_numbers() -> None:
    policy = Policy()
    assert policy.thank_you_within_hours == 24
    assert policy.follow_up_after_working_days == 5
    assert policy.decision_grace_working_days == 2
    assert policy.second_note_after_weeks == 2
    assert policy.assume_no_offer_after_weeks == 1
    assert policy.reply_within_working_days == 2
    assert (policy.send_from_hour, policy.send_until_hour) == (8, 16)
    assert policy == DEFAULT_POLICY
    assert etiket.DEFAULT_POLICY is DEFAULT_POLICY


def test_numbers_come_in_timeline_order_with_units_and_guidance() -> None:
    numbers = DEFAULT_POLICY.numbers()
    assert tuple(n.name for n in numbers) == NAMES
    assert tuple(n.unit for n in numbers) == (
        "hours", "working days", "working days", "weeks", "weeks", "working days",
        "o'clock", "o'clock",
    )  # fmt: skip
    assert tuple(n.guidance for n in numbers) == (
        Guidance.THANK_YOU_PROMPTLY,
        Guidance.FOLLOW_UP_AFTER_A_WEEK,
        Guidance.DECISION_DATE,
        Guidance.SECOND_NOTE_AFTER_WEEKS,
        Guidance.ASSUME_NO_AFTER_WEEKS,
        Guidance.REPLY_AFTER_ANSWER,
        Guidance.OFFICE_HOURS,
        Guidance.OFFICE_HOURS,
    )
    assert all(n.value == getattr(DEFAULT_POLICY, n.name) for n in numbers)


@pytest.mark.parametrize(
    ("key", "english", "indonesian"),
    [
        ("thank_you_within_hours", "24 hours", "24 jam"),
        ("follow-up-after-a-week", "5 working days", "5 hari kerja"),
        ("decision-date", "2 working days", "2 hari kerja"),
        ("second_note_after_weeks", "2 weeks", "2 minggu"),
        ("assume-no-after-weeks", "1 week", "1 minggu"),
        ("reply-after-answer", "2 working days", "2 hari kerja"),
        ("send_from_hour", "8:00\u202fAM", "08.00"),
        ("send_until_hour", "4:00\u202fPM", "16.00"),
    ],
)
def test_number_by_name_or_guidance_id_describes_itself(
    key: str, english: str, indonesian: str
) -> None:
    number = DEFAULT_POLICY.number(key)
    assert key in (number.name, number.guidance.value)
    assert number.describe("en") == english
    assert number.describe("id") == indonesian


def test_singular_and_plural_follow_the_value() -> None:
    policy = Policy(follow_up_after_working_days=1, thank_you_within_hours=1)
    assert policy.number("follow_up_after_working_days").describe("en") == "1 working day"
    assert policy.number("thank_you_within_hours").describe("en") == "1 hour"
    assert policy.number("thank_you_within_hours").describe("id") == "1 jam"


def test_unknown_number_names_the_key() -> None:
    with pytest.raises(InvalidPolicyError, match="'patience'"):
        DEFAULT_POLICY.number("patience")


def test_describe_refuses_an_unknown_language() -> None:
    with pytest.raises(etiket.UnsupportedLanguageError, match="'fr'"):
        DEFAULT_POLICY.numbers()[0].describe("fr")


@pytest.mark.parametrize("name", NAMES)
def test_a_number_below_its_minimum_is_refused(name: str) -> None:
    minimum = DEFAULT_POLICY.number(name).minimum
    with pytest.raises(InvalidPolicyError, match=f"{name} must be at least {minimum}") as error:
        Policy(**{name: minimum - 1})
    assert str(minimum - 1) in str(error.value)
    with pytest.raises(InvalidPolicyError, match=name):
        Policy(**{name: -5})


def test_the_smallest_values_are_allowed() -> None:
    policy = Policy(
        thank_you_within_hours=1,
        follow_up_after_working_days=1,
        decision_grace_working_days=1,
        second_note_after_weeks=1,
        assume_no_offer_after_weeks=0,
        reply_within_working_days=1,
        send_from_hour=0,
        send_until_hour=13,
    )
    assert tuple(n.value for n in policy.numbers()) == tuple(n.minimum for n in policy.numbers())


def test_office_hours_open_before_they_close_whatever_the_values() -> None:
    first = DEFAULT_POLICY.number("send_from_hour")
    last = DEFAULT_POLICY.number("send_until_hour")
    assert first.maximum is not None
    assert first.maximum < last.minimum


@pytest.mark.parametrize("name", NAMES)
def test_a_number_beyond_its_maximum_is_refused(name: str) -> None:
    maximum = DEFAULT_POLICY.number(name).maximum
    assert maximum is not None
    if name == "thank_you_within_hours":
        # Largest hours only fit with a follow-up long enough to keep them apart.
        days = maximum // 24 + 1
        allowed = Policy(thank_you_within_hours=maximum, follow_up_after_working_days=days)
        assert allowed.thank_you_within_hours == maximum
        changes: dict[str, int] = {"follow_up_after_working_days": days}
    else:
        changes = {}
        assert getattr(Policy(**{name: maximum}), name) == maximum
    with pytest.raises(InvalidPolicyError, match=f"{name} must be at most {maximum}, not"):
        Policy(**changes, **{name: maximum + 1})


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("value", [1.5, 5.0, "5", None, True, False, [5]])
def test_a_value_that_is_not_a_whole_number_is_refused(name: str, value: Any) -> None:
    with pytest.raises(InvalidInputError, match=name) as error:
        Policy(**{name: value})
    assert repr(value) in str(error.value)
    assert isinstance(error.value, TypeError)
    assert isinstance(error.value, etiket.EtiketError)


@pytest.mark.parametrize("days", [1, 2, 5, 10])
def test_the_thank_you_deadline_must_end_before_the_follow_up(days: int) -> None:
    limit = 24 * days
    assert Policy(follow_up_after_working_days=days, thank_you_within_hours=limit - 1)
    with pytest.raises(InvalidPolicyError, match=f"thank_you_within_hours \\({limit}\\)"):
        Policy(follow_up_after_working_days=days, thank_you_within_hours=limit)
    with pytest.raises(InvalidPolicyError, match=f"fewer than {limit} hours"):
        Policy(follow_up_after_working_days=days, thank_you_within_hours=limit + 7)


def test_with_changes_returns_a_validated_copy() -> None:
    changed = DEFAULT_POLICY.with_changes(follow_up_after_working_days=10)
    assert changed.follow_up_after_working_days == 10
    assert DEFAULT_POLICY.follow_up_after_working_days == 5
    assert changed.thank_you_within_hours == DEFAULT_POLICY.thank_you_within_hours
    assert changed == Policy(follow_up_after_working_days=10)
    assert DEFAULT_POLICY.with_changes() == DEFAULT_POLICY
    with pytest.raises(InvalidPolicyError, match="second_note_after_weeks"):
        DEFAULT_POLICY.with_changes(second_note_after_weeks=0)
    with pytest.raises(InvalidInputError, match="'two'"):
        DEFAULT_POLICY.with_changes(second_note_after_weeks="two")
    with pytest.raises(InvalidPolicyError, match="thank_you_within_hours"):
        DEFAULT_POLICY.with_changes(follow_up_after_working_days=1)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"follow_up_days": 3}, "'follow_up_days'"),
        ({"zeta": 1, "alpha": 2}, "'alpha'"),
        ({"thank_you_within_hours": 12, "grace": 1}, "'grace'"),
    ],
)
def test_with_changes_refuses_unknown_numbers(changes: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidPolicyError, match=named) as error:
        DEFAULT_POLICY.with_changes(**changes)
    # The message lists what is known, so the caller can fix the spelling.
    assert all(name in str(error.value) for name in NAMES)


def test_a_policy_cannot_be_changed_in_place() -> None:
    policy = Policy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.follow_up_after_working_days = 3  # type: ignore[misc]


def test_the_plan_uses_the_policy_numbers() -> None:
    interview = date(2026, 11, 18)
    policy = Policy(
        thank_you_within_hours=48,
        follow_up_after_working_days=8,
        second_note_after_weeks=3,
        assume_no_offer_after_weeks=0,
    )
    timeline = etiket.plan(interview, policy=policy)
    assert timeline.policy is policy
    assert timeline.thank_you.latest == date(2026, 11, 20)
    follow_up = nth_working_day_after(interview, 8, None)
    assert timeline.follow_up.earliest == follow_up
    assert follow_up == date(2026, 11, 30)
    # Three weeks after Monday 30 November is a Monday, a working day.
    assert timeline.second_note.earliest == date(2026, 12, 21)
    # Zero weeks: the day of the closing note is also the day to move on.
    assert timeline.move_on.earliest == timeline.second_note.earliest
