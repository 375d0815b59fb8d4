"""Every error message etiket gives, in English and Indonesian.

Each entry is a template whose fields are filled from the values the error
carries (``{value!r}`` quotes what the person typed). :data:`WORDS` holds the
words and names that errors pass as values (``Word("interview date")``), so an
Indonesian sentence never carries an English word. Codes that a person types
(``'next-round'``, ``YYYY-MM-DD``, ``interviewer_in_hr``) stay as they are in
both languages: they are what to type.

Indonesian follows the handbook's glossary: polite standard Indonesian; the
Indonesian edition calls an error *galat* and its message *pesan kesalahan*.
"""

from __future__ import annotations

from typing import Final

from etiket.language import Language

__all__ = ["ERRORS", "WORDS"]

_ROW_EXAMPLE = "{{'name': 'Ana', 'interview': '2026-11-20'}}"

ERRORS: Final[dict[str, dict[Language, str]]] = {
    # Dates and times, as typed or passed.
    "date.not-a-date": {
        "en": "the {what} {value!r} is not a valid date; write it as YYYY-MM-DD "
        "(e.g. 2026-11-20), or with a time as 2026-11-20T14:30+07:00",
        "id": "{what} {value!r} bukan tanggal yang sah; tulis dengan format YYYY-MM-DD "
        "(misalnya 2026-11-20), atau beserta jamnya: 2026-11-20T14:30+07:00",
    },
    "input.not-a-date": {
        "en": "the {what} must be a date, a datetime or a 'YYYY-MM-DD' string, "
        "not {value!r} ({type})",
        "id": "{what} harus berupa date, datetime, atau teks 'YYYY-MM-DD', "
        "bukan {value!r} ({type})",
    },
    "date.zone-mismatch": {
        "en": "the {aware} {aware_at} has a time zone but the {naive} {naive_at} does not; "
        "give both times with a time zone (e.g. +07:00), or both without",
        "id": "{aware} {aware_at} memakai zona waktu, sedangkan {naive} {naive_at} tidak; "
        "tulis kedua waktu dengan zona waktu (misalnya +07:00), atau keduanya tanpa",
    },
    "date.zone-at-limits": {
        "en": "{moment} is too near the limits of the calendar to read in the interview's "
        "time zone; give a real date",
        "id": "{moment} terlalu dekat dengan batas kalender untuk dibaca dalam zona waktu "
        "wawancara; berikan tanggal yang sebenarnya",
    },
    "date.unknown-zone": {
        "en": "unknown time zone {name!r}; use a name such as Asia/Jakarta, Asia/Makassar "
        "or Europe/London",
        "id": "zona waktu {name!r} tidak dikenal; gunakan nama seperti Asia/Jakarta, "
        "Asia/Makassar, atau Europe/London",
    },
    "date.past-the-end": {
        "en": "counting working days from {day} runs past the last date Python knows "
        "({last}); give a real date",
        "id": "hitungan hari kerja dari {day} melewati tanggal terakhir yang dikenal Python "
        "({last}); berikan tanggal yang sebenarnya",
    },
    "date.interview-at-limits": {
        "en": "the interview date {interview} is too near the limits of the calendar (years "
        "{first} to {last}) to plan around it; give a real interview date",
        "id": "tanggal wawancara {interview} terlalu dekat dengan batas kalender (tahun "
        "{first} sampai {last}) untuk dibuatkan rencana; berikan tanggal wawancara yang "
        "sebenarnya",
    },
    "date.decision-before-interview": {
        "en": "the decision date {decision} is before the interview date {interview}; "
        "give the day the employer said they would decide, on or after the interview",
        "id": "tanggal keputusan {decision} lebih awal daripada tanggal wawancara "
        "{interview}; berikan hari yang disebut perusahaan untuk memutuskan, yaitu pada "
        "hari wawancara atau sesudahnya",
    },
    "date.today-before-interview": {
        "en": "today's date {now} is before the interview {start}; "
        "assess on or after the interview day",
        "id": "tanggal hari ini {now} lebih awal daripada wawancara {start}; lakukan "
        "penilaian pada hari wawancara atau sesudahnya",
    },
    "date.before-interview": {
        "en": "the {what} on {moment} is before the interview {start}; "
        "list only what happened after the interview",
        "id": "{what} pada {moment} lebih awal daripada wawancara {start}; cantumkan hanya "
        "yang terjadi setelah wawancara",
    },
    "date.after-today": {
        "en": "the {what} on {moment} is after today's date {now}; "
        "list only what has already happened",
        "id": "{what} pada {moment} lebih lambat daripada tanggal hari ini {now}; cantumkan "
        "hanya yang sudah terjadi",
    },
    "date.respond-by-before-answer": {
        "en": "the deadline to respond {respond_by} is before the answer came on "
        "{answered}; give the day the employer needs your answer by",
        "id": "batas waktu menjawab {respond_by} lebih awal daripada datangnya jawaban pada "
        "{answered}; berikan hari paling lambat perusahaan memerlukan jawaban Anda",
    },
    "date.next-interview-before-invitation": {
        "en": "the next interview {later} is before the invitation came on {invited}; "
        "give the day of the next round's interview",
        "id": "wawancara berikutnya {later} lebih awal daripada datangnya undangan pada "
        "{invited}; berikan tanggal wawancara tahap berikutnya",
    },
    "date.confirm-after-next-interview": {
        "en": "the deadline to confirm {respond_by} is after the next interview {later}; "
        "give the day they need your confirmation by, before the interview",
        "id": "batas waktu konfirmasi {respond_by} lebih lambat daripada wawancara berikutnya "
        "{later}; berikan hari paling lambat mereka memerlukan konfirmasi Anda, sebelum "
        "wawancara itu",
    },
    "date.agenda-order": {
        "en": "the agenda's last day {last} is before its first day {first}; "
        "give the earlier day first",
        "id": "hari terakhir agenda {last} lebih awal daripada hari pertamanya {first}; "
        "sebutkan hari yang lebih awal terlebih dahulu",
    },
    "date.stamp": {
        "en": "stamp must be a datetime with a time zone, such as "
        "datetime(2026, 11, 20, tzinfo=UTC), not {value!r}",
        "id": "stamp harus berupa datetime yang memakai zona waktu, seperti "
        "datetime(2026, 11, 20, tzinfo=UTC), bukan {value!r}",
    },
    # Countries and languages.
    "country.type": {
        "en": "country must be a two-letter code such as 'ID', not {value!r} ({type})",
        "id": "country harus berupa kode dua huruf seperti 'ID', bukan {value!r} ({type})",
    },
    "country.unknown": {
        "en": "no holiday calendar for country {country!r}; use an ISO 3166-1 code "
        "such as 'ID' (Indonesia), or None for weekends only{hint}",
        "id": "tidak ada kalender hari libur untuk negara {country!r}; gunakan kode ISO "
        "3166-1 seperti 'ID' (Indonesia), atau None untuk akhir pekan saja{hint}",
    },
    "country.region-hint": {
        "en": "; regions are not supported, use the country's code {code!r}",
        "id": "; wilayah seperti provinsi tidak didukung, gunakan kode negaranya {code!r}",
    },
    "language.unsupported": {
        "en": "unsupported language {lang!r}; use one of: {supported}",
        "id": "bahasa {lang!r} tidak didukung; gunakan salah satu dari: {supported}",
    },
    # The policy's numbers.
    "policy.not-whole": {
        "en": "{name} must be a whole number of {unit}, not {value!r} ({type})",
        "id": "{name} harus bilangan bulat dalam satuan {unit}, bukan {value!r} ({type})",
    },
    "policy.too-small": {
        "en": "{name} must be at least {minimum}, not {value}; give a whole number of {unit}",
        "id": "{name} paling sedikit {minimum}, bukan {value}; berikan bilangan bulat dalam "
        "satuan {unit}",
    },
    "policy.too-large": {
        "en": "{name} must be at most {maximum}, not {value}; give a whole number of {unit}",
        "id": "{name} paling banyak {maximum}, bukan {value}; berikan bilangan bulat dalam "
        "satuan {unit}",
    },
    "policy.thank-you-overlaps": {
        "en": "thank_you_within_hours ({hours}) must end before the follow-up opens after "
        "{days} working days; use fewer than {limit} hours",
        "id": "thank_you_within_hours ({hours}) harus berakhir sebelum waktu menanyakan "
        "kabar dibuka, yaitu setelah {days} hari kerja; gunakan kurang dari {limit} jam",
    },
    "policy.no-number": {
        "en": "no policy number {key!r}; known: {known}",
        "id": "tidak ada angka kebijakan {key!r}; yang dikenal: {known}",
    },
    "policy.unknown-number": {
        "en": "unknown policy number {key!r}; known: {known}",
        "id": "angka kebijakan {key!r} tidak dikenal; yang dikenal: {known}",
    },
    "policy.type": {
        "en": "policy must be an etiket.Policy, not {type}; build one with etiket.Policy(...)",
        "id": "policy harus berupa etiket.Policy, bukan {type}; buat dengan etiket.Policy(...)",
    },
    # Values of the wrong type or shape.
    "input.function-needs": {
        "en": "{function} needs a {kind}, not {value!r} ({type})",
        "id": "{function} memerlukan {kind}, bukan {value!r} ({type})",
    },
    "input.hour": {
        "en": "an hour of the day is a whole number from 0 to 24, not {hour!r}",
        "id": "jam dalam sehari adalah bilangan bulat dari 0 sampai 24, bukan {hour!r}",
    },
    "input.working-days-count": {
        "en": "the number of working days must be a whole number, 0 or more, not {value!r}",
        "id": "jumlah hari kerja harus bilangan bulat, 0 atau lebih, bukan {value!r}",
    },
    "input.year": {
        "en": "year must be a whole number from 1 to 9999, not {value!r}",
        "id": "year (tahun) harus bilangan bulat dari 1 sampai 9999, bukan {value!r}",
    },
    "input.flag": {
        "en": "{name} must be True or False, not {value!r}",
        "id": "{name} harus True atau False, bukan {value!r}",
    },
    "input.flag-or-none": {
        "en": "{name} must be True, False or None, not {value!r}",
        "id": "{name} harus True, False, atau None, bukan {value!r}",
    },
    "input.not-a-list": {
        "en": "{name} must be a list (e.g. [date(2026, 11, 21)]), not {value!r}",
        "id": "{name} harus berupa list (misalnya [date(2026, 11, 21)]), bukan {value!r}",
    },
    "input.unknown-channel": {
        "en": "unknown channel {value!r}; use one of: {known}",
        "id": "saluran {value!r} tidak dikenal; gunakan salah satu dari: {known}",
    },
    "input.unknown-purpose": {
        "en": "unknown purpose {value!r}; use one of: {known}, or None",
        "id": "tujuan {value!r} tidak dikenal; gunakan salah satu dari: {known}, atau None",
    },
    "input.unknown-outcome": {
        "en": "unknown outcome {value!r}; use one of: {known}",
        "id": "hasil {value!r} tidak dikenal; gunakan salah satu dari: {known}",
    },
    "input.unknown-step": {
        "en": "no step {action!r} in a timeline; use one of: {known}",
        "id": "tidak ada langkah {action!r} dalam linimasa; gunakan salah satu dari: {known}",
    },
    "input.reply-type": {
        "en": "heard_back must be an etiket.Reply(on=..., outcome=...), not {value!r}",
        "id": "heard_back harus berupa etiket.Reply(on=..., outcome=...), bukan {value!r}",
    },
    "input.respond-by-rejection": {
        "en": "respond_by is the deadline for answering an offer or confirming a next round; "
        "a rejection has none, so leave it out",
        "id": "respond_by adalah batas waktu untuk menjawab tawaran kerja atau mengonfirmasi "
        "tahap berikutnya; penolakan tidak punya batas waktu, jadi kosongkan saja",
    },
    "input.next-interview-outcome": {
        "en": "next_interview only goes with the outcome 'next-round', not {outcome!r}",
        "id": "next_interview hanya berlaku untuk hasil 'next-round', bukan {outcome!r}",
    },
    # Names of people and details of a note.
    "input.name-type": {
        "en": "the {what} must be a name, not {value!r} ({type})",
        "id": "{what} harus berupa nama, bukan {value!r} ({type})",
    },
    "input.name-empty": {
        "en": "the {what} is empty; give a name such as 'Ms Rivera'",
        "id": "{what} masih kosong; berikan nama seperti 'Ibu Rivera'",
    },
    "input.name-too-long": {
        "en": "the {what} is {length} characters long; give a name under {limit}",
        "id": "{what} sepanjang {length} karakter; berikan nama yang kurang dari {limit} karakter",
    },
    "input.interviewers-type": {
        "en": "interviewers must be a list of names (e.g. ['Ms Rivera', 'Mr Tan']), not {value!r}",
        "id": "interviewers harus berupa list nama (misalnya ['Ibu Rivera', 'Bapak Tan']), "
        "bukan {value!r}",
    },
    "input.interviewer-twice": {
        "en": "the interviewer {name!r} is listed twice; name each interviewer once",
        "id": "pewawancara {name!r} tercantum dua kali; sebutkan setiap pewawancara sekali saja",
    },
    "input.detail-type": {
        "en": "{name} must be text, not {value!r} ({type})",
        "id": "{name} harus berupa teks, bukan {value!r} ({type})",
    },
    "input.detail-empty": {
        "en": "{name} is empty; give the {what}",
        "id": "{name} masih kosong; isi dengan {what}",
    },
    "input.detail-too-long": {
        "en": "{name} is {length} characters long; a note stays short, so keep it to "
        "{limit} at most",
        "id": "{name} sepanjang {length} karakter; surel sebaiknya singkat, jadi buat paling "
        "banyak {limit} karakter",
    },
    "input.note-too-long": {
        "en": "the {kind} would be {words} words long, over the {limit} that keep it short; "
        "shorten the {what} {value!r}",
        "id": "{kind} ini akan sepanjang {words} kata, melebihi {limit} kata yang membuatnya "
        "tetap singkat; persingkat {what} {value!r}",
    },
    "input.typed-flag": {
        "en": "{name} must be True or False, not {value!r} ({type})",
        "id": "{name} harus True atau False, bukan {value!r} ({type})",
    },
    "name.half-character": {
        "en": "the {what} {text!r} holds U+{code}, half of a character, which no file can "
        "hold; it comes from text that was not UTF-8: read the file with encoding='utf-8' "
        "and save it as UTF-8",
        "id": "{what} {text!r} berisi U+{code}, separuh karakter yang tidak dapat disimpan "
        "dalam berkas apa pun; asalnya dari teks yang bukan UTF-8: bacalah berkasnya dengan "
        "encoding='utf-8' dan simpan sebagai UTF-8",
    },
    "name.control-character": {
        "en": "the {what} {text!r} holds U+{code}, a control character or line break; give "
        "the name on one line, as plain text",
        "id": "{what} {text!r} berisi U+{code}, karakter kendali atau pemisah baris; tulis "
        "namanya dalam satu baris, sebagai teks biasa",
    },
    # The letters: to whom, and how many.
    "address.interviewer-type": {
        "en": "interviewer must be text such as 'Ms Rivera', 'Ibu Sari' or 'Sam Lee', or an "
        "Interviewer, not {value!r} ({type})",
        "id": "interviewer harus berupa teks seperti 'Ms Rivera', 'Ibu Sari', atau 'Sam Lee', "
        "atau sebuah Interviewer, bukan {value!r} ({type})",
    },
    "address.title-without-name": {
        "en": "interviewer {text!r} is a title without a name; add the name after it, "
        "e.g. '{title} Sari'",
        "id": "pewawancara {text!r} hanya berisi sapaan tanpa nama; tambahkan namanya "
        "sesudahnya, misalnya '{title} Sari'",
    },
    "address.unknown-title": {
        "en": "unknown title {title!r} for the interviewer; use one of {titles} "
        "(or Pak, Bu), or None when you don't know it",
        "id": "sapaan {title!r} untuk pewawancara tidak dikenal; gunakan salah satu dari "
        "{titles} (atau Pak, Bu), atau None jika Anda tidak mengetahuinya",
    },
    "letters.interviewers-type": {
        "en": "interviewers must be a list of names such as ['Ms Rivera', 'Mr Chen'], not "
        "{value!r} ({type}); for one interviewer, use thank_you_note",
        "id": "interviewers harus berupa list nama seperti ['Ibu Rivera', 'Bapak Chen'], "
        "bukan {value!r} ({type}); untuk satu pewawancara, gunakan thank_you_note",
    },
    "letters.no-interviewers": {
        "en": "interviewers is empty; give the name of each person who interviewed you, "
        "e.g. ['Ms Rivera', 'Mr Chen']",
        "id": "interviewers masih kosong; berikan nama setiap orang yang mewawancarai Anda, "
        "misalnya ['Ibu Rivera', 'Bapak Chen']",
    },
    "letters.interviewer-twice": {
        "en": "interviewers names {name!r} twice; each person gets one note, so list each "
        "of them once",
        "id": "interviewers menyebut {name!r} dua kali; setiap orang mendapat satu surel, "
        "jadi cantumkan masing-masing sekali saja",
    },
    # Calendar files.
    "ics.name-type": {
        "en": "each name of a timeline must be a non-empty string, not {value!r}",
        "id": "setiap nama linimasa harus berupa teks yang tidak kosong, bukan {value!r}",
    },
    "ics.timelines-type": {
        "en": "to_ics() needs a timeline from etiket.plan(), a list of them, a dict name -> "
        "timeline or a cohort from etiket.plan_cohort(), not {value!r}",
        "id": "to_ics() memerlukan linimasa dari etiket.plan(), list berisi linimasa, dict "
        "nama -> linimasa, atau angkatan dari etiket.plan_cohort(), bukan {value!r}",
    },
    "ics.no-timelines": {
        "en": "no timelines given; pass a timeline from etiket.plan(), or a list of them",
        "id": "tidak ada linimasa; berikan linimasa dari etiket.plan(), atau list berisi linimasa",
    },
    "ics.not-a-timeline-named": {
        "en": "the timeline {name!r} is a {type}, not an etiket.Timeline; "
        "make one with etiket.plan(...)",
        "id": "linimasa {name!r} berupa {type}, bukan etiket.Timeline; buat dengan "
        "etiket.plan(...)",
    },
    "ics.not-a-timeline-at": {
        "en": "the timeline at index {index} is a {type}, not an etiket.Timeline; "
        "make one with etiket.plan(...)",
        "id": "linimasa pada indeks {index} berupa {type}, bukan etiket.Timeline; buat "
        "dengan etiket.plan(...)",
    },
    "ics.remind-at": {
        "en": "remind_at must be a time of day without a time zone, such as time(9, 0), "
        "not {value!r}",
        "id": "remind_at harus berupa jam tanpa zona waktu, seperti time(9, 0), bukan {value!r}",
    },
    "ics.remind-before": {
        "en": "remind_before must be a timedelta of zero or more, such as "
        "timedelta(hours=3), not {value!r}",
        "id": "remind_before harus berupa timedelta bernilai nol atau lebih, seperti "
        "timedelta(hours=3), bukan {value!r}",
    },
    "ics.same-interview": {
        "en": "two timelines for the same interview ({interview}) would give the same "
        "calendar events; give each one a different name, e.g. "
        "{{'Ana': plan_a, 'Budi': plan_b}}",
        "id": "dua linimasa untuk wawancara yang sama ({interview}) akan menghasilkan acara "
        "kalender yang sama; beri masing-masing nama yang berbeda, misalnya "
        "{{'Ana': plan_a, 'Budi': plan_b}}",
    },
    "ics.past-the-end": {
        "en": "the step {action!r} falls on {last}, the last date Python knows, and a "
        "calendar event must end the day after; plan an earlier interview",
        "id": "langkah {action!r} jatuh pada {last}, tanggal terakhir yang dikenal Python, "
        "padahal acara kalender harus berakhir sehari sesudahnya; rencanakan wawancara yang "
        "lebih awal",
    },
    "ics.nothing-ahead": {
        "en": "nothing is left to put in a calendar: the employer answered, and the reply "
        "is sent or its moment has passed; there is no calendar file to make",
        "id": "tidak ada lagi yang perlu dimasukkan ke kalender: perusahaan sudah "
        "menjawab, dan balasan Anda sudah terkirim atau waktunya sudah lewat; tidak ada "
        "berkas kalender yang perlu dibuat",
    },
    "ics.periods-of-assessment": {
        "en": "periods=True is for a plan's calendar: an assessment's calendar holds only "
        "the steps still ahead; use the assessment's timeline for the waiting periods",
        "id": "periods=True hanya berlaku untuk kalender rencana: kalender penilaian memuat "
        "langkah yang masih akan datang saja; untuk masa tunggu, gunakan linimasa penilaian itu",
    },
    "ics.calendar-name": {
        "en": "name must be a non-empty string, not {value!r}",
        "id": "name harus berupa teks yang tidak kosong, bukan {value!r}",
    },
    # Cohorts: rows from a spreadsheet or a list.
    "cohort.no-candidate": {
        "en": "no candidate named {name!r} in this cohort; the names are: {names}",
        "id": "tidak ada kandidat bernama {name!r} dalam angkatan ini; nama-namanya: {names}",
    },
    "cohort.no-pandas": {
        "en": "pandas is not installed; pip install pandas or use rows()",
        "id": "pandas belum terpasang; jalankan pip install pandas atau gunakan rows()",
    },
    "cohort.misspelt-column": {
        "en": "unknown column {key!r}; did you mean {close!r}? "
        "The columns etiket reads are: {fields}",
        "id": "kolom {key!r} tidak dikenal; mungkin maksud Anda {close!r}? "
        "Kolom yang dibaca etiket: {fields}",
    },
    "cohort.row-type": {
        "en": f"each row must be a mapping such as {_ROW_EXAMPLE} "
        "or an object with those attributes, not {value!r}",
        "id": f"setiap baris harus berupa mapping seperti {_ROW_EXAMPLE} "
        "atau objek dengan atribut-atribut itu, bukan {value!r}",
    },
    "cohort.in-hr": {
        "en": "interviewer_in_hr must be yes or no (or true/false), or left empty, not {value!r}",
        "id": "interviewer_in_hr harus yes atau no (atau true/false), atau dikosongkan, "
        "bukan {value!r}",
    },
    "cohort.row-name": {
        "en": "each row needs a 'name' (text, such as 'Ana'), not {value!r}",
        "id": "setiap baris memerlukan 'name' (teks, seperti 'Ana'), bukan {value!r}",
    },
    "cohort.row-interview": {
        "en": "the row has no 'interview' date; give it as YYYY-MM-DD",
        "id": "baris ini tidak punya tanggal 'interview'; tuliskan dengan format YYYY-MM-DD",
    },
    "cohort.rows-type": {
        "en": f"interviews must be a list of rows, such as [{_ROW_EXAMPLE}], not {{value!r}}",
        "id": f"interviews harus berupa list baris, seperti [{_ROW_EXAMPLE}], bukan {{value!r}}",
    },
    "cohort.no-candidates": {
        "en": f"no candidates given; pass a list of rows, such as [{_ROW_EXAMPLE}]",
        "id": f"tidak ada kandidat; berikan list baris, seperti [{_ROW_EXAMPLE}]",
    },
    "cohort.row": {"en": "row {index}", "id": "baris {index}"},
    "cohort.named-row": {"en": "row {index} ({name!r})", "id": "baris {index} ({name!r})"},
    "cohort.in-row": {"en": "{row}: {error}", "id": "{row}: {error}"},
    "cohort.duplicate-name": {
        "en": "{row}: the name {name!r} is already used by row {other}; give each candidate "
        "a different name (add a surname or the company)",
        "id": "{row}: nama {name!r} sudah dipakai oleh baris {other}; beri setiap kandidat "
        "nama yang berbeda (tambahkan nama keluarga atau nama perusahaan)",
    },
    # The command line and its files.
    "cli.only-with": {
        "en": "{option} only applies with {needs}",
        "id": "{option} hanya berlaku bersama {needs}",
    },
    "cli.heard-back-outcome": {
        "en": "--heard-back {text!r} has no outcome; write it as DATE:OUTCOME, "
        "e.g. 2026-12-03:offer (offer, rejection or next-round)",
        "id": "--heard-back {text!r} tidak menyebutkan hasilnya; tulis dengan format "
        "DATE:OUTCOME, misalnya 2026-12-03:offer (offer, rejection, atau next-round)",
    },
    "cli.cannot-show": {
        "en": "this terminal's encoding ({encoding}) cannot show the character {char}; "
        "set PYTHONIOENCODING=utf-8, or write to a file with --json or --ics",
        "id": "pengodean terminal ini ({encoding}) tidak dapat menampilkan karakter {char}; "
        "setel PYTHONIOENCODING=utf-8, atau simpan ke berkas dengan --json atau --ics",
    },
    "file.cannot-write-calendar": {
        "en": "cannot write the calendar file {path}: {reason}",
        "id": "tidak dapat menyimpan berkas kalender {path}: {reason}",
    },
    "file.cannot-read": {
        "en": "cannot read {path}: {reason}",
        "id": "tidak dapat membaca {path}: {reason}",
    },
    "file.not-utf8-byte": {
        "en": "cannot read {path}: line {line} is not UTF-8 (byte {shown});{looks} "
        "save it as UTF-8 ('CSV UTF-8' in a spreadsheet) and try again",
        "id": "tidak dapat membaca {path}: baris {line} bukan UTF-8 (byte {shown});{looks} "
        "simpan sebagai UTF-8 ('CSV UTF-8' di aplikasi lembar kerja) lalu coba lagi",
    },
    "file.not-utf8-bytes": {
        "en": "cannot read {path}: line {line} is not UTF-8 (bytes {shown});{looks} "
        "save it as UTF-8 ('CSV UTF-8' in a spreadsheet) and try again",
        "id": "tidak dapat membaca {path}: baris {line} bukan UTF-8 (byte {shown});{looks} "
        "simpan sebagai UTF-8 ('CSV UTF-8' di aplikasi lembar kerja) lalu coba lagi",
    },
    "file.looks-utf16": {
        "en": " it looks like UTF-16 ('Unicode text');",
        "id": " tampaknya berkas ini UTF-16 ('Unicode text');",
    },
    "file.not-utf8-csv": {
        "en": "cannot read {path} as a UTF-8 CSV file: {reason}",
        "id": "tidak dapat membaca {path} sebagai berkas CSV UTF-8: {reason}",
    },
    # Why a file could not be read or written. English keeps the operating system's or the
    # CSV reader's own words ({english_reason}, the one value Indonesian leaves out, as it
    # is English); Indonesian says it by the error's code.
    "file.reason.ENOENT": {"en": "{english_reason}", "id": "berkas tidak ditemukan"},
    "file.reason.EACCES": {"en": "{english_reason}", "id": "izin akses ditolak"},
    "file.reason.EISDIR": {"en": "{english_reason}", "id": "itu sebuah folder, bukan berkas"},
    "file.reason.ENOTDIR": {
        "en": "{english_reason}",
        "id": "salah satu bagian jalurnya bukan folder",
    },
    "file.reason.ENOSPC": {"en": "{english_reason}", "id": "ruang penyimpanan penuh"},
    "file.reason.EROFS": {"en": "{english_reason}", "id": "sistem berkasnya hanya dapat dibaca"},
    "file.reason.other": {
        "en": "{english_reason} ({code})",
        "id": "galat sistem operasi {code}",
    },
    "file.reason.not-utf8": {
        "en": "byte {byte} at position {position} is not valid UTF-8",
        "id": "byte {byte} pada posisi {position} bukan teks UTF-8 yang sah",
    },
    "file.reason.not-csv": {"en": "{english_reason}", "id": "isinya bukan CSV yang dapat dibaca"},
    # The handbook's own build (docs/_ext): mistakes of the pages' authors.
    "docs.no-calendar-default": {
        "en": "no calendar default {name!r}; use remind-at, remind-before or deadline-block",
        "id": "tidak ada bawaan kalender {name!r}; gunakan remind-at, remind-before, atau "
        "deadline-block",
    },
    "site.pattern-field": {
        "en": "the pattern {pattern!r} for {lang!r} uses the field {letters!r}, which "
        "the page's script {script} cannot write; teach {script} that field "
        "or choose another pattern in etiket.language",
        "id": "pola {pattern!r} untuk {lang!r} memakai kolom {letters!r}, yang tidak dapat "
        "ditulis oleh skrip halaman {script}; ajarkan kolom itu kepada {script} "
        "atau pilih pola lain di etiket.language",
    },
    "site.text-field": {
        "en": "the text {text!r} has the field {field!r}, which the page's script {script} "
        "cannot fill: it fills {{name}} and {{name!r}} only, without a format",
        "id": "teks {text!r} memiliki kolom {field!r}, yang tidak dapat diisi oleh skrip "
        "halaman {script}: skrip itu hanya mengisi {{name}} dan {{name!r}}, tanpa format",
    },
    "site.base-year-type": {
        "en": "the base year must be a whole number, not {value!r}",
        "id": "tahun dasar harus bilangan bulat, bukan {value!r}",
    },
    "site.base-year-range": {
        "en": "the base year {year} is outside the calendar; use e.g. 2026",
        "id": "tahun dasar {year} berada di luar kalender; gunakan misalnya 2026",
    },
    "site.zone-not-offered": {
        "en": "the handbook's pages cannot plan in the time zone {name!r}: they know "
        "{known}; choose one of those, or give the time with its offset (e.g. 14:30+07:00)",
        "id": "halaman buku panduan ini tidak dapat membuat rencana dalam zona waktu {name!r}: "
        "halaman ini hanya mengenal {known}; pilih salah satunya, atau tulis jamnya beserta "
        "selisihnya dari UTC (misalnya 14:30+07:00)",
    },
    "site.zone-elsewhere": {
        "en": "this page reads times on the interview's own clock, not in the time zone "
        "{name!r}: give the time with its offset (e.g. 14:30+07:00), or plan on the "
        "handbook's planner page, which knows time zones",
        "id": "halaman ini membaca jam menurut waktu setempat wawancara, bukan dalam zona "
        "waktu {name!r}: tulis jamnya beserta selisihnya dari UTC (misalnya 14:30+07:00), "
        "atau buat rencana di halaman perencana buku panduan ini, yang mengenal zona waktu",
    },
    "site.zone-names": {
        "en": "the time zone {zone} has more than one name for the offset {offset} between "
        "{first} and {last}; the page's script names a zone's times by offset, so leave "
        "{zone} out of etiket.site_data.PLANNER_ZONES",
        "id": "zona waktu {zone} memiliki lebih dari satu nama untuk selisih {offset} antara "
        "{first} dan {last}; skrip halaman menamai waktu suatu zona menurut selisihnya, jadi "
        "keluarkan {zone} dari etiket.site_data.PLANNER_ZONES",
    },
    "site.planner-years": {
        "en": "the planner needs a run of consecutive years, not {years}",
        "id": "perencana memerlukan deretan tahun yang berurutan, bukan {years}",
    },
}
"""Each error's message, by key: ``{"en": ..., "id": ...}`` with the same fields."""

