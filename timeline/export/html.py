"""The HTML export: one self-contained page with a visual, filterable timeline.

Everything is inline (CSS, JavaScript, the data as JSON) and the page loads nothing from the
network (its Content-Security-Policy forbids it). Text from articles reaches the page only as
JSON inside ``<script type="application/json">`` (with ``<``, ``>``, ``&`` escaped so it cannot
close the tag) and is put into the DOM with ``textContent``; the few server-side strings
(title, subtitle) are HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from importlib import resources
from typing import Any

from timeline.export.formats import Document
from timeline.export.records import event_record, observation_record
from timeline.query.filters import parse_bound

__all__ = ["render_html"]

_MARKER = re.compile(r"\{\{([A-Z]+)\}\}")


def _template(name: str) -> str:
    """A file of ``timeline/export/templates``."""
    return resources.files("timeline.export").joinpath("templates", name).read_text(encoding="utf-8")


def script_json(payload: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _window(doc: Document) -> tuple[dt.date, dt.date]:
    """The date window shown: the filter bounds, else the years of the events (else this year)."""
    lo = parse_bound(doc.filters.get("start"))
    hi = parse_bound(doc.filters.get("end"), end=True)
    dated = [e for e in doc.events if e.start]
    if lo is None:
        lo = dt.date(min((e.start.year for e in dated if e.start), default=dt.date.today().year), 1, 1)
    if hi is None:
        hi = dt.date(max(((e.end or e.start).year for e in dated if e.start), default=lo.year), 12, 31)
    return lo, hi


def _payload(doc: Document, lo: dt.date, hi: dt.date) -> dict[str, Any]:
    """The data the page's script draws: window, actor and type lists, events, observations."""
    actors = sorted({a.name for e in doc.events for a in e.actors}, key=str.casefold)
    types = sorted({e.type for e in doc.events})
    return {
        "title": doc.title,
        "generated": doc.generated.isoformat(),
        "window": {"start": lo.isoformat(), "end": hi.isoformat()},
        "actors": actors,
        "types": types,
        "events": [event_record(e) for e in doc.events],
        "observations": [observation_record(o) for o in doc.observations],
    }


def render_html(doc: Document) -> str:
    """The page as a string (UTF-8 text, no external resources)."""
    lo, hi = _window(doc)
    conflicts = sum(1 for e in doc.events if e.has_conflict)
    sources = len({s.uri for e in doc.events for s in e.sources})
    span = f"{lo.year}–{hi.year}" if lo.year != hi.year else str(lo.year)
    subtitle = f"{len(doc.events)} events from {sources} sources, {span}" + (
        f" · ⚠ {conflicts} with conflicting dates" if conflicts else ""
    )
    values = {
        "TITLE": html.escape(doc.title),
        "SUBTITLE": html.escape(subtitle),
        "FOOTER": html.escape(
            f"Generated {doc.generated:%Y-%m-%d %H:%M} UTC by timeline. "
            "Every event links to the sentences that support it."
        ),
        "CSS": _template("timeline.css"),
        "JS": _template("timeline.js"),
        "DATA": script_json(_payload(doc, lo, hi)),
    }
    return _MARKER.sub(lambda m: values.get(m.group(1), m.group(0)), _template("timeline.html"))
