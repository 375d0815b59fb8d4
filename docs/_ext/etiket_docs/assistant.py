"""The ``assistant`` directive: the reader's own situation, kept on their device.

The form takes the interview, the employer, the interviewers and what the reader
has done so far; ``docs/_static/assistant-store.js`` keeps it in the browser's
storage as the reader types and puts it in a link, and ``docs/_static/assistant.js``
shows the planner's timeline for it with today marked (and, once the page's script
can assess, where the reader stands). What a record may hold (titles, countries,
channels, outcomes, lengths) is written at build time into
``_static/etiket-assistant-data.js`` from the package, with the script's words, and
so are the planner's and the letters' data: the page downloads one data file.

Usage, in a MyST page::

    ```{assistant}
    ```
"""

from __future__ import annotations

import json
from html import escape
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket.address import LONGEST_DETAIL, TITLES
from etiket.language import check_language
from etiket.messages import MESSAGES, message
from etiket.site_data import COUNTRIES
from etiket.templates import TEMPLATES
from etiket_docs.assets import load_on_pages_with, write_joined_script_data
from etiket_docs.interface_words import group, word
from etiket_docs.letters import SCRIPT_FILE as LETTERS_SCRIPT_FILE
from etiket_docs.letters import script_data as letters_script_data
from etiket_docs.planner import (
    SCRIPT_FILE,
    STYLE_FILE,
    country_options,
    date_bounds,
    field_html,
    form_words,
    step_links,
)
from etiket_docs.planner import script_data as planner_script_data

ASSISTANT_DATA_FILE = "etiket-assistant-data.js"
STORE_FILE = "assistant-store.js"
ASSISTANT_FILE = "assistant.js"
ASSISTANT_STYLE_FILE = "assistant.css"

BLOCK = "etiket-assistant"
# The channels a note can go by on the form: etiket.Channel's email and chat message.
NOTE_CHANNELS = (etiket.Channel.EMAIL.value, etiket.Channel.MESSAGE.value)
# What the reader sent, each a message with its day and channel: the record's field, and the
# etiket.Purpose it is for.
NOTES = {
    "thankYou": etiket.Purpose.THANK_YOU.value,
    "followUp": etiket.Purpose.FOLLOW_UP.value,
    "lastNote": etiket.Purpose.LAST_NOTE.value,
    "anotherOffer": etiket.Purpose.ANOTHER_OFFER.value,
}
OFFER_NOTE = "anotherOffer"
"""The note that also holds the other offer's deadline (``answerBy``), which its letter says."""
# How many rows the form offers: more interviewers or calls than this is not a situation
# the handbook's advice is written for, and the limits keep a stored record small.
MOST_INTERVIEWERS = 6
MOST_CALLS = 6
# Longer than any record the form can make (every field at its longest), so that a longer
# one is refused unread.
LONGEST_RECORD = 16_000


# The words the script says (ASSISTANT_WORDS has the form's too): the rows' labels, the
# notices, the answer's lines. Only these go into the data file a phone downloads.
SCRIPT_WORDS = (
    *("title", "title-none", "name", "remove-interviewer", "call", "remove-call"),
    *("stored-unreadable", "stored-newer", "link-unreadable", "link-newer", "link-loaded"),
    *("no-storage", "full", "forgotten", "copied", "copy-failed"),
    *("letter-copied", "letter-copy-failed"),
    *("today", "before", "done", "did", "did-by", "did-call", "did-none", *NOTES),
    *(f"outcome-{outcome.value}" for outcome in etiket.Outcome),
    *("no-warnings", "assess-failed", "not-kept"),
    *("emails", "emails-need", "emails-answered", "emails-all-sent", "emails-hint"),
    *("copy-letter", "mailto", "download"),
    # Every letter's title: which of them a reader needs is the rulebook's letters_needed.
    *(f"letter-{kind}" for kind in TEMPLATES),
)


