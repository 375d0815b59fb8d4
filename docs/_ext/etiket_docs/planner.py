"""The ``planner`` directive: a form that plans the reader's own dates in the page.

The form and its wording are rendered here, in the page's language. The rules
the script applies are written at build time into ``_static/etiket-planner-data.js``
by :func:`etiket.site_data.planner_data` (numbers, step wording, days off,
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
from etiket.language import check_language
from etiket.site_data import BASE_YEAR, COUNTRIES, planner_data, planner_years
from etiket_docs.assets import load_on_pages_with, write_script_data

DATA_FILE = "etiket-planner-data.js"
SCRIPT_FILE = "planner.js"
STYLE_FILE = "planner.css"

# The form's own words. Rule numbers in them are {placeholders} filled from the policy.
_FORM: dict[str, dict[str, str]] = {
    "en": {
        "legend": "Plan your own dates",
        "interview": "Interview date (required)",
        "interview-hint": "The day of your interview.",
        "time": "Interview time (optional)",
        "time-hint": "With a time, the thank-you note is due {thank_you_within_hours} after it.",
        "decision": "Decision date (optional)",
        "decision-hint": "If the employer said when they would decide. You then follow up "
        "no sooner than {decision_grace_working_days} after that day.",
        "country": "Public holidays",
        "country-none": "None (weekends only)",
        "country-hint": "Working days then skip the country's public holidays and, "
        "for Indonesia, collective leave (cuti bersama).",
        "company": "Company or position (optional)",
        "company-hint": "Shown only in your timeline and calendar file; it is not sent anywhere.",
        "submit": "Show my timeline",
        "noscript": "The planner needs JavaScript, which is turned off in your browser.",
    },
    "id": {
        "legend": "Hitung tanggal untuk wawancara Anda",
        "interview": "Tanggal wawancara (wajib)",
        "interview-hint": "Hari wawancara Anda.",
        "time": "Jam wawancara (tidak wajib)",
        "time-hint": "Jika diisi, tenggat ucapan terima kasih jatuh "
        "{thank_you_within_hours} setelah jam ini.",
        "decision": "Tanggal keputusan (tidak wajib)",
        "decision-hint": "Isi jika perusahaan menyebutkan kapan mereka akan memutuskan. "
        "Setelah tanggal itu, tunggu setidaknya {decision_grace_working_days} lagi "
        "sebelum menanyakan kabar.",
        "country": "Hari libur nasional",
        "country-none": "Tidak ada (hanya akhir pekan)",
        "country-hint": "Hari libur nasional negara itu (dan untuk Indonesia, cuti "
        "bersama) tidak dihitung sebagai hari kerja.",
        "company": "Perusahaan atau posisi (tidak wajib)",
        "company-hint": "Hanya ditampilkan di linimasa dan berkas kalender Anda; "
        "tidak dikirim ke mana pun.",
        "submit": "Tampilkan linimasa saya",
        "noscript": "Perencana ini memerlukan JavaScript, tetapi JavaScript dinonaktifkan "
        "di peramban Anda.",
    },
}

# What the script says, in the page's language; it fills the {placeholders}.
_SCRIPT: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Your timeline after the interview on {date}{where}:",
        "summaryFor": "Your timeline after the interview for {company} on {date}{where}:",
        "download": "Download these dates as a calendar file (.ics)",
        "required": "Enter the date of your interview.",
        "incomplete": "This date is not complete: enter the day, the month and the year.",
        "invalid": "“{value}” is not a date. Write it as year-month-day, e.g. {example}.",
        "range": "The planner knows the days off from {first} to {last}. "
        "Enter a date in that span.",
        "beyond": "With these dates the timeline runs past {last}, the last day whose "
        "holidays the planner knows. Choose an earlier date, or no public holidays.",
        "decisionBefore": "The decision date is before the interview. Enter the day the "
        "employer said they would decide, on or after the interview.",
        "time": "Enter the time of the interview as hours and minutes.",
        "country": "Choose one of the calendars in the list.",
    },
    "id": {
        "summary": "Linimasa Anda setelah wawancara pada {date}{where}:",
        "summaryFor": "Linimasa Anda setelah wawancara untuk {company} pada {date}{where}:",
        "download": "Unduh tanggal-tanggal ini sebagai berkas kalender (.ics)",
        "required": "Isi tanggal wawancara Anda.",
        "incomplete": "Tanggal ini belum lengkap: isi hari, bulan, dan tahunnya.",
        "invalid": "“{value}” bukan tanggal. Tulis sebagai tahun-bulan-hari, misalnya {example}.",
        "range": "Perencana ini hanya memiliki data hari libur dari {first} sampai {last}. "
        "Isi tanggal dalam rentang itu.",
        "beyond": "Dengan tanggal ini, linimasa berlanjut melewati {last}, batas data hari "
        "libur yang dimiliki perencana. Pilih tanggal yang lebih awal, atau hitung tanpa "
        "hari libur nasional.",
        "decisionBefore": "Tanggal keputusan jatuh sebelum wawancara. Isi tanggal yang "
        "disebutkan perusahaan, yaitu pada hari wawancara atau sesudahnya.",
        "time": "Isi jam wawancara, lengkap dengan menitnya.",
        "country": "Pilih salah satu kalender dalam daftar.",
    },
}


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


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Link each step to the section of the handbook that explains its advice, if there is one."""
    labels = app.env.domaindata["std"]["labels"]
    steps = _data(_lang(app.config), app.config.etiket_planner_base_year)["steps"]
    guidance = {step[key] for step in steps for key in ("guidance", "decisionGuidance")}
    for node in doctree.findall(planner_node):
        links: dict[str, str] = {}
        for name in sorted(guidance & labels.keys()):
            target_doc, anchor, _title = labels[name]
            links[name] = f"{app.builder.get_relative_uri(docname, target_doc)}#{anchor}"
        node["links"] = links


