"""Sybil runs every example: the handbook's pages in both editions and the package's docstrings."""

from __future__ import annotations

import sys
from doctest import ELLIPSIS
from pathlib import Path

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

# The handbook's own parser lives with its extensions, where Sphinx finds them too.
sys.path.insert(0, str(Path(__file__).resolve().parent / "docs" / "_ext"))
from etiket_docs.worked_sybil import WorkedExampleParser

_pages = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS),
        WorkedExampleParser(),
        SkipParser(),
    ],
    patterns=["*.md"],
    path="docs",
    excludes=["_*"],
)
_docstrings = Sybil(parsers=[DocTestParser(optionflags=ELLIPSIS)], patterns=["*.py"], path="src")

pytest_collect_file = (_pages + _docstrings).pytest()
