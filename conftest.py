"""Sybil runs every example: the handbook's pages in both editions and the package's docstrings."""

from __future__ import annotations

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

_pages = Sybil(
    parsers=[PythonCodeBlockParser(), SkipParser()],
    patterns=["*.md"],
    path="docs",
    excludes=["_*"],
)
_docstrings = Sybil(parsers=[DocTestParser()], patterns=["*.py"], path="src")

pytest_collect_file = (_pages + _docstrings).pytest()
