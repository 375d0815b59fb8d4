"""Reading the interviewer's title off what a person types, and greeting them by it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etiket import Interviewer, InvalidInputError, UnsupportedLanguageError
from etiket.address import LONGEST_DETAIL, TITLES

SPOKEN = {"Pak": "Bapak", "Bu": "Ibu"}
INDONESIAN_TITLES = {"Bapak", "Ibu", "Mas", "Mbak", "Kak"}
UNKNOWN_GENDER = "Bapak/Ibu"


def _typed_forms(title: str) -> list[str]:
    """The ways a person may type a title: any case, with or without its dot."""
    return [title, title.lower(), title.upper(), f"{title}."]


@pytest.mark.parametrize(
    ("typed", "title"),
    [(form, title) for title in TITLES for form in _typed_forms(title)]
    + [(form, full) for short, full in SPOKEN.items() for form in _typed_forms(short)],
)
def test_each_title_is_read_off_the_front(typed: str, title: str) -> None:
    person = Interviewer.parse(f"{typed} Sari  Wulandari")
    assert person == Interviewer("Sari Wulandari", title)
    assert str(person) == f"{title} Sari Wulandari"


def test_a_dot_may_join_the_title_to_the_name() -> None:
    assert Interviewer.parse("Dr.Rivera") == Interviewer("Rivera", "Dr")


@pytest.mark.parametrize("text", ["Budi Santoso", "Ibrahim", "Masayu Dewi", "Drew Kim", "Bu-di"])
def test_a_name_that_only_starts_like_a_title_keeps_its_letters(text: str) -> None:
    assert Interviewer.parse(text) == Interviewer(text)


def test_only_the_first_title_is_read() -> None:
    # "Ibu Dr. Sari" is how Indonesian letters write a doctor: Ibu, then the name with its degree.
    person = Interviewer.parse("Ibu Dr. Sari")
    assert person == Interviewer("Dr. Sari", "Ibu")
    assert person.greeting("id") == "Yth. Ibu Dr. Sari,"


@given(st.text(max_size=LONGEST_DETAIL + 5))
def test_reading_what_was_written_gives_the_same_interviewer(text: str) -> None:
    try:
        person = Interviewer.parse(text)
    except InvalidInputError:
        return
    assert Interviewer.parse(str(person)) == person
    assert Interviewer.parse(person) is person
    assert str(person).split() == [*([person.title] if person.title else []), *person.name.split()]


NAME_WORDS = st.lists(st.sampled_from(["Sari", "Lee", "Budi"]), min_size=1, max_size=5)


@given(st.sampled_from([*TITLES, None]), NAME_WORDS)
def test_the_constructor_and_parse_agree(title: str | None, words: list[str]) -> None:
    person = Interviewer(" ".join(words), title)
    assert Interviewer.parse(str(person)) == person


@pytest.mark.parametrize("title", TITLES)
def test_english_greets_by_the_title_and_the_name_given(title: str) -> None:
    person = Interviewer("Rivera", title)
    assert person.greeting("en") == f"Dear {title} Rivera,"
    assert person.greeting("en", chat=True) == f"Hello {title} Rivera,"
    assert person.you("en") == "you"


def test_english_without_a_title_greets_by_the_first_name() -> None:
    person = Interviewer.parse("Sam Lee")
    assert person.greeting("en") == "Dear Sam,"
    assert str(person) == "Sam Lee"


@pytest.mark.parametrize(
    ("title", "indonesian"),
    [("Ms", "Ibu"), ("Mrs", "Ibu"), ("Miss", "Ibu"), ("Mr", "Bapak"), ("Dr", "Dr."),
     ("Prof", "Prof."), ("Mx", "Mx"), ("Bapak", "Bapak"), ("Ibu", "Ibu")],
)  # fmt: skip
def test_indonesian_greets_formally_in_its_own_words(title: str, indonesian: str) -> None:
    person = Interviewer("Sari", title)
    assert person.greeting("id") == f"Yth. {indonesian} Sari,"
    assert person.greeting("id", chat=True) == f"Permisi, {indonesian} Sari."
    # The body says Bapak or Ibu for "you"; a title that names no gender takes both.
    assert person.you("id") == (indonesian if indonesian in {"Bapak", "Ibu"} else UNKNOWN_GENDER)


@pytest.mark.parametrize("title", ["Mas", "Mbak", "Kak"])
def test_a_friendly_title_gets_a_friendly_greeting(title: str) -> None:
    person = Interviewer("Rina", title)
    assert person.greeting("id") == f"Halo {title} Rina,"
    assert person.greeting("id", chat=True) == f"Halo, {title} Rina."
    assert person.you("id").startswith(title)


def test_indonesian_without_a_title_names_no_gender() -> None:
    person = Interviewer.parse("Sari Wulandari")
    assert person.greeting("id") == f"Yth. {UNKNOWN_GENDER} Sari Wulandari,"
    assert person.you("id") == UNKNOWN_GENDER


def test_every_title_has_an_indonesian_word_for_you() -> None:
    for title in TITLES:
        word = Interviewer("Sari", title).you("id")
        assert word != "Anda"
        assert word in {*INDONESIAN_TITLES, "Kakak", UNKNOWN_GENDER}


def test_a_title_given_to_the_constructor_is_written_in_full() -> None:
    assert Interviewer("Budi", "pak") == Interviewer("Budi", "Bapak")
    assert Interviewer("  Budi \n Santoso ", "Dr.") == Interviewer("Budi Santoso", "Dr")


@pytest.mark.parametrize("typed", ["Ibu", "Pak.", "  mbak  ", "Dr."])
def test_a_title_without_a_name_is_refused(typed: str) -> None:
    title = Interviewer.parse(f"{typed} X").title
    with pytest.raises(InvalidInputError, match="title without a name") as error:
        Interviewer.parse(typed)
    assert f"'{title} " in str(error.value)  # shows how to write it


@pytest.mark.parametrize("value", ["", "   ", "\n\t"])
def test_an_empty_name_is_refused(value: str) -> None:
    with pytest.raises(InvalidInputError, match="interviewer is empty"):
        Interviewer.parse(value)
    with pytest.raises(InvalidInputError, match="interviewer is empty"):
        Interviewer(value, "Ibu")


@pytest.mark.parametrize("value", [None, 42, ["Sari"], b"Sari", ("Sari", "Ibu")])
def test_what_is_not_text_is_refused_with_an_example(value: Any) -> None:
    with pytest.raises(InvalidInputError, match="interviewer must be text") as error:
        Interviewer.parse(value)
    assert repr(value) in str(error.value)
    assert "'Ibu Sari'" in str(error.value)


def test_a_name_too_long_for_a_letter_is_refused() -> None:
    longest = "x" * LONGEST_DETAIL
    assert str(Interviewer.parse(longest)) == longest
    with pytest.raises(InvalidInputError, match=f"{LONGEST_DETAIL + 1} characters long"):
        Interviewer.parse(longest + "x")
    # The title counts: the letter shows both.
    with pytest.raises(InvalidInputError, match=f"{LONGEST_DETAIL + 4} characters long"):
        Interviewer(longest, "Ibu")


@pytest.mark.parametrize("title", ["Sir", "", "Madam", 3])
def test_an_unknown_title_is_refused_with_the_known_ones(title: Any) -> None:
    with pytest.raises(InvalidInputError, match="unknown title") as error:
        Interviewer("Sari", title)
    for known in TITLES:
        assert known in str(error.value)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'jv'"):
        Interviewer("Sari", "Ibu").greeting("jv")
    with pytest.raises(UnsupportedLanguageError, match="'jv'"):
        Interviewer("Sari", "Ibu").you("jv")
