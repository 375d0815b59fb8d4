"""The scripts readers download, minified: a phone on a slow line pays for every byte."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

# Last, once every script, the translations and the planner's data among them, is written.
_LAST = 950


def _minify_scripts(app: Sphinx, exception: Exception | None) -> None:
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


def setup_minify(app: Sphinx) -> None:
    app.connect("build-finished", _minify_scripts, priority=_LAST)