def first_country(lang: str) -> str:
    """The calendar the edition's form starts with: a country whose language it is written in.

    The Indonesian edition starts with Indonesia's holidays; the English one with none of
    the planner's countries (English is not Indonesia's language), so with weekends only.
    """
    from babel.languages import get_official_languages

    code = check_language(lang)
    return next((c for c in COUNTRIES if c and code in get_official_languages(c)), "")


def store_data(lang: str) -> dict[str, Any]:
    """What a stored record may hold, for ``docs/_static/assistant-store.js``."""
    return {
        "titles": list(TITLES),
        "countries": [code for code in COUNTRIES if code],
        "channels": list(NOTE_CHANNELS),
        "outcomes": [outcome.value for outcome in etiket.Outcome],
        "limits": {
            "detail": LONGEST_DETAIL,
            "interviewers": MOST_INTERVIEWERS,
            "calls": MOST_CALLS,
            "record": LONGEST_RECORD,
        },
        "defaultCountry": first_country(lang),
    }


def assistant_data(lang: str) -> dict[str, Any]:
    """Everything ``assistant-store.js`` and ``assistant.js`` need, for one edition."""
    code = check_language(lang)
    # The stage (or what the employer's answer means) and the next step are in the
    # assessment's summary, which the page shows.
    labels = ("warnings", "window")
    return {
        "store": store_data(code),
        "ui": {key: assistant_words(code)[key] for key in SCRIPT_WORDS},
        # Templates the script fills: their {placeholders} stay.
        "labels": {key: MESSAGES[f"label.{key}"][code] for key in labels},
        "windowLabel": word("example.next.window", code),
        "letterLabels": {key: word(f"letter.{key}", code) for key in ("to", "subject")},
        "channels": {key: message(f"channel.{key}", code) for key in NOTE_CHANNELS},
        "purposes": NOTES,
    }


class assistant_node(nodes.General, nodes.Element):  # type: ignore[misc]
    """Where the assistant goes; its links to the steps' advice are filled in once known."""


