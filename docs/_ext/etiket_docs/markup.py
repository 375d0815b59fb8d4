"""Fixes to the HTML that Sphinx, Furo and sphinx-design write, where their templates cannot reach.

Each fix is a pattern and its replacement, applied to the page's body, its meta
tags or Furo's navigation tree once they are made; each says why.
"""

from __future__ import annotations

import html
import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import _

# Furo's base.html already declares the viewport; Sphinx adds it again to the page's meta tags.
_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>\s*')

# Sphinx gives a toctree's caption role="heading" without the level that role requires; the
# captions sit right under the page's h1 (and, in the sidebar, under the site's name).
_CAPTION = re.compile(r'<p class="caption" role="heading">')
_CAPTION_WITH_LEVEL = '<p class="caption" role="heading" aria-level="2">'
# A code block wider than the screen scrolls; keyboard users can scroll it only if it can
# take focus.
_CODE = re.compile(r'<div class="highlight"><pre>')
_FOCUSABLE_CODE = '<div class="highlight"><pre tabindex="0">'
# So does a table wider than the screen, in the wrapper Furo puts around every table.
_TABLE = re.compile(r'<div class="table-wrapper\b')
_FOCUSABLE_TABLE = '<div tabindex="0" class="table-wrapper'

# sphinx-design says which panel a tab shows with aria-controls on the tab's <label>, which
# HTML forbids on a label tied to a control; the radio button it is tied to carries it.
_TAB = re.compile(
    r'(?P<input><input [^>]*\bid="sd-tab-item-\d+"[^>]*?)>(?P<gap>\s*)'
    r'<label aria-controls="(?P<panel>[^"]+)"'
)
_TAB_CONTROLS = r'\g<input> aria-controls="\g<panel>">\g<gap><label'

# Furo writes this label into the navigation tree in Python, past the templates' reach.
_NAV_TOGGLE = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')

# After Furo's handler, which builds the navigation tree fixed here.
_AFTER_FURO = 600


def _fix_page(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    context["metatags"] = _VIEWPORT.sub("", str(context.get("metatags") or ""))
    if context.get("body"):
        body = _CAPTION.sub(_CAPTION_WITH_LEVEL, str(context["body"]))
        body = _CODE.sub(_FOCUSABLE_CODE, body)
        body = _TAB.sub(_TAB_CONTROLS, body)
        context["body"] = _TABLE.sub(_FOCUSABLE_TABLE, body)
    tree = context.get("furo_navigation_tree")
    if tree:
        tree = _CAPTION.sub(_CAPTION_WITH_LEVEL, str(tree))
        context["furo_navigation_tree"] = _translate_navigation(tree)


def _translate_navigation(tree: str) -> str:
    label = html.escape(str(_("Toggle navigation of %s")))
    return _NAV_TOGGLE.sub(lambda match: f'aria-label="{label % match[1]}"', tree)


def setup_markup(app: Sphinx) -> None:
    app.connect("html-page-context", _fix_page, priority=_AFTER_FURO)
