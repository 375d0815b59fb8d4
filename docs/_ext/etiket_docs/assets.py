"""Static files that only some pages need, loaded only on the pages that show their feature.

A phone reader should not download the planner's script to read the glossary. Each
extension says which nodes need which files; this module adds the files to exactly
those pages, and makes sure the handbook's static folder is on the path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config

__all__ = ["STATIC_DIR", "load_on_pages_with"]

STATIC_DIR = Path(__file__).resolve().parents[2] / "_static"


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
