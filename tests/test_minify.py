"""The build's minifier: the handbook's own scripts are shortened, or the build says why not."""

from __future__ import annotations

import pytest
from etiket_docs.minify import OWN_SCRIPTS, mangle_script, published_script
from sphinx.errors import ExtensionError

SCRIPT = """(function () {
  "use strict";
  var planner = window.etiketPlannerData;
  function weekday(dayNumber) { return ((dayNumber + 3) % 7 + 7) % 7; }
  window.answer = { weekday: weekday, data: planner };
})();
"""


def test_local_names_are_shortened_and_the_window_keeps_its_names() -> None:
    published = mangle_script(SCRIPT, "planner.js")
    assert "dayNumber" not in published
    assert "var planner" not in published
    assert "window.answer={weekday:" in published
    assert "window.etiketPlannerData" in published
    assert len(published) < len(SCRIPT) * 0.7


def test_only_the_handbooks_own_scripts_are_mangled() -> None:
    assert {"planner.js", "assistant.js", "letters.js", "assistant-store.js"} <= OWN_SCRIPTS
    newer = "const answer = () => 1;\n"
    # Sphinx's and the theme's scripts may use newer syntax: they are only stripped.
    assert published_script(newer, "searchtools.js") == "const answer=()=>1;"


def test_a_script_that_is_not_es5_fails_the_build() -> None:
    with pytest.raises(ExtensionError, match="is not ES5") as raised:
        mangle_script("const answer = () => 1;\n", "planner.js")
    assert "planner.js" in str(raised.value)


def test_a_licence_comment_is_kept() -> None:
    published = mangle_script("/*! licence */\nvar answer = 1;\n", "planner.js")
    assert published.startswith("/*! licence */")
