"""Sphinx configuration shared by both editions of the etiket handbook.

`make html` runs sphinx-build once per edition with this folder as the
configuration directory (-c .) and docs/en or docs/id as the source. The
edition is the source folder's name: it gives ``language`` (below), and
``etiket_docs.editions`` applies the edition's values (title, copyright, base URL
when published). This file holds no words a reader sees: the handbook's own are in
docs/_ext/etiket_docs/interface_words.py, the theme's are translated in
locale/<lang>/LC_MESSAGES/sphinx.po.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs.editions import edition_of_running_build  # noqa: E402

import etiket  # noqa: E402

# -- Project ---------------------------------------------------------------------------------

project = "etiket"
author = "The etiket team"
release = version = etiket.__version__

# One line per extension, so that another one can be appended without touching the rest.
# The handbook's own features are one extension, etiket_docs (docs/_ext/etiket_docs/), which
# sets up each of its modules; CONTRIBUTING.md lists them.
extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_copybutton",
    "sphinx.ext.autodoc",
    "etiket_docs",
]

myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
exclude_patterns = ["_build", ".venv"]
nitpicky = True
autodoc_typehints = "description"

# -- Editions --------------------------------------------------------------------------------
# One edition per language of the package, named by its source folder. What an edition says
# of itself (title, description, the other edition's "read in" link, copyright) is in the
# handbook's catalogue, docs/_ext/etiket_docs/interface_words.py; the interface strings of
# Sphinx and Furo are translated in locale/<lang>/LC_MESSAGES/sphinx.po.

# Absolute URLs (canonical, hreflang alternates, Open Graph, sitemaps, robots.txt's Sitemap
# line) need the address the site is published at. The Pages workflow sets it. Without it
# the build writes none of them and no absolute address at all: every link is relative (the
# root 404 page finds the site's root from its own address), so the same build can be
# previewed on any host, port and path.
etiket_site_url = os.environ.get("ETIKET_SITE_URL", "")

# -- Languages -------------------------------------------------------------------------------

# The edition's language, from the source folder being built. It has to be set here, not
# later: Sphinx loads its translations as soon as this file has run.
language = edition_of_running_build()

locale_dirs = [str(ROOT / "locale")]
gettext_compact = False
# Sphinx has no Indonesian search language; etiket_docs.site registers one (search_id.py)
# that stems with Snowball's Indonesian stemmer, in the index and in the reader's browser
# alike. Left unset, html_search_language follows `language`.

# -- HTML ------------------------------------------------------------------------------------

html_theme = "furo"
templates_path = [str(ROOT / "docs" / "_templates")]
html_static_path = [str(ROOT / "docs" / "_static")]
html_css_files = ["etiket.css"]
html_favicon = str(ROOT / "docs" / "_static" / "favicon.svg")
# Furo's sidebar with the switch to the other edition under the brand, and without the
# Read the Docs parts, which render nothing here.
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/etiket-language.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/scroll-end.html",
    ]
}
html_copy_source = False
# Search ranks guides above the API reference's entries (the file says how).
html_search_scorer = str(ROOT / "docs" / "_ext" / "etiket_docs" / "search_scorer.js")
# Results without a summary: Sphinx's search would fetch every result's page to cut one out,
# and the pages' Content-Security-Policy lets no script fetch anything (content_policy.py).
html_show_search_summary = False
html_show_sourcelink = False
# No "last updated" line: Sphinx would stamp the build time, not the page's last change.
html_theme_options: dict[str, Any] = {
    # Furo's edit/view buttons point at a source repository the offline build does not know.
    "top_of_page_buttons": [],
    # The reader's system font first: the font a phone shows anyway, found in one lookup
    # instead of a walk down Furo's list (in a trace of the assistant's page, its first paint
    # waited longer on the browser's font lookups than it spent laying the page out).
    "light_css_variables": {
        "font-stack": "system-ui, -apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, "
        "sans-serif, Apple Color Emoji, Segoe UI Emoji",
    },
}

# Copy buttons on code blocks copy what a reader would type: the code after the ">>> ",
# "... " and "$ " prompts, without the prompts, the output or line numbers. Blank output lines
# are left out too, so a pasted loop is not ended early. etiket_docs.copybutton translates
# the button's labels.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_copy_empty_lines = False
copybutton_exclude = ".linenos, .go"

# -- Reference pages (docs/*/reference/api.md) --------------------------------------------
# No intersphinx (the build is offline), so standard-library types in the API's signatures
# have no target. Only those are exempt from nitpicky mode; every etiket name must resolve.
# Hints imported only for type checking stay strings, so they come without their module.
nitpick_ignore_regex = [
    ("py:class", r"(datetime\.)?(date|datetime|time|timedelta|tzinfo)"),
    ("py:class", r"collections\.abc\.\w+"),
]
