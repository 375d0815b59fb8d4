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
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

import etiket
from etiket.language import check_language
from etiket.site_data import BASE_YEAR, COUNTRIES, planner_data, planner_years
from etiket_docs.assets import load_on_pages_with

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


# The assistant page's words (docs/_ext/etiket_docs/assistant.py), the form's and its
# script's in one table, so that they move to the catalogue together. {n} is a row's number;
# the other {placeholders} are filled by the script. The interview's own fields take the
# planner form's words above.
ASSISTANT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "legend": "Your interview",
        "company": "Company (optional)",
        "company-hint": "As you would write it in an email, such as Northwind Traders.",
        "position": "Position (optional)",
        "position-hint": "The job you interviewed for, such as data analyst.",
        "candidate": "Your name (optional)",
        "candidate-hint": "The name you sign your emails with.",
        "people": "Who interviewed you",
        "people-hint": "Each interviewer, with the form of address they used for "
        "themselves, such as Ms Rivera or Pak Budi.",
        "title": "Form of address of interviewer {n}",
        "title-none": "None, or as written in the name",
        "name": "Name of interviewer {n}",
        "add-interviewer": "Add an interviewer",
        "remove-interviewer": "Remove interviewer {n}",
        "chat": "The recruiter writes to me by chat (for example WhatsApp)",
        "chat-hint": "Tick this only if they contacted you that way first.",
        "done": "What you have done so far",
        "done-hint": "Leave a date empty for what you have not done.",
        "thankYou": "Your thank-you note",
        "followUp": "Your follow-up",
        "lastNote": "Your last note",
        "anotherOffer": "Telling them about another offer",
        "sent-on": "Sent on",
        "sent-by": "Sent by",
        "calls": "Phone calls you made",
        "call": "Date of call {n}",
        "add-call": "Add a call",
        "remove-call": "Remove call {n}",
        "answer": "The employer's answer",
        "outcome": "What they answered",
        "outcome-none": "No answer yet",
        "outcome-offer": "A job offer",
        "outcome-rejection": "A rejection",
        "outcome-next-round": "An invitation to a next round",
        "answer-on": "Date of their answer",
        "respond-by": "They need your answer by (if they said)",
        "next-interview": "Date of the next interview (if set)",
        "submit": "Show where I stand",
        "keep": "Kept on this device",
        "keep-hint": "What you type is kept in this browser as you type, and never sent anywhere.",
        "forget": "Forget everything",
        "forgotten": "Everything is forgotten: the form is empty and this browser keeps "
        "nothing of it.",
        "link": "Link to this plan",
        "link-hint": "Open it on another device to see the same plan. The plan is in the link "
        "itself, after the # sign, which browsers never send to a server; anyone who has "
        "the link can read it.",
        "copy": "Copy the link",
        "copied": "The link is copied.",
        "copy-failed": "The link could not be copied: select it and copy it yourself.",
        "noscript": "The assistant needs JavaScript, which is turned off in your browser.",
        "stored-unreadable": "The plan this browser had kept could not be read, so it was "
        "removed. The form starts empty.",
        "stored-newer": "The plan this browser had kept was saved by a newer version of this "
        "handbook, which this page cannot read, so it was removed. The form starts empty.",
        "link-unreadable": "The plan in this link could not be read; it may have been cut "
        "short when it was copied. Copy the whole link again, or fill in the form.",
        "link-newer": "The plan in this link comes from a newer version of this handbook. "
        "Reload this page to get the newest version, then open the link again.",
        "link-loaded": "The plan from your link is shown, and is now kept in this browser.",
        "no-storage": "This browser does not let the page keep your plan (private browsing, "
        "or site data turned off), so it is gone when you close the page. The link to this "
        "plan still holds it.",
        "full": "This browser's storage is full, so your latest changes are not kept. The "
        "link to this plan still holds them.",
        "today": "You are here today, {date}.",
        "before": "Today, {date}, is before your interview.",
        "did": "{what}: {date}",
        "did-by": "{what}: {date}, by {channel}",
        "did-call": "Phone call",
        "did-none": "Nothing yet.",
        "no-warnings": "Nothing you did went against etiquette.",
        "assess-failed": "Where you stand could not be worked out from these dates. Check "
        "the dates of what you did, then try again.",
        "not-kept": "This cannot be kept: it holds a tab or another invisible control "
        "character. Type it again without it.",
    },
    "id": {
        "legend": "Wawancara Anda",
        "company": "Perusahaan (tidak wajib)",
        "company-hint": "Seperti yang akan Anda tulis di surel, misalnya PT Contoh.",
        "position": "Posisi (tidak wajib)",
        "position-hint": "Posisi yang Anda lamar, misalnya analis data.",
        "candidate": "Nama Anda (tidak wajib)",
        "candidate-hint": "Nama yang Anda tulis di akhir surel.",
        "people": "Pewawancara Anda",
        "people-hint": "Tulis setiap pewawancara dengan sapaan yang mereka pakai untuk diri "
        "sendiri, misalnya Ibu Sari atau Pak Budi.",
        "title": "Sapaan pewawancara {n}",
        "title-none": "Tanpa sapaan, atau sesuai yang tertulis di nama",
        "name": "Nama pewawancara {n}",
        "add-interviewer": "Tambah pewawancara",
        "remove-interviewer": "Hapus pewawancara {n}",
        "chat": "Perekrut menghubungi saya lewat chat (misalnya WhatsApp)",
        "chat-hint": "Centang ini hanya jika mereka lebih dulu menghubungi Anda lewat chat.",
        "done": "Yang sudah Anda lakukan",
        "done-hint": "Biarkan tanggalnya kosong untuk hal yang belum Anda lakukan.",
        "thankYou": "Ucapan terima kasih Anda",
        "followUp": "Pesan untuk menanyakan kabar",
        "lastNote": "Surel penutup Anda",
        "anotherOffer": "Kabar tentang tawaran kerja lain",
        "sent-on": "Tanggal dikirim",
        "sent-by": "Dikirim lewat",
        "calls": "Telepon yang sudah Anda lakukan",
        "call": "Tanggal telepon ke-{n}",
        "add-call": "Tambah telepon",
        "remove-call": "Hapus telepon ke-{n}",
        "answer": "Jawaban perusahaan",
        "outcome": "Jawaban mereka",
        "outcome-none": "Belum ada jawaban",
        "outcome-offer": "Tawaran kerja",
        "outcome-rejection": "Kabar tidak lolos",
        "outcome-next-round": "Undangan ke tahap berikutnya",
        "answer-on": "Tanggal jawaban mereka",
        "respond-by": "Batas waktu jawaban Anda (jika disebutkan)",
        "next-interview": "Tanggal wawancara berikutnya (jika sudah ditentukan)",
        "submit": "Lihat posisi saya",
        "keep": "Tersimpan di perangkat ini",
        "keep-hint": "Semua yang Anda ketik disimpan di peramban ini saat itu juga, dan tidak "
        "pernah dikirim ke mana pun.",
        "forget": "Hapus semuanya",
        "forgotten": "Semuanya sudah dihapus: formulir kosong dan peramban ini tidak "
        "menyimpan apa pun darinya.",
        "link": "Tautan ke rencana ini",
        "link-hint": "Buka tautan ini di perangkat lain untuk melihat rencana yang sama. "
        "Rencananya ada di dalam tautan itu sendiri, setelah tanda #, yang tidak pernah "
        "dikirim peramban ke server; siapa pun yang memegang tautannya dapat membacanya.",
        "copy": "Salin tautan",
        "copied": "Tautan sudah disalin.",
        "copy-failed": "Tautan tidak dapat disalin otomatis: pilih tautannya, lalu salin sendiri.",
        "noscript": "Asisten ini memerlukan JavaScript, tetapi JavaScript dinonaktifkan di "
        "peramban Anda.",
        "stored-unreadable": "Rencana yang tersimpan di peramban ini tidak dapat dibaca, "
        "jadi sudah dihapus. Formulir dimulai dari kosong.",
        "stored-newer": "Rencana yang tersimpan di peramban ini dibuat oleh versi panduan "
        "yang lebih baru dan tidak dapat dibaca halaman ini, jadi sudah dihapus. Formulir "
        "dimulai dari kosong.",
        "link-unreadable": "Rencana dalam tautan ini tidak dapat dibaca; mungkin tautannya "
        "terpotong saat disalin. Salin lagi tautannya secara utuh, atau isi formulirnya.",
        "link-newer": "Rencana dalam tautan ini berasal dari versi panduan yang lebih baru. "
        "Muat ulang halaman ini agar mendapat versi terbaru, lalu buka lagi tautannya.",
        "link-loaded": "Rencana dari tautan Anda sudah ditampilkan dan kini tersimpan di "
        "peramban ini.",
        "no-storage": "Peramban ini tidak mengizinkan halaman menyimpan rencana Anda "
        "(mode penjelajahan pribadi, atau data situs dinonaktifkan), jadi rencananya hilang "
        "saat halaman ditutup. Tautan ke rencana ini tetap menyimpannya.",
        "full": "Penyimpanan peramban ini sudah penuh, jadi perubahan terakhir Anda tidak "
        "tersimpan. Tautan ke rencana ini tetap menyimpannya.",
        "today": "Posisi Anda hari ini, {date}.",
        "before": "Hari ini, {date}, wawancara Anda belum berlangsung.",
        "did": "{what}: {date}",
        "did-by": "{what}: {date}, lewat {channel}",
        "did-call": "Telepon",
        "did-none": "Belum ada.",
        "no-warnings": "Tidak ada yang Anda lakukan yang menyalahi etiket.",
        "assess-failed": "Posisi Anda tidak dapat dihitung dari tanggal-tanggal ini. Periksa "
        "tanggal hal-hal yang sudah Anda lakukan, lalu coba lagi.",
        "not-kept": "Isian ini tidak dapat disimpan karena memuat tab atau karakter kontrol "
        "lain yang tak terlihat. Ketik ulang tanpa karakter itu.",
    },
}


def form_words(lang: str) -> dict[str, str]:
    """The planner form's words in ``lang``, the policy's numbers filled in."""
    numbers = {n.name: n.describe(lang) for n in etiket.DEFAULT_POLICY.numbers()}
    return {key: text.format(**numbers) for key, text in _FORM[lang].items()}


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
    steps = _data(_lang(app.config), app.config.etiket_planner_base_year)["steps"]
    guidance = {step[key] for step in steps for key in ("guidance", "decisionGuidance")}
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
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    content = "// Written by etiket_docs.planner from the etiket package; do not edit.\n"
    content += f"window.etiketPlannerData = {text};\n"
    target = static / DATA_FILE
    # Rewriting an unchanged file would only churn timestamps and caches.
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


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
