"""sphinx-copybutton's labels ("Copy", "Copied!") in the edition's language.

sphinx-copybutton 0.5.2 picks its labels by ``<html lang>`` from a table in its
own script, without Indonesian. An inline script, run right after that one,
adds the edition's labels from the catalogue (locale/<lang>/LC_MESSAGES/sphinx.po).
"""

from __future__ import annotations

import json

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.locale import _

from etiket_docs.editions import CHOOSE_EDITION

# sphinx-copybutton adds its script at the default priority, 500.
_AFTER_COPYBUTTON = 510


def _load_labels(app: Sphinx, config: Config) -> None:
    if config.language != "en" and "sphinx_copybutton" in app.extensions:
        app.add_js_file(None, body=_copybutton_script(), priority=_AFTER_COPYBUTTON)


def _copybutton_script() -> str:
    """Script that gives sphinx-copybutton the edition's labels.

    It re-labels the two icons the copy button's script has already made; the
    buttons themselves are made once the page has loaded, so they get the new labels.
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
        "})();"
    )


def setup_copybutton(app: Sphinx) -> None:
    app.connect("config-inited", _load_labels, priority=CHOOSE_EDITION + 1)