def visit_planner_html(translator: Any, node: planner_node) -> None:
    config = translator.builder.config
    lang = _lang(config)
    numbers = {n.name: n.describe(lang) for n in etiket.DEFAULT_POLICY.numbers()}
    words = {key: text.format(**numbers) for key, text in _FORM[lang].items()}
    data = _data(lang, config.etiket_planner_base_year)
    first, last = f"{data['years'][0]}-01-01", f"{data['years'][1]}-12-31"
    prefix = f"etiket-planner-{node['serial']}"

    def field(name: str, tag: str, attributes: str, inner: str = "") -> str:
        control_id, hint = f"{prefix}-{name}", f"{prefix}-{name}-hint"
        control = f'<{tag} id="{control_id}" name="{name}" aria-describedby="{hint}" {attributes}>'
        if tag == "select":
            control += f"{inner}</select>"
        return (
            f'<div class="etiket-planner__field" data-field="{name}">'
            f'<label for="{control_id}">{escape(words[name])}</label>'
            f'<p class="etiket-planner__hint" id="{hint}">{escape(words[name + "-hint"])}</p>'
            f'<p class="etiket-planner__error" id="{control_id}-error" hidden></p>'
            f"{control}</div>"
        )

    names = {"": words["country-none"], **data["countryNames"]}
    options = "".join(
        f'<option value="{escape(code or "")}">{escape(names[code or ""])}</option>'
        for code in COUNTRIES
    )
    dates = f'type="date" min="{first}" max="{last}"'
    links = escape(json.dumps(node["links"], sort_keys=True))
    translator.body.append(
        f'<div class="etiket-planner" data-etiket-planner data-links="{links}">'
        f'<form class="etiket-planner__form" id="{prefix}" novalidate hidden>'
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


def _write_data(app: Sphinx) -> None:
    """Write the rules the script applies, for this edition, next to the other static files."""
    if app.builder.format != "html":
        return
    lang = _lang(app.config)
    data = dict(_data(lang, app.config.etiket_planner_base_year))
    data["version"] = etiket.__version__
    data["ui"] = _SCRIPT[lang]
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
    load_on_pages_with(app, _shows_planner, css=[STYLE_FILE], js=[DATA_FILE, SCRIPT_FILE])
    app.connect("builder-inited", _write_data)
    app.connect("env-purge-doc", _forget)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _reread)
    app.connect("doctree-resolved", _resolve_links)
