"""The ``letters`` directive: the letters script and the edition's data, on the pages that ask.

Each test builds a two-page Sphinx project in a temporary folder with only MyST and
the handbook's letters extension: one page asks for the letters, the other does not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from _sphinx_project import build_project
from browser._site import unavailable
from bs4 import BeautifulSoup

import etiket
from etiket.letters_data import letters_data

PREFIX = "// Written by etiket_docs.letters from the etiket package; do not edit.\n"
PREFIX += "window.etiketLettersData = "


def _build(tmp_path: Path, lang: str) -> Path:
    """The built project's output folder; the build must give no warning."""
    pages = {
        "index": "# Your emails\n\n```{letters}\n```\n\n```{toctree}\n:hidden:\nother\n```\n",
        "other": "# Another page\n\nNo letters here.\n",
    }
    warnings = build_project(tmp_path, pages, "letters", lang)
    assert not warnings, warnings
    return tmp_path / "out"


def _scripts(page: Path) -> list[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return [str(tag["src"]).split("?")[0] for tag in soup.find_all("script", src=True)]


@pytest.mark.parametrize("lang", sorted(etiket.LANGUAGES))
def test_only_the_page_that_asks_loads_the_letters(tmp_path: Path, lang: str) -> None:
    out = _build(tmp_path, lang)
    asking, other = _scripts(out / "index.html"), _scripts(out / "other.html")
    wanted = ["_static/etiket-letters-data.js", "_static/letters.js"]
    assert [src for src in asking if src in wanted] == wanted  # the data first
    assert not set(wanted) & set(other)
    written = (out / "_static" / "etiket-letters-data.js").read_text(encoding="utf-8")
    assert written.startswith(PREFIX)
    data = json.loads(written.removeprefix(PREFIX).rstrip().removesuffix(";"))
    assert data == {**letters_data(lang), "version": etiket.__version__}
    assert (out / "_static" / "letters.js").is_file()


@pytest.mark.parametrize("lang", sorted(etiket.LANGUAGES))
def test_the_built_files_write_the_packages_letter(tmp_path: Path, lang: str) -> None:
    node = shutil.which("node")
    if node is None:
        unavailable("Node.js is not installed; apt-get install nodejs")
    static = _build(tmp_path, lang) / "_static"
    arguments = {
        "interviewers": ["Ibu Sari", "Mr Chen"], "position": "data analyst",
        "company": "PT Contoh", "candidate": "Budi",
    }  # fmt: skip
    # The two files as a page runs them: the data first, then the script, in one window.
    program = (
        "const fs = require('fs'), vm = require('vm'), context = { window: {} };\n"
        "for (const file of process.argv.slice(1, 3)) vm.runInNewContext("
        "fs.readFileSync(file, 'utf8'), context);\n"
        "const input = JSON.parse(process.argv[3]);\n"
        "const notes = context.window.etiketLetters.email('thank-you', input);\n"
        "process.stdout.write(JSON.stringify(notes));\n"
    )
    run = subprocess.run(
        [node, "-e", program, str(static / "etiket-letters-data.js"), str(static / "letters.js"),
         json.dumps(arguments)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    expected = [
        {"to": note.to, "subject": note.subject, "body": note.body, "guidance": note.guidance.value}
        for note in etiket.thank_you_notes(**arguments, lang=lang)  # type: ignore[arg-type]
    ]
    assert json.loads(run.stdout) == expected
