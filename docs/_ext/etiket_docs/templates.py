"""Show the package's email templates on a page, filled in, in the page's language.

::

    :::{email-template} thank-you
    :interviewer: Ms Rivera
    :position: data analyst
    :company: Northwind Traders
    :candidate: Sam Lee
    :::

calls :func:`etiket.thank_you_note` (``thank-you``) or :func:`etiket.follow_up_email`
(``follow-up``) at build time with the edition's language, so the text a reader
copies is the package's own and cannot drift from it. The subject and the body
are two literal blocks, one for each field of an email program; a paragraph of
the body stays one line, so it reflows in the reader's email instead of
arriving with hard line breaks, and the stylesheet wraps it on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket_docs.assets import load_on_pages_with

STYLE_FILE = "email-template.css"

TEMPLATES: dict[str, Callable[..., etiket.Email]] = {
    "thank-you": etiket.thank_you_note,
    "follow-up": etiket.follow_up_email,
    "closing": etiket.closing_note,
}
"""The directive's argument -> the package function that fills the template."""

FIELDS = ("interviewer", "position", "company", "candidate")

_LABELS = {
    "en": {"subject": "Subject", "body": "Message"},
    "id": {"subject": "Subjek", "body": "Isi surel"},
}


class EmailTemplate(SphinxDirective):
    """A filled email template from the package: subject and body, ready to copy."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = dict.fromkeys(
        FIELDS, directives.unchanged_required
    )

    def run(self) -> list[nodes.Node]:
        kind = self.arguments[0].strip()
        if kind not in TEMPLATES:
            known = ", ".join(repr(k) for k in TEMPLATES)
            raise self.error(f"unknown email template {kind!r}; use one of: {known}")
        missing = [name for name in FIELDS if name not in self.options]
        if missing:
            raise self.error(f"email-template {kind} needs the option(s) :{': :'.join(missing)}:")
        lang = str(self.config.language or "en")
        details = {name: self.options[name] for name in FIELDS}
        try:
            email = TEMPLATES[kind](**details, lang=lang)
        except etiket.EtiketError as error:
            raise self.error(f"email-template {kind}: {error}") from None
        labels = _LABELS.get(lang, _LABELS["en"])
        container = nodes.container(classes=["etiket-email"])
        for part, text in (("subject", email.subject), ("body", email.body)):
            label = nodes.paragraph(classes=["etiket-email__label"])
            label += nodes.strong(text=labels[part])
            block = nodes.literal_block(text, text, classes=[f"etiket-email__{part}"])
            block["language"] = "text"
            self.set_source_info(block)
            container += [label, block]
        return [container]


def _shows_template(doctree: nodes.document) -> bool:
    return any("etiket-email" in node["classes"] for node in doctree.findall(nodes.container))


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("email-template", EmailTemplate)
    load_on_pages_with(app, _shows_template, css=[STYLE_FILE])
    return {"version": etiket.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
