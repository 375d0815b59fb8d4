"""The scripts readers download, minified: a phone on a slow line pays for every byte."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

# Last, once every script, the translations and the planner's data among them, is written.
_LAST = 950


def minify_script(source: str) -> str:
    """A script as the build publishes it: minified, licence comments (/*! ... */) kept."""
    import rjsmin

    minified: str = rjsmin.jsmin(source, keep_bang_comments=True)
    return minified if len(minified) < len(source) else source


def _minify_scripts(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for path in (Path(app.outdir) / "_static").rglob("*.js"):
        if ".min." in path.name:
            continue
        source = path.read_text(encoding="utf-8")
        minified = minify_script(source)
        if minified != source:
            path.write_text(minified, encoding="utf-8")


def setup_minify(app: Sphinx) -> None:
    app.connect("build-finished", _minify_scripts, priority=_LAST)
