"""The handbook's two kinds of page: advice for job seekers, and pages for Python users.

Pages under ``tutorial/`` and ``reference/`` are for people who import etiket:
they keep their ``>>>`` examples. Every other page is an advice page, read by
job seekers who read no Python: its examples are worked examples
(``etiket_docs.worked``), and any Python is collapsed. The tests of the built
site, ``make drift``'s figures for readers and the writers' map all ask this
module which kind a page is.
"""

from __future__ import annotations

from pathlib import PurePosixPath

__all__ = ["PYTHON_SECTIONS", "is_advice_page"]

PYTHON_SECTIONS = ("tutorial", "reference")
"""The folders of an edition whose pages are for Python users."""


def is_advice_page(page: str) -> bool:
    """Whether ``page``, a path inside an edition ("howto/follow-up.md"), is an advice page."""
    parts = PurePosixPath(page).parts
    return not parts or parts[0] not in PYTHON_SECTIONS
