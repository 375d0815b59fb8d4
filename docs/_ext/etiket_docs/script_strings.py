"""Sphinx's own scripts (search, highlighting) in the edition's language.

Sphinx writes ``_static/translations.js`` only for a language it ships a
catalogue for, which Indonesian is not. This writes the file for every edition
but English, from the same catalogue as the templates (locale/<lang>/LC_MESSAGES/
sphinx.po), ours before Sphinx's. The strings are read from the scripts
themselves, so that a Sphinx upgrade cannot leave one untranslated unnoticed
(tests/test_site.py checks each has a translation).
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import sphinx
from sphinx import locale
from sphinx.application import Sphinx
from sphinx.config import Config

from etiket_docs.editions import CHOOSE_EDITION

SCRIPT_FILE = "translations.js"

# The strings the scripts pass to gettext and ngettext.
_JS_STRING = r'"(?:[^"\\]|\\.)*"'
_JS_GETTEXT = re.compile(rf"(?:(?<![\w.])_|\bgettext)\(\s*({_JS_STRING})")
_JS_NGETTEXT = re.compile(rf"\bngettext\(\s*({_JS_STRING})\s*,\s*({_JS_STRING})")
_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+)")


def _load_script(app: Sphinx, config: Config) -> None:
    if config.language != "en":
        # Sphinx adds this script only when it ships a catalogue for the language; ours is
        # written in _write_script whether it does or not.
        app.add_js_file(SCRIPT_FILE)


def script_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """The singular strings and the (singular, plural) pairs of Sphinx's basic theme scripts."""
    singular: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for script in sorted((Path(sphinx.package_dir) / "themes" / "basic" / "static").glob("*.js")):
        code = script.read_text(encoding="utf-8")
        singular.update(json.loads(literal) for literal in _JS_GETTEXT.findall(code))
        plurals.update(
            (json.loads(one), json.loads(many)) for one, many in _JS_NGETTEXT.findall(code)
        )
    return singular, plurals


def _write_script(app: Sphinx, exception: Exception | None) -> None:
    """Write _static/translations.js from the edition's catalogue."""
    if exception is not None or app.builder.format != "html" or app.config.language == "en":
        return
    translator = locale.get_translator()
    forms = _PLURAL_FORMS.search(translator.info().get("plural-forms", ""))
    count, expression = (int(forms[1]), forms[2].strip()) if forms else (2, "n != 1")
    plural = gettext.c2py(expression)
    samples = [next(n for n in range(1000) if plural(n) == index) for index in range(count)]

    singular, plurals = script_messages()
    messages: dict[str, str | list[str]] = {}
    for msgid in singular:
        text = translator.gettext(msgid)
        if text != msgid:
            messages[msgid] = text
    for msgid, msgid_plural in plurals:
        messages[msgid] = [translator.ngettext(msgid, msgid_plural, n) for n in samples]
    # What Documentation.addTranslations(catalogue) would set, set directly: it makes the plural
    # rule with `new Function`, which the pages' Content-Security-Policy forbids (no eval). The
    # rule is written as code instead; gettext.c2py has read it above, so it holds only n,
    # numbers, C's operators and parentheses, which JavaScript reads alike.
    target = Path(app.outdir) / "_static" / SCRIPT_FILE
    target.write_text(
        "Object.assign(Documentation.TRANSLATIONS, "
        + json.dumps(messages, ensure_ascii=False, indent=2, sort_keys=True)
        + ");\n"
        + f"Documentation.PLURAL_EXPR = (n) => Number({expression});\n"
        + f"Documentation.LOCALE = {json.dumps(app.config.language)};\n",
        encoding="utf-8",
    )


def setup_script_strings(app: Sphinx) -> None:
    app.connect("config-inited", _load_script, priority=CHOOSE_EDITION + 1)
    app.connect("build-finished", _write_script)
