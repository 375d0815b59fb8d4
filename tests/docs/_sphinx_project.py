"""A Sphinx project of a few pages in a temporary folder, with MyST and one handbook feature.

The tests of a directive build one, so that they read the HTML the feature writes
without building the whole handbook.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from io import StringIO
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

ROOT = Path(__file__).resolve().parents[2]
# The handbook's extensions, and the tests' own helpers (browser._site's unavailable()).
sys.path[:0] = [str(ROOT / "docs" / "_ext"), str(ROOT / "tests")]

_DOCUTILS_ID = 'Language "id" not supported: Docutils-generated text will be in English.'


def build_project(tmp_path: Path, pages: Mapping[str, str], feature: str, lang: str) -> str:
    """Build ``pages`` (name -> MyST text) with ``etiket_docs.<feature>``; the warnings.

    The HTML is in ``tmp_path / "out"``.
    """
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text(
        "extensions = ['myst_parser']\n"
        "myst_enable_extensions = ['colon_fence']\n"
        "def setup(app):\n"
        f"    from etiket_docs.{feature} import setup_{feature}\n"
        f"    setup_{feature}(app)\n",
        encoding="utf-8",
    )
    for name, text in pages.items():
        (source / f"{name}.md").write_text(text, encoding="utf-8")
    warnings = StringIO()
    # Each build registers its directives afresh, as a separate sphinx-build would.
    with docutils_namespace():
        app = Sphinx(
            str(source), str(source), str(tmp_path / "out"), str(tmp_path / "doctrees"),
            "html", confoverrides={"language": lang}, status=None, warning=warnings,
            freshenv=True,
        )  # fmt: skip
        app.build()
    # Docutils has no Indonesian labels of its own and says so once per process; the
    # handbook's build reads them elsewhere first. Every other warning counts.
    found = [line for line in warnings.getvalue().splitlines() if _DOCUTILS_ID not in line]
    return "\n".join(found)
