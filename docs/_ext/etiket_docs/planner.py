"""The ``planner`` directive: a form that plans the reader's own dates in the page.

The form is rendered here, in the page's language, with the words of
:mod:`etiket_docs.interface_words` (``planner.form.*``; what the script says,
``planner.script.*``, goes into the data file). The rules the script applies
are written at build time into ``_static/etiket-planner-data.js`` by
:func:`etiket.site_data.planner_data` (numbers, step wording, days off,
Babel's month and day names). ``docs/_static/planner.js`` repeats only the
date arithmetic of :mod:`etiket.timeline`, and the browser tests check it
against the package date by date.

Usage, in a MyST page::

    ```{planner}
    ```
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket.guidance import Guidance
from etiket.language import check_language
from etiket.site_data import BASE_YEAR, COUNTRIES, planner_data, planner_years
from etiket_docs.assets import load_on_pages_with, write_script_data
from etiket_docs.interface_words import group, rule_values

DATA_FILE = "etiket-planner-data.js"
SCRIPT_FILE = "planner.js"
# Named time zones, which only the API reads: the planner's pages, not the assistant's, load them.
ZONES_FILE = "planner-zones.js"
# The form on the page, on the planner's public API; the assistant has a form of its own.
FORM_FILE = "planner-form.js"
STYLE_FILE = "planner.css"


def form_words(lang: str) -> dict[str, str]:
    """The planner form's words in ``lang``, the policy's numbers filled in."""
    numbers = rule_values(lang)
    return {key: text.format(**numbers) for key, text in group("planner.form", lang).items()}


def country_options(config: Config, selected: str = "") -> str:
    """The <option>s of the calendars the planner knows, in the edition's language."""
    lang = _lang(config)
    names = {"": form_words(lang)["country-none"]}
    names.update(_data(lang, config.etiket_planner_base_year)["countryNames"])
    return "".join(
        f'<option value="{escape(code or "")}"{" selected" if (code or "") == selected else ""}>'
        f"{escape(names[code or ''])}</option>"
        for code in COUNTRIES
    )


class planner_node(nodes.General, nodes.Element):  # type: ignore[misc]
    """Where the form goes; its links to the rules' sections are filled in once labels are known."""


class PlannerDirective(SphinxDirective):
    """Insert the planner form."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        # Ids must be unique when one page holds more than one planner.
        serial = self.env.new_serialno("etiket-planner")
        node = planner_node(serial=serial, links={})
        self.set_source_info(node)
        _pages(self.env).add(self.env.docname)
        return [node]


def _pages(env: BuildEnvironment) -> set[str]:
    """The documents that show a planner."""
    if not hasattr(env, "etiket_planner_pages"):
        env.etiket_planner_pages = set()  # type: ignore[attr-defined]
    pages: set[str] = env.etiket_planner_pages  # type: ignore[attr-defined]
    return pages


def _forget(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    _pages(env).discard(docname)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    _pages(env).update(_pages(other) & docnames)


def _reread(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    # The form's hints quote the policy, which lives in the package, not in the page:
    # read these pages again on every build so that an edited rule shows at once.
    return sorted(_pages(env) - removed)


def _lang(config: Config) -> str:
    return check_language(config.language or "en")


@cache
def _data(lang: str, base_year: int) -> dict[str, Any]:
    return planner_data(lang, planner_years(base_year))


def step_links(app: Sphinx, docname: str) -> dict[str, str]:
    """Each step's advice (a guidance ID) -> the address of its section, seen from ``docname``."""
    labels = app.env.domaindata["std"]["labels"]
    # Any advice may set a step's day (a decision date sets the follow-up's): link them all.
    guidance = {advice.value for advice in Guidance}
    links: dict[str, str] = {}
    for name in sorted(guidance & labels.keys()):
        target_doc, anchor, _title = labels[name]
        links[name] = f"{app.builder.get_relative_uri(docname, target_doc)}#{anchor}"
    return links


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Link each step to the section of the handbook that explains its advice, if there is one."""
    for node in doctree.findall(planner_node):
        node["links"] = step_links(app, docname)


def date_bounds(config: Config) -> str:
    """A date field's min and max: the days whose days off the planner knows."""
    years = _data(_lang(config), config.etiket_planner_base_year)["years"]
    return f'type="date" min="{years[0]:04d}-01-01" max="{years[1]:04d}-12-31"'


