"""The numbers behind the timeline: one named, documented default each.

The source article only says "promptly", "one week" and "weeks and weeks".
:class:`Policy` turns those words into numbers, each justified by public career
advice (the handbook's "Where the numbers come from" page cites the sources).
Every number can be overridden; :meth:`Policy.__post_init__` rejects values
that are not whole numbers (:class:`~etiket.InvalidInputError`), and values
below their minimum, beyond about a year, or inconsistent with each other
(:class:`~etiket.InvalidPolicyError`).

>>> from etiket import Policy
>>> Policy().follow_up_after_working_days
5
>>> Policy(follow_up_after_working_days=10).follow_up_after_working_days
10
>>> Policy(thank_you_within_hours=-1)
Traceback (most recent call last):
...
etiket.errors.InvalidPolicyError: thank_you_within_hours must be at least 1, not -1; ...

"Follow up once" and "a second note after weeks and weeks" do not contradict
each other: the *follow-up* is the single question about the decision, sent
once the waiting period is over. The *second note* is a closing note, allowed
only after :attr:`Policy.second_note_after_weeks` more weeks of complete
silence; after it the candidate moves on and contacts the employer no more.
Any other extra contact counts as pestering.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from etiket.errors import InvalidInputError, InvalidPolicyError, Word
from etiket.guidance import Guidance

__all__ = ["DEFAULT_POLICY", "Policy", "PolicyNumber"]


@dataclass(frozen=True, slots=True)
class PolicyNumber:
    """One number of a policy, for tables and for the handbook's prose."""

    name: str
    value: int
    unit: str
    guidance: Guidance
    minimum: int
    maximum: int | None = None

    def describe(self, lang: str = "en") -> str:
        """The value with its unit, in ``lang``: '5 working days', '5 hari kerja', '8:00 AM'."""
        if self.unit == "o'clock":
            from etiket.language import format_hour

            return format_hour(self.value, lang)
        from etiket.messages import quantity

        return quantity(self.value, self.unit, lang)


