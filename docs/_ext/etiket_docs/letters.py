"""The reader's emails in the page: the letters script's data, for the assistant's page.

``docs/_static/letters.js`` fills the package's letters with the reader's details
(``window.etiketLetters.email(kind, input)``). What it fills them with, the
templates, the forms of address and the error messages, is
:func:`etiket.letters_data.letters_data` in the edition's language, which the
assistant's page downloads in its one data file (``etiket_docs.assistant``). The
script writes its dates with the planner's script (``etiketPlanner.writeDay``),
which that page loads before it.
"""

from __future__ import annotations

from typing import Any

import etiket
from etiket.language import check_language
from etiket.letters_data import letters_data

SCRIPT_FILE = "letters.js"


def script_data(lang: str) -> dict[str, Any]:
    """Everything the letters script reads as ``window.etiketLettersData``, for one edition."""
    data = letters_data(check_language(lang))
    data["version"] = etiket.__version__
    return data
