"""The handbook's two editions as one site, for readers and for search engines.

- the edition (language, title, copyright, base URL) comes from the source
  folder's name, and the interface is translated for it (``editions``);
- every page links to itself in the other edition and declares the others as
  hreflang alternates; it carries a description and Open Graph tags (the
  templates in docs/_templates render what this module puts in the context);
- Sphinx's search scripts get their strings from the same catalogue as the
  templates (``translations.js``), and Indonesian gets a search language of
  its own (``search_id``);
- each edition gets a sitemap (``sitemap``);
- pages are re-read when the package, these extensions or the translations
  change, not only when their own source does (``freshness``).
"""

from __future__ import annotations

import gettext
import html
import json
import re
from pathlib import Path
from typing import Any

import sphinx
from docutils import nodes
from sphinx import locale
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.locale import _

import etiket
from etiket_docs import editions
from etiket_docs.search_id import SearchIndonesian

# Search engines show about this many characters of a description.
DESCRIPTION_LIMIT = 160
# A first paragraph shorter than this ("For example:") says too little to describe a page.
_MIN_PARAGRAPH = 50

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

# Extensions add their stylesheets and scripts to every page; a page that does not use them
# is lighter without. Each entry: what a page's body has when it uses the assets, and the
# assets (file names; for an inline script, a name it uses).
_ONLY_WHERE_USED = (
    (re.compile(r'class="(?:[^"]*\s)?sd-'), ("sphinx-design.min.css",)),
    (re.compile(r'class="(?:[^"]*\s)?sd-tab-set\b'), ("design-tabs.js",)),
    (
        re.compile(r'<div class="highlight">'),
        ("pygments.css", "copybutton.css", "clipboard.min.js", "copybutton.js", "iconCopy"),
    ),
)

# sphinx-design's stylesheet styles every component it has (about 55 KB), Pygments' every
# kind of token in light and dark, Furo's every part of every Sphinx page. Rules for classes
# that no page or script of the edition names are left out of the copies the site serves
# (for sphinx-design, only its own "sd-" classes are weighed). Scripts count: a class they
# add at run time is named in them.
_TRIMMED_STYLESHEETS = {
    "sphinx-design.min.css": "sd-",
    "pygments.css": "",
    "styles/furo.css": "",
    "styles/furo-extensions.css": "",
}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# Classes inside :not(), :is(), :where() or :has() do not have to be present for the
# selector to match something: they are not weighed.
_CSS_FUNCTIONAL = re.compile(r":(?:not|is|where|has|matches|-webkit-any)\([^()]*\)")
_WORD = re.compile(r"[\w-]+")

# Furo writes this label into the navigation tree in Python, past the templates' reach.
_NAV_TOGGLE = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')

# The strings Sphinx's search and highlighting scripts pass to gettext, read from the scripts
# themselves so that a Sphinx upgrade cannot leave one untranslated unnoticed.
_JS_STRING = r'"(?:[^"\\]|\\.)*"'
_JS_GETTEXT = re.compile(rf"(?:(?<![\w.])_|\bgettext)\(\s*({_JS_STRING})")
_JS_NGETTEXT = re.compile(rf"\bngettext\(\s*({_JS_STRING})\s*,\s*({_JS_STRING})")
_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+)")

# sphinx-copybutton adds its script at the default priority, 500.
_AFTER_COPYBUTTON = 510


def _on_config(app: Sphinx, config: Config) -> None:
    editions.choose_edition(app, config)
    if config.language != "en":
        # Sphinx adds this script only when it ships a catalogue for the language; ours is
        # written in _write_translations_js whether it does or not.
        app.add_js_file("translations.js")
        if "sphinx_copybutton" in app.extensions:
            app.add_js_file(None, body=_copybutton_script(), priority=_AFTER_COPYBUTTON)


