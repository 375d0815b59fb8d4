"""Stable IDs of the handbook's pieces of advice.

The same IDs name the sections of the handbook that explain a rule, so the
code and the prose can point at each other.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Guidance"]


class Guidance(StrEnum):
    """One piece of advice, by its stable ID."""

    AFTER_MATTERS = "after-matters"
    THANK_YOU_WORTH_IT = "thank-you-worth-it"
    THANK_YOU_PROMPTLY = "thank-you-promptly"
    THANK_YOU_SHORT = "thank-you-short"
    THANK_YOU_PLAIN = "thank-you-plain"
    EMPLOYERS_SLOW = "employers-slow"
    FOLLOW_UP_ONCE = "follow-up-once"
    DONT_PESTER = "dont-pester"
    FOLLOW_UP_AFTER_A_WEEK = "follow-up-after-a-week"
    NO_PHONE = "no-phone"
    LET_IT_GO = "let-it-go"
    SILENCE_IS_NORMAL = "silence-is-normal"
    SECOND_NOTE_AFTER_WEEKS = "second-note-after-weeks"
    ASSUME_NO_AFTER_WEEKS = "assume-no-after-weeks"
    # The handbook's own additions, beyond the source article.
    DECISION_DATE = "decision-date"
    WORKING_DAYS = "working-days"
    EACH_INTERVIEWER = "each-interviewer"
    HEARD_BACK = "heard-back"
    # Situations candidates meet that the article does not cover.
    REPLY_AFTER_ANSWER = "reply-after-answer"
    ANOTHER_OFFER = "another-offer"
    CHAT_CHANNEL = "chat-channel"
    OFFICE_HOURS = "office-hours"
    FOLLOW_UP_ONE_CONTACT = "follow-up-one-contact"
    LATE_THANK_YOU = "late-thank-you"
    FORM_OF_ADDRESS = "form-of-address"

    @property
    def is_addition(self) -> bool:
        """True for advice the handbook adds to the source article."""
        return self in _ADDITIONS


_ADDITIONS = frozenset(
    {
        Guidance.DECISION_DATE,
        Guidance.WORKING_DAYS,
        Guidance.EACH_INTERVIEWER,
        Guidance.HEARD_BACK,
        Guidance.REPLY_AFTER_ANSWER,
        Guidance.ANOTHER_OFFER,
        Guidance.CHAT_CHANNEL,
        Guidance.OFFICE_HOURS,
        Guidance.FOLLOW_UP_ONE_CONTACT,
        Guidance.LATE_THANK_YOU,
        Guidance.FORM_OF_ADDRESS,
    }
)