class AssistantDirective(SphinxDirective):
    """Insert the assistant's form, its result and its "kept on this device" controls."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        serial = self.env.new_serialno("etiket-assistant")
        node = assistant_node(serial=serial, links={})
        self.set_source_info(node)
        return [node]


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in doctree.findall(assistant_node):
        node["links"] = step_links(app, docname)


def _lang(config: Config) -> str:
    return check_language(config.language or "en")


def _options(choices: list[tuple[str, str]], selected: str = "") -> str:
    return "".join(
        f'<option value="{escape(value)}"{" selected" if value == selected else ""}>'
        f"{escape(label)}</option>"
        for value, label in choices
    )


def assistant_words(lang: str) -> dict[str, str]:
    """The assistant's words in ``lang``: its form's, and what its script says."""
    return group("assistant", lang)


def _form_html(config: Config, prefix: str) -> str:
    lang = _lang(config)
    words = {**form_words(lang), **assistant_words(lang)}
    dates = date_bounds(config)

    def field(path: str, words_key: str, control: tuple[str, str, str]) -> str:
        tag, attributes, options = control
        control_id = f"{prefix}-{path.replace('.', '-')}"
        label = (words[words_key], words.get(words_key + "-hint", ""))
        return field_html(
            BLOCK, control_id, path, label, (tag, f'data-path="{path}" {attributes}', options)
        )

    def text(path: str, autocomplete: str) -> str:
        attributes = f'type="text" maxlength="{LONGEST_DETAIL}" autocomplete="{autocomplete}"'
        return field(path, path, ("input", attributes, ""))

    def group(legend: str, body: str, hint: str = "", css: str = "") -> str:
        described = ""
        if hint:
            hint_id = f"{prefix}-{legend}-hint"
            described = f' aria-describedby="{hint_id}"'
            body = f'<p class="{BLOCK}__hint" id="{hint_id}">{escape(words[hint])}</p>' + body
        return (
            f'<fieldset class="{BLOCK}__group{css}"{described}>'
            f"<legend>{escape(words[legend])}</legend>{body}</fieldset>"
        )

    channels = _options([(c, message(f"channel.{c}", lang)) for c in NOTE_CHANNELS])
    # The another-offer note needs the day the other employer wants an answer by.
    offer = field(f"{OFFER_NOTE}.answerBy", "offer-answer-by", ("input", dates, ""))
    notes = "".join(
        group(
            note,
            field(f"{note}.on", "sent-on", ("input", dates, ""))
            + field(f"{note}.channel", "sent-by", ("select", "", channels))
            + (offer if note == OFFER_NOTE else ""),
            css=f" {BLOCK}__note",
        )
        for note in NOTES
    )
    outcomes = [("", words["outcome-none"])]
    outcomes += [(o.value, words[f"outcome-{o.value}"]) for o in etiket.Outcome]
    chat_id = f"{prefix}-chat"
    chat = (
        f'<div class="{BLOCK}__field {BLOCK}__check" data-field="chat">'
        f'<input type="checkbox" id="{chat_id}" name="chat" data-path="chat" '
        f'aria-describedby="{chat_id}-hint">'
        f'<label for="{chat_id}">{escape(words["chat"])}</label>'
        f'<p class="{BLOCK}__hint" id="{chat_id}-hint">{escape(words["chat-hint"])}</p></div>'
    )

    titles = _options([("", words["title-none"]), *((title, title) for title in TITLES)])
    name = f'type="text" maxlength="{LONGEST_DETAIL}" autocomplete="off"'
    # One row of each list, for the script to number: {i} its index, {n} the number it is
    # said with. The script fills in only those two, so no typed text becomes markup.
    rows = {
        "interviewers": field("interviewers.{i}.title", "title", ("select", "", titles))
        + field("interviewers.{i}.name", "name", ("input", name, "")),
        "calls": field("calls.{i}", "call", ("input", dates, "")),
    }

    def adder(kind: str, words_key: str, shown: int) -> str:
        remove = "remove-call" if kind == "calls" else "remove-interviewer"
        row = (
            f'<li class="{BLOCK}__row">{rows[kind]}'
            f'<button type="button" class="{BLOCK}__remove" data-remove="{kind}" '
            f'data-index="{{i}}">{escape(words[remove])}</button></li>'
        )
        # The rows the script shows for an empty record, written here: it then leaves the list
        # as it is, and the page's first layout has them already.
        first = "".join(
            row.replace("{i}", str(index)).replace("{n}", str(index + 1)) for index in range(shown)
        )
        return (
            f'<ol class="{BLOCK}__rows" data-rows="{kind}">{first}</ol>'
            f'<template data-row="{kind}">{row}</template>'
            f'<button type="button" class="{BLOCK}__add" data-add="{kind}">'
            f"{escape(words[words_key])}</button>"
        )

    interview = (
        field("interview", "interview", ("input", f"{dates} required", ""))
        + field("time", "time", ("input", 'type="time"', ""))
        + field("decision", "decision", ("input", dates, ""))
        + field("country", "country", ("select", "", country_options(config, first_country(lang))))
        + text("company", "organization")
        + text("position", "organization-title")
        + text("candidate", "name")
    )
    answer = (
        field("answer.outcome", "outcome", ("select", "", _options(outcomes)))
        + field("answer.on", "answer-on", ("input", dates, ""))
        + field("answer.respondBy", "respond-by", ("input", dates, ""))
        + field("answer.nextInterview", "next-interview", ("input", dates, ""))
    )
    return (
        # Shown from the first paint, as the planner's form is (planner.css hides both where
        # scripts cannot run): revealed by the script, it would push the page down.
        f'<form class="{BLOCK}__form" id="{prefix}" novalidate>'
        + group("legend", interview)
        + group("people", adder("interviewers", "add-interviewer", 1) + chat, "people-hint")
        + group("done", notes + group("calls", adder("calls", "add-call", 0)), "done-hint")
        + group("answer", answer)
        + f'<button type="submit">{escape(words["submit"])}</button></form>'
    )


def _keep_html(config: Config, prefix: str) -> str:
    words = assistant_words(_lang(config))
    link_id = f"{prefix}-link"
    return (
        f'<div class="{BLOCK}__keep" role="group" aria-labelledby="{prefix}-keep">'
        f'<p class="{BLOCK}__keep-title" id="{prefix}-keep">{escape(words["keep"])}</p>'
        f'<p class="{BLOCK}__hint">{escape(words["keep-hint"])}</p>'
        f'<div class="{BLOCK}__field">'
        f'<label for="{link_id}">{escape(words["link"])}</label>'
        f'<p class="{BLOCK}__hint" id="{link_id}-hint">{escape(words["link-hint"])}</p>'
        f'<input type="text" id="{link_id}" readonly aria-describedby="{link_id}-hint" '
        f'class="{BLOCK}__link"></div>'
        f'<p class="{BLOCK}__buttons">'
        f'<button type="button" data-action="copy">{escape(words["copy"])}</button> '
        f'<button type="button" data-action="forget">{escape(words["forget"])}</button></p>'
        f'<p class="{BLOCK}__copied" role="status"></p></div>'
    )


def visit_assistant_html(translator: Any, node: assistant_node) -> None:
    config = translator.builder.config
    words = assistant_words(_lang(config))
    prefix = f"{BLOCK}-{node['serial']}"
    links = escape(json.dumps(node["links"], sort_keys=True))
    translator.body.append(
        f'<div class="{BLOCK}" data-etiket-assistant data-links="{links}">'
        f'<p class="{BLOCK}__notice" role="status"></p>'
        + _form_html(config, prefix)
        + f'<noscript><p class="{BLOCK}__noscript">{escape(words["noscript"])}</p></noscript>'
        f'<div class="{BLOCK}__result" id="{prefix}-result" aria-live="polite"></div>'
        + _keep_html(config, prefix)
    )


def depart_assistant_html(translator: Any, node: assistant_node) -> None:
    translator.body.append("</div>")


def skip_assistant(translator: Any, node: assistant_node) -> None:
    """Formats without scripts (LaTeX, text, man pages) leave the assistant out."""
    raise nodes.SkipNode


def _write_data(app: Sphinx) -> None:
    """The page's data in one file: the planner's, the letters' and the assistant's own."""
    if app.builder.format != "html":
        return
    lang = _lang(app.config)
    variables = {
        "etiketPlannerData": planner_script_data(lang, app.config.etiket_planner_base_year),
        "etiketLettersData": letters_script_data(lang),
        "etiketAssistantData": assistant_data(lang),
    }
    write_joined_script_data(app, ASSISTANT_DATA_FILE, variables, "etiket_docs.assistant")


def _shows_assistant(doctree: nodes.document) -> bool:
    return any(doctree.findall(assistant_node))


def setup_assistant(app: Sphinx) -> None:
    app.add_node(
        assistant_node,
        html=(visit_assistant_html, depart_assistant_html),
        latex=(skip_assistant, None),
        text=(skip_assistant, None),
        man=(skip_assistant, None),
        texinfo=(skip_assistant, None),
    )
    app.add_directive("assistant", AssistantDirective)
    # One data file for the scripts that follow: the planner's plans the timeline, the
    # letters' writes the reader's emails, the store keeps the record.
    scripts = [ASSISTANT_DATA_FILE, SCRIPT_FILE, LETTERS_SCRIPT_FILE, STORE_FILE, ASSISTANT_FILE]
    load_on_pages_with(app, _shows_assistant, css=[STYLE_FILE, ASSISTANT_STYLE_FILE], js=scripts)
    app.connect("builder-inited", _write_data)
    app.connect("doctree-resolved", _resolve_links)
