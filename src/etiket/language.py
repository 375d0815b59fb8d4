"""The two languages of the handbook, and dates written the way each reads them.

>>> from datetime import date
>>> from etiket import format_date
>>> format_date(date(2026, 11, 25), "id")
'Rabu, 25 November 2026'
>>> format_date(date(2026, 11, 25), "en")
'Wednesday, November 25, 2026'
>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from etiket.language import format_datetime
>>> format_datetime(datetime(2026, 11, 21, 14, 30, tzinfo=ZoneInfo("Asia/Jakarta")), "id")
'Sabtu, 21 November 2026 pukul 14.30 WIB'
>>> from etiket.language import format_long_date
>>> format_long_date(date(2026, 11, 20), "id")
'20 November 2026'
>>> format_date(date(2026, 11, 25), "fr")
Traceback (most recent call last):
...
etiket.errors.UnsupportedLanguageError: unsupported language 'fr'; use one of: 'en' (English), ...
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import Final, Literal, TypeAlias

from etiket.errors import InvalidInputError, UnsupportedLanguageError

__all__ = [
    "DATETIME_FORMATS",
    "DATE_FORMATS",
    "LANGUAGES",
    "LETTER_DATE_FORMAT",
    "Language",
    "check_language",
    "format_date",
    "format_datetime",
    "format_long_date",
    "format_moment",
]

Language: TypeAlias = Literal["en", "id"]
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}
"""The supported languages: each code, with the language's name."""
DATE_FORMATS: dict[Language, str] = {"en": "full", "id": "EEEE, d MMMM y"}
"""How :func:`format_date` writes a date in each language: a Babel width name or pattern.

Babel's full Indonesian pattern pads the day ("08 Desember"); prose writes "8 Desember".
The in-page planner reads these too (:mod:`etiket.site_data`), so page and package agree.
"""
DATETIME_FORMATS: dict[Language, str] = {"en": "{date} {time}", "id": "{date} pukul {time}"}
"""How :func:`format_datetime` joins the date and Babel's short time, per language.

Indonesian puts "pukul" before a clock time ("Sabtu, 21 November 2026 pukul 14.30");
Babel's Indonesian data has no such pattern, so it is kept here, where the planner reads it.
"""

LETTER_DATE_FORMAT: Final = "long"
"""How :func:`format_long_date` writes a letter's date, in every language: a Babel width name.

The letters script in the handbook's pages reads it too (:mod:`etiket.letters_data`).
"""


def check_language(lang: object) -> Language:
    """``lang`` as a supported language code, or a clear error naming the supported ones."""
    if isinstance(lang, str):
        code = lang.strip().lower().replace("_", "-").split("-")[0]
        if code == "en":
            return "en"
        if code == "id":
            return "id"
    supported = ", ".join(f"{code!r} ({name})" for code, name in LANGUAGES.items())
    raise UnsupportedLanguageError("language.unsupported", lang=lang, supported=supported)


@lru_cache(maxsize=4096)
def _format_date(day: date, lang: Language) -> str:
    # Babel is heavy to import; only text output needs it.
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, format=DATE_FORMATS[lang], locale=lang))


def format_date(day: date, lang: str = "en") -> str:
    """The full date in the reader's language, e.g. 'Rabu, 25 November 2026'."""
    code = check_language(lang)
    if type(day) is not date:
        # Babel would write today's date for None, and fail obscurely on text.
        if not isinstance(day, date):
            raise InvalidInputError(
                "input.function-needs",
                function="format_date",
                kind="date",
                value=day,
                type=type(day).__name__,
            )
        day = day.date() if isinstance(day, datetime) else date(day.year, day.month, day.day)
    return _format_date(day, code)


def format_datetime(moment: datetime, lang: str = "en") -> str:
    """The full date and time (and zone, when known): 'Rabu, 25 November 2026 pukul 14.30'."""
    from babel.dates import format_time

    code = check_language(lang)
    if not isinstance(moment, datetime):
        raise InvalidInputError(
            "input.function-needs",
            function="format_datetime",
            kind="datetime",
            value=moment,
            type=type(moment).__name__,
        )
    text = DATETIME_FORMATS[code].format(
        date=_format_date(moment.date(), code), time=format_time(moment, "short", locale=code)
    )
    if moment.tzinfo is not None:
        text += f" {moment.tzname() or ''}".rstrip()
    return text


def format_moment(moment: date | datetime, lang: str = "en") -> str:
    """A date as :func:`format_date` writes it, a datetime as :func:`format_datetime` does."""
    if isinstance(moment, datetime):
        return format_datetime(moment, lang)
    return format_date(moment, lang)


def format_hour(hour: int, lang: str = "en") -> str:
    """An hour of the day as the reader's clock shows it: '8:00 AM', '08.00'."""
    from babel.dates import format_time

    code = check_language(lang)
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 24:
        raise InvalidInputError("input.hour", hour=hour)
    # 24 closes a day: its clock reads midnight, which is the hour 0.
    return str(format_time(time(hour % 24), "short", locale=code))


def format_long_date(day: date, lang: str = "en") -> str:
    """The date as a letter writes it, without the weekday: '20 November 2026'."""
    from babel.dates import format_date as babel_format_date

    code = check_language(lang)
    if not isinstance(day, date):
        raise InvalidInputError(
            "input.function-needs",
            function="format_long_date",
            kind="date",
            value=day,
            type=type(day).__name__,
        )
    # A datetime's own calendar day, whatever its zone: the day the letter means.
    plain = day.date() if isinstance(day, datetime) else day
    return str(babel_format_date(plain, LETTER_DATE_FORMAT, locale=code))
