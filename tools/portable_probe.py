"""Probes of the page's interpreter: the portable subset, used wider than the rulebook uses it.

The page's script (``docs/_static/planner.js``) interprets whatever module
:func:`etiket.portable.export_module` exports, but the rulebook asks it only what
the rules need: never whether ``0``, ``""`` or ``[]`` is true, for ``in`` on a
string, ``len`` of a dictionary or ``min`` of equal values. These functions ask
all of that, in the same subset, so that the script's Python (its truth, its
equality, ``in``, ``min``/``max``, ``len``, every operator and statement) is
checked against Python's own. ``tools/planner_cases.py`` runs each on a list of
arguments here, and ``tests/js/diff.mjs`` runs the exported module in the script
(``window.etiketPlanner.interpret``) on the same arguments.

The arguments are what JSON carries (None, booleans, whole numbers, texts, lists
and dictionaries). Days are counted back from :func:`last_day`, the one day both
sides name alike (the package counts days from year 1, the page from 1970), and
moments are made through the primitives, on no zone: the page's moments as the
form gives them. A moment comes back as its ISO text on both sides.

Only what the script does as Python does is probed: where it does otherwise
(``tools/planner_cases.py``'s ``PROBE_ARGUMENTS`` says where), the arguments stay
out, and ``tests/js/survivors.md`` records the difference.
"""

from __future__ import annotations

from typing import Any

from etiket._primitives import at_hour, day_of, hours_after, last_day, midnight, zone_of

Value = Any

BOUNDS = (0, 10)
"""A constant that the probes read, as the rulebook reads its own."""

SCORES = {"low": 1, "high": 3}


# ---- Truth, and the operands that and/or return ----


def truth(value: Value) -> Value:
    """Whether ``value`` is true, as ``if``, ``not``, a conditional expression and a loop see it."""
    if value:  # noqa: SIM108 (the probe is of the if statement)
        by_if = True
    else:
        by_if = False
    seen = 0
    while value and seen < 1:
        seen = seen + 1
    return [by_if, not value, "yes" if value else "no", seen]


def both(a: Value, b: Value) -> Value:
    """``and`` and ``or`` return an operand, not a boolean."""
    return [a and b, a or b, a and b and "last", a or b or "last"]


# ---- Equality, identity, membership ----


def equal(a: Value, b: Value) -> Value:
    """``==`` and ``!=`` (the rulebook compares days, texts and None)."""
    return [a == b, a != b]


def identity(value: Value) -> Value:
    """``is`` and ``is not``, on the singletons that Python's ``is`` is meant for."""
    return [value is None, value is not None, value is True, value is not False]


def member(part: Value, whole: Value) -> Value:
    """``in`` and ``not in`` on a list, a text (a part of it) and a dictionary (its keys)."""
    return [part in whole, part not in whole]


def within_bounds(value: Value) -> Value:
    """A chain of comparisons, against a module constant."""
    return BOUNDS[0] <= value < BOUNDS[1]


def score(name: Value) -> Value:
    """A constant dictionary, read by a name that may be missing."""
    if name in SCORES:
        return SCORES[name]
    return None


# ---- Builtins ----


def size(value: Value) -> Value:
    """``len`` of a list, a text or a dictionary."""
    return len(value)


def smallest(a: Value, b: Value) -> Value:
    """``min`` and ``max`` of two, both ways round: of equal values, the first one given."""
    return [min(a, b), max(a, b), min(b, a), max(b, a)]


def smallest_of_three(a: Value, b: Value, c: Value) -> Value:
    """``min`` and ``max`` of more than two."""
    return [min(a, b, c), max(a, b, c)]


# ---- Operators ----


def arithmetic(a: Value, b: Value) -> Value:
    """The operators on whole numbers: ``// `` rounds down, as for negative hours."""
    return [a + b, a - b, a * b, a // b, -a, -(-a // b)]


def joined(a: Value, b: Value) -> Value:
    """``+`` on lists and on texts."""
    return a + b


def ordered(a: Value, b: Value) -> Value:
    """The comparisons, on numbers and on texts."""
    return [a < b, a <= b, a > b, a >= b]


# ---- Statements ----


def nothing(flag: Value) -> Value:
    """``return`` without a value, early or at the end."""
    if flag:
        return
    return


def no_return(record: Value) -> Value:
    """A function that ends without a return statement gives None."""
    record["seen"] = True


def first_at_least(values: Value, bound: Value) -> Value:
    """A return from inside a loop inside a branch; None when no value qualifies."""
    for value in values:
        if value >= bound:
            return value
    return None


def count_down(start: Value, stop: Value) -> Value:
    """A while loop that builds a list from ``start`` down, left by a return at ``stop``."""
    found = [start]
    left = start - 1
    while left > 0:
        if left == stop:
            return found
        # Not [*found, left]: the subset has no starred expressions.
        found = found + [left]  # noqa: RUF005
        left = left - 1
    return found


def letters(text: Value) -> Value:
    """A for loop over a text goes through its characters."""
    found = [text]
    for letter in text:
        found = found + [letter]  # noqa: RUF005 (the subset has no starred expressions)
    return found


def filled(key: Value, value: Value) -> Value:
    """A dictionary literal, items set by name and by key, a list's item, a call for its effect."""
    record = {"key": key, "count": 0}
    record["count"] = record["count"] + 1
    record[key] = value
    no_return(record)
    items = [0, 1, 2]
    items[1] = value
    return [record, items, items[2], record[key]]


def swapped(pair: Value) -> Value:
    """Unpacking, from a list and from a tuple."""
    first, second = pair
    first, second = second, first
    return [first, second]


# ---- Moments, made by the primitives ----


def moments(back: Value, hour: Value) -> Value:
    """Moments compared, looked for, ordered, and written: equal moments are distinct objects."""
    day = last_day() - back
    start = at_hour(day, hour, None)
    again = at_hour(day, hour, None)
    later = hours_after(start, 1)
    return {
        "start": start,
        "later": later,
        "equal": [start == again, start != again, start == later, start != later],
        "is": [start is start, start is not None, start is None, later is not start],  # noqa: PLR0124
        "in": [again in [later, start], later in [start, again], later not in [start]],
        "order": [start < later, start <= again, later > again, again >= later],
        "min": [min(later, start), max(start, later), min(start, again, later)],
        "zone": [zone_of(start), zone_of(start) is None],
        "days": [day_of(later) - day, day_of(hours_after(start, 24)) - day],
        "midnight": [midnight(day, later), midnight(day, later) == start],
        "last": at_hour(last_day(), 0, None),
        # A number, even the moment's own count of seconds on the page's clock, is no moment
        # (only this way round: the script's moment == number compares the count).
        "number": day * 86400 + hour * 3600 == start,
    }


def moment_zone(back: Value) -> Value:
    """A moment's zone, as the primitive gives it (None on the form's clock)."""
    return zone_of(at_hour(last_day() - back, 9, None))
