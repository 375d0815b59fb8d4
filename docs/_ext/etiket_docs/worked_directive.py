"""The ``worked-example`` directive: a situation and the handbook's answer, for readers.

It shows the reader two short lists in the page's language, the situation and
what the handbook says, and below them, collapsed, the same example in Python.
The source's format is described in :mod:`etiket_docs.worked`; Sybil checks
every answer (``etiket_docs.worked_sybil``), so what a reader reads is what the
package computes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from etiket_docs.assets import load_on_pages_with
from etiket_docs.interface_words import word
from etiket_docs.worked import SITUATION, Row, WorkedExampleError, doctest_source, parse, rows

STYLE_FILE = "worked-example.css"


class WorkedExampleDirective(SphinxDirective):
    """```{worked-example} Optional title``` with the situation as options, answers as lines."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = dict.fromkeys(SITUATION, directives.unchanged)

    def run(self) -> list[nodes.Node]:
        lang = self.config.language or "en"
        title = self.arguments[0] if self.arguments else ""
        options = {name: str(value or "") for name, value in self.options.items()}
        try:
            example = parse(options, "\n".join(self.content), lang, title)
        except WorkedExampleError as error:
            raise self.error(f"worked example: {error}") from None
        situation, answers = rows(example)
        box = nodes.container(classes=["worked-example"])
        if example.title:
            box += nodes.paragraph("", "", nodes.strong(text=example.title),
                                   classes=["worked-example-title"])  # fmt: skip
        box += _list(word("example.situation", lang), situation, "worked-example-situation")
        box += _list(word("example.answer", lang), answers, "worked-example-answer")
        box += self._python(word("example.python", lang), doctest_source(example))
        return [box]

    def _python(self, title: str, source: str) -> list[nodes.Node]:
        """A collapsed dropdown holding the example's doctest, parsed as MyST like any page text."""
        lines = [f"````{{dropdown}} {title}", ":icon: code",
                 ":class-container: worked-example-python", "",
                 "```pycon", *source.splitlines(), "```", "````"]  # fmt: skip
        holder = nodes.container()
        self.state.nested_parse(StringList(lines, self.get_source_info()[0]), 0, holder)
        return list[nodes.Node](holder.children)


def _list(heading: str, entries: list[Row], name: str) -> nodes.container:
    """A heading and a field list: a label and its text on each line, as Furo lays them out."""
    part = nodes.container(classes=[name])
    part += nodes.paragraph("", "", nodes.strong(text=heading), classes=["worked-example-heading"])
    fields = nodes.field_list()
    for label, text, target in entries:
        body = (
            nodes.paragraph(text=text) if target is None else nodes.paragraph("", "", _link(target))
        )
        fields += nodes.field("", nodes.field_name(text=label), nodes.field_body("", body))
    part += fields
    return part


def _shows_example(doctree: nodes.document) -> bool:
    return any("worked-example" in node["classes"] for node in doctree.findall(nodes.container))


def _link(target: str) -> addnodes.pending_xref:
    """A link to the section labelled with a guidance ID, shown as that section's heading."""
    link: addnodes.pending_xref = addnodes.pending_xref(
        "", refdomain="std", reftype="ref", reftarget=target, refexplicit=False, refwarn=True
    )
    link += nodes.inline(text=target)
    return link


def setup_worked_examples(app: Sphinx) -> None:
    app.add_directive("worked-example", WorkedExampleDirective)
    load_on_pages_with(app, _shows_example, css=[STYLE_FILE])
