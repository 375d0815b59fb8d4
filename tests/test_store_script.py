"""The assistant's store (docs/_static/assistant-store.js), run in Node.

The script keeps the reader's situation as one versioned record in the browser's storage
and in a link's fragment. tests/store_harness.js loads it with ``vm`` into a minimal window
with an in-memory localStorage (which can also be missing, refused, broken or full) and
calls it step by step. What a record may hold comes from the package, as the page's build
writes it (etiket_docs.assistant.store_data); the checks here read every record the script
returns against that, field by field, on their own (``assert_valid``).

Outside CI a missing Node skips these tests; with CI=true it fails them.
"""

from __future__ import annotations

import base64
import json
import random
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any

import pytest
from browser._site import EDITIONS, ROOT, unavailable
from etiket_docs.assistant import store_data

HARNESS = ROOT / "tests" / "store_harness.js"
SCRIPT = ROOT / "docs" / "_static" / "assistant-store.js"
VERSION = 2
# The fields of the current record, and of its parts, as the script's header documents them.
NOTES = ("thankYou", "followUp", "lastNote", "anotherOffer")
TEXTS = ("company", "position", "candidate")
DATES = ("interview", "decision")
ANSWER_DATES = ("on", "respondBy", "nextInterview")
FIELDS = (
    "version", "interview", "time", "decision", "country", *TEXTS, "interviewers", "chat",
    *NOTES, "calls", "answer",
)  # fmt: skip
URL_SAFE = re.compile(r"^plan=[A-Za-z0-9_-]+$")


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        unavailable("Node.js is not installed: apt-get install nodejs")
    return found


