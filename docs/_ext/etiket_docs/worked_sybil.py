"""Sybil's side of the worked examples: find each one in a page and run it as a doctest.

The lexer is Sybil's own MyST directive lexer; the example becomes the doctest
``etiket_docs.worked.doctest_source`` writes, the same Python the page shows
collapsed, run with Sybil's doctest runner in the page's namespace. So a worked
example goes through the mechanism a Python user's doctest goes through.
"""

from __future__ import annotations

import doctest
from collections.abc import Iterable

from sybil import Document, Example, Region
from sybil.evaluators.doctest import DocTest, OutputChecker
from sybil.parsers.myst.lexers import DirectiveLexer

DIRECTIVE = "worked-example"


class WorkedExampleParser:
    """A Sybil parser: one region per ``worked-example`` directive, checked as a doctest."""

    def __init__(self) -> None:
        self.lexer = DirectiveLexer(directive=DIRECTIVE)
        self.runner = _Runner()

    def __call__(self, document: Document) -> Iterable[Region]:
        # Imported here: loading conftest.py must not import etiket, so that a mutant that
        # breaks the package (make drift) fails the pages' examples, not pytest's start.
        from etiket_docs.worked import edition_of_path, parse

        for lexed in self.lexer(document):
            lexemes = lexed.lexemes
            lang = edition_of_path(document.path)
            line = document.text.count("\n", 0, lexed.start) + 1
            try:
                example = parse(lexemes["options"], str(lexemes["source"]), lang,
                                lexemes.get("arguments") or "")  # fmt: skip
            except ValueError as error:
                raise ValueError(f"{document.path}, line {line}: worked example: {error}") from None
            yield Region(lexed.start, lexed.end, example, self.evaluate)

    def evaluate(self, example: Example) -> str:
        """Run the worked example's doctest; the doctest's report when it fails, else ''."""
        from etiket_docs.worked import WorkedExample, doctest_source

        worked: WorkedExample = example.parsed
        source = doctest_source(worked)
        examples = doctest.DocTestParser().get_examples(source, example.path)
        namespace = example.namespace
        output: list[str] = []
        self.runner.run(
            DocTest(examples, namespace, example.path, example.path, example.line, source),
            clear_globs=False,
            out=output.append,
        )
        if not output:
            return ""
        title = f" {worked.title!r}" if worked.title else ""
        return f"worked example{title} at line {example.line}:\n" + "".join(output)


# Babel writes a no-break space where a writer types a space ("2:30\u202fPM", "9\xa0Maret"):
# a worked example is read by people, so the two count as the same.
_SPACES = str.maketrans({"\u202f": " ", "\xa0": " "})


class _SpaceTolerantChecker(OutputChecker):
    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        return super().check_output(want.translate(_SPACES), got.translate(_SPACES), optionflags)


class _Runner(doctest.DocTestRunner):
    """Sybil's doctest runner, with the checker above and no header of its own on failures."""

    def __init__(self) -> None:
        super().__init__(verbose=False, optionflags=0, checker=_SpaceTolerantChecker())

    def _failure_header(self, test: doctest.DocTest, example: doctest.Example) -> str:
        return ""
