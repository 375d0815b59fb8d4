"""The ``etiket`` command: plan, assess and plan a cohort from a terminal.

>>> from etiket.cli import main
>>> main(["plan", "2026-11-20", "--country", "ID", "--lang", "id"])
Wawancara: Jumat, 20 November 2026 (ID)
- paling lambat Sabtu, 21 November 2026: Kirim ucapan terima kasih singkat [surel]
- Jumat, 20 November 2026 sampai Kamis, 26 November 2026: Tunggu dengan sabar
- mulai Jumat, 27 November 2026: Tanyakan kabar sekali [surel]
- Jumat, 27 November 2026 sampai Kamis, 10 Desember 2026: Berhenti bertanya, terus melamar
- mulai Jumat, 11 Desember 2026: Kirim satu pesan penutup [surel]
- mulai Jumat, 18 Desember 2026: Anggap belum lolos dan melangkah maju
0

``main`` returns the exit status instead of exiting, so it can run inside
Python: 0 on success, 1 when etiket cannot plan what it was given (a bad date,
an unknown country, a file it cannot write), 2 when the command line itself is
wrong. Errors are one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, NoReturn, TextIO

from etiket._dates import Moment, to_moment
from etiket.assessment import Assessment, Contact, Outcome, Purpose, Reply, assess
from etiket.cohort import Agenda, Cohort, plan_cohort
from etiket.error_messages import ERRORS
from etiket.errors import EtiketError, InvalidDateError, InvalidInputError, Text, Word
from etiket.language import Language, check_language
from etiket.messages import message
from etiket.timeline import Channel, Step, Timeline, plan

__all__ = [
    "assessment_data",
    "build_parser",
    "main",
    "read_moment",
    "step_data",
    "time_zone",
    "timeline_data",
]

PROG = "etiket"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on standard error (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, with its three commands."""
    from etiket import __version__

    parser = _Parser(
        prog=PROG,
        description="What to do after a job interview, and when: the etiket handbook's rules.",
        epilog=(
            "examples:\n"
            "  etiket plan 2026-11-20 --country ID --lang id\n"
            "  etiket plan 2026-11-20T14:30 --timezone Asia/Jakarta --ics plan.ics\n"
            "  etiket assess 2026-11-20 --today 2026-12-01 --note 2026-11-20 --call 2026-11-24\n"
            "  etiket assess 2026-11-20 --today 2026-12-01 --thank-you 2026-11-20 --ics ahead.ics\n"
            "  etiket cohort candidates.csv --agenda 2026-11-27"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def common(sub: argparse.ArgumentParser, interview: bool = True) -> None:
        if interview:
            sub.add_argument(
                "interview",
                metavar="INTERVIEW",
                help="the interview: YYYY-MM-DD, or with a time YYYY-MM-DDTHH:MM[+07:00]",
            )
            sub.add_argument(
                "--decision-date",
                metavar="DATE",
                help="the day the employer said they would decide by",
            )
            sub.add_argument(
                "--not-hr",
                action="store_true",
                help="the interviewer is not in HR (a reply is even less likely)",
            )
            sub.add_argument(
                "--interviewer",
                action="append",
                default=[],
                metavar="NAME",
                help="who interviewed you, e.g. 'Ms Rivera' or 'Ibu Sari'; repeatable",
            )
            sub.add_argument(
                "--follow-up-to",
                metavar="NAME",
                help="the one contact the follow-up goes to (default: the first interviewer)",
            )
            sub.add_argument(
                "--chat",
                action="store_true",
                help="the recruiter writes to you by chat (e.g. WhatsApp)",
            )
            sub.add_argument(
                "--timezone",
                metavar="ZONE",
                help="time zone of times given without an offset, e.g. Asia/Jakarta",
            )
        sub.add_argument(
            "--country",
            metavar="CC",
            help="count this country's public holidays as days off (e.g. ID)",
        )
        sub.add_argument(
            "--lang", default="en", metavar="LANG", help="en (English, default) or id (Indonesian)"
        )
        sub.add_argument("--json", action="store_true", help="print JSON instead of text")

    planner = commands.add_parser(
        "plan",
        help="what to do after an interview, and when",
        description="Print the timeline after an interview; optionally save it as a calendar file.",
    )
    common(planner)
    _ics_options(planner)

    assessor = commands.add_parser(
        "assess",
        help="where you stand today, and what went against etiquette",
        description="Assess your position on a day, given the messages you sent.",
    )
    common(assessor)
    assessor.add_argument(
        "--today", metavar="DATE", help="the day to assess on (default: today's date)"
    )
    assessor.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="DATE[:CHANNEL]",
        help="a message you sent (email unless a channel such as chat is given), its purpose "
        "read from the date; repeatable",
    )
    for purpose in Purpose:
        assessor.add_argument(
            f"--{purpose.value}",
            action="append",
            default=[],
            dest=f"purpose_{purpose.name.lower()}",
            metavar="DATE[:CHANNEL]",
            help=_PURPOSE_HELP[purpose],
        )
    assessor.add_argument(
        "--call", action="append", default=[], metavar="DATE", help="a day you phoned; repeatable"
    )
    assessor.add_argument(
        "--heard-back",
        metavar="DATE:OUTCOME",
        help="the employer's answer: offer, rejection or next-round",
    )
    assessor.add_argument(
        "--respond-by",
        metavar="DATE",
        help="with --heard-back: the day the employer needs your answer by",
    )
    assessor.add_argument(
        "--next-interview",
        metavar="DATE",
        help="with --heard-back DATE:next-round: the day of the next interview",
    )
    # What is still ahead on the day assessed; the waiting periods are the plan's.
    _ics_options(assessor, periods=False)

    cohort = commands.add_parser(
        "cohort",
        help="plan several candidates from a CSV file",
        description=(
            "Plan every candidate of a CSV file with the columns name and interview "
            "(and optionally decision_date, country, interviewer_in_hr). Use - for "
            "standard input."
        ),
    )
    cohort.add_argument("file", metavar="FILE", help="the CSV file (UTF-8), or - to read stdin")
    common(cohort, interview=False)
    cohort.add_argument(
        "--agenda",
        metavar="DATE",
        help="instead of the table, list who has to do what on this day",
    )
    cohort.add_argument(
        "--until", metavar="DATE", help="with --agenda: list every day up to this one too"
    )
    _ics_options(cohort)
    return parser


_PURPOSE_HELP = {
    Purpose.THANK_YOU: "a thank-you note you sent; repeatable",
    Purpose.FOLLOW_UP: "your follow-up; repeatable",
    Purpose.LAST_NOTE: "your last note after weeks of silence",
    Purpose.REPLY: "a reply to the employer (to their answer, or to a question); repeatable",
    Purpose.ANOTHER_OFFER: "the day you told them about another offer",
}


def _ics_options(sub: argparse.ArgumentParser, *, periods: bool = True) -> None:
    sub.add_argument("--ics", metavar="FILE", help="also save the actions as a calendar file")
    if not periods:
        return
    sub.add_argument(
        "--periods",
        action="store_true",
        help="with --ics: add the waiting periods as all-day spans",
    )


# --- JSON -----------------------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def step_data(step: Step) -> dict[str, Any]:
    """One step as JSON-ready data: ISO dates, the same keys every time."""
    window = step.window
    return {
        "action": step.action.value,
        "guidance": step.guidance.value,
        "title": step.title,
        "when": step.when(),
        "description": step.description,
        "earliest": _iso(step.earliest),
        "latest": _iso(step.latest),
        "due": _iso(step.due),
        "channel": step.channel.value if step.channel else None,
        "optional": step.optional,
        "chat": step.chat,
        "recipients": list(step.recipients),
        "window": None
        if window is None
        else {"opens": _iso(window.opens), "closes": _iso(window.closes)},
    }


def timeline_data(timeline: Timeline) -> dict[str, Any]:
    """A timeline as JSON-ready data."""
    return {
        "interview": _iso(timeline.interview.day),
        "interview_at": _iso(timeline.interview.at),
        "decision_date": _iso(timeline.decision_date),
        "country": timeline.calendar.country,
        "lang": timeline.lang,
        "interviewers": list(timeline.interviewers),
        "recruiter_uses_chat": timeline.recruiter_uses_chat,
        "last_note_basis": timeline.last_note_basis.value,
        "last_note_counts_from": _iso(timeline.last_note_counts_from),
        "steps": [step_data(step) for step in timeline.steps],
    }


def assessment_data(assessment: Assessment) -> dict[str, Any]:
    """An assessment as JSON-ready data, with its timeline."""
    reply, next_step, next_round = assessment.reply, assessment.next_step, assessment.next_round
    return {
        "today": _iso(assessment.today),
        "stage": assessment.stage.value,
        "summary": assessment.summary,
        "next_step": None if next_step is None else next_step.action.value,
        "next": None if next_step is None else step_data(next_step),
        "warnings": [
            {
                "breach": w.breach.value,
                "on": _iso(w.on),
                "guidance": w.guidance.value,
                "text": w.text,
            }
            for w in assessment.warnings
        ],
        "contacts": [
            {
                "on": _iso(c.on) if isinstance(c.on, date) else c.on,
                "channel": Channel.parse(c.channel).value,
                "purpose": None if c.purpose is None else Purpose.parse(c.purpose).value,
            }
            for c in assessment.contacts
        ],
        "reply": None if reply is None else _reply_data(reply),
        "lang": assessment.lang,
        "timeline": timeline_data(assessment.timeline),
        "next_round": None if next_round is None else timeline_data(next_round),
    }


def _reply_data(reply: Reply) -> dict[str, Any]:
    def iso(value: object) -> str | None:
        return _iso(value) if isinstance(value, date) else None

    return {
        "on": iso(reply.on),
        "outcome": Outcome(reply.outcome).value,
        "respond_by": iso(reply.respond_by),
        "next_interview": iso(reply.next_interview),
    }


def _cohort_data(cohort: Cohort) -> dict[str, Any]:
    rows = [{k: _iso(v) if isinstance(v, date) else v for k, v in r.items()} for r in cohort.rows()]
    return {"lang": cohort.lang, "columns": cohort.columns(), "candidates": rows}


def _agenda_data(agenda: Agenda) -> dict[str, Any]:
    items = [
        {k: _iso(v) if isinstance(v, date) else v for k, v in r.items()} for r in agenda.rows()
    ]
    return {
        "first": _iso(agenda.first),
        "last": _iso(agenda.last),
        "lang": agenda.lang,
        "items": items,
    }


def _print_json(data: dict[str, Any], out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- Arguments into etiket's values ---------------------------------------------------------


def time_zone(name: str | None) -> tzinfo | None:
    """The zone ``--timezone`` names (None without one); an unknown name is a clear error."""
    if name is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidDateError("date.unknown-zone", name=name) from None


def read_moment(text: str, what: str, zone: tzinfo | None) -> date | datetime:
    """A date or time as typed; a time without an offset on ``zone``'s clock, when given.

    The in-page planner reads its ``timezone`` field the same way (tools/planner_cases.py).
    """
    moment: Moment = to_moment(text, what)
    if moment.at is None:
        return moment.day
    if zone is not None and moment.at.tzinfo is None:
        return moment.at.replace(tzinfo=zone)
    return moment.at


def _split(text: str) -> tuple[str, str | None]:
    """'2026-11-21:letter' -> ('2026-11-21', 'letter'); a time's colons stay with the date."""
    head, sep, tail = text.rpartition(":")
    if sep and tail and all(c.isalpha() or c in "-_ " for c in tail):
        return head, tail
    return text, None


def _contacts(args: argparse.Namespace, zone: tzinfo | None) -> list[Contact]:
    given: list[tuple[str, Purpose | None]] = [(text, None) for text in args.note]
    for kind in Purpose:
        given += [(text, kind) for text in getattr(args, f"purpose_{kind.name.lower()}")]
    notes = []
    for text, purpose in given:
        on, channel = _split(text)
        notes.append(Contact(read_moment(on, "message date", zone), channel or "email", purpose))
    return notes


def _reply(args: argparse.Namespace, zone: tzinfo | None) -> Reply | None:
    text = args.heard_back
    if text is None:
        for option in ("respond_by", "next_interview"):
            if getattr(args, option) is not None:
                flag = "--" + option.replace("_", "-")
                raise InvalidInputError(
                    "cli.only-with", option=flag, needs="--heard-back DATE:OUTCOME"
                )
        return None
    on, outcome = _split(text)
    if outcome is None:
        raise InvalidInputError("cli.heard-back-outcome", text=text)
    next_interview = args.next_interview
    return Reply(
        read_moment(on, "reply date", zone),
        outcome.strip().lower(),
        args.respond_by,
        None
        if next_interview is None
        else read_moment(next_interview, "next interview date", zone),
    )


def _read_rows(path: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read_utf8(path), newline="")))


