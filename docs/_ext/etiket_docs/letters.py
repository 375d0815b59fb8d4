"""The reader's emails in the page: the letters script and its data, on the pages that use them.

``docs/_static/letters.js`` fills the package's letters with the reader's details
(``window.etiketLetters.email(kind, input)``). What it fills them with, the
templates, the forms of address and the error messages, is written at build time
into ``_static/etiket-letters-data.js`` by :func:`etiket.letters_data.letters_data`,
in the edition's language. A page loads the two files only if it holds a
:class:`letters_node`: the ``letters`` directive puts one there, and so may any
directive of the handbook whose feature writes letters.

Usage, in a MyST page::

    ```{letters}
    ```
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket.language import check_language
from etiket.letters_data import letters_data
from etiket_docs.assets import load_on_pages_with, write_script_data

DATA_FILE = "etiket-letters-data.js"
SCRIPT_FILE = "letters.js"


class letters_node(nodes.General, nodes.Element):  # type: ignore[misc]
    """A page's wish for the letters script; it shows nothing itself."""


class LettersDirective(SphinxDirective):
    """Load the letters script and its data on this page."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        node = letters_node()
        self.set_source_info(node)
        return [node]


def _skip(translator: Any, node: letters_node) -> None:
    raise nodes.SkipNode


def script_data(lang: str) -> dict[str, Any]:
    """Everything the letters script reads as ``window.etiketLettersData``, for one edition."""
    data = letters_data(check_language(lang))
    data["version"] = etiket.__version__
    return data


def _write_data(app: Sphinx) -> None:
    """Write the letters' data for this edition next to the other static files."""
    if app.builder.format != "html":
        return
    data = script_data(app.config.language or "en")
    write_script_data(app, DATA_FILE, "etiketLettersData", data, "etiket_docs.letters")


def _writes_letters(doctree: nodes.document) -> bool:
    return any(doctree.findall(letters_node))


def setup_letters(app: Sphinx) -> None:
    skip = (_skip, None)
    app.add_node(letters_node, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_directive("letters", LettersDirective)
    load_on_pages_with(app, _writes_letters, js=[DATA_FILE, SCRIPT_FILE])
    app.connect("builder-inited", _write_data)
