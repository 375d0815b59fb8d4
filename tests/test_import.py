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


def test_star_import_shadows_no_builtin() -> None:
    import builtins

    import etiket

    shadowed = sorted(set(etiket.__all__) & set(dir(builtins)))
    assert shadowed == [], f"from etiket import * would shadow the built-ins {shadowed}"


def test_public_attributes_have_public_types() -> None:
    import typing

    import etiket

    for name in ("Timeline", "Assessment", "Step", "Contact", "Reply", "Misstep"):
        hints = typing.get_type_hints(getattr(etiket, name))
        for attribute, hint in hints.items():
            for part in typing.get_args(hint) or (hint,):
                module = getattr(part, "__module__", "")
                qualname = getattr(part, "__qualname__", "")
                if module.startswith("etiket"):
                    assert getattr(etiket, qualname, None) is part or not qualname.startswith(
                        "_"
                    ), f"{name}.{attribute} has the private type {module}.{qualname}"
                    assert (
                        qualname in etiket.__all__
                        or module == "etiket.guidance"
                        or (qualname in ("Language",))
                    ), f"{name}.{attribute} has {module}.{qualname}, which etiket does not export"
