"""Sphinx configuration shared by both editions of the etiket handbook.

`make html` runs sphinx-build once per edition with this folder as the
configuration directory (-c .) and docs/en or docs/id as the source; the
edition's language is taken from the source folder's name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import etiket  # noqa: E402

project = "etiket"
author = "The etiket team"
copyright = "2026, the etiket team"
release = version = etiket.__version__

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx.ext.autodoc",
    "etiket_docs.rules",
]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
exclude_patterns = ["_build", ".venv"]
html_theme = "furo"
html_title = "etiket"
nitpicky = True
autodoc_typehints = "description"


def _choose_edition(app: Sphinx, config: Config) -> None:
    config.language = Path(app.srcdir).name


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _choose_edition, priority=100)
    return {"parallel_read_safe": True}


# --- Reference pages (docs/*/reference/api.md) --------------------------------------------
# No intersphinx (the build is offline), so standard-library types in the API's signatures
# have no target. Only those are exempt from nitpicky mode; every etiket name must resolve.
# Hints imported only for type checking stay strings, so they come without their module.
nitpick_ignore_regex = [
    ("py:class", r"(datetime\.)?(date|datetime|time|timedelta)"),
    ("py:class", r"collections\.abc\.\w+"),
]
