"""The handbook's copies of Furo's templates are watched: an upgrade that changes one fails.

docs/_templates/page.html (and partials/icons.html) replace Furo's files of the same name.
Each records, in a line ``Upstream: furo <release> theme/furo/<file> sha256:<hash>``, the
Furo file it was derived from. When the installed Furo's file is another, the copy may miss
a fix or break a feature: the test names the file to re-merge. The versions pinned for the
site (constraints.txt) and allowed by pyproject.toml must include the release recorded.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from importlib import metadata, resources
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "docs" / "_templates"
FURO_THEME = Path(str(resources.files("furo"))) / "theme" / "furo"
UPSTREAM = re.compile(
    r"Upstream: furo (?P<release>\S+) theme/furo/(?P<file>\S+) sha256:(?P<hash>[0-9a-f]{64})"
)
# A template that extends Furo's ("!page.html") adds to it rather than replacing it.
EXTENDS_UPSTREAM = re.compile(r"""\{%-?\s*extends\s+["']!""")


def forks() -> list[Path]:
    """The templates that replace a Furo template of the same path."""
    return sorted(
        path
        for path in TEMPLATES.rglob("*.html")
        if (FURO_THEME / path.relative_to(TEMPLATES)).is_file()
        and not EXTENDS_UPSTREAM.search(path.read_text(encoding="utf-8"))
    )


def pinned(name: str) -> Version:
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        requirement = line.split("#")[0].strip()
        if requirement.lower().startswith(f"{name}=="):
            return Version(requirement.split("==", 1)[1])
    raise AssertionError(f"constraints.txt pins no {name}")


def test_the_forks_are_found() -> None:
    assert TEMPLATES / "page.html" in forks()


@pytest.mark.parametrize("fork", forks(), ids=lambda path: path.relative_to(TEMPLATES).as_posix())
def test_each_fork_was_derived_from_the_installed_furos_file(fork: Path) -> None:
    relative = fork.relative_to(TEMPLATES).as_posix()
    shown = fork.relative_to(ROOT).as_posix()
    found = UPSTREAM.search(fork.read_text(encoding="utf-8"))
    assert found, (
        f"{shown} replaces Furo's theme/furo/{relative} but does not say which release of it "
        "it was derived from: add a line "
        f"'Upstream: furo <release> theme/furo/{relative} sha256:<sha256 of that file>'"
    )
    assert found["file"] == relative, f"{shown} names theme/furo/{found['file']}"
    installed = metadata.version("furo")
    upstream = FURO_THEME / relative
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert digest == found["hash"], (
        f"Furo {installed}'s theme/furo/{relative} ({upstream}) differs from the Furo "
        f"{found['release']} file {shown} was derived from: re-merge its changes into {shown}, "
        f"then record 'Upstream: furo {installed} theme/furo/{relative} sha256:{digest}'"
    )
    assert Version(found["release"]) == Version(installed), (
        f"{shown} records Furo {found['release']}, but {installed} is installed with the same "
        f"file: record 'Upstream: furo {installed} theme/furo/{relative} sha256:{digest}'"
    )


def test_the_furo_that_was_tested_is_the_one_pinned_and_allowed() -> None:
    installed = Version(metadata.version("furo"))
    assert pinned("furo") == installed, (
        f"constraints.txt pins furo=={pinned('furo')}, the environment has {installed}: "
        "`make venv` installs the pinned one"
    )
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    docs = [Requirement(text) for text in project["project"]["optional-dependencies"]["docs"]]
    furo_range = next(requirement for requirement in docs if requirement.name == "furo")
    assert furo_range.specifier.contains(installed), (
        f"pyproject.toml allows {furo_range}, which excludes the tested furo {installed}"
    )
    lowest = [Version(spec.version) for spec in furo_range.specifier if spec.operator == ">="]
    assert lowest == [installed], (
        f"pyproject.toml's {furo_range} should start at the Furo release the templates were "
        f"derived from and tested with ({installed}): furo>={installed}"
    )
