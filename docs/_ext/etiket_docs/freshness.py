"""Re-read every page when the code the pages are rendered from has changed.

Sphinx re-reads a page when its source changes, but the pages also show what
the etiket package computes (rule values, the API reference, examples' data),
what the handbook's extensions produce, the interface translations, and the
theme's templates and options (``conf.py``). Those
live outside the pages, so an incremental build (``make html`` again, or
``make serve`` after saving a file in src/) would keep stale values. This
extension fingerprints them and marks every page outdated when the
fingerprint changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import etiket

_ATTRIBUTE = "etiket_sources_fingerprint"
_SKIPPED_PARTS = {"__pycache__"}
_SKIPPED_SUFFIXES = {".pyc", ".mo"}


def _sources(app: Sphinx) -> list[Path]:
    roots = [Path(etiket.__file__).parent, Path(__file__).parent]
    roots += [Path(app.srcdir, directory) for directory in app.config.locale_dirs]
    # The theme's templates and options too: the published site has no .buildinfo
    # (tools/site_root.py removes it), by which Sphinx would see that conf.py changed.
    roots += [Path(app.confdir, directory) for directory in app.config.templates_path]
    return sorted(
        [Path(app.confdir, "conf.py")]
        + [
            path
            for root in roots
            for path in root.rglob("*")
            if path.is_file()
            and path.suffix not in _SKIPPED_SUFFIXES
            and not _SKIPPED_PARTS.intersection(path.parts)
        ]
    )


def fingerprint(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    current = fingerprint(_sources(app))
    previous = getattr(env, _ATTRIBUTE, None)
    setattr(env, _ATTRIBUTE, current)
    if previous is None or previous == current:
        return []
    return sorted(env.found_docs - added - changed)


def setup_freshness(app: Sphinx) -> None:
    app.connect("env-get-outdated", _outdated)
