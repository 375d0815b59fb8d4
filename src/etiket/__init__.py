"""etiket: what to do after a job interview, and when.

The rules of the etiket handbook as code. Two calls cover most needs:

>>> import etiket
>>> print(etiket.plan("2026-11-20", country="ID"))
Interview: Friday, November 20, 2026 (ID)
- by Saturday, November 21, 2026: Send a short thank-you note [email]
- Friday, November 20, 2026 to Thursday, November 26, 2026: Wait patiently
- from Friday, November 27, 2026: Follow up once [email]
- Friday, November 27, 2026 to Thursday, December 10, 2026: Let it go
- from Friday, December 11, 2026: Send one last note [email]
- from Friday, December 18, 2026: Assume there is no offer and move on
>>> etiket.assess("2026-11-20", today="2026-11-30").stage
<Stage.FOLLOW_UP_DUE: 'follow-up-due'>

Heavy dependencies (holidays, Babel, icalendar) load only when first needed.
"""

from typing import TYPE_CHECKING, Any

from etiket._dates import Moment
from etiket.address import Interviewer
from etiket.assessment import (
    Assessment,
    Breach,
    Contact,
    Misstep,
    Outcome,
    Purpose,
    Reply,
    Stage,
    assess,
)
from etiket.calendar import WorkingCalendar
from etiket.errors import (
    EtiketError,
    InvalidDateError,
    InvalidInputError,
    InvalidPolicyError,
    UnknownChannelError,
    UnknownCountryError,
    UnsupportedLanguageError,
)
from etiket.guidance import Guidance
from etiket.hours import SendingWindow
from etiket.language import LANGUAGES, format_date
from etiket.policy import DEFAULT_POLICY, Policy
from etiket.templates import (
    Email,
    another_offer_note,
    closing_note,
    follow_up_chat,
    follow_up_email,
    rejection_reply,
    thank_you_note,
    thank_you_notes,
)
from etiket.timeline import Action, Channel, LastNoteBasis, Step, Timeline, plan

__all__ = [
    "DEFAULT_POLICY",
    "LANGUAGES",
    "Action",
    "Agenda",
    "AgendaItem",
    "Assessment",
    "Breach",
    "Channel",
    "Cohort",
    "Contact",
    "Email",
    "EtiketError",
    "Guidance",
    "Interviewer",
    "InvalidDateError",
    "InvalidInputError",
    "InvalidPolicyError",
    "LastNoteBasis",
    "Misstep",
    "Moment",
    "Outcome",
    "Policy",
    "Purpose",
    "Reply",
    "SendingWindow",
    "Stage",
    "Step",
    "Timeline",
    "UnknownChannelError",
    "UnknownCountryError",
    "UnsupportedLanguageError",
    "WorkingCalendar",
    "another_offer_note",
    "assess",
    "closing_note",
    "follow_up_chat",
    "follow_up_email",
    "format_date",
    "plan",
    "plan_cohort",
    "rejection_reply",
    "thank_you_note",
    "thank_you_notes",
    "to_ics",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from etiket.cohort import Agenda, AgendaItem, Cohort, plan_cohort
    from etiket.ics import to_ics

# Cohorts and calendar files are for some users only: load them on first use, so that
# `import etiket` stays light for everyone else.
_LAZY = {
    "Agenda": "etiket.cohort",
    "AgendaItem": "etiket.cohort",
    "Cohort": "etiket.cohort",
    "plan_cohort": "etiket.cohort",
    "to_ics": "etiket.ics",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'etiket' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
