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
        "id": "Paling lambat {latest}: kirim surel singkat dan profesional untuk berterima "
        "kasih atas waktu pewawancara. Tegaskan kembali minat Anda, tanpa mempromosikan "
        "diri lagi. Tidak wajib, tetapi bisa membuat Anda lebih menonjol. Jika "
        "pewawancaranya lebih dari satu, kirim satu surel untuk masing-masing.",
    },
    "wait.title": {"en": "Wait patiently", "id": "Tunggu dengan sabar"},
    "wait.text": {
        "en": "Employers often take longer to decide than you would like. Don't contact "
        "them before {next}.",
        "id": "Perusahaan sering butuh waktu lebih lama untuk memutuskan daripada yang Anda "
        "harapkan. Jangan hubungi mereka sebelum {next}.",
    },
    # A title says what to do; how it is sent is the step's channel, which every face shows
    # beside it (email, or "email or chat message" where one chat message may replace it).
    "follow-up.title": {"en": "Follow up once", "id": "Tanyakan kabar sekali"},
    "follow-up.text": {
        "en": "From {earliest}, if you have heard nothing: one short email that restates "
        "your interest. Never phone: a call is more intrusive than an email.",
        "id": "Mulai {earliest}, jika belum ada kabar: kirim satu surel singkat yang menegaskan"
        " minat Anda. Jangan menelepon, karena panggilan telepon lebih mengganggu.",
    },
    "let-go.title": {"en": "Let it go", "id": "Berhenti bertanya, terus melamar"},
    "let-go.text": {
        "en": "You have asked once; asking again would make you a nuisance. Keep applying "
        "elsewhere and don't contact them before {next}.",
        "id": "Anda sudah bertanya sekali; bertanya lagi hanya akan membuat Anda terkesan "
        "mengganggu. Teruskan melamar ke tempat lain dan jangan hubungi mereka sebelum "
        "{next}.",
    },
    "second-note.title": {"en": "Send one last note", "id": "Kirim satu pesan penutup"},
    "second-note.text": {
        "en": "From {earliest}, after weeks of silence: one short, friendly closing note "
        "does no harm. It is your last message to them.",
        "id": "Mulai {earliest}, setelah berminggu-minggu tanpa kabar, Anda boleh mengirim satu"
        " surel penutup yang singkat dan ramah. Itulah pesan terakhir Anda kepada mereka.",
    },
    "move-on.title": {
        "en": "Assume there is no offer and move on",
        "id": "Anggap belum lolos dan melangkah maju",
    },
    "move-on.text": {
        "en": "From {earliest}, you can assume you did not get this job. Employers rarely "
        "deliver bad news; silence is normal, not personal.",
        "id": "Mulai {earliest}, Anda bisa menganggap diri belum lolos untuk posisi ini. "
        "Perusahaan jarang menyampaikan kabar buruk; tidak adanya kabar itu hal biasa, "
        "bukan soal pribadi.",
    },
    # The last note's weeks of silence: from when the follow-up could go, or went.
    "second-note.basis-possible": {
        "en": " The weeks count from the day the follow-up became possible; if you send it "
        "later, the last note moves later too.",
        "id": " Hitungan minggunya dimulai sejak hari pertama Anda boleh menanyakan kabar; jika"
        " Anda baru menanyakan kabar setelah itu, waktu surel penutup pun ikut mundur.",
    },
    "second-note.basis-sent": {
        "en": " The weeks count from the day you sent your follow-up.",
        "id": " Hitungan minggunya dimulai sejak hari Anda menanyakan kabar.",
    },
    "step.chat": {
        "en": " The recruiter has been writing to you by chat, so one polite chat message will do "
        "instead: say who you are, the position and the day of your interview. No voice notes, "
        "no calls.",
        "id": " Perekrut selama ini menghubungi Anda lewat chat, jadi surel itu boleh diganti "
        "dengan satu pesan chat yang sopan: sebutkan nama Anda, posisi yang dilamar, dan "
        "tanggal wawancara. Jangan mengirim pesan suara, dan jangan menelepon.",
    },
    "late-thank-you.title": {
        "en": "Send your thank-you note, even late",
        "id": "Kirim ucapan terima kasih, meski terlambat",
    },
    "late-thank-you.text": {
        "en": "The best moment has passed, but a late note is better than none. Send it by "
        "{latest}; after that, put your thanks into the follow-up instead.",
        "id": "Waktu terbaiknya sudah lewat, tetapi ucapan terima kasih yang terlambat tetap "
        "lebih baik daripada tidak sama sekali. Kirimlah paling lambat {latest}; setelah itu, "
        "sampaikan terima kasih Anda di dalam surel tindak lanjut saja.",
    },
    "respond-to-offer.title": {"en": "Reply to the offer", "id": "Tanggapi tawaran kerja"},
    "respond-to-offer.text": {
        "en": "Thank them, and ask for the offer in writing if you only heard it by phone.",
        "id": "Ucapkan terima kasih, dan mintalah tawaran tertulis jika tawaran itu baru "
        "disampaikan lewat telepon.",
    },
    "respond-to-offer.acknowledge": {
        "en": " Reply by {latest}, and ask by when they need your decision.",
        "id": " Balaslah paling lambat {latest}, dan tanyakan paling lambat kapan mereka "
        "memerlukan keputusan Anda.",
    },
    "respond-to-offer.deadline": {
        "en": " Reply by {latest}; then take the time you need, and give your answer by "
        "{answer_by}, as they asked.",
        "id": " Balaslah paling lambat {latest}; setelah itu, pertimbangkan dengan tenang dan "
        "berikan jawaban Anda paling lambat {answer_by}, sesuai permintaan mereka.",
    },
    "confirm-next-round.title": {
        "en": "Confirm the next round",
        "id": "Konfirmasi undangan ke tahap berikutnya",
    },
    "confirm-next-round.text": {
        "en": "Thank them and confirm the invitation by {latest}. The next interview starts a "
        "new timeline: plan it from that day.",
        "id": "Ucapkan terima kasih dan konfirmasi kehadiran Anda paling lambat {latest}. "
        "Wawancara berikutnya memulai linimasa baru: susun rencananya mulai dari hari "
        "wawancara itu.",
    },
    "reply-to-rejection.title": {
        "en": "Reply graciously, once",
        "id": "Balas dengan santun, sekali saja",
    },
    "reply-to-rejection.text": {
        "en": "If you like, send one short reply by {latest}: thank them, and ask for feedback "
        "if you want it. Then move on; don't ask them to reconsider.",
        "id": "Jika Anda mau, kirim satu balasan singkat paling lambat {latest}: ucapkan terima"
        " kasih, dan mintalah masukan bila Anda menginginkannya. Setelah itu, lanjutkan "
        "pencarian kerja Anda; jangan meminta mereka mempertimbangkan kembali "
        "keputusannya.",
    },
    "move-on.not-hr": {
        "en": " Your interviewer is not in HR, which makes a reply even less likely.",
        "id": " Pewawancara Anda bukan dari bagian SDM, jadi kemungkinan Anda dikabari makin "
        "kecil.",
    },
    # Stages of an assessment.
    "stage.thank-you": {
        "en": "Send your thank-you note now",
        "id": "Kirim ucapan terima kasih sekarang",
    },
    "stage.late-thank-you": {
        "en": "Your thank-you note is late, but still worth sending",
        "id": "Ucapan terima kasih Anda terlambat, tetapi masih layak dikirim",
    },
    "stage.waiting": {"en": "Waiting", "id": "Menunggu"},
    "stage.follow-up-due": {
        "en": "Time to follow up once",
        "id": "Saatnya menanyakan kabar sekali",
    },
    "stage.letting-go": {"en": "Letting it go", "id": "Menunggu tanpa bertanya lagi"},
    "stage.second-note-due": {
        "en": "Time for one last note",
        "id": "Saatnya mengirim surel penutup",
    },
    "stage.moved-on": {"en": "Moved on", "id": "Sudah melangkah maju"},
    "stage.heard-back": {"en": "Heard back", "id": "Sudah ada kabar"},
    # Where things stand, then the next step, in a sentence of its own (no second colon).
    "summary.next": {
        "en": "{stage}. Next step: {step} ({when})",
        "id": "{stage}. Langkah berikutnya: {step} ({when})",
    },
    # A stage that names its step ("Time to follow up once"), then the step's dates.
    "summary.due": {"en": "{stage} ({when})", "id": "{stage} ({when})"},
    "summary.reply": {
        "en": "Next step: {step} ({when})",
        "id": "Langkah berikutnya: {step} ({when})",
    },
    "heard-back.next-round.planned": {
        "en": "You are invited to the next round: this timeline ends, and a new one starts from "
        "the interview on {date}.",
        "id": "Anda diundang ke tahap berikutnya, jadi linimasa ini selesai dan linimasa baru "
        "dimulai dari wawancara pada {date}.",
    },
    # Outcomes of hearing back.
    "heard-back.offer": {
        "en": "You have an offer: the waiting is over. Congratulations!",
        "id": "Anda mendapat tawaran kerja, jadi masa menunggu sudah selesai. Selamat!",
    },
    "heard-back.rejection": {
        "en": "The answer is no: the waiting is over. Move on with your search.",
        "id": "Anda mendapat kabar tidak lolos, jadi masa menunggu sudah selesai. Lanjutkan "
        "pencarian kerja Anda.",
    },
    "heard-back.next-round": {
        "en": "You are invited to the next round: this timeline ends. Plan a new one from "
        "the day of that interview.",
        "id": "Anda diundang ke tahap berikutnya, jadi linimasa ini selesai. Buat linimasa baru"
        " mulai dari wawancara berikutnya.",
    },
    # Warnings about etiquette breaches.
    "warning.phone-call": {
        "en": "On {on} you phoned. Don't call: use a short email instead.",
        "id": "Pada {on} Anda menelepon. Lain kali, jangan menelepon; cukup kirim surel singkat.",
    },
    "warning.phone-call.voice-note": {
        "en": "On {on} you sent a voice note. A voice note asks to be listened to, like a "
        "call: write instead.",
        "id": "Pada {on} Anda mengirim pesan suara. Sama seperti telepon, pesan suara menuntut "
        "penerimanya meluangkan waktu untuk mendengarkan. Sebaiknya tulis saja pesan "
        "Anda.",
    },
    "warning.late-thank-you": {
        "en": "On {on} you sent your thank-you note, after the deadline, {latest}. Sending it "
        "was still right: a late note is better than none. Next time, send it sooner.",
        "id": "Pada {on} Anda mengirim ucapan terima kasih, melewati batas waktunya, yaitu "
        "{latest}. Mengirimnya tetap keputusan yang tepat, karena ucapan yang terlambat "
        "lebih baik daripada tidak sama sekali. Lain kali, kirimlah lebih cepat.",
    },
    "warning.late-thank-you.in-follow-up": {
        "en": "On {on} you sent a thank-you note, long after the deadline, {latest}. By then, "
        "thanks belong in the follow-up: this message counts as your one follow-up.",
        "id": "Pada {on} Anda mengirim ucapan terima kasih, jauh melewati batas waktunya, yaitu"
        " {latest}. Saat itu, ucapan terima kasih sebaiknya disampaikan dalam surel "
        "tindak lanjut, jadi pesan ini terhitung sebagai satu-satunya tindak lanjut Anda.",
    },
    "warning.early-follow-up": {
        "en": "You followed up on {on}, before the waiting period ended on {latest}. "
        "Don't contact them again before {next}.",
        "id": "Anda menanyakan kabar pada {on}, padahal masa tunggu baru berakhir pada "
        "{latest}. Jangan hubungi mereka lagi sebelum {next}.",
    },
    "warning.second-follow-up": {
        "en": "On {on} you followed up a second time. Follow up only once; a last note "
        "is fine from {next}.",
        "id": "Anda menghubungi mereka lagi pada {on}, dan itu terhitung tindak lanjut kedua. "
        "Cukup tanyakan kabar sekali; surel penutup baru pantas dikirim mulai {next}.",
    },
    "warning.second-follow-up.after-offer-notice": {
        "en": "On {on} you asked again, but your message about the other offer on {notice} "
        "already asked about their timeline. A last note is fine from {next}.",
        "id": "Pada {on} Anda bertanya lagi, padahal pesan Anda pada {notice} tentang tawaran "
        "dari perusahaan lain sudah menanyakan jadwal keputusan mereka. Surel penutup "
        "baru pantas dikirim mulai {next}.",
    },
    "warning.early-last-note": {
        "en": "On {on} you sent your last note, too soon after your follow-up: a last note "
        "needs weeks of silence first, and was fine from {next}. Don't write again.",
        "id": "Pada {on} Anda mengirim surel penutup, terlalu cepat setelah menanyakan kabar. "
        "Surel penutup baru pantas dikirim setelah berminggu-minggu tanpa kabar, yaitu "
        "mulai {next}. Setelah ini, jangan menulis lagi.",
    },
    "warning.extra-contact": {
        "en": "On {on} you got in touch again after your last note. Let it go: more "
        "messages make you a nuisance.",
        "id": "Anda menghubungi mereka lagi pada {on}, padahal surel penutup sudah terkirim. "
        "Sudahi sampai di situ: pesan tambahan hanya akan mengganggu.",
    },
    "warning.repeated-offer-notice": {
        "en": "On {on} you told them about another offer again. Once is enough: they know "
        "your deadline.",
        "id": "Pada {on} Anda kembali mengabarkan tawaran dari perusahaan lain. Cukup sekali: "
        "mereka sudah tahu batas waktu Anda.",
    },
    "warning.uninvited-chat": {
        "en": "On {on} you sent a chat message, but the recruiter has not been writing to you "
        "by chat. Use email unless they chat with you first.",
        "id": "Pada {on} Anda mengirim pesan chat, padahal selama ini perekrut tidak "
        "menghubungi Anda lewat chat. Gunakan surel, kecuali perekrut lebih dulu "
        "mengirimi Anda pesan chat.",
    },
    "warning.outside-office-hours.hours": {
        "en": "On {at} you sent a message outside office hours. Next time, send or schedule "
        "it for office hours on a working day: {window}.",
        "id": "Pada {at} Anda mengirim pesan di luar jam kantor. Lain kali, kirim atau "
        "jadwalkan pesan Anda pada jam kantor di hari kerja: {window}.",
    },
    "warning.outside-office-hours.weekend": {
        "en": "On {at} you sent a message at the weekend. Next time, send or schedule it "
        "for office hours on a working day: {window}.",
        "id": "Pada {at} Anda mengirim pesan, padahal hari itu akhir pekan. Lain kali, kirim "
        "atau jadwalkan pesan Anda pada jam kantor di hari kerja: {window}.",
    },
    "warning.outside-office-hours.holiday": {
        "en": "On {at} you sent a message on a holiday. Next time, send or schedule it for "
        "office hours on a working day: {window}.",
        "id": "Pada {at} Anda mengirim pesan, padahal hari itu hari libur. Lain kali, kirim "
        "atau jadwalkan pesan Anda pada jam kantor di hari kerja: {window}.",
    },
    "warning.chasing-after-answer": {
        "en": "On {on} you wrote again after they had said no. One gracious reply is right; "
        "more is chasing a decision that has been made.",
        "id": "Pada {on} Anda kembali menghubungi mereka setelah dinyatakan tidak lolos. Satu "
        "balasan yang santun sudah tepat; lebih dari itu berarti mengejar keputusan yang sudah "
        "diambil.",
    },
    # Labels for tables and files.
    "label.when": {"en": "When", "id": "Kapan"},
    "label.step": {"en": "What to do", "id": "Yang perlu dilakukan"},
    "label.channel": {"en": "How", "id": "Melalui"},
    "label.stage": {"en": "Stage", "id": "Tahap"},
    "label.next": {"en": "Next", "id": "Berikutnya"},
    "label.warnings": {"en": "Warnings", "id": "Peringatan"},
    "label.interview": {"en": "Interview", "id": "Wawancara"},
    "label.by": {"en": "by {date}", "id": "paling lambat {date}"},
    "label.from": {"en": "from {date}", "id": "mulai {date}"},
    "label.range": {"en": "{first} to {last}", "id": "{first} sampai {last}"},
    "label.optional": {"en": "optional", "id": "tidak wajib"},
    # A step's channel where one chat message may replace the email (guidance chat-channel).
    "label.email-or-chat": {"en": "email or chat message", "id": "surel atau pesan chat"},
    "label.window": {
        "en": "{date}, {opens} to {closes}",
        "id": "{date}, pukul {opens} sampai {closes}",
    },
    # Quantities: "one" is the English singular; Indonesian does not inflect.
    "unit.hours.one": {"en": "{n} hour", "id": "{n} jam"},
    "unit.hours.other": {"en": "{n} hours", "id": "{n} jam"},
    "unit.working days.one": {"en": "{n} working day", "id": "{n} hari kerja"},
    "unit.working days.other": {"en": "{n} working days", "id": "{n} hari kerja"},
    "unit.weeks.one": {"en": "{n} week", "id": "{n} minggu"},
    "unit.weeks.other": {"en": "{n} weeks", "id": "{n} minggu"},
    "unit.candidates.one": {"en": "{n} candidate", "id": "{n} kandidat"},
    "unit.candidates.other": {"en": "{n} candidates", "id": "{n} kandidat"},
    "channel.email": {"en": "email", "id": "surel"},
    "channel.letter": {"en": "letter or card", "id": "surat atau kartu ucapan"},
    "channel.phone": {"en": "phone call", "id": "panggilan telepon"},
    "channel.message": {"en": "chat message", "id": "pesan chat"},
    "channel.voice-note": {"en": "voice note", "id": "pesan suara"},
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
        "en": "Cohort of {count}",
        "id": "Angkatan berisi {count}",
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
    # How a letter greets the interviewer (etiket.address): {addressed} is the title and name
    # as the letter's language writes them. A chat opens more lightly than an email; Mas,
    # Mbak and Kak are friendly titles, which an Indonesian letter greets with "Halo" rather
    # than the formal "Yth.".
    "greeting.letter": {"en": "Dear {addressed},", "id": "Yth. {addressed},"},
    "greeting.chat": {"en": "Hello {addressed},", "id": "Permisi, {addressed}."},
    "greeting.friendly-letter": {"en": "Dear {addressed},", "id": "Halo {addressed},"},
    "greeting.friendly-chat": {"en": "Hello {addressed},", "id": "Halo, {addressed}."},
    # An interviewer without a known title. English greets them by the first name, as they
    # introduced themselves; Indonesian keeps the polite pair that names no gender before
    # the full name, and says it for "you", as it does for a title that names no gender.
    "address.untitled": {"en": "{first_name}", "id": "Bapak/Ibu {name}"},
    "address.you": {"en": "you", "id": "Bapak/Ibu"},
    # Calendar files (.ics). Calendar programs may drop reminders on import (Google
    # Calendar does), so every title says what to do on its own.
    "ics.calendar-name": {"en": "After the interview", "id": "Setelah wawancara"},
    "ics.reminder": {"en": "Reminder: {title}", "id": "Pengingat: {title}"},
    # An error on the command line: "galat" is the Indonesian edition's word for it.
    "cli.error": {"en": "{prog}: error: {error}", "id": "{prog}: galat: {error}"},
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