@dataclass(frozen=True, slots=True)
class Policy:
    """When each step of the timeline falls. All numbers are whole and non-negative."""

    thank_you_within_hours: int = 24
    """Send the thank-you note within this many hours of the interview.

    The article says "promptly". A Robert Half (Accountemps) survey of hiring
    managers names 24 hours; Indeed and the US Department of Labor's
    CareerOneStop say "as soon as possible", Ask a Manager "immediately".
    24 hours is the concrete figure they converge on.
    """

    follow_up_after_working_days: int = 5
    """Follow up once, by email, this many working days after the interview.

    The article says "within one week". Indeed and Glints Indonesia ("minimal
    5 hari kerja") say at least five business days, which is one working week.
    Counting working days, not calendar days, keeps a holiday from eating into
    the employer's time.
    """

    decision_grace_working_days: int = 2
    """If the employer named a decision date, wait this many working days past it.

    Indeed, Purdue's Center for Career Opportunities, CareerOneStop and
    Harvard Business Review (Markman) advise waiting until the stated date has
    passed, then one to two business days more. Two is the patient end of
    that range: a decision often slips by a day.
    """

    second_note_after_weeks: int = 2
    """After the follow-up, this many weeks of silence before the one closing note.

    The article says "weeks and weeks". Indonesian recruiters often say that
    two weeks without news means the candidate did not pass, and open-source
    job trackers mark an application "ghosted" after 14 days without
    response. Two weeks after the follow-up is about three weeks after the
    interview: weeks and weeks.
    """

    assume_no_offer_after_weeks: int = 1
    """After the closing note, this many weeks before assuming there is no offer.

    One week gives the closing note the same time to be answered as the
    interview itself got before the follow-up. With the defaults, the
    candidate moves on about four weeks after the interview, well past the
    "two weeks without news" (about 10 working days, per Glints Indonesia)
    that recruiters name.
    """

    reply_within_working_days: int = 2
    """After hearing back, reply within this many working days (unless given a deadline).

    Hearing back ends the waiting, not the conversation. Career guides advise a
    short reply to a rejection within 24 to 48 hours of the notice
    (climbtheladder.com; Indeed UK), and an offer deserves at least as quick a
    thank-you and confirmation: two working days is the end of that range, on
    the employer's calendar. An offer's own deadline, when the employer gives
    one, replaces this for the answer itself.
    """

    send_from_hour: int = 8
    """Messages go out from this hour of the employer's working day (their time zone).

    Messages that land in working hours on a working day are read as
    professional; late-night, weekend and holiday messages are not
    (alfabeajans.com: 09.00 to 11.00 is best and never after 19.00, holidays are
    taboo; futureskills.id: office hours are 08.00 to 16.00). The window is the
    office day; mid-morning is the best part of it.
    """

    send_until_hour: int = 16
    """Messages go out before this hour of the employer's day; see :attr:`send_from_hour`."""

    def __post_init__(self) -> None:
        for number in self.numbers():
            value = number.value
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidInputError(
                    "policy.not-whole",
                    name=number.name,
                    unit=Word(number.unit),
                    value=value,
                    type=type(value).__name__,
                )
            if value < number.minimum:
                raise InvalidPolicyError(
                    "policy.too-small",
                    name=number.name,
                    minimum=number.minimum,
                    value=value,
                    unit=Word(number.unit),
                )
            if number.maximum is not None and value > number.maximum:
                raise InvalidPolicyError(
                    "policy.too-large",
                    name=number.name,
                    maximum=number.maximum,
                    value=value,
                    unit=Word(number.unit),
                )
        # The note must be due before the follow-up opens, or the two would collide.
        # This refuses the policies where they always would; for the rest (a late
        # interview, a clock change), plan() ends the note's window when the follow-up opens.
        if self.thank_you_within_hours >= 24 * self.follow_up_after_working_days:
            raise InvalidPolicyError(
                "policy.thank-you-overlaps",
                hours=self.thank_you_within_hours,
                days=self.follow_up_after_working_days,
                limit=24 * self.follow_up_after_working_days,
            )

    def numbers(self) -> tuple[PolicyNumber, ...]:
        """Each number with its unit and the advice it implements, in timeline order."""
        return tuple(
            PolicyNumber(f.name, getattr(self, f.name), *_META[f.name]) for f in fields(self)
        )

    def number(self, key: str) -> PolicyNumber:
        """One number, by its attribute name or by the guidance ID it implements."""
        for number in self.numbers():
            if key in (number.name, number.guidance.value):
                return number
        known = ", ".join(f"{n.name} ({n.guidance.value})" for n in self.numbers())
        raise InvalidPolicyError("policy.no-number", key=key, known=known)

    def with_changes(self, **changes: Any) -> Policy:
        """A copy with some numbers changed, validated like a new policy."""
        unknown = sorted(set(changes) - {f.name for f in fields(self)})
        if unknown:
            known = ", ".join(f.name for f in fields(self))
            raise InvalidPolicyError("policy.unknown-number", key=unknown[0], known=known)
        return replace(self, **changes)


# name -> (unit, guidance, smallest sensible value, largest sensible value). The largest
# is a month for the note and about a year for each wait: beyond that it is no longer
# etiquette, and an unbounded number would let a typo run the calendar past its end
# (or loop for minutes) instead of raising a clear error.
_META: dict[str, tuple[str, Guidance, int, int]] = {
    "thank_you_within_hours": ("hours", Guidance.THANK_YOU_PROMPTLY, 1, 24 * 30),
    "follow_up_after_working_days": ("working days", Guidance.FOLLOW_UP_AFTER_A_WEEK, 1, 260),
    # At least one: the decision date must have passed before the follow-up.
    "decision_grace_working_days": ("working days", Guidance.DECISION_DATE, 1, 260),
    "second_note_after_weeks": ("weeks", Guidance.SECOND_NOTE_AFTER_WEEKS, 1, 52),
    "assume_no_offer_after_weeks": ("weeks", Guidance.ASSUME_NO_AFTER_WEEKS, 0, 52),
    "reply_within_working_days": ("working days", Guidance.REPLY_AFTER_ANSWER, 1, 20),
    # Hours of the clock: office hours open by noon and close in the afternoon or evening,
    # so that every pair of allowed values is a window of at least an hour.
    "send_from_hour": ("o'clock", Guidance.OFFICE_HOURS, 0, 12),
    "send_until_hour": ("o'clock", Guidance.OFFICE_HOURS, 13, 24),
}

DEFAULT_POLICY = Policy()
"""The handbook's defaults."""
