"""Two kinds of page in each edition: Python pages and advice pages.

The pages under an edition's ``tutorial/`` and ``reference/`` folders are for
people who use the package from Python (a notebook, a coach's cohort, the API,
the command line, the policy, the glossary): they keep their ``>>>`` examples.
Every other page is an advice page for job seekers.

This is the one place that says which is which. It imports neither Sphinx nor
etiket, so the handbook's extensions, the tests and the maintainers' tools
(``make drift``, which counts what the advice pages alone notice) all use it.
"""

from __future__ import annotations

from pathlib import PurePath, PurePosixPath

__all__ = ["PYTHON_SECTIONS", "is_advice_page"]

PYTHON_SECTIONS = ("tutorial", "reference")
"""The folders of an edition whose pages are Python pages."""


def is_advice_page(page: str | PurePath) -> bool:
    """Whether ``page`` is an advice page.

    ``page`` is the page's path inside its edition: a file (``"howto/follow-up.md"``)
    or a Sphinx docname (``"howto/follow-up"``); both editions name a page alike.
    """
    path = PurePosixPath(PurePath(page).as_posix())
    if path.is_absolute() or ".." in path.parts or not path.parts:
        # Read from the wrong folder, every page would look like an advice page.
        raise ValueError(
            f"{str(page)!r} is not a page's path inside its edition: give it relative to "
            "the edition's folder, e.g. 'howto/follow-up.md' for docs/en/howto/follow-up.md"
        )
    folders = path.parts[:-1]
    return not (folders and folders[0] in PYTHON_SECTIONS)
