"""How the core's objects show themselves through the faces: written once, for all of them.

A timeline, an assessment, a cohort and an agenda print as text, as a one-line
repr and as an HTML table in a notebook; a timeline, a cohort and an assessment also
become a calendar file. The faces that do it (:mod:`etiket.render`, :mod:`etiket.ics`)
are built on the core, so the core does not import them when it is imported:
each hook hands its object over here, and the face is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from etiket.assessment import Assessment
    from etiket.cohort import Cohort
    from etiket.timeline import Timeline

__all__ = ["Shown", "calendar_file", "show"]


def show(shown: object, function: str) -> str:
    """``etiket.render.<function>(shown)``: ``function`` is e.g. ``"timeline_text"``."""
    from etiket import render

    text: str = getattr(render, function)(shown)
    return text


class Shown:
    """A base for the objects :mod:`etiket.render` shows: ``str()``, ``repr()`` and HTML.

    A subclass names its face in ``_face``: with ``_face = "timeline"`` it is shown
    by ``render.timeline_text``, ``render.timeline_repr`` and ``render.timeline_html``.
    """

    __slots__ = ()
    _face: ClassVar[str]

    def __str__(self) -> str:
        return show(self, f"{self._face}_text")

    def __repr__(self) -> str:
        return show(self, f"{self._face}_repr")

    def _repr_html_(self) -> str:
        return show(self, f"{self._face}_html")


def calendar_file(timelines: Timeline | Cohort | Assessment, options: dict[str, Any]) -> bytes:
    """``etiket.ics.to_ics(timelines, **options)``."""
    from etiket.ics import to_ics

    return to_ics(timelines, **options)
