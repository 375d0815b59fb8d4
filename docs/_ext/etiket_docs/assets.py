"""Static files that only some pages need, loaded only on the pages that show their feature.

A phone reader should not download the planner's script to read the glossary. Each
of the handbook's features says which nodes need which files; this module adds the
files to exactly those pages, and makes sure the handbook's static folder is on the
path. The other extensions (sphinx-design, sphinx-copybutton, Pygments) add theirs
to every page; it drops them from the pages that do not use them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html._assets import _JavaScript
from sphinx.config import Config

__all__ = ["STATIC_DIR", "load_on_pages_with", "write_script_data", "write_static_file"]

STATIC_DIR = Path(__file__).resolve().parents[2] / "_static"

# The other extensions' files, each entry: what a page's body has when it uses them, and the
# files' names (copybutton-labels.js is etiket_docs.copybutton's, for sphinx-copybutton).
_ONLY_WHERE_USED = (
    (re.compile(r'class="(?:[^"]*\s)?sd-'), ("sphinx-design.min.css",)),
    (re.compile(r'class="(?:[^"]*\s)?sd-tab-set\b'), ("design-tabs.js",)),
    (
        re.compile(r'<div class="highlight">'),
        (
            "pygments.css",
            "copybutton.css",
            "clipboard.min.js",
            "copybutton.js",
            "copybutton-labels.js",
        ),
    ),
)
# Pages whose template adds scripts of its own after the page's, which use them at once:
# Furo's search page runs Sphinx's searchtools.js as soon as it is parsed.
_SCRIPTS_IN_TEMPLATE = frozenset({"search"})
# After the handlers that add a page's files (Furo's, load_on_pages_with's), at the default.
_AFTER_FURO = 600


def _add_static_path(app: Sphinx, config: Config) -> None:
    # The editions share one conf.py with -c .: the files are found even if its path changes.
    known = {(Path(app.confdir) / entry).resolve() for entry in config.html_static_path}
    if STATIC_DIR not in known:
        config.html_static_path.append(str(STATIC_DIR))


def load_on_pages_with(
    app: Sphinx,
    shows: Callable[[nodes.document], bool],
    *,
    css: Sequence[str] = (),
    js: Sequence[str] = (),
) -> None:
    """Add ``css`` and ``js`` (deferred) to each page whose doctree ``shows`` the feature."""

    def add(
        app: Sphinx,
        pagename: str,
        templatename: str,
        context: dict[str, Any],
        doctree: nodes.document | None,
    ) -> None:
        if doctree is None or not shows(doctree):
            return
        for name in css:
            app.add_css_file(name)
        for name in js:
            app.add_js_file(name, loading_method="defer")

    app.connect("config-inited", _add_static_path)
    app.connect("html-page-context", add)


def write_script_data(
    app: Sphinx, file_name: str, variable: str, data: Mapping[str, Any], writer: str
) -> None:
    """Write ``data`` as ``window.<variable>`` into the build's ``_static/<file_name>``.

    ``writer`` names what wrote it, for whoever opens the file.
    """
    write_joined_script_data(app, file_name, {variable: data}, writer)


def write_joined_script_data(
    app: Sphinx, file_name: str, variables: Mapping[str, Mapping[str, Any]], writer: str
) -> None:
    """Write each of ``variables`` as ``window.<name>`` into one ``_static/<file_name>``.

    A page that needs several features' data downloads them as one file: one request,
    and compressed together they are smaller than apart.
    """
    content = f"// Written by {writer} from the etiket package; do not edit.\n"
    for variable, data in variables.items():
        text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
        content += f"window.{variable} = {text};\n"
    write_static_file(app, file_name, content)


def write_static_file(app: Sphinx, file_name: str, content: str) -> None:
    """Write ``content`` into the build's ``_static/<file_name>``, unless it holds it already."""
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    target = static / file_name
    # Rewriting an unchanged file would only churn timestamps and caches.
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


def _drop_unused_assets(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    body = str(context.get("body") or "")
    unused = {name for used, names in _ONLY_WHERE_USED if not used.search(body) for name in names}

    def wanted(asset: Any) -> bool:
        return Path(str(getattr(asset, "filename", "") or "")).name not in unused

    for key in ("css_files", "script_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if wanted(asset)]


def _defer_scripts(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    """Let every script of the page wait until the page is parsed.

    Sphinx, Furo and the extensions write plain ``<script src>`` tags at the end of the body,
    and a browser fetches and runs each before it goes on: on a phone's slow line they hold
    up the first paint (Lighthouse counts them as render-blocking). Deferred, they run in the
    same order, still before DOMContentLoaded, which is what they wait for. An inline script
    runs where it stands, so a file script before one keeps its place.
    """
    if not context.get("script_files") or pagename in _SCRIPTS_IN_TEMPLATE:
        return
    # In the order Sphinx writes them: it sorts them so after this handler.
    scripts = sorted(context["script_files"], key=lambda script: getattr(script, "priority", 500))
    inline = [index for index, script in enumerate(scripts) if not _file_of(script)]
    first_free = inline[-1] + 1 if inline else 0
    context["script_files"] = [
        _deferred(script) if index >= first_free else script for index, script in enumerate(scripts)
    ]


def _file_of(script: Any) -> str:
    return str(getattr(script, "filename", script if isinstance(script, str) else "") or "")


def _deferred(script: Any) -> Any:
    attributes = dict(getattr(script, "attributes", {}))
    if not isinstance(script, _JavaScript) or {"async", "defer"} & attributes.keys():
        return script
    if attributes.get("type") == "module":  # modules are deferred already
        return script
    attributes["defer"] = "defer"
    return _JavaScript(script.filename, priority=script.priority, **attributes)


def setup_assets(app: Sphinx) -> None:
    app.connect("html-page-context", _drop_unused_assets, priority=_AFTER_FURO)
    app.connect("html-page-context", _defer_scripts, priority=_AFTER_FURO + 1)
