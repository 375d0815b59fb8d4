"""The scripts readers download, minified: a phone on a slow line pays for every byte.

The handbook's own scripts (docs/_static, docs/_ext/etiket_docs) are written in ES5, one
style for all of them, which calmjs.parse checks. They are minified by tdewolff's minifier
(tdewolff-minify, the Python binding of the Go library Hugo uses): it shortens local names,
drops what a statement does not need and may write the result in ES2020's syntax (``??``,
``?.``, ``catch {}``). The site needed such a browser already: Sphinx's own doctools.js,
on every page, uses ``?.``, and the planner's and the assistant's pages call
replaceChildren, a DOM method that browsers shipped after ES2020. That is about 3 % smaller
than calmjs.parse's own mangled print. Everything else the site serves (Sphinx's, the
theme's and the data files the build writes) may use newer syntax and is stripped by
rjsmin, as before.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

# Last, once every script, the translations and the planner's data among them, is written.
_LAST = 950

_HERE = Path(__file__).resolve().parent
OWN_SCRIPTS = frozenset(
    path.name for folder in (_HERE, _HERE.parents[1] / "_static") for path in folder.glob("*.js")
)
"""The file names of the scripts the handbook writes itself."""


def minify_script(source: str) -> str:
    """A script as the build publishes it: minified, licence comments (/*! ... */) kept."""
    import rjsmin

    minified: str = rjsmin.jsmin(source, keep_bang_comments=True)
    return minified if len(minified) < len(source) else source


# The syntax the minified scripts may use: what the site's browsers read already (above).
_OUTPUT_ES_VERSION = 2020


def mangle_script(source: str, name: str) -> str:
    """One of the handbook's own scripts as the build publishes it: local names shortened.

    Names at the top level stay whole (each script is one function that sets a
    ``window`` property), and so do property names, which the package's data uses;
    a licence comment (``/*! ... */``) is kept.
    """
    import minify
    from calmjs.parse import es5
    from calmjs.parse.exceptions import ECMASyntaxError

    try:
        es5(source)
    except ECMASyntaxError as error:
        raise ExtensionError(
            f"{name} is not ES5, the syntax the handbook's own scripts are written in "
            f"({error}); write it without let, const, arrows, classes or template strings"
        ) from error
    minify.config({"js-version": _OUTPUT_ES_VERSION})
    try:
        minified: str = minify.string("application/javascript", source)
    except minify.MinifyError as error:
        raise ExtensionError(f"{name} could not be minified: {error}") from error
    return minified


def published_script(source: str, name: str) -> str:
    """The script ``name`` as readers download it."""
    return mangle_script(source, name) if name in OWN_SCRIPTS else minify_script(source)


def _minify_scripts(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for path in (Path(app.outdir) / "_static").rglob("*.js"):
        if ".min." in path.name:
            continue
        source = path.read_text(encoding="utf-8")
        published = published_script(source, path.name)
        if published != source:
            path.write_text(published, encoding="utf-8")


def setup_minify(app: Sphinx) -> None:
    app.connect("build-finished", _minify_scripts, priority=_LAST)