def _copybutton_script() -> str:
    """Script that gives sphinx-copybutton the edition's labels.

    sphinx-copybutton 0.5.2 picks its labels by ``<html lang>`` from a table in its own
    script, without Indonesian. Run right after that script, this adds the edition's labels
    from the catalogue and re-labels the two icons it has already made; the buttons
    themselves are made once the page has loaded, so they get the new labels.
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


def _page_context(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    config = app.config
    pages = editions.edition_pages(app, pagename)
    current = next(page for page in pages if page.current)
    context["etiket_editions"] = pages
    context["etiket_other_editions"] = [page for page in pages if not page.current]
    # Absolute addresses (og:url, hreflang alternates) only when the site has one: None
    # leaves them out, and nothing in the build points at a host it may not be served from.
    context["etiket_page_url"] = current.url
    # The home page's default is the root page, which sends a visitor to their language.
    context["etiket_default_url"] = (
        editions.site_url(config) if pagename == config.root_doc else pages[0].url
    )
    context["etiket_description"] = _description(app, pagename, context, doctree)
    context["etiket_noindex"] = editions.is_noindex(app, pagename)
    context["metatags"] = _VIEWPORT.sub("", str(context.get("metatags") or ""))
    if context.get("body"):
        body = _CAPTION.sub(_CAPTION_WITH_LEVEL, str(context["body"]))
        body = _CODE.sub(_FOCUSABLE_CODE, body)
        body = _TAB.sub(_TAB_CONTROLS, body)
        context["body"] = _TABLE.sub(_FOCUSABLE_TABLE, body)
    _drop_unused_assets(context)
    tree = context.get("furo_navigation_tree")
    if tree:
        tree = _CAPTION.sub(_CAPTION_WITH_LEVEL, str(tree))
        context["furo_navigation_tree"] = _translate_navigation(tree)


def _drop_unused_assets(context: dict[str, Any]) -> None:
    body = str(context.get("body") or "")
    unused = {name for used, names in _ONLY_WHERE_USED if not used.search(body) for name in names}

    def wanted(asset: Any) -> bool:
        name = Path(str(getattr(asset, "filename", "") or "")).name
        inline = str(getattr(asset, "attributes", {}).get("body", ""))
        return name not in unused and not any(word in inline for word in unused)

    for key in ("css_files", "script_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if wanted(asset)]


def _description(
    app: Sphinx, pagename: str, context: dict[str, Any], doctree: nodes.document | None
) -> str | None:
    """Front matter's ``description``, else the page's first paragraph, else the edition's."""
    if 'name="description"' in str(context.get("metatags") or ""):
        return None
    given = app.env.metadata.get(pagename, {}).get("description")
    if given:
        return _squeeze(str(given))
    if doctree is not None and pagename != app.config.root_doc:
        for paragraph in doctree.findall(nodes.paragraph):
            if isinstance(paragraph.parent, nodes.section):
                text = _squeeze(paragraph.astext())
                if len(text) >= _MIN_PARAGRAPH:
                    return _shorten(text)
    return str(app.config.etiket_editions[app.config.language]["description"])


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str) -> str:
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    cut = text[: DESCRIPTION_LIMIT - 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") + "…"


def _translate_navigation(tree: str) -> str:
    label = html.escape(str(_("Toggle navigation of %s")))
    return _NAV_TOGGLE.sub(lambda match: f'aria-label="{label % match[1]}"', tree)


def _write_translations_js(app: Sphinx, exception: Exception | None) -> None:
    """Write _static/translations.js from the edition's catalogue, ours before Sphinx's."""
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
    catalogue = {"locale": app.config.language, "messages": messages, "plural_expr": expression}
    target = Path(app.outdir) / "_static" / "translations.js"
    target.write_text(
        "Documentation.addTranslations("
        + json.dumps(catalogue, ensure_ascii=False, indent=2, sort_keys=True)
        + ");\n",
        encoding="utf-8",
    )


def _trim_stylesheets(app: Sphinx, exception: Exception | None) -> None:
    """Leave out the rules of _TRIMMED_STYLESHEETS that style nothing on the site."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    words: set[str] = set()
    for path in outdir.rglob("*"):
        if path.suffix in {".html", ".js"} and path.is_file():
            words.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    for name, prefix in _TRIMMED_STYLESHEETS.items():
        target = outdir / "_static" / name
        if target.is_file():
            css = _CSS_COMMENT.sub("", target.read_text(encoding="utf-8"))
            trimmed = trim_css(css, words, prefix)
            if trimmed is not None:
                target.write_text(trimmed, encoding="utf-8")


def _minify_scripts(app: Sphinx, exception: Exception | None) -> None:
    """Minify the scripts readers download; a phone on a slow line pays for every byte."""
    if exception is not None or app.builder.format != "html":
        return
    import rjsmin

    for path in (Path(app.outdir) / "_static").rglob("*.js"):
        if ".min." in path.name:
            continue
        source = path.read_text(encoding="utf-8")
        minified = rjsmin.jsmin(source, keep_bang_comments=True)
        if len(minified) < len(source):
            path.write_text(minified, encoding="utf-8")


def trim_css(css: str, words: set[str], prefix: str = "") -> str | None:
    """``css`` without the selectors naming a class (starting with ``prefix``) not in ``words``.

    Rules left without a selector go, and so do @media blocks left empty; other at-rules
    (@keyframes, @font-face) stay whole. None if the braces do not balance, which this
    simple reader does not expect of a minified or Pygments stylesheet: the file then
    stays as it is.
    """
    kept: list[str] = []
    position = 0
    while True:
        opening = css.find("{", position)
        if opening < 0:
            return "".join(kept) if not css[position:].strip() else None
        prelude = css[position:opening].strip()
        depth, end = 1, opening + 1
        while depth and end < len(css):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        if depth:
            return None
        block = css[opening + 1 : end - 1]
        position = end
        if prelude.startswith(("@media", "@supports")):
            inner = trim_css(block, words, prefix)
            if inner is None:
                return None
            if inner:
                kept.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            kept.append(f"{prelude}{{{block}}}")
        else:
            selectors = [
                selector
                for selector in prelude.split(",")
                if all(
                    name in words
                    for name in _CSS_CLASS.findall(_CSS_FUNCTIONAL.sub("", selector))
                    if name.startswith(prefix)
                )
            ]
            if selectors:
                kept.append(f"{','.join(selectors)}{{{block}}}")


def script_messages() -> tuple[set[str], set[tuple[str, str]]]:
    singular: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for script in sorted((Path(sphinx.package_dir) / "themes" / "basic" / "static").glob("*.js")):
        code = script.read_text(encoding="utf-8")
        singular.update(json.loads(literal) for literal in _JS_GETTEXT.findall(code))
        plurals.update(
            (json.loads(one), json.loads(many)) for one, many in _JS_NGETTEXT.findall(code)
        )
    return singular, plurals


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("etiket_editions", {}, "env", types=[dict])
    app.add_config_value("etiket_site_url", "", "env", types=[str])
    app.add_search_language(SearchIndonesian)
    app.connect("config-inited", _on_config, priority=100)
    # After Furo's handler, which builds the navigation tree this one translates.
    app.connect("html-page-context", _page_context, priority=600)
    app.connect("build-finished", _write_translations_js)
    # After Furo's handler, which writes pygments.css at the end of the build.
    app.connect("build-finished", _trim_stylesheets, priority=900)
    # Last, once every script, the translations and the planner's data among them, is written.
    app.connect("build-finished", _minify_scripts, priority=950)
    app.setup_extension("etiket_docs.sitemap")
    app.setup_extension("etiket_docs.freshness")
    return {"version": etiket.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
