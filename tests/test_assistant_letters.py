"""The assistant's page writes the package's letters with the files it publishes.

The page downloads one data file, then the planner's script, then the letters' script,
which writes its dates with the planner's (``etiketPlanner.writeDay``). Node runs the
three files of the built site, as the page does, and their thank-you notes must be the
package's. (tests/test_letters_script.py compares the scripts on many letters.)
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from urllib.parse import urlsplit

import pytest
from _built_site import built_site, parsed_page
from browser._site import EDITIONS, unavailable

import etiket
from etiket.language import format_long_date

pytestmark = pytest.mark.site

# The files the letters need, in the order the page must load them.
NEEDED = ("etiket-assistant-data.js", "planner.js", "letters.js")


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_published_files_write_the_packages_letters(edition: str) -> None:
    node = shutil.which("node")
    if node is None:
        unavailable("Node.js is not installed; apt-get install nodejs")
    page = built_site() / edition / "assistant.html"
    loaded = [
        urlsplit(str(tag["src"])).path for tag in parsed_page(page).find_all("script", src=True)
    ]
    files = [path for path in loaded if path.rsplit("/", 1)[-1] in NEEDED]
    assert [path.rsplit("/", 1)[-1] for path in files] == list(NEEDED)
    arguments = {
        "interviewers": ["Ibu Sari", "Mr Chen"], "position": "data analyst",
        "company": "PT Contoh", "candidate": "Budi",
    }  # fmt: skip
    program = (
        "const fs = require('fs'), vm = require('vm');\n"
        "const context = vm.createContext({ window: {} });\n"
        "const files = process.argv.slice(1, -1);\n"
        "for (const file of files) vm.runInContext(fs.readFileSync(file, 'utf8'), context);\n"
        "const input = JSON.parse(process.argv[process.argv.length - 1]);\n"
        "const notes = context.window.etiketLetters.email('thank-you', input);\n"
        "const { interviewers, ...details } = input;\n"
        "const follow = context.window.etiketPlanner.email('follow-up', "
        "{ ...details, interviewer: interviewers[0], interview_date: '2026-11-20' });\n"
        "process.stdout.write(JSON.stringify([notes, follow]));\n"
    )
    run = subprocess.run(
        [node, "-e", program, *(str(page.parent / path) for path in files),
         json.dumps(arguments)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    notes, follow_up = json.loads(run.stdout)
    expected = [
        {"to": note.to, "subject": note.subject, "body": note.body, "guidance": note.guidance.value}
        for note in etiket.thank_you_notes(**arguments, lang=edition)  # type: ignore[arg-type]
    ]
    assert notes == expected
    letter = etiket.follow_up_email(
        interviewer="Ibu Sari", position="data analyst", company="PT Contoh",
        candidate="Budi", interview_date="2026-11-20", lang=edition,
    )  # fmt: skip
    assert follow_up["body"] == letter.body
    assert format_long_date(date(2026, 11, 20), edition) in follow_up["body"]