def _read_utf8(path: str) -> str:
    """The whole file, or standard input for '-', as text that must be UTF-8.

    Standard input is read as bytes: its text layer decodes with the locale's encoding
    and, in the C and C.UTF-8 locales, lets bad bytes through as lone surrogates, which
    came out again as invalid text, JSON or calendar files (or a traceback).
    """
    source: object = Word("standard input") if path == "-" else path
    data: bytes | str
    if path == "-":
        raw = getattr(sys.stdin, "buffer", None)
        data = sys.stdin.read() if raw is None else raw.read()
    else:
        data = Path(path).read_bytes()
    try:
        if isinstance(data, bytes):
            return data.decode("utf-8-sig")
        data.encode("utf-8")  # a text stream without bytes below may hold lone surrogates
    except (UnicodeDecodeError, UnicodeEncodeError) as error:
        raise _not_utf8(source, error) from None
    return data.removeprefix("\ufeff")


def _not_utf8(source: object, error: UnicodeDecodeError | UnicodeEncodeError) -> _FileError:
    text, start, end = error.object, error.start, error.end
    if isinstance(text, bytes):
        line = text[:start].count(b"\n") + 1
        shown = " ".join(f"0x{byte:02x}" for byte in text[start:end])
    else:  # surrogateescape keeps byte 0xNN as U+DCNN
        line = text[:start].count("\n") + 1
        shown = " ".join(
            f"0x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else f"U+{ord(c):04X}"
            for c in text[start:end]
        )
    utf16 = isinstance(text, bytes) and text.startswith((b"\xff\xfe", b"\xfe\xff"))
    looks = Text("file.looks-utf16") if utf16 else ""
    return _FileError(
        "file.not-utf8-bytes" if end - start > 1 else "file.not-utf8-byte",
        path=source, line=line, shown=shown, looks=looks,
    )  # fmt: skip


