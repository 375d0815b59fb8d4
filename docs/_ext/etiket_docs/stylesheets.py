"""The site's copies of the stylesheets, without the rules that style nothing on it.

sphinx-design's stylesheet styles every component it has (about 55 KB),
Pygments' every kind of token in light and dark, Furo's every part of every
Sphinx page. Once the build has written every page and script, the rules for
classes that none of them names are left out (for sphinx-design, only its own
"sd-" classes are weighed). Scripts count: a class they add at run time is
named in them.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx

# Each stylesheet trimmed (its path under _static) -> the prefix of the classes weighed.
TRIMMED_STYLESHEETS = {
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

# After Furo's handler, which writes pygments.css at the end of the build.
_AFTER_FURO = 900


def _trim_stylesheets(app: Sphinx, exception: Exception | None) -> None:
    """Leave out the rules of TRIMMED_STYLESHEETS that style nothing on the site."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    words: set[str] = set()
    for path in outdir.rglob("*"):
        if path.suffix in {".html", ".js"} and path.is_file():
            words.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    for name, prefix in TRIMMED_STYLESHEETS.items():
        target = outdir / "_static" / name
        if target.is_file():
            css = _CSS_COMMENT.sub("", target.read_text(encoding="utf-8"))
            trimmed = trim_css(css, words, prefix)
            if trimmed is not None:
                target.write_text(trimmed, encoding="utf-8")


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


def setup_stylesheets(app: Sphinx) -> None:
    app.connect("build-finished", _trim_stylesheets, priority=_AFTER_FURO)
