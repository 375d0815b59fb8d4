"""sphinx-copybutton's labels ("Copy", "Copied!") in the edition's language.

sphinx-copybutton 0.5.2 picks its labels by ``<html lang>`` from a table in its
own script, without Indonesian. A script of the build's, ``_static/copybutton-labels.js``,
run right after that one, adds the edition's labels from the catalogue
(locale/<lang>/LC_MESSAGES/sphinx.po).
"""

from __future__ import annotations

import json

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.locale import _

from etiket_docs.assets import write_static_file
from etiket_docs.editions import CHOOSE_EDITION

LABELS_FILE = "copybutton-labels.js"
# sphinx-copybutton adds its script at the default priority, 500.
_AFTER_COPYBUTTON = 510


def _needs_labels(app: Sphinx, config: Config) -> bool:
    return config.language != "en" and "sphinx_copybutton" in app.extensions


def _load_labels(app: Sphinx, config: Config) -> None:
    if _needs_labels(app, config):
        app.add_js_file(LABELS_FILE, priority=_AFTER_COPYBUTTON)


def _write_labels(app: Sphinx) -> None:
    if app.builder.format == "html" and _needs_labels(app, app.config):
        write_static_file(app, LABELS_FILE, _copybutton_script())


def _copybutton_script() -> str:
    """Script that gives sphinx-copybutton the edition's labels.

    It re-labels the two icons the copy button's script has made, and the buttons: the
    scripts are deferred (etiket_docs.assets), so the buttons exist by the time it runs.
    """
    labels = {
        "copy": str(_("Copy")),
        "copy_to_clipboard": str(_("Copy to clipboard")),
        "copy_success": str(_("Copied!")),
        "copy_failure": str(_("Failed to copy")),
    }
    return (
        "(function () {\n"
        '  if (typeof messages === "undefined") return;\n'
        "  var lang = document.documentElement.lang;\n"
        f"  var labels = {json.dumps(labels, ensure_ascii=False)};\n"
        "  iconCopy = iconCopy.replace(messages.en.copy_to_clipboard, labels.copy_to_clipboard);\n"
        "  iconCheck = iconCheck.replace(messages.en.copy_success, labels.copy_success);\n"
        "  messages[lang] = labels;\n"
        "  locale = lang;\n"
        # Text, not innerHTML: parsing the icon again for every button costs a phone time.
        '  document.querySelectorAll("button.copybtn").forEach(function (button) {\n'
        '    button.setAttribute("data-tooltip", labels.copy);\n'
        '    var title = button.querySelector("svg title");\n'
        "    if (title) title.textContent = labels.copy_to_clipboard;\n"
        "  });\n"
        "})();\n"
    )


def setup_copybutton(app: Sphinx) -> None:
    app.connect("config-inited", _load_labels, priority=CHOOSE_EDITION + 1)
    app.connect("builder-inited", _write_labels)
