"""An incremental build re-reads every page when what all pages are rendered from changes.

The published site has no .buildinfo (tools/site_root.py removes it), so Sphinx alone would
not see a change to conf.py or to the theme's templates; etiket_docs.freshness fingerprints
them with the package, the extensions and the translations.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from etiket_docs.freshness import _sources, fingerprint

ROOT = Path(__file__).resolve().parents[2]


def _app(templates: Path) -> Any:
    config = SimpleNamespace(locale_dirs=[str(ROOT / "locale")], templates_path=[str(templates)])
    return SimpleNamespace(srcdir=str(ROOT / "docs" / "en"), confdir=str(ROOT), config=config)


def test_conf_and_the_templates_are_in_the_fingerprint() -> None:
    sources = _sources(_app(ROOT / "docs" / "_templates"))
    assert ROOT / "conf.py" in sources
    assert ROOT / "docs" / "_templates" / "partials" / "etiket-head.html" in sources
    assert ROOT / "src" / "etiket" / "rulebook.py" in sources
    assert ROOT / "docs" / "_ext" / "etiket_docs" / "freshness.py" in sources


def test_a_changed_template_changes_the_fingerprint(tmp_path: Path) -> None:
    template = tmp_path / "page.html"
    template.write_text("{% extends '!page.html' %}", encoding="utf-8")
    before = fingerprint(_sources(_app(tmp_path)))
    template.write_text("{% extends '!page.html' %}{# changed #}", encoding="utf-8")
    assert fingerprint(_sources(_app(tmp_path))) != before