def run(node: str, steps: list[Any], lang: str = "en", storage: str = "ok") -> list[Any]:
    """The result of each step, in order; fails if the script threw at any of them."""
    request = {"script": str(SCRIPT), "data": store_data(lang), "storage": storage, "steps": steps}
    done = subprocess.run(
        [node, str(HARNESS)], input=json.dumps(request), capture_output=True, text=True,
        check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    results: list[Any] = json.loads(done.stdout)
    flat = [r for result in results for r in (result if isinstance(result, list) else [result])]
    threw = [r["threw"] for r in flat if isinstance(r, dict) and "threw" in r]
    assert not threw, "the store threw:\n" + "\n".join(threw)
    return results


def one(node: str, step: dict[str, Any], lang: str = "en", storage: str = "ok") -> Any:
    return run(node, [step], lang, storage)[0]


# ---- An oracle of the record's shape, from the package's data ---------------------------------


def is_iso(value: object, pattern: str, parse: Callable[[str], object]) -> bool:
    """Whether ``value`` is empty, or matches ``pattern`` and ``parse`` takes it."""
    if not isinstance(value, str):
        return False
    if value == "":
        return True
    if not re.fullmatch(pattern, value):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def is_day(value: object) -> bool:
    return is_iso(value, r"\d{4}-\d{2}-\d{2}", date.fromisoformat)


def is_clock(value: object) -> bool:
    return is_iso(value, r"\d{2}:\d{2}(:\d{2})?", time.fromisoformat)


def is_text(value: object, limit: int) -> bool:
    # What etiket's check_name refuses: control characters, line and paragraph separators,
    # half characters.
    return (
        isinstance(value, str)
        and len(value) <= limit
        and not any(unicodedata.category(c) in {"Cc", "Zl", "Zp", "Cs"} for c in value)
    )


def problems_of(record: Any, data: dict[str, Any]) -> list[str]:
    """What is wrong with ``record`` as a current record; empty if nothing."""
    if not isinstance(record, dict):
        return ["not an object"]
    found = []
    if list(record) != list(FIELDS):
        found.append(f"fields {list(record)}")
        return found
    limit = data["limits"]["detail"]
    checks: list[tuple[str, bool]] = [
        ("version", record["version"] == VERSION),
        ("time", is_clock(record["time"])),
        ("country", record["country"] in ["", *data["countries"]]),
        ("chat", isinstance(record["chat"], bool)),
    ]
    checks += [(name, is_day(record[name])) for name in DATES]
    checks += [(name, is_text(record[name], limit)) for name in TEXTS]
    for note in NOTES:
        value = record[note]
        # The note about another offer also holds the day the other employer wants an answer.
        extra = ["answerBy"] if note == "anotherOffer" else []
        fields = list(value) == ["on", "channel", *extra]
        checks.append((note, fields and all(is_day(value[name]) for name in ["on", *extra])))
        checks.append((note, value["channel"] in data["channels"]))
    people = record["interviewers"]
    checks.append(("interviewers", len(people) <= data["limits"]["interviewers"]))
    for person in people:
        checks.append(("interviewers", list(person) == ["title", "name"]))
        checks.append(("interviewers", person["title"] in ["", *data["titles"]]))
        checks.append(("interviewers", is_text(person["name"], limit)))
    calls = record["calls"]
    checks.append(("calls", len(calls) <= data["limits"]["calls"] and all(map(is_day, calls))))
    answer = record["answer"]
    checks.append(("answer", list(answer) == ["outcome", *ANSWER_DATES]))
    checks.append(("answer", answer["outcome"] in ["", *data["outcomes"]]))
    checks += [("answer", is_day(answer[name])) for name in ANSWER_DATES]
    return [name for name, fine in checks if not fine]


def assert_valid(record: Any, lang: str = "en") -> None:
    assert problems_of(record, store_data(lang)) == [], record


# ---- Records to use ----------------------------------------------------------------------------

SAMPLE_TEXT = [
    "PT Maju Jaya",
    "Café «Ngopi»",
    'O"Brien & <b>Co</b>',
    "مريم",
    "東京",
    "😀 Sari",
    "{x}",
]


def some_day(rng: random.Random) -> str:
    return (date(2025, 1, 1) + timedelta(days=rng.randrange(5 * 365))).isoformat()


def maybe(rng: random.Random, value: str) -> str:
    return value if rng.random() < 0.6 else ""


def valid_record(rng: random.Random, data: dict[str, Any]) -> dict[str, Any]:
    """A random record of the current version, as the form could make it."""
    limit = data["limits"]["detail"]
    people = [
        {"title": rng.choice(["", *data["titles"]]), "name": rng.choice(SAMPLE_TEXT)[:limit]}
        for _ in range(rng.randrange(data["limits"]["interviewers"] + 1))
    ]
    record: dict[str, Any] = {
        "version": VERSION,
        "interview": some_day(rng),
        "time": maybe(rng, f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"),
        "decision": maybe(rng, some_day(rng)),
        "country": rng.choice(["", *data["countries"]]),
    }
    record |= {name: maybe(rng, rng.choice(SAMPLE_TEXT)) for name in TEXTS}
    record |= {"interviewers": people, "chat": rng.random() < 0.5}
    record |= {
        note: {"on": maybe(rng, some_day(rng)), "channel": rng.choice(data["channels"])}
        for note in NOTES
    }
    record["anotherOffer"]["answerBy"] = maybe(rng, some_day(rng))
    record["calls"] = [some_day(rng) for _ in range(rng.randrange(data["limits"]["calls"] + 1))]
    record["answer"] = {"outcome": rng.choice(["", *data["outcomes"]])} | {
        name: maybe(rng, some_day(rng)) for name in ANSWER_DATES
    }
    return record


def full_record(data: dict[str, Any]) -> dict[str, Any]:
    rng = random.Random(1)
    while True:
        record = valid_record(rng, data)
        if record["interviewers"] and record["calls"] and record["time"]:
            return record


def fragment_json(fragment: str) -> Any:
    code = fragment.removeprefix("plan=")
    return json.loads(base64.urlsafe_b64decode(code + "=" * (-len(code) % 4)))


def fragment_of(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return "#plan=" + base64.urlsafe_b64encode(text).decode().rstrip("=")


# ---- The script's face -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", EDITIONS)
def test_an_empty_record_is_valid_and_starts_with_the_editions_calendar(
    node: str, lang: str
) -> None:
    api, empty, reasons = run(node, [{"op": "api"}, {"op": "empty"}, {"op": "reasons"}], lang)
    assert api == sorted(
        ["KEY", "REASONS", "VERSION", "empty", "forget", "fromFragment", "load", "read", "save",
         "toFragment"]
    )  # fmt: skip
    assert_valid(empty, lang)
    assert empty["country"] == store_data(lang)["defaultCountry"]
    assert store_data("id")["defaultCountry"] in store_data("id")["countries"]
    assert set(reasons) == {"unavailable", "full", "damaged", "tooLarge", "invalid", "future"}


@pytest.mark.parametrize("lang", EDITIONS)
def test_records_round_trip_through_storage_and_links(node: str, lang: str) -> None:
    data = store_data(lang)
    rng = random.Random(20261120)
    records = [valid_record(rng, data) for _ in range(150)]
    steps: list[dict[str, Any]] = []
    for record in records:
        steps += [
            {"op": "save", "value": record},
            {"op": "load"},
            {"op": "toFragment", "value": record},
        ]
    results = run(node, steps, lang)
    fragments = []
    for index, record in enumerate(records):
        saved, loaded, fragment = results[3 * index : 3 * index + 3]
        assert saved == {"ok": True, "reason": None, "field": None}
        assert loaded["reason"] is None
        assert loaded["record"] == record
        assert URL_SAFE.match(fragment), fragment
        # Compact: the link leaves out every field that holds its empty value.
        sparse = fragment_json(fragment)
        assert next(iter(sparse)) == "version"
        assert "" not in sparse.values()
        assert [] not in sparse.values()
        assert all(value != {"on": "", "channel": data["channels"][0]} for value in sparse.values())
        fragments.append(fragment)
    back = run(node, [{"op": "fromFragment", "hash": "#" + f} for f in fragments], lang)
    for record, result in zip(records, back, strict=True):
        assert result["reason"] is None
        assert result["record"] == record
    # A link made in one edition opens the same plan in the other.
    other = "id" if lang == "en" else "en"
    across = run(node, [{"op": "fromFragment", "hash": f} for f in fragments[:20]], other)
    assert [r["record"] for r in across] == records[:20]


def test_an_empty_records_link_is_short(node: str) -> None:
    empty = one(node, {"op": "empty"})
    fragment = one(node, {"op": "toFragment", "value": empty})
    assert fragment_json(fragment) == {"version": VERSION}
    assert len(fragment) <= len("plan=") + 20


def test_a_link_with_nothing_to_restore_is_not_an_error(node: str) -> None:
    hashes = ["", "#", "#section-2", "#planet", "plan"]
    results = run(node, [{"op": "fromFragment", "hash": hash_} for hash_ in hashes])
    assert results == [{"record": None, "reason": None, "field": None}] * len(hashes)


def test_nothing_kept_is_no_record_and_no_reason(node: str) -> None:
    assert one(node, {"op": "load"}) == {"record": None, "reason": None, "field": None}


def test_forget_clears_the_kept_record(node: str) -> None:
    record = full_record(store_data("en"))
    steps = [{"op": "save", "value": record}, {"op": "forget"}, {"op": "getRaw"}, {"op": "load"}]
    saved, forgot, raw, loaded = run(node, steps)
    assert saved["ok"]
    assert forgot == {"ok": True, "reason": None}
    assert raw is None
    assert loaded["record"] is None


# ---- Every field's type and format -------------------------------------------------------------


def bad_values(data: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(field path, why, value) for every field: each value must be refused at that field."""
    limit = data["limits"]["detail"]
    wrong_day = [
        "2026-02-30",
        "2026-13-01",
        "2026-1-5",
        "20261120",
        "2026-11-20T10:00",
        " ",
        None,
        20261120,
    ]
    wrong_text = [
        None,
        7,
        ["a"],
        "x" * (limit + 1),
        "😀" * (limit + 1),
        "a\nb",
        "a\u0000",
        "\ud800",
        "a\u2028",
    ]
    cases: list[tuple[str, str, Any]] = []

    def add(path: str, values: list[Any]) -> None:
        cases.extend((path, repr(value)[:30], value) for value in values)

    for name in DATES:
        add(name, wrong_day)
    add("time", ["24:00", "9:00", "10:60", "10:00 AM", 10, None])
    add("country", ["XX", "id", None, 0])
    for name in TEXTS:
        add(name, wrong_text)
    add("chat", ["true", 1, None])
    for note in NOTES:
        add(note, ["2026-11-20", [], None])
        add(f"{note}.on", wrong_day)
        add(f"{note}.channel", ["fax", "chat", "", None])
        add(f"{note}.extra", ["x"])
    add(
        "interviewers",
        [{}, "Ms Rivera", [{"title": "", "name": ""}] * (data["limits"]["interviewers"] + 1)],
    )
    add("interviewers.0", ["Ms Rivera", None, []])
    add("interviewers.0.title", ["Sir", "ms", None])
    add("interviewers.0.name", wrong_text)
    add("interviewers.0.role", ["x"])
    add("calls", ["2026-11-24", [""] * (data["limits"]["calls"] + 1)])
    add("calls.0", wrong_day)
    add("answer", ["offer", None])
    add("answer.outcome", ["maybe", "Offer", None])
    for name in ANSWER_DATES:
        add(f"answer.{name}", wrong_day)
    add("extra", [1])
    return cases


def with_value(record: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed: dict[str, Any] = json.loads(json.dumps(record))
    keys = path.split(".")
    target = changed
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if isinstance(target, list):
        target[int(keys[-1])] = value
    else:
        target[keys[-1]] = value
    return changed


def test_every_field_is_checked(node: str) -> None:
    data = store_data("en")
    record = full_record(data)
    cases = bad_values(data)
    assert len({path for path, _, _ in cases}) >= 30
    # JSON has no lone surrogate: such a value goes as text the script parses.
    steps = [
        {"op": "readText", "text": json.dumps(with_value(record, path, value))}
        for path, _, value in cases
    ]
    results = run(node, steps)
    wrong = [
        f"{path} = {why}: {result}"
        for (path, why, _), result in zip(cases, results, strict=True)
        if result != {"record": None, "reason": "invalid", "field": path}
    ]
    assert not wrong, "\n".join(wrong)


def test_the_longest_text_and_the_most_rows_are_kept(node: str) -> None:
    data = store_data("en")
    limit = data["limits"]["detail"]
    record = full_record(data)
    # Lengths count characters, as etiket does: an emoji is one, not two UTF-16 units.
    record["company"] = "😀" * limit
    record["interviewers"] = [{"title": "Ibu", "name": "ب" * limit}] * data["limits"][
        "interviewers"
    ]
    record["calls"] = [record["interview"]] * data["limits"]["calls"]
    result = one(node, {"op": "read", "value": record})
    assert result["reason"] is None
    assert result["record"] == record


def test_a_record_with_fields_left_out_reads_them_as_empty(node: str) -> None:
    empty = one(node, {"op": "empty"})
    result = one(node, {"op": "read", "value": {"version": VERSION, "interview": "2026-11-20"}})
    assert result["record"] == empty | {"interview": "2026-11-20", "country": ""}


def test_an_invalid_record_is_not_saved(node: str) -> None:
    record = full_record(store_data("en"))
    steps = [
        {"op": "save", "value": record},
        {"op": "save", "value": with_value(record, "time", "25:00")},
        {"op": "load"},
    ]
    first, refused, loaded = run(node, steps)
    assert first["ok"]
    assert refused == {"ok": False, "reason": "invalid", "field": "time"}
    assert loaded["record"] == record
    assert one(node, {"op": "toFragment", "value": with_value(record, "time", "25:00")}) is None


# ---- Versions ----------------------------------------------------------------------------------


def test_a_record_older_than_any_page_wrote_is_not_one_of_its_own(node: str) -> None:
    # The first page wrote version 1: a "version 0", however well formed, is not its record,
    # and is dropped from storage like any other it cannot read.
    older = full_record(store_data("en")) | {"version": 0}
    steps = [
        {"op": "read", "value": older},
        {"op": "setRaw", "text": json.dumps(older)},
        {"op": "load"},
        {"op": "load"},
        {"op": "fromFragment", "hash": fragment_of(older)},
    ]
    read, _, loaded, again, linked = run(node, steps)
    refused = {"record": None, "reason": "damaged", "field": None}
    assert read == loaded == linked == refused
    assert again == {"record": None, "reason": None, "field": None}


def test_version_1_becomes_the_current_record_without_the_other_offers_deadline(
    node: str,
) -> None:
    # Version 2 only added anotherOffer.answerBy: a version 1 record keeps every field.
    current = full_record(store_data("en"))
    old = json.loads(json.dumps(current)) | {"version": 1}
    del old["anotherOffer"]["answerBy"]
    expected = json.loads(json.dumps(current))
    expected["anotherOffer"]["answerBy"] = ""
    steps = [
        {"op": "read", "value": old},
        {"op": "read", "value": old | {"anotherOffer": current["anotherOffer"]}},
        {"op": "fromFragment", "hash": fragment_of(old)},
    ]
    migrated, with_new_field, linked = run(node, steps)
    assert migrated == {"record": expected, "reason": None, "field": None, "migrated": True}
    assert linked["record"] == expected
    # The migration keeps every field as it is: the current record's checks come after it.
    assert with_new_field["record"] == current


def test_a_newer_version_is_dropped_as_such(node: str) -> None:
    newer = {"version": VERSION + 1, "interview": "2026-11-20", "something": "new"}
    steps = [
        {"op": "read", "value": newer},
        {"op": "setRaw", "text": json.dumps(newer)},
        {"op": "load"},
        {"op": "getRaw"},
        {"op": "fromFragment", "hash": fragment_of(newer)},
    ]
    read, _, loaded, raw, linked = run(node, steps)
    for result in (read, loaded, linked):
        assert result == {"record": None, "reason": "future", "field": None}
    assert raw is None


@pytest.mark.parametrize("version", [None, "1", 1.5, -1, True, [1]])
def test_a_record_without_a_usable_version_is_damaged(node: str, version: Any) -> None:
    value = {"interview": "2026-11-20"} if version is None else {"version": version}
    assert one(node, {"op": "read", "value": value})["reason"] == "damaged"


# ---- What storage and links may hold instead of a record ---------------------------------------

DAMAGED_TEXT = ["", "{", "null", "[]", "1", '"plan"', "true", "{'version': 1}", "\ufeff{}", "NaN"]


def test_damaged_storage_is_dropped_with_a_reason(node: str) -> None:
    steps: list[dict[str, Any]] = []
    for text in DAMAGED_TEXT:
        steps += [{"op": "setRaw", "text": text}, {"op": "load"}, {"op": "getRaw"}]
    results = run(node, steps)
    for index, text in enumerate(DAMAGED_TEXT):
        _, loaded, raw = results[3 * index : 3 * index + 3]
        assert loaded == {"record": None, "reason": "damaged", "field": None}, text
        assert raw is None, f"{text!r} was left in storage"


def test_a_record_of_the_wrong_types_is_dropped_with_its_field(node: str) -> None:
    steps = [
        {"op": "setRaw", "text": '{"version": 1, "interviewers": {"0": {"name": "Sari"}}}'},
        {"op": "load"},
        {"op": "getRaw"},
    ]
    _, loaded, raw = run(node, steps)
    assert loaded == {"record": None, "reason": "invalid", "field": "interviewers"}
    assert raw is None


def test_damaged_links_are_refused(node: str) -> None:
    record = full_record(store_data("en"))
    good = one(node, {"op": "toFragment", "value": record})
    not_utf8 = base64.urlsafe_b64encode(b'{"version":1,"company":"\xff"}').decode().rstrip("=")
    hashes = [
        "#plan=",
        "#plan=!!!",
        "#plan=" + good[5:-7],  # cut short when copied
        "#" + good + "%20",
        "#plan=" + not_utf8,
        "#plan=" + base64.urlsafe_b64encode(b"[1,2]").decode(),  # padded, and an array
        "#plan=a",
    ]
    for hash_, result in zip(
        hashes, run(node, [{"op": "fromFragment", "hash": h} for h in hashes]), strict=True
    ):
        assert result["record"] is None, hash_
        assert result["reason"] in {"damaged", "invalid"}, (hash_, result)


def test_huge_values_are_refused_unread(node: str) -> None:
    limit = store_data("en")["limits"]["record"]
    huge = json.dumps({"version": 1, "company": "x" * 5_000_000})
    steps = [
        {"op": "setRaw", "text": huge},
        {"op": "load"},
        {"op": "setRaw", "text": " " * (limit + 1)},
        {"op": "load"},
        {"op": "fromFragment", "hash": "#plan=" + "A" * 5_000_000},
        {"op": "read", "value": {"version": 1, "position": "y" * 1_000_000}},
        {"op": "save", "value": {"version": 1, "candidate": "z" * 1_000_000}},
        {"op": "getRaw"},
    ]
    _, loaded, _, spaces, linked, read, saved, raw = run(node, steps)
    for result in (loaded, spaces, linked):
        assert result == {"record": None, "reason": "tooLarge", "field": None}
    assert read == {"record": None, "reason": "invalid", "field": "position"}
    assert saved == {"ok": False, "reason": "invalid", "field": "candidate"}
    assert raw is None


POLLUTING = [
    '{"version": 1, "__proto__": {"polluted": true}}',
    '{"version": 1, "constructor": {"prototype": {"polluted": true}}}',
    '{"version": 1, "answer": {"__proto__": {"polluted": true}}}',
    '{"version": 1, "interviewers": [{"name": "x", "__proto__": {"polluted": true}}]}',
    '{"version": 2, "__proto__": {"polluted": true}}',
    '{"__proto__": {"version": 1}}',
]


def test_prototype_keys_are_refused_and_pollute_nothing(node: str) -> None:
    steps: list[dict[str, Any]] = []
    for text in POLLUTING:
        steps += [
            {"op": "readText", "text": text},
            {"op": "setRaw", "text": text},
            {"op": "load"},
            {
                "op": "fromFragment",
                "hash": "#plan=" + base64.urlsafe_b64encode(text.encode()).decode(),
            },
        ]
    steps.append({"op": "polluted"})
    results = run(node, steps)
    for index, text in enumerate(POLLUTING):
        read, _, loaded, linked = results[4 * index : 4 * index + 4]
        for result in (read, loaded, linked):
            assert result["record"] is None, text
            assert result["reason"] in {"invalid", "damaged"}, (text, result)
    assert results[-1] == [], "Object.prototype or Array.prototype gained keys"


# ---- Storage that is not there -----------------------------------------------------------------


@pytest.mark.parametrize("storage", ["missing", "refused", "broken"])
def test_unavailable_storage_never_breaks_the_page(node: str, storage: str) -> None:
    record = full_record(store_data("en"))
    steps = [
        {"op": "save", "value": record},
        {"op": "load"},
        {"op": "forget"},
        {"op": "toFragment", "value": record},
    ]
    saved, loaded, forgot, fragment = run(node, steps, storage=storage)
    assert saved == {"ok": False, "reason": "unavailable", "field": None}
    assert loaded == {"record": None, "reason": "unavailable", "field": None}
    assert forgot == {"ok": False, "reason": "unavailable"}
    # The link still holds the plan.
    assert one(node, {"op": "fromFragment", "hash": fragment}, storage=storage)["record"] == record


def test_full_storage_says_so(node: str) -> None:
    record = full_record(store_data("en"))
    saved, loaded = run(node, [{"op": "save", "value": record}, {"op": "load"}], storage="full")
    assert saved == {"ok": False, "reason": "full", "field": None}
    assert loaded == {"record": None, "reason": None, "field": None}


# ---- Anything at all ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", EDITIONS)
def test_a_thousand_random_values_give_a_valid_record_or_a_reason(node: str, lang: str) -> None:
    data = store_data(lang)
    valid = full_record(data)
    count = 1000
    (results,) = run(
        node,
        [{"op": "garbage", "seed": 11 if lang == "en" else 12, "count": count, "valid": valid}],
        lang,
    )
    assert len(results) == count
    reasons: dict[str, int] = {}
    for index, result in enumerate(results):
        if result["reason"] is None:
            if result["record"] is not None:
                assert problems_of(result["record"], data) == [], (index, result)
        else:
            assert result["record"] is None, (index, result)
            reasons[result["reason"]] = reasons.get(result["reason"], 0) + 1
    # The values reach every kind of refusal they can, and some are records after all.
    assert {"damaged", "invalid"} <= reasons.keys(), reasons
    assert sum(1 for r in results if r["record"] is not None) >= 10
    fields = {r["field"] for r in results if r["reason"] == "invalid"}
    assert len(fields) >= 5, fields