WORDS: Final[dict[str, dict[Language, str]]] = {
    # What a date is (etiket._dates.to_moment's ``what``).
    "interview date": {"en": "interview date", "id": "tanggal wawancara"},
    "interview": {"en": "interview", "id": "wawancara"},
    "decision date": {"en": "decision date", "id": "tanggal keputusan"},
    "date for today": {"en": "date for today", "id": "tanggal hari ini"},
    "call date": {"en": "call date", "id": "tanggal panggilan telepon"},
    "message date": {"en": "message date", "id": "tanggal pesan"},
    "reply date": {"en": "reply date", "id": "tanggal jawaban"},
    "deadline to respond": {"en": "deadline to respond", "id": "batas waktu menjawab"},
    "next interview date": {"en": "next interview date", "id": "tanggal wawancara berikutnya"},
    "first day of the agenda": {
        "en": "first day of the agenda",
        "id": "hari pertama agenda",
    },
    "last day of the agenda": {"en": "last day of the agenda", "id": "hari terakhir agenda"},
    "day": {"en": "day", "id": "hari"},
    "message": {"en": "message", "id": "pesan"},
    "reply": {"en": "reply", "id": "jawaban"},
    "answer_by date": {"en": "answer_by date", "id": "tanggal answer_by (batas menjawab)"},
    "name": {"en": "name", "id": "nama"},
    "name of a timeline": {"en": "name of a timeline", "id": "nama linimasa"},
    "standard input": {"en": "standard input", "id": "masukan standar"},
    "note": {"en": "note", "id": "surel"},
    # People and details of a note.
    "interviewer": {"en": "interviewer", "id": "nama pewawancara"},
    "follow_up_to": {"en": "follow_up_to", "id": "follow_up_to (kontak untuk menanyakan kabar)"},
    "position": {"en": "position", "id": "nama posisi"},
    "company": {"en": "company", "id": "nama perusahaan"},
    "candidate": {"en": "candidate", "id": "nama Anda"},
    # Units of the policy's numbers.
    "hours": {"en": "hours", "id": "jam"},
    "working days": {"en": "working days", "id": "hari kerja"},
    "weeks": {"en": "weeks", "id": "minggu"},
    "o'clock": {"en": "o'clock", "id": "jam pada jam dinding"},
}
"""Words that errors pass as values, by their English text: ``{"en": ..., "id": ...}``."""