# --- Commands -------------------------------------------------------------------------------


def _write_ics(
    args: argparse.Namespace, what: Timeline | Cohort | Assessment, lang: str, err: TextIO
) -> None:
    periods = getattr(args, "periods", False)
    if args.ics is None:
        if periods:
            raise InvalidInputError("cli.only-with", option="--periods", needs="--ics FILE")
        return
    from etiket.ics import calendar_events, to_ics

    data = to_ics(what, periods=periods)
    path = Path(args.ics)
    try:
        path.write_bytes(data)
    except OSError as error:
        raise _FileError(
            "file.cannot-write-calendar", path=args.ics, reason=_os_reason(error)
        ) from None
    count = len(calendar_events(what, periods=periods))
    print(message("cli.wrote-ics", lang, count=count, path=args.ics), file=err)


class _FileError(EtiketError):
    """A file could not be read or written; reported like an etiket error."""


def _os_reason(error: OSError) -> Text:
    """Why the operating system refused a file, worded in each language."""
    import errno

    code = errno.errorcode.get(error.errno or 0, "")
    reason = error.strerror or str(error)
    if f"file.reason.{code}" in ERRORS:
        return Text(f"file.reason.{code}", english_reason=reason)
    return Text("file.reason.other", english_reason=reason, code=code or error.errno)


