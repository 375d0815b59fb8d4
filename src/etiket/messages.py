"""Every sentence etiket says, in English and Indonesian.

Texts are templates: dates and numbers are filled in from the timeline, never
written into the sentences. Indonesian follows the handbook's glossary: polite
standard Indonesian addressing the reader as *Anda*.
"""

from __future__ import annotations

from typing import Final

from etiket.language import Language, check_language

__all__ = ["MESSAGES", "message", "quantity"]

MESSAGES: Final[dict[str, dict[Language, str]]] = {
    # Timeline steps: a title and a description each.
    "thank-you.title": {
        "en": "Send a short thank-you note",
        "id": "Kirim ucapan terima kasih singkat",
    },
    "thank-you.text": {
        "en": "By {latest}: a short, professional email thanking the interviewer for "
        "their time. Restate your interest; don't sell yourself again. Optional, "
        "but it helps you stand out. With several interviewers, write to each.",
        "id": "Paling lambat {latest}: surel singkat dan profesional untuk berterima "
        "kasih atas waktu pewawancara. Tegaskan lagi minat Anda, tetapi jangan "
        "mempromosikan diri lagi. Tidak wajib, tetapi membuat Anda lebih menonjol. "
        "Jika pewawancaranya beberapa orang, kirim ke masing-masing.",
    },
    "wait.title": {"en": "Wait patiently", "id": "Bersabar dan tunggu"},
    "wait.text": {
        "en": "Employers often take longer to decide than you would like. Don't contact "
        "them before {next}.",
        "id": "Perusahaan sering butuh waktu lebih lama daripada yang Anda harapkan untuk "
        "memutuskan. Jangan menghubungi mereka sebelum {next}.",
    },
    "follow-up.title": {
        "en": "Follow up once, by email",
        "id": "Tanyakan kabar sekali, lewat surel",
    },
    "follow-up.text": {
        "en": "From {earliest}, if you have heard nothing: one short email that restates "
        "your interest. Never phone: a call is more intrusive.",
        "id": "Mulai {earliest}, jika belum ada kabar: kirim satu surel singkat yang "
        "menegaskan minat Anda. Jangan menelepon: panggilan telepon lebih mengganggu.",
    },
    "let-go.title": {"en": "Let it go", "id": "Lepaskan dan lanjutkan pencarian kerja"},
    "let-go.text": {
        "en": "You have asked once; asking again would make you a nuisance. Keep applying "
        "elsewhere and don't contact them before {next}.",
        "id": "Anda sudah bertanya sekali; bertanya lagi hanya akan mengganggu. Teruskan "
        "melamar ke tempat lain dan jangan menghubungi mereka sebelum {next}.",
    },
    "second-note.title": {"en": "Send one last note", "id": "Kirim satu surel penutup"},
    "second-note.text": {
        "en": "From {earliest}, after weeks of silence: one short, friendly closing note "
        "does no harm. It is your last message to them.",
        "id": "Mulai {earliest}, setelah berminggu-minggu tanpa kabar: satu surel penutup "
        "yang singkat dan ramah tidak ada salahnya. Itu pesan terakhir Anda.",
    },
    "move-on.title": {
        "en": "Assume there is no offer and move on",
        "id": "Anggap belum lolos dan melangkah maju",
    },
    "move-on.text": {
        "en": "From {earliest}, you can assume you did not get this job. Employers rarely "
        "deliver bad news; silence is normal, not personal.",
        "id": "Mulai {earliest}, Anda bisa menganggap belum lolos untuk posisi ini. "
        "Perusahaan jarang menyampaikan kabar buruk; tidak ada kabar itu wajar, "
        "bukan soal pribadi.",
    },
    "move-on.not-hr": {
        "en": " Your interviewer is not in HR, which makes a reply even less likely.",
        "id": " Pewawancara Anda bukan dari bagian SDM, sehingga balasan makin kecil "
        "kemungkinannya.",
    },
    # Stages of an assessment.
    "stage.thank-you": {
        "en": "Send your thank-you note now",
        "id": "Kirim ucapan terima kasih sekarang",
    },
    "stage.waiting": {"en": "Waiting", "id": "Menunggu"},
    "stage.follow-up-due": {
        "en": "Time to follow up once",
        "id": "Saatnya menanyakan kabar sekali",
    },
    "stage.letting-go": {"en": "Letting it go", "id": "Melepaskan dan melanjutkan"},
    "stage.second-note-due": {
        "en": "Time for one last note",
        "id": "Saatnya surel penutup",
    },
    "stage.moved-on": {"en": "Moved on", "id": "Sudah melangkah maju"},
    "stage.heard-back": {"en": "Heard back", "id": "Sudah ada kabar"},
    # Outcomes of hearing back.
    "heard-back.offer": {
        "en": "You have an offer: the waiting is over. Congratulations!",
        "id": "Anda mendapat tawaran kerja: masa menunggu selesai. Selamat!",
    },
    "heard-back.rejection": {
        "en": "You heard back with a no: the waiting is over. Move on with your search.",
        "id": "Anda mendapat kabar tidak lolos: masa menunggu selesai. Lanjutkan pencarian "
        "kerja Anda.",
    },
    "heard-back.next-round": {
        "en": "You are invited to a next round: this timeline ends; plan a new one from "
        "that interview.",
        "id": "Anda diundang ke tahap berikutnya: linimasa ini selesai; buat linimasa baru "
        "dari wawancara itu.",
    },
    # Warnings about etiquette breaches.
    "warning.phone-call": {
        "en": "On {on} you phoned. Don't call: use a short email instead.",
        "id": "Pada {on} Anda menelepon. Jangan menelepon: kirim surel singkat saja.",
    },
    "warning.late-thank-you": {
        "en": "Your thank-you note on {on} came after {latest}; next time send it sooner.",
        "id": "Ucapan terima kasih Anda pada {on} terkirim setelah {latest}; lain kali "
        "kirim lebih cepat.",
    },
    "warning.early-follow-up": {
        "en": "You followed up on {on}, before the waiting period ended on {latest}. "
        "Don't contact them again before {next}.",
        "id": "Anda menanyakan kabar pada {on}, sebelum masa tunggu berakhir pada {latest}. "
        "Jangan menghubungi mereka lagi sebelum {next}.",
    },
    "warning.second-follow-up": {
        "en": "Your contact on {on} was a second follow-up. Follow up only once; a last "
        "note is fine from {next}.",
        "id": "Kontak Anda pada {on} adalah tindak lanjut kedua. Cukup tanyakan kabar "
        "sekali; surel penutup baru pantas mulai {next}.",
    },
    "warning.extra-contact": {
        "en": "Your contact on {on} came after your last note. Let it go: more messages "
        "make you a nuisance.",
        "id": "Kontak Anda pada {on} terjadi setelah surel penutup. Lepaskan: pesan "
        "tambahan hanya akan mengganggu.",
    },
    "warning.contact-after-reply": {
        "en": "You contacted them on {on}, after you had heard back. The waiting "
        "timeline ended then.",
        "id": "Anda menghubungi mereka pada {on}, padahal sudah ada kabar. Linimasa "
        "menunggu sudah selesai saat itu.",
    },
    # Labels for tables and files.
    "label.when": {"en": "When", "id": "Kapan"},
    "label.step": {"en": "What to do", "id": "Yang dilakukan"},
    "label.channel": {"en": "How", "id": "Lewat"},
    "label.stage": {"en": "Stage", "id": "Tahap"},
    "label.next": {"en": "Next", "id": "Berikutnya"},
    "label.warnings": {"en": "Warnings", "id": "Peringatan"},
    "label.interview": {"en": "Interview", "id": "Wawancara"},
    "label.by": {"en": "by {date}", "id": "paling lambat {date}"},
    "label.from": {"en": "from {date}", "id": "mulai {date}"},
    "label.range": {"en": "{first} to {last}", "id": "{first} sampai {last}"},
    "label.optional": {"en": "optional", "id": "tidak wajib"},
    # Quantities: "one" is the English singular; Indonesian does not inflect.
    "unit.hours.one": {"en": "{n} hour", "id": "{n} jam"},
    "unit.hours.other": {"en": "{n} hours", "id": "{n} jam"},
    "unit.working days.one": {"en": "{n} working day", "id": "{n} hari kerja"},
    "unit.working days.other": {"en": "{n} working days", "id": "{n} hari kerja"},
    "unit.weeks.one": {"en": "{n} week", "id": "{n} minggu"},
    "unit.weeks.other": {"en": "{n} weeks", "id": "{n} minggu"},
    "channel.email": {"en": "email", "id": "surel"},
    "channel.letter": {"en": "letter or card", "id": "surat atau kartu"},
    "channel.phone": {"en": "phone call", "id": "panggilan telepon"},
    "channel.message": {"en": "chat message", "id": "pesan singkat"},
    "channel.in-person": {"en": "in person", "id": "tatap muka"},
    # Tables in notebooks, the cohort planner and the command line.
    "label.decision": {
        "en": "decision promised by {date}",
        "id": "keputusan dijanjikan paling lambat {date}",
    },
    "label.next-step": {"en": "Next step", "id": "Langkah berikutnya"},
    "label.name": {"en": "Name", "id": "Nama"},
    "label.country": {"en": "Country", "id": "Negara"},
    "label.thank-you-by": {"en": "Thank-you note by", "id": "Batas ucapan terima kasih"},
    "label.follow-up-from": {"en": "Follow up from", "id": "Tanyakan kabar mulai"},
    "label.second-note-from": {"en": "Last note from", "id": "Surel penutup mulai"},
    "label.move-on-from": {"en": "Move on from", "id": "Melangkah maju mulai"},
    "label.day": {"en": "Day", "id": "Hari"},
    "label.cohort": {
        "en": "Cohort of {count} candidates",
        "id": "Angkatan berisi {count} kandidat",
    },
    "label.agenda-day": {"en": "To do on {date}", "id": "Yang perlu dilakukan pada {date}"},
    "label.agenda-range": {
        "en": "To do from {first} to {last}",
        "id": "Yang perlu dilakukan dari {first} sampai {last}",
    },
    "label.agenda-empty": {
        "en": "Nobody has anything to do.",
        "id": "Tidak ada yang perlu dilakukan.",
    },
    # Calendar files (.ics). Calendar programs may drop reminders on import (Google
    # Calendar does), so every title says what to do on its own.
    "ics.calendar-name": {"en": "After the interview", "id": "Setelah wawancara"},
    "ics.reminder": {"en": "Reminder: {title}", "id": "Pengingat: {title}"},
    "cli.wrote-ics": {
        "en": "Wrote {count} events to the calendar file {path}",
        "id": "{count} acara disimpan ke berkas kalender {path}",
    },
}


def message(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in."""
    return MESSAGES[key][check_language(lang)].format(**values)


def quantity(count: int, unit: str, lang: str) -> str:
    """``count`` with its unit in ``lang``, e.g. '5 working days' or '5 hari kerja'."""
    form = "one" if count == 1 else "other"
    return message(f"unit.{unit}.{form}", lang, n=count)
