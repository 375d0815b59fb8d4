"""``import etiket`` stays light: the heavy libraries load only when first needed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("holidays", "babel", "icalendar")


def loaded_after(code: str) -> set[str]:
    """Which heavy top-level packages a fresh interpreter has loaded after ``code``."""
    report = (
        "import json, sys; "
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_check_itself_sees_a_heavy_import() -> None:
    assert loaded_after("import holidays") == {"holidays"}


def test_import_etiket_loads_none_of_the_heavy_libraries() -> None:
    assert loaded_after("import etiket") == set()


def test_every_public_name_is_reachable_without_them() -> None:
    code = "import etiket\nfor name in etiket.__all__: getattr(etiket, name)"
    assert loaded_after(code) == set()


def test_planning_without_a_country_or_text_needs_neither() -> None:
    code = "import etiket\nt = etiket.plan('2026-11-20')\nt.follow_up.earliest"
    assert loaded_after(code) == set()


@pytest.mark.parametrize(
    ("code", "needed"),
    [
        ("import etiket\netiket.plan('2026-11-20', country='ID')", {"holidays"}),
        ("import etiket\nstr(etiket.plan('2026-11-20'))", {"babel"}),
    ],
)
def test_each_library_loads_when_its_feature_is_used(code: str, needed: set[str]) -> None:
    assert loaded_after(code) == needed
