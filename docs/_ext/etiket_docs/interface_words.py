"""The handbook's own words, in English and Indonesian: what its pages show around the advice.

The package's catalogue, :mod:`etiket.messages`, holds what the package says to anyone
who uses it, in Python, on the command line, in a calendar file or in the planner's data
(the steps, warnings and the labels of its tables). What only the handbook says lives
here: each edition's title and description, the planner's form and what its script
says, the policy table's columns, and the labels around a letter and a worked example.
A newcomer changes such a word here, both languages at once;
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

INTERFACE_WORDS: Final[dict[str, dict[Language, str]]] = {
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
    # {where} in the summaries: the country whose days off the timeline skips. Right after the
    # interview's date, "(hari libur Indonesia)" read as if that day were a holiday.
    "planner.script.holidays": {
        "en": " (skipping public holidays in {country})",
        "id": " (hari libur di {country} tidak dihitung sebagai hari kerja)",
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
    # The policy table's columns (etiket_docs.rules).
    "table.rule": {"en": "Rule", "id": "Aturan"},
    "table.default": {"en": "Default", "id": "Bawaan"},
    "table.guidance-id": {"en": "Guidance ID", "id": "ID panduan"},
    # The labels around a letter shown on a page (etiket_docs.emails).
    "letter.to": {"en": "To", "id": "Kepada"},
    "letter.subject": {"en": "Subject", "id": "Subjek"},
    "letter.body": {"en": "Message", "id": "Isi surel"},
    "letter.chat": {"en": "Chat message", "id": "Isi pesan"},
    # Worked examples (etiket_docs.worked, etiket_docs.worked_directive): the situation's
    # labels, then the answer's. A step's own title is the package's ("<action>.title").
    "example.interview": {"en": "Interview", "id": "Wawancara"},
    "example.country": {"en": "Employer's country", "id": "Negara perusahaan"},
    "example.decision-date": {
        "en": "Decision promised by",
        "id": "Keputusan dijanjikan paling lambat",
    },
    "example.interviewer": {"en": "Interviewers", "id": "Pewawancara"},
    "example.follow-up-to": {"en": "Your contact", "id": "Kontak Anda"},
    "example.interviewer-in-hr": {
        "en": "Interviewer works in HR",
        "id": "Pewawancara dari bagian HR",
    },
    "example.chat": {
        "en": "The recruiter writes by chat",
        "id": "Perekrut menghubungi lewat chat",
    },
    "example.sent.thank-you": {"en": "Thank-you note sent", "id": "Ucapan terima kasih dikirim"},
    "example.sent.note": {"en": "Message sent", "id": "Pesan dikirim"},
    "example.call": {"en": "You phoned", "id": "Anda menelepon"},
    "example.sent.another-offer": {
        "en": "You told them of another offer",
        "id": "Anda mengabarkan tawaran lain",
    },
    "example.sent.follow-up": {"en": "Follow-up sent", "id": "Surel tindak lanjut dikirim"},
    "example.sent.last-note": {"en": "Last note sent", "id": "Surel penutup dikirim"},
    "example.heard-back": {"en": "The employer's answer", "id": "Jawaban perusahaan"},
    "example.outcome.offer": {"en": "a job offer", "id": "tawaran kerja"},
    "example.outcome.rejection": {"en": "a rejection", "id": "kabar tidak lolos"},
    "example.outcome.next-round": {
        "en": "an invitation to the next round",
        "id": "undangan ke tahap berikutnya",
    },
    "example.respond-by": {"en": "Answer wanted by", "id": "Jawaban ditunggu paling lambat"},
    "example.next-interview": {"en": "Next interview", "id": "Wawancara berikutnya"},
    "example.sent.reply": {"en": "Reply sent", "id": "Balasan dikirim"},
    "example.today": {"en": "Today", "id": "Hari ini"},
    "example.yes": {"en": "yes", "id": "ya"},
    "example.no": {"en": "no", "id": "tidak"},
    "example.stage": {"en": "Where you stand", "id": "Posisi Anda"},
    "example.summary": {"en": "In short", "id": "Singkatnya"},
    "example.warning": {"en": "Watch out", "id": "Perhatikan"},
    "example.calendar": {"en": "In your calendar file", "id": "Di berkas kalender Anda"},
    "example.no-warning": {
        "en": "Nothing so far went against etiquette.",
        "id": "Sejauh ini semuanya sesuai etiket.",
    },
    "example.next": {"en": "Next step", "id": "Langkah berikutnya"},
    "example.next.when": {"en": "When", "id": "Kapan"},
    "example.next.to": {"en": "Send it to", "id": "Kirim kepada"},
    "example.next.window": {"en": "Best hours to send", "id": "Jam terbaik untuk mengirim"},
    "example.next.says": {"en": "What to do", "id": "Yang perlu dilakukan"},
    "example.next.because": {"en": "Why that day", "id": "Alasan tanggalnya"},
    "example.no-window": {
        "en": "none before the deadline: send it in time, whatever the hour",
        "id": "tidak ada sebelum batas waktunya: kirim tepat waktu, jam berapa pun",
    },
    "example.nothing": {"en": "nothing more to do", "id": "tidak ada lagi yang perlu dilakukan"},
    "example.aspect.to": {"en": "{step}: to", "id": "{step}: kepada"},
    "example.aspect.window": {"en": "{step}: best hours", "id": "{step}: jam terbaik"},
    "example.aspect.says": {"en": "{step}", "id": "{step}"},
    "example.aspect.because": {"en": "{step}: why that day", "id": "{step}: alasan tanggalnya"},
    "example.days-off": {
        "en": "Days off before the follow-up",
        "id": "Hari libur sebelum menanyakan kabar",
    },
    "example.silence-counts-from": {
        "en": "The weeks of silence count from",
        "id": "Masa tanpa kabar dihitung sejak",
    },
    "example.next-round": {"en": "Next round: {step}", "id": "Tahap berikutnya: {step}"},
    "example.situation": {"en": "The situation", "id": "Situasinya"},
    "example.answer": {"en": "What the handbook says", "id": "Saran panduan ini"},
    "example.python": {"en": "The same in Python", "id": "Contoh ini dalam Python"},
    # The assistant page: its form's words and what its script says ({n} is a row's number).
    "assistant.legend": {
        "en": "Your interview",
        "id": "Wawancara Anda",
    },
    "assistant.company": {
        "en": "Company (optional)",
        "id": "Perusahaan (tidak wajib)",
    },
    "assistant.company-hint": {
        "en": "As you would write it in an email, such as Northwind Traders.",
        "id": "Seperti yang akan Anda tulis di surel, misalnya PT Contoh.",
    },
    "assistant.position": {
        "en": "Position (optional)",
        "id": "Posisi (tidak wajib)",
    },
    "assistant.position-hint": {
        "en": "The job you interviewed for, such as data analyst.",
        "id": "Posisi yang Anda lamar, misalnya analis data.",
    },
    "assistant.candidate": {
        "en": "Your name (optional)",
        "id": "Nama Anda (tidak wajib)",
    },
    "assistant.candidate-hint": {
        "en": "The name you sign your emails with.",
        "id": "Nama yang Anda tulis di akhir surel.",
    },
    "assistant.people": {
        "en": "Who interviewed you",
        "id": "Pewawancara Anda",
    },
    "assistant.people-hint": {
        "en": "Each interviewer, with the form of address they used for themselves, such as Ms "
        "Rivera or Pak Budi.",
        "id": "Tulis setiap pewawancara dengan sapaan yang mereka pakai untuk diri sendiri, "
        "misalnya Ibu Sari atau Pak Budi.",
    },
    "assistant.title": {
        "en": "Form of address of interviewer {n}",
        "id": "Sapaan pewawancara {n}",
    },
    "assistant.title-none": {
        "en": "None, or as written in the name",
        "id": "Tanpa sapaan, atau sesuai yang tertulis di nama",
    },
    "assistant.name": {
        "en": "Name of interviewer {n}",
        "id": "Nama pewawancara {n}",
    },
    "assistant.add-interviewer": {
        "en": "Add an interviewer",
        "id": "Tambah pewawancara",
    },
    "assistant.remove-interviewer": {
        "en": "Remove interviewer {n}",
        "id": "Hapus pewawancara {n}",
    },
    "assistant.chat": {
        "en": "The recruiter writes to me by chat (for example WhatsApp)",
        "id": "Perekrut menghubungi saya lewat chat (misalnya WhatsApp)",
    },
    "assistant.chat-hint": {
        "en": "Tick this only if they contacted you that way first.",
        "id": "Centang ini hanya jika mereka lebih dulu menghubungi Anda lewat chat.",
    },
    "assistant.done": {
        "en": "What you have done so far",
        "id": "Yang sudah Anda lakukan",
    },
    "assistant.done-hint": {
        "en": "Leave a date empty for what you have not done.",
        "id": "Biarkan tanggalnya kosong untuk hal yang belum Anda lakukan.",
    },
    "assistant.thankYou": {
        "en": "Your thank-you note",
        "id": "Ucapan terima kasih Anda",
    },
    "assistant.followUp": {
        "en": "Your follow-up",
        "id": "Pesan untuk menanyakan kabar",
    },
    "assistant.lastNote": {
        "en": "Your last note",
        "id": "Surel penutup Anda",
    },
    "assistant.anotherOffer": {
        "en": "Telling them about another offer",
        "id": "Kabar tentang tawaran kerja lain",
    },
    "assistant.offer-answer-by": {
        "en": "The other offer: your answer is needed by",
        "id": "Batas waktu menjawab tawaran lain itu",
    },
    "assistant.offer-answer-by-hint": {
        "en": "If another employer offered you a job, the day they need your answer. Your "
        "emails then include a note that tells this employer, without naming the other one.",
        "id": "Jika perusahaan lain sudah menawari Anda pekerjaan, isi batas waktu yang mereka "
        "berikan untuk jawaban Anda. Surel Anda kemudian akan memuat pesan yang mengabarkan "
        "hal ini kepada perusahaan ini, tanpa menyebut nama perusahaan lain itu.",
    },
    "assistant.sent-on": {
        "en": "Sent on",
        "id": "Tanggal dikirim",
    },
    "assistant.sent-by": {
        "en": "Sent by",
        "id": "Dikirim lewat",
    },
    "assistant.calls": {
        "en": "Phone calls you made",
        "id": "Telepon yang sudah Anda lakukan",
    },
    "assistant.call": {
        "en": "Date of call {n}",
        "id": "Tanggal telepon ke-{n}",
    },
    "assistant.add-call": {
        "en": "Add a call",
        "id": "Tambah telepon",
    },
    "assistant.remove-call": {
        "en": "Remove call {n}",
        "id": "Hapus telepon ke-{n}",
    },
    "assistant.answer": {
        "en": "The employer's answer",
        "id": "Jawaban perusahaan",
    },
    "assistant.outcome": {
        "en": "What they answered",
        "id": "Jawaban mereka",
    },
    "assistant.outcome-none": {
        "en": "No answer yet",
        "id": "Belum ada jawaban",
    },
    "assistant.outcome-offer": {
        "en": "A job offer",
        "id": "Tawaran kerja",
    },
    "assistant.outcome-rejection": {
        "en": "A rejection",
        "id": "Kabar tidak lolos",
    },
    "assistant.outcome-next-round": {
        "en": "An invitation to a next round",
        "id": "Undangan ke tahap berikutnya",
    },
    "assistant.answer-on": {
        "en": "Date of their answer",
        "id": "Tanggal jawaban mereka",
    },
    "assistant.respond-by": {
        "en": "They need your answer by (if they said)",
        "id": "Batas waktu jawaban Anda (jika disebutkan)",
    },
    "assistant.next-interview": {
        "en": "Date of the next interview (if set)",
        "id": "Tanggal wawancara berikutnya (jika sudah ditentukan)",
    },
    "assistant.submit": {
        "en": "Show where I stand",
        "id": "Lihat posisi saya",
    },
    "assistant.keep": {
        "en": "Kept on this device",
        "id": "Tersimpan di perangkat ini",
    },
    "assistant.keep-hint": {
        "en": "What you type is kept in this browser as you type, and never sent anywhere.",
        "id": "Semua yang Anda ketik disimpan di peramban ini saat itu juga, dan tidak pernah "
        "dikirim ke mana pun.",
    },
    "assistant.forget": {
        "en": "Forget everything",
        "id": "Hapus semuanya",
    },
    "assistant.forgotten": {
        "en": "Everything is forgotten: the form is empty and this browser keeps nothing of it.",
        "id": "Semuanya sudah dihapus: formulir kosong dan peramban ini tidak menyimpan apa pun "
        "darinya.",
    },
    "assistant.link": {
        "en": "Link to this plan",
        "id": "Tautan ke rencana ini",
    },
    "assistant.link-hint": {
        "en": "Open it on another device to see the same plan. The plan is in the link itself, "
        "after the # sign, which browsers never send to a server; anyone who has the link "
        "can read it.",
        "id": "Buka tautan ini di perangkat lain untuk melihat rencana yang sama. Rencananya ada "
        "di dalam tautan itu sendiri, setelah tanda #, yang tidak pernah dikirim peramban "
        "ke server; siapa pun yang memegang tautannya dapat membacanya.",
    },
    "assistant.copy": {
        "en": "Copy the link",
        "id": "Salin tautan",
    },
    "assistant.copied": {
        "en": "The link is copied.",
        "id": "Tautan sudah disalin.",
    },
    "assistant.copy-failed": {
        "en": "The link could not be copied: select it and copy it yourself.",
        "id": "Tautan tidak dapat disalin otomatis: pilih tautannya, lalu salin sendiri.",
    },
    "assistant.noscript": {
        "en": "The assistant needs JavaScript, which is turned off in your browser.",
        "id": "Asisten ini memerlukan JavaScript, tetapi JavaScript dinonaktifkan di "
        "peramban Anda.",
    },
    "assistant.stored-unreadable": {
        "en": "The plan this browser had kept could not be read, so it was removed. The form "
        "starts empty.",
        "id": "Rencana yang tersimpan di peramban ini tidak dapat dibaca, jadi sudah dihapus. "
        "Formulir dimulai dari kosong.",
    },
    "assistant.stored-newer": {
        "en": "The plan this browser had kept was saved by a newer version of this handbook, "
        "which this page cannot read, so it was removed. The form starts empty.",
        "id": "Rencana yang tersimpan di peramban ini dibuat oleh versi panduan yang lebih baru "
        "dan tidak dapat dibaca halaman ini, jadi sudah dihapus. Formulir dimulai dari "
        "kosong.",
    },
    "assistant.link-unreadable": {
        "en": "The plan in this link could not be read; it may have been cut short when it was "
        "copied. Copy the whole link again, or fill in the form.",
        "id": "Rencana dalam tautan ini tidak dapat dibaca; mungkin tautannya terpotong saat "
        "disalin. Salin lagi tautannya secara utuh, atau isi formulirnya.",
    },
    "assistant.link-newer": {
        "en": "The plan in this link comes from a newer version of this handbook. Reload this "
        "page to get the newest version, then open the link again.",
        "id": "Rencana dalam tautan ini berasal dari versi panduan yang lebih baru. Muat ulang "
        "halaman ini agar mendapat versi terbaru, lalu buka lagi tautannya.",
    },
    "assistant.link-loaded": {
        "en": "The plan from your link is shown, and is now kept in this browser.",
        "id": "Rencana dari tautan Anda sudah ditampilkan dan kini tersimpan di peramban ini.",
    },
    "assistant.no-storage": {
        "en": "This browser does not let the page keep your plan (private browsing, or site data "
        "turned off), so it is gone when you close the page. The link to this plan still "
        "holds it.",
        "id": "Peramban ini tidak mengizinkan halaman menyimpan rencana Anda (mode penjelajahan "
        "pribadi, atau data situs dinonaktifkan), jadi rencananya hilang saat halaman "
        "ditutup. Tautan ke rencana ini tetap menyimpannya.",
    },
    "assistant.full": {
        "en": "This browser's storage is full, so your latest changes are not kept. The link to "
        "this plan still holds them.",
        "id": "Penyimpanan peramban ini sudah penuh, jadi perubahan terakhir Anda tidak "
        "tersimpan. Tautan ke rencana ini tetap menyimpannya.",
    },
    "assistant.today": {
        "en": "You are here today, {date}.",
        "id": "Posisi Anda hari ini, {date}.",
    },
    "assistant.before": {
        "en": "Today, {date}, is before your interview.",
        "id": "Hari ini, {date}, wawancara Anda belum berlangsung.",
    },
    "assistant.did": {
        "en": "{what}: {date}",
        "id": "{what}: {date}",
    },
    "assistant.did-by": {
        "en": "{what}: {date}, by {channel}",
        "id": "{what}: {date}, lewat {channel}",
    },
    "assistant.did-call": {
        "en": "Phone call",
        "id": "Telepon",
    },
    "assistant.did-none": {
        "en": "Nothing yet.",
        "id": "Belum ada.",
    },
    "assistant.no-warnings": {
        "en": "Nothing you did went against etiquette.",
        "id": "Tidak ada yang Anda lakukan yang menyalahi etiket.",
    },
    "assistant.assess-failed": {
        "en": "Where you stand could not be worked out from these dates. Check the dates of what "
        "you did, then try again.",
        "id": "Posisi Anda tidak dapat dihitung dari tanggal-tanggal ini. Periksa tanggal "
        "hal-hal yang sudah Anda lakukan, lalu coba lagi.",
    },
    # The assistant's emails, written by the package's templates in the page.
    "assistant.not-kept": {
        "en": "This cannot be kept: it holds a tab or another invisible control character. "
        "Type it again without it.",
        "id": "Isian ini tidak dapat disimpan karena memuat tab atau karakter kontrol lain "
        "yang tak terlihat. Ketik ulang tanpa karakter itu.",
    },
    "assistant.emails": {"en": "Your emails", "id": "Surel Anda"},
    "assistant.emails-need": {
        "en": "Fill in the company, the position and your name to see your emails, ready to copy.",
        "id": "Isi nama perusahaan, posisi, dan nama Anda untuk melihat surel Anda, siap disalin.",
    },
    "assistant.emails-answered": {
        "en": "The employer has answered, so no template here fits now. How to reply is in "
        "your next step, near the top of your plan.",
        "id": "Perusahaan sudah memberi jawaban, jadi untuk saat ini tidak ada contoh surel yang "
        "sesuai. Cara membalasnya dijelaskan pada langkah berikutnya, di bagian atas rencana "
        "Anda.",
    },
    "assistant.emails-all-sent": {
        "en": "No email is left to write now.",
        "id": "Saat ini tidak ada lagi surel yang perlu ditulis.",
    },
    "assistant.emails-hint": {
        "en": "Read each one before you send it, and change what does not sound like you.",
        "id": "Baca setiap surel sebelum dikirim, dan ubah bagian yang tidak terdengar "
        "seperti Anda.",
    },
    "assistant.letter-thank-you": {
        "en": "Thank-you note to {to}",
        "id": "Ucapan terima kasih untuk {to}",
    },
    "assistant.letter-follow-up": {"en": "Your one follow-up", "id": "Surel menanyakan kabar"},
    "assistant.letter-follow-up-chat": {
        "en": "The same follow-up, as a chat message",
        "id": "Pesan yang sama lewat chat",
    },
    "assistant.letter-another-offer": {
        "en": "Telling them about your other offer",
        "id": "Surel kabar tawaran kerja lain",
    },
    "assistant.letter-closing": {"en": "Your last note", "id": "Surel penutup"},
    "assistant.letter-rejection-reply": {
        "en": "A reply to the rejection",
        "id": "Balasan untuk kabar tidak lolos",
    },
    "assistant.copy-letter": {"en": "Copy this text", "id": "Salin teks ini"},
    "assistant.letter-copied": {"en": "The text is copied.", "id": "Teksnya sudah disalin."},
    "assistant.letter-copy-failed": {
        "en": "The text could not be copied: it is selected now, so copy it yourself.",
        "id": "Teksnya tidak dapat disalin otomatis: teks surelnya sudah dipilih, jadi salin "
        "sendiri.",
    },
    "assistant.mailto": {"en": "Open in your email app", "id": "Buka di aplikasi surel"},
    "assistant.download": {
        "en": "Download what is still ahead as a calendar file (.ics), with reminders",
        "id": "Unduh langkah-langkah selanjutnya sebagai berkas kalender (.ics), "
        "lengkap dengan pengingat",
    },
}


def word(key: str, lang: str, **values: object) -> str:
    """The handbook's text ``key`` in ``lang``, with ``values`` filled in."""
    return INTERFACE_WORDS[key][check_language(lang)].format(**values)


def group(prefix: str, lang: str) -> dict[str, str]:
    """Each text under ``prefix.`` in ``lang``, by the rest of its key, placeholders left in."""
    code = check_language(lang)
    start = f"{prefix}."
    return {
        key.removeprefix(start): texts[code]
        for key, texts in INTERFACE_WORDS.items()
        if key.startswith(start)
    }


def rule_values(lang: str) -> dict[str, str]:
    """Each number of the default policy by name, as the prose says it ("5 working days")."""
    return {number.name: number.describe(lang) for number in etiket.DEFAULT_POLICY.numbers()}
