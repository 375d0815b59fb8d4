"""Show the package's letter templates on a page, filled in, in the page's language.

::

    :::{email-template} follow-up
    :interviewer: Ms Rivera
    :position: data analyst
    :company: Northwind Traders
    :candidate: Sam Lee
    :interview-date: 2026-11-20
    :::

calls the package function for the kind named in the argument (see
:data:`KINDS`) at build time with the edition's language, so the text a reader
copies is the package's own and cannot drift from it. Each kind takes the four
details above, plus its own options:

- ``follow-up`` and ``follow-up-chat``: ``:interview-date:`` (YYYY-MM-DD);
- ``another-offer``: ``:answer-by:``, the day the other offer must be answered;
- ``rejection-reply``: ``:ask-feedback: no`` leaves out the request for feedback;
- ``thank-you``: ``:interviewers: Ms Rivera; Mr Chen`` instead of ``:interviewer:``
  shows one note to each.

An email shows as two literal blocks, subject and body, one for each field of an
email program; a chat message is its body alone. A paragraph of the body stays
one line, so it reflows in the reader's email instead of arriving with hard line
breaks, and the stylesheet wraps it on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket.templates import DETAILS, TEMPLATES, WRITERS
from etiket_docs.assets import load_on_pages_with
from etiket_docs.interface_words import word

STYLE_FILE = "email-template.css"
# Opens the dropdowns that hold a letter before printing, so that paper shows the letter.
PRINT_SCRIPT = "print-templates.js"

# The labels around a letter, as keys "letter.<key>" of etiket_docs.interface_words.
_LABELS = ("to", "subject", "body", "chat")


@dataclass(frozen=True)
class Kind:
    """One kind of template: the package function, and the options only it takes."""

    fill: Callable[..., etiket.Email]
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


def _option(argument: str) -> str:
    return argument.replace("_", "-")


KINDS: dict[str, Kind] = {
    name: Kind(
        WRITERS[name],
        required=tuple(_option(day) for day in template.dates),
        optional=tuple(_option(p.flag) for p in template.paragraphs.values())
        + (("interviewers",) if template.to_several else ()),
    )
    for name, template in TEMPLATES.items()
}
"""The directive's argument (a kind of etiket.templates.TEMPLATES) -> what fills it."""

_EXTRAS = {name for kind in KINDS.values() for name in (*kind.required, *kind.optional)}


class EmailTemplate(SphinxDirective):
    """A filled letter template from the package: ready to copy."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = dict.fromkeys(
        ("interviewer", *DETAILS, *_EXTRAS), directives.unchanged_required
    )

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0].strip()
        if name not in KINDS:
            known = ", ".join(repr(k) for k in KINDS)
            raise self.error(f"unknown email template {name!r}; use one of: {known}")
        kind = KINDS[name]
        addressee = "interviewers" if "interviewers" in self.options else "interviewer"
        missing = [opt for opt in (addressee, *DETAILS, *kind.required) if opt not in self.options]
        if missing:
            raise self.error(f"email-template {name} needs the option(s) :{': :'.join(missing)}:")
        foreign = sorted((set(self.options) & _EXTRAS) - {*kind.required, *kind.optional})
        if "interviewers" in self.options and "interviewer" in self.options:
            foreign.append("interviewer")
        if foreign:
            raise self.error(
                f"email-template {name} does not take :{': :'.join(foreign)}:; "
                "see docs/_ext/etiket_docs/emails.py for each kind's options"
            )
        lang = str(self.config.language or "en")
        try:
            emails = self._fill(kind, lang)
        except etiket.EtiketError as error:
            raise self.error(f"email-template {name}: {error}") from None
        labels = {key: word(f"letter.{key}", lang) for key in _LABELS}
        return [self._show(email, labels, several=len(emails) > 1) for email in emails]

    def _fill(self, kind: Kind, lang: str) -> tuple[etiket.Email, ...]:
        details = {opt: self.options[opt] for opt in (*DETAILS, *kind.required)}
        details |= {opt: self.options[opt] for opt in kind.optional if opt in self.options}
        arguments: dict[str, Any] = {opt.replace("-", "_"): v for opt, v in details.items()}
        if "ask_feedback" in arguments:
            arguments["ask_feedback"] = self._yes_or_no("ask-feedback")
        if "interviewers" in arguments:
            names = [part.strip() for part in arguments.pop("interviewers").split(";")]
            return etiket.thank_you_notes(interviewers=names, **arguments, lang=lang)
        return (kind.fill(interviewer=self.options["interviewer"], **arguments, lang=lang),)

    def _yes_or_no(self, option: str) -> bool:
        answer = str(self.options[option]).strip().lower()
        if answer not in {"yes", "no"}:
            raise self.error(f"email-template :{option}: is yes or no, not {answer!r}")
        return answer == "yes"

    def _show(self, email: etiket.Email, labels: dict[str, str], *, several: bool) -> nodes.Node:
        container = nodes.container(classes=["etiket-email"])
        if several:
            # One note to each person: say whose this one is.
            to = nodes.paragraph(classes=["etiket-email__label", "etiket-email__to"])
            to += nodes.strong(text=f"{labels['to']}: {email.to}")
            container += to
        parts = [("body", "chat", email.body)] if email.is_chat else [
            ("subject", "subject", email.subject), ("body", "body", email.body)
        ]  # fmt: skip
        for part, label_key, text in parts:
            label = nodes.paragraph(classes=["etiket-email__label"])
            label += nodes.strong(text=labels[label_key])
            block = nodes.literal_block(text, text, classes=[f"etiket-email__{part}"])
            block["language"] = "text"
            self.set_source_info(block)
            container += [label, block]
        return container


def _letters(doctree: nodes.document) -> Iterator[nodes.container]:
    for node in doctree.findall(nodes.container):
        if "etiket-email" in node["classes"]:
            yield node


def _shows_template(doctree: nodes.document) -> bool:
    return any(_letters(doctree))


def _in_dropdown(node: nodes.Node) -> bool:
    """Whether a collapsible block (a sphinx-design dropdown, a <details>) holds the node."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.Element) and "sd-dropdown" in parent.get("classes", []):
            return True
        parent = parent.parent
    return False


def _folds_template(doctree: nodes.document) -> bool:
    """Whether a letter sits in a dropdown, which print-templates.js opens for printing."""
    return any(_in_dropdown(letter) for letter in _letters(doctree))


def setup_emails(app: Sphinx) -> None:
    app.add_directive("email-template", EmailTemplate)
    load_on_pages_with(app, _shows_template, css=[STYLE_FILE])
    load_on_pages_with(app, _folds_template, js=[PRINT_SCRIPT])