def _decoding_reason(error: UnicodeDecodeError | csv.Error) -> Text:
    """Why a file is not readable text, worded in each language."""
    if isinstance(error, UnicodeDecodeError):
        byte = f"0x{error.object[error.start]:02x}"
        return Text("file.reason.not-utf8", byte=byte, position=error.start)
    return Text("file.reason.not-csv", english_reason=error)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    lang = check_language(args.lang)
    if args.command == "cohort":
        try:
            rows = _read_rows(args.file)
        except OSError as error:
            raise _FileError("file.cannot-read", path=args.file, reason=_os_reason(error)) from None
        except (UnicodeDecodeError, csv.Error) as error:
            raise _FileError(
                "file.not-utf8-csv", path=args.file, reason=_decoding_reason(error)
            ) from None
        cohort = plan_cohort(rows, country=args.country, lang=lang)
        if args.until is not None and args.agenda is None:
            raise InvalidInputError("cli.only-with", option="--until", needs="--agenda DATE")
        agenda = None if args.agenda is None else cohort.agenda(args.agenda, args.until)
        # The file first: if it cannot be written, nothing is printed as if all went well.
        _write_ics(args, cohort, lang, err)
        if agenda is not None:
            if args.json:
                _print_json(_agenda_data(agenda), out)
            else:
                print(agenda, file=out)
        elif args.json:
            _print_json(_cohort_data(cohort), out)
        else:
            print(cohort, file=out)
        return 0

    zone = time_zone(args.timezone)
    interview = read_moment(args.interview, "interview date", zone)
    options: dict[str, Any] = {
        "decision_date": args.decision_date,
        "country": args.country,
        "lang": lang,
        "interviewer_in_hr": False if args.not_hr else None,
        "interviewers": args.interviewer,
        "follow_up_to": args.follow_up_to,
        "recruiter_uses_chat": args.chat,
    }
    if args.command == "plan":
        timeline = plan(interview, **options)
        _write_ics(args, timeline, lang, err)
        if args.json:
            _print_json(timeline_data(timeline), out)
        else:
            print(timeline, file=out)
        return 0

    today = None if args.today is None else read_moment(args.today, "date for today", zone)
    result = assess(
        interview,
        today=today,
        notes=_contacts(args, zone),
        calls=[read_moment(c, "call date", zone) for c in args.call],
        heard_back=_reply(args, zone),
        **options,
    )
    _write_ics(args, result, lang, err)
    if args.json:
        _print_json(assessment_data(result), out)
    else:
        print(result, file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    out, err = sys.stdout, sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:
        # argparse exits after --help, --version and usage errors; report its status instead.
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        return 2
    try:
        return _run(args, out, err)
    except EtiketError as error:
        _report(error, args.lang, err)
        return 1
    except UnicodeEncodeError as error:
        # A terminal in ASCII (or another narrow encoding) and a name such as "Śari".
        char = ascii(error.object[error.start : error.end])
        _report(EtiketError("cli.cannot-show", encoding=error.encoding, char=char), args.lang, err)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `etiket plan ... | head -1`): not an error of ours.
        # Point stdout at /dev/null so that Python's final flush does not fail again.
        _silence_stdout()
        return 0


def _report(error: EtiketError, lang: str, err: TextIO) -> None:
    code = _error_language(lang)
    text = message("cli.error", code, prog=PROG, error=error.message(code))
    # The error stream may be as narrow as the output: never fail while reporting.
    encoding = getattr(err, "encoding", None) or "utf-8"
    print(text.encode(encoding, "backslashreplace").decode(encoding), file=err)


def _error_language(lang: str) -> Language:
    """The language to report an error in: the reader's, or English if ``--lang`` is the error."""
    try:
        return check_language(lang)
    except EtiketError:
        return "en"


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
