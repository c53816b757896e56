"""Stage 5 — exports: JSON, CSV, Markdown, HTML, TimelineJS, PLOVER.

``export_events(session, "json", out=None, **chronology_filters)`` selects events with
:func:`timeline.query.chronology` (same filters, same order) and renders them; the observations
of the same window are added where the format has room for them (JSON, Markdown, HTML).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from sqlalchemy.orm import Session

from timeline.export.formats import (
    Document,
    render_csv,
    render_json,
    render_markdown,
    render_plover,
    render_timelinejs,
    window_text,
)
from timeline.export.html import render_html
from timeline.query.api import DEFAULT_END, DEFAULT_START, QueryError, chronology, observations

__all__ = ["FORMATS", "SUFFIXES", "Document", "UnknownFormatError", "export_events", "render"]

FORMATS: dict[str, Callable[[Document], str]] = {
    "json": render_json,
    "csv": render_csv,
    "markdown": render_markdown,
    "html": render_html,
    "timelinejs": render_timelinejs,
    "plover": render_plover,
}
#: Usual file suffix of each format.
SUFFIXES = {
    "json": ".json",
    "csv": ".csv",
    "markdown": ".md",
    "html": ".html",
    "timelinejs": ".json",
    "plover": ".jsonl",
}


class UnknownFormatError(QueryError, ValueError):
    """Not one of :data:`FORMATS`."""


def _renderer(fmt: str) -> Callable[[Document], str]:
    """The render function of ``fmt`` (any case); :class:`UnknownFormatError` for another name."""
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise UnknownFormatError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})") from None


def render(fmt: str, doc: Document) -> str:
    """Render ``doc`` in format ``fmt``."""
    return _renderer(fmt)(doc)


def export_events(
    session: Session, fmt: str, out: TextIO | None = None, *, title: str | None = None, **chronology_filters: Any
) -> str:
    """Export the chronology selected by ``chronology_filters`` as ``fmt``; also write it to ``out``.

    Accepts every keyword of :func:`timeline.query.chronology` (``start``, ``end``, ``actors``,
    ``types``, ``status``, ``text``, ``source``, ``as_known_on``, ``include_context``, ``limit`` …).
    Returns the exported text.
    """
    renderer = _renderer(fmt)  # checked before the database is queried
    filters = {"start": DEFAULT_START, "end": DEFAULT_END, **chronology_filters}
    events = chronology(session, **filters)
    obs = observations(session, start=filters.get("start"), end=filters.get("end"))
    doc = Document(events=events, filters=filters, observations=obs, title=title or _title(filters))
    text = renderer(doc)
    if out is not None:
        out.write(text)
    return text


def _title(filters: dict[str, Any]) -> str:
    """The default title: "Timeline: <actors>, <start>–<end>" (parts left out when not filtered)."""
    actors = filters.get("actors")
    names = [actors] if isinstance(actors, str) else list(actors or [])
    base = f"Timeline: {', '.join(names)}" if names else "Timeline"
    window = window_text(filters.get("start"), filters.get("end"))
    return f"{base}, {window}" if window else base
