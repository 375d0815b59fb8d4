"""Render the package's rules into the prose, in the page's language.

``{rule}`follow-up-after-a-week``` (a guidance ID or a policy attribute name)
becomes "5 working days" in English and "5 hari kerja" in Indonesian: the
number comes from ``etiket.DEFAULT_POLICY`` at build time, so it cannot drift.
The ``policy-table`` directive renders every number of the policy as a table.
``{calendar-default}`remind-at```, ``{calendar-default}`remind-before``` and
``{calendar-default}`deadline-block``` render the calendar file's reminder settings
and the length of a timed deadline's event from ``etiket.ics`` the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective, SphinxRole

import etiket
from etiket_docs.interface_words import word

_HEADERS = ("table.rule", "table.default", "table.guidance-id")


def _language(config: Any) -> str:
    return str(config.language or "en")


class RuleRole(SphinxRole):
    """The value of one policy number, with its unit, in the page's language."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        try:
            number = etiket.DEFAULT_POLICY.number(self.text.strip())
        except etiket.EtiketError as error:
            message = self.inliner.reporter.error(str(error), line=self.lineno)
            return [self.inliner.problematic(self.rawtext, self.rawtext, message)], [message]
        text = number.describe(_language(self.config))
        return [nodes.inline(self.rawtext, text, classes=["etiket-rule"])], []


def calendar_default(name: str, lang: str) -> str:
    from babel.dates import format_time

    from etiket import ics
    from etiket.messages import quantity

    if name == "remind-at":
        return str(format_time(ics.REMIND_AT, "short", locale=lang))
    # Both spans are whole hours in etiket.ics; the prose names them in hours.
    spans = {"remind-before": ics.REMIND_BEFORE, "deadline-block": ics.DEADLINE_BLOCK}
    if name in spans:
        return quantity(int(spans[name].total_seconds() // 3600), "hours", lang)
    raise etiket.EtiketError("docs.no-calendar-default", name=name)


class CalendarDefaultRole(SphinxRole):
    """A default of the calendar export (reminder time or lead), in the page's language."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        try:
            text = calendar_default(self.text.strip(), _language(self.config))
        except etiket.EtiketError as error:
            message = self.inliner.reporter.error(str(error), line=self.lineno)
            return [self.inliner.problematic(self.rawtext, self.rawtext, message)], [message]
        return [nodes.inline(self.rawtext, text, classes=["etiket-rule"])], []


class PolicyTable(SphinxDirective):
    """Every number of the default policy, as a table generated from the code."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        lang = _language(self.config)
        rows = [
            (f"{number.name}", number.describe(lang), number.guidance.value)
            for number in etiket.DEFAULT_POLICY.numbers()
        ]
        table = nodes.table(classes=["etiket-policy"])
        group = nodes.tgroup(cols=3)
        table += group
        group.extend(nodes.colspec(colwidth=1) for _ in range(3))
        group += _row_group(nodes.thead, [[word(key, lang) for key in _HEADERS]])
        group += _row_group(nodes.tbody, rows)
        return [table]


def _row_group(kind: type[nodes.Element], rows: Sequence[Sequence[str]]) -> nodes.Element:
    group = kind()
    for cells in rows:
        row = nodes.row()
        for index, text in enumerate(cells):
            paragraph = nodes.paragraph()
            paragraph += nodes.literal(text=text) if index != 1 else nodes.Text(text)
            row += nodes.entry("", paragraph)
        group += row
    return group


def setup_rules(app: Sphinx) -> None:
    app.add_role("rule", RuleRole())
    app.add_role("calendar-default", CalendarDefaultRole())
    app.add_directive("policy-table", PolicyTable)
