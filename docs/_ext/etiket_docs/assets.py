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
from sphinx.config import Config

__all__ = ["STATIC_DIR", "load_on_pages_with", "write_script_data"]

STATIC_DIR = Path(__file__).resolve().parents[2] / "_static"

# The other extensions' files, each entry: what a page's body has when it uses them, and the
# files (names; for an inline script, a name it uses).
_ONLY_WHERE_USED = (
    (re.compile(r'class="(?:[^"]*\s)?sd-'), ("sphinx-design.min.css",)),
    (re.compile(r'class="(?:[^"]*\s)?sd-tab-set\b'), ("design-tabs.js",)),
    (
        re.compile(r'<div class="highlight">'),
        ("pygments.css", "copybutton.css", "clipboard.min.js", "copybutton.js", "iconCopy"),
    ),
)
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
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    content = f"// Written by {writer} from the etiket package; do not edit.\n"
    content += f"window.{variable} = {text};\n"
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
        name = Path(str(getattr(asset, "filename", "") or "")).name
        inline = str(getattr(asset, "attributes", {}).get("body", ""))
        return name not in unused and not any(word in inline for word in unused)

    for key in ("css_files", "script_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if wanted(asset)]


def setup_assets(app: Sphinx) -> None:
    app.connect("html-page-context", _drop_unused_assets, priority=_AFTER_FURO)
