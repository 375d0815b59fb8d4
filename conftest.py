"""Sybil runs every example: the handbook's pages in both editions and the package's docstrings."""

from __future__ import annotations

from doctest import ELLIPSIS

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

_pages = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=ELLIPSIS), SkipParser()],
    patterns=["*.md"],
    path="docs",
    excludes=["_*"],
)
_docstrings = Sybil(parsers=[DocTestParser(optionflags=ELLIPSIS)], patterns=["*.py"], path="src")

pytest_collect_file = (_pages + _docstrings).pytest()