def field_html(
    block: str,
    control_id: str,
    name: str,
    words: tuple[str, str],
    control: tuple[str, str, str],
) -> str:
    """One labelled field of a form: its label, hint, the place of its error, and its control.

    ``words`` are the label and the hint (none if empty); ``control`` the tag ("input" or
    "select"), its other attributes, and a select's options. The control names its hint
    in aria-describedby; the script adds the error's id there when it shows an error.
    """
    tag, attributes, options = control
    label, hint_text = words
    hint = f"{control_id}-hint"
    described = f' aria-describedby="{hint}"' if hint_text else ""
    html = f'<{tag} id="{control_id}" name="{name}"{described} {attributes}>'
    if tag == "select":
        html += f"{options}</select>"
    shown_hint = (
        f'<p class="{block}__hint" id="{hint}">{escape(hint_text)}</p>' if hint_text else ""
    )
    return (
        f'<div class="{block}__field" data-field="{name}">'
        f'<label for="{control_id}">{escape(label)}</label>{shown_hint}'
        f'<p class="{block}__error" id="{control_id}-error" hidden></p>'
        f"{html}</div>"
    )


def visit_planner_html(translator: Any, node: planner_node) -> None:
    config = translator.builder.config
    words = form_words(_lang(config))
    prefix = f"etiket-planner-{node['serial']}"

    def field(name: str, tag: str, attributes: str, inner: str = "") -> str:
        label = (words[name], words[name + "-hint"])
        return field_html(
            "etiket-planner", f"{prefix}-{name}", name, label, (tag, attributes, inner)
        )

    options = country_options(config)
    dates = date_bounds(config)
    links = escape(json.dumps(node["links"], sort_keys=True))
    translator.body.append(
        f'<div class="etiket-planner" data-etiket-planner data-links="{links}">'
        # Shown from the first paint (a form the script revealed later would push the page
        # down under the reader's eyes); planner.css hides it where scripts cannot run.
        f'<form class="etiket-planner__form" id="{prefix}" novalidate>'
        f"<fieldset><legend>{escape(words['legend'])}</legend>"
        + field("interview", "input", f"{dates} required")
        + field("time", "input", 'type="time"')
        + field("decision", "input", dates)
        + field("country", "select", "", options)
        + field("company", "input", 'type="text" maxlength="120" autocomplete="organization"')
        + f'<button type="submit">{escape(words["submit"])}</button></fieldset></form>'
        f'<noscript><p class="etiket-planner__noscript">{escape(words["noscript"])}</p></noscript>'
        f'<div class="etiket-planner__result" id="{prefix}-result" aria-live="polite"></div>'
    )


def depart_planner_html(translator: Any, node: planner_node) -> None:
    translator.body.append("</div>")


def skip_planner(translator: Any, node: planner_node) -> None:
    """Formats without scripts (LaTeX, text, man pages) leave the planner out."""
    raise nodes.SkipNode


def script_data(lang: str, base_year: int = BASE_YEAR) -> dict[str, Any]:
    """Everything the page's script reads as ``window.etiketPlannerData``, for one edition.

    The package's rules (:func:`etiket.site_data.planner_data`), its version (the calendar
    file names it) and the script's own messages. The build writes exactly this; the
    script's tests without a browser (``tools/planner_cases.py``) load it too.
    """
    code = check_language(lang)
    data = dict(_data(code, base_year))
    data["version"] = etiket.__version__
    # What the script says; it fills their {placeholders} itself.
    data["ui"] = group("planner.script", code)
    return data


def _write_data(app: Sphinx) -> None:
    """Write the rules the script applies, for this edition, next to the other static files."""
    if app.builder.format != "html":
        return
    data = script_data(_lang(app.config), app.config.etiket_planner_base_year)
    write_script_data(app, DATA_FILE, "etiketPlannerData", data, "etiket_docs.planner")


def _shows_planner(doctree: nodes.document) -> bool:
    return any(doctree.findall(planner_node))


def setup_planner(app: Sphinx) -> None:
    app.add_config_value("etiket_planner_base_year", BASE_YEAR, "html", int)
    app.add_node(
        planner_node,
        html=(visit_planner_html, depart_planner_html),
        latex=(skip_planner, None),
        text=(skip_planner, None),
        man=(skip_planner, None),
        texinfo=(skip_planner, None),
    )
    app.add_directive("planner", PlannerDirective)
    scripts = [DATA_FILE, ZONES_FILE, SCRIPT_FILE, FORM_FILE]
    load_on_pages_with(app, _shows_planner, css=[STYLE_FILE], js=scripts)
    app.connect("builder-inited", _write_data)
    app.connect("env-purge-doc", _forget)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _reread)
    app.connect("doctree-resolved", _resolve_links)
