"""The handbook's own words, in English and Indonesian: what its pages show around the advice.

The package's catalogue, :mod:`etiket.messages`, holds what the package says to anyone
who uses it, in Python, on the command line, in a calendar file or in the planner's data
(the steps, warnings and the labels of its tables). What only the handbook says lives
here: each edition's title and description, and the planner's form and what its
script says. A newcomer changes such a word here, both languages at once;
tests/test_homes.py fails on a sentence of Indonesian or a table of words per language
anywhere else in the code.

Texts are templates, like the package's. A {placeholder} named after a number of the
policy (``thank_you_within_hours``) is that number in the page's language, filled from
:func:`rule_values`, so that no rule is typed into a sentence; the planner's script fills
the others (``{date}``) in the reader's browser.
"""

from __future__ import annotations

from typing import Final

import etiket
from etiket.language import Language, check_language

WORDS: Final[dict[str, dict[Language, str]]] = {
    # Each edition: its site title, its description for search engines and the root page
    # (etiket_docs.editions, etiket_docs.head, tools/site_root.py), the link to it that the
    # other edition shows, and its copyright line.
    "edition.title": {"en": "etiket: after the interview", "id": "etiket: setelah wawancara"},
    "edition.description": {
        "en": "What to do after a job interview, and when: a thank-you note within "
        "{thank_you_within_hours}, one follow-up email after {follow_up_after_working_days} "
        "of silence, no phone calls, then moving on. With working-day calendars for Indonesia.",
        "id": "Apa yang sebaiknya dilakukan setelah wawancara kerja, dan kapan: ucapan terima "
        "kasih dalam {thank_you_within_hours}, satu surel tindak lanjut setelah "
        "{follow_up_after_working_days} tanpa kabar, tanpa menelepon, lalu melanjutkan "
        "pencarian kerja. Lengkap dengan kalender hari kerja Indonesia.",
    },
    "edition.read-in": {
        "en": "Read this page in English",
        "id": "Baca halaman ini dalam bahasa Indonesia",
    },
    "edition.copyright": {"en": "2026, the etiket team", "id": "2026, tim etiket"},
    # The planner's form (etiket_docs.planner); a "-hint" is the line under its field.
    "planner.form.legend": {
        "en": "Plan your own dates",
        "id": "Hitung tanggal untuk wawancara Anda",
    },
    "planner.form.interview": {
        "en": "Interview date (required)",
        "id": "Tanggal wawancara (wajib)",
    },
    "planner.form.interview-hint": {
        "en": "The day of your interview.",
        "id": "Hari wawancara Anda.",
    },
    "planner.form.time": {
        "en": "Interview time (optional)",
        "id": "Jam wawancara (tidak wajib)",
    },
    "planner.form.time-hint": {
        "en": "With a time, the thank-you note is due {thank_you_within_hours} after it.",
        "id": "Jika diisi, tenggat ucapan terima kasih jatuh {thank_you_within_hours} setelah "
        "jam ini.",
    },
    "planner.form.decision": {
        "en": "Decision date (optional)",
        "id": "Tanggal keputusan (tidak wajib)",
    },
    "planner.form.decision-hint": {
        "en": "If the employer said when they would decide. You then follow up no sooner "
        "than {decision_grace_working_days} after that day.",
        "id": "Isi jika perusahaan menyebutkan kapan mereka akan memutuskan. Setelah tanggal "
        "itu, tunggu setidaknya {decision_grace_working_days} lagi sebelum menanyakan kabar.",
    },
    "planner.form.country": {"en": "Public holidays", "id": "Hari libur nasional"},
    "planner.form.country-none": {
        "en": "None (weekends only)",
        "id": "Tidak ada (hanya akhir pekan)",
    },
    "planner.form.country-hint": {
        "en": "Working days then skip the country's public holidays and, for Indonesia, "
        "collective leave (cuti bersama).",
        "id": "Hari libur nasional negara itu (dan untuk Indonesia, cuti bersama) tidak "
        "dihitung sebagai hari kerja.",
    },
    "planner.form.company": {
        "en": "Company or position (optional)",
        "id": "Perusahaan atau posisi (tidak wajib)",
    },
    "planner.form.company-hint": {
        "en": "Shown only in your timeline and calendar file; it is not sent anywhere.",
        "id": "Hanya ditampilkan di linimasa dan berkas kalender Anda; tidak dikirim ke mana pun.",
    },
    "planner.form.submit": {"en": "Show my timeline", "id": "Tampilkan linimasa saya"},
    "planner.form.noscript": {
        "en": "The planner needs JavaScript, which is turned off in your browser.",
        "id": "Perencana ini memerlukan JavaScript, tetapi JavaScript dinonaktifkan di "
        "peramban Anda.",
    },
    # What the planner's script says (docs/_static/planner.js reads each as DATA.ui.<name>,
    # the name after "planner.script."); the script fills the {placeholders}.
    "planner.script.summary": {
        "en": "Your timeline after the interview on {date}{where}:",
        "id": "Linimasa Anda setelah wawancara pada {date}{where}:",
    },
    "planner.script.summaryFor": {
        "en": "Your timeline after the interview for {company} on {date}{where}:",
        "id": "Linimasa Anda setelah wawancara untuk {company} pada {date}{where}:",
    },
    "planner.script.download": {
        "en": "Download these dates as a calendar file (.ics)",
        "id": "Unduh tanggal-tanggal ini sebagai berkas kalender (.ics)",
    },
    "planner.script.required": {
        "en": "Enter the date of your interview.",
        "id": "Isi tanggal wawancara Anda.",
    },
    "planner.script.incomplete": {
        "en": "This date is not complete: enter the day, the month and the year.",
        "id": "Tanggal ini belum lengkap: isi hari, bulan, dan tahunnya.",
    },
    "planner.script.invalid": {
        "en": "“{value}” is not a date. Write it as year-month-day, e.g. {example}.",
        "id": "“{value}” bukan tanggal. Tulis sebagai tahun-bulan-hari, misalnya {example}.",
    },
    "planner.script.range": {
        "en": "The planner knows the days off from {first} to {last}. Enter a date in that span.",
        "id": "Perencana ini hanya memiliki data hari libur dari {first} sampai {last}. Isi "
        "tanggal dalam rentang itu.",
    },
    "planner.script.beyond": {
        "en": "With these dates the timeline runs past {last}, the last day whose holidays "
        "the planner knows. Choose an earlier date, or no public holidays.",
        "id": "Dengan tanggal ini, linimasa berlanjut melewati {last}, batas data hari libur "
        "yang dimiliki perencana. Pilih tanggal yang lebih awal, atau hitung tanpa hari libur "
        "nasional.",
    },
    "planner.script.decisionBefore": {
        "en": "The decision date is before the interview. Enter the day the employer said "
        "they would decide, on or after the interview.",
        "id": "Tanggal keputusan jatuh sebelum wawancara. Isi tanggal yang disebutkan "
        "perusahaan, yaitu pada hari wawancara atau sesudahnya.",
    },
    "planner.script.time": {
        "en": "Enter the time of the interview as hours and minutes.",
        "id": "Isi jam wawancara, lengkap dengan menitnya.",
    },
    "planner.script.country": {
        "en": "Choose one of the calendars in the list.",
        "id": "Pilih salah satu kalender dalam daftar.",
    },
}


def word(key: str, lang: str, **values: object) -> str:
    """The handbook's text ``key`` in ``lang``, with ``values`` filled in."""
    return WORDS[key][check_language(lang)].format(**values)


def group(prefix: str, lang: str) -> dict[str, str]:
    """Each text under ``prefix.`` in ``lang``, by the rest of its key, placeholders left in."""
    code = check_language(lang)
    start = f"{prefix}."
    return {
        key.removeprefix(start): texts[code]
        for key, texts in WORDS.items()
        if key.startswith(start)
    }


def rule_values(lang: str) -> dict[str, str]:
    """Each number of the default policy by name, as the prose says it ("5 working days")."""
    return {number.name: number.describe(lang) for number in etiket.DEFAULT_POLICY.numbers()}
