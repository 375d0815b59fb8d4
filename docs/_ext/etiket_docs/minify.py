"""The scripts readers download, minified: a phone on a slow line pays for every byte.

The handbook's own scripts (docs/_static, docs/_ext/etiket_docs) are written in ES5, so that
an old phone's browser runs them, and calmjs.parse reads ES5: it parses each one and prints it
again with its local names shortened, about 30 % smaller than rjsmin, which only strips space
and comments. Everything else the site serves (Sphinx's, the theme's and the data files the
build writes) may use newer syntax and is stripped by rjsmin, as before.
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


def mangle_script(source: str, name: str) -> str:
    """One of the handbook's own scripts as the build publishes it: local names shortened.

    Names at the top level stay whole (each script is one function that sets a
    ``window`` property), and so do property names, which the package's data uses.
    """
    from calmjs.parse import es5
    from calmjs.parse.exceptions import ECMASyntaxError
    from calmjs.parse.unparsers.es5 import minify_print

    if "/*!" in source:
        # calmjs.parse drops every comment; a licence must not be dropped with them.
        raise ExtensionError(f"{name} has a licence comment (/*!), which mangling would drop")
    try:
        tree = es5(source)
    except ECMASyntaxError as error:
        raise ExtensionError(
            f"{name} is not ES5, the only syntax the build's minifier reads and every "
            f"phone's browser runs ({error}); write it without let, const, arrows, "
            "classes or template strings"
        ) from error
    mangled: str = minify_print(tree, obfuscate=True, obfuscate_globals=False, drop_semi=True)
    return mangled


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
