"""Text export formats: JSON, CSV, Markdown, TimelineJS and PLOVER JSON lines.

Each ``render_*`` function takes a :class:`Document` (the events and context of one export) and
returns the text. Dates are never made more precise than the sources say: a year-precision event
has only a year in TimelineJS, and its PLOVER ``date`` is the EDTF year.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from timeline.export.records import event_record, filters_record, observation_record
from timeline.query.api import EventView, ObservationView
from timeline.query.display import edtf_parts, show_date

__all__ = [
    "Document",
    "render_csv",
    "render_json",
    "render_markdown",
    "render_plover",
    "render_timelinejs",
    "window_text",
]


def window_text(start: Any, end: Any) -> str | None:
    """``"start–end"`` of a date window, ``…`` for an open end; None when both ends are open."""
    if start is None and end is None:
        return None
    return f"{start if start is not None else '…'}–{end if end is not None else '…'}"


@dataclass
class Document:
    """What one export contains."""

    events: list[EventView]
    filters: dict[str, Any] = field(default_factory=dict)
    observations: list[ObservationView] = field(default_factory=list)
    title: str = "Timeline"
    generated: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))

    @property
    def window(self) -> str:
        """The date window of the export as text ("1992–2024", "all dates")."""
        return window_text(self.filters.get("start"), self.filters.get("end")) or "all dates"


def render_json(doc: Document) -> str:
    """``{"generated", "title", "filters", "events": [...], "observations": [...]}``, indented."""
    payload = {
        "generated": doc.generated.isoformat(),
        "title": doc.title,
        "filters": filters_record(doc.filters),
        "count": len(doc.events),
        "events": [event_record(e) for e in doc.events],
        "observations": [observation_record(o) for o in doc.observations],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "id",
    "date",
    "display_date",
    "start",
    "end",
    "precision",
    "title",
    "type",
    "mode",
    "context",
    "status",
    "actors",
    "source_count",
    "sources",
    "has_conflict",
    "conflicting_dates",
    "first_quote",
    "curated",
)


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas (a cell starting with = + - @ runs as a formula in Excel)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(doc: Document) -> str:
    """One row per event; list fields joined with "; "."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in doc.events:
        row = [
            e.id,
            e.edtf or "",
            e.display_date,
            e.start or "",
            e.end or "",
            e.precision or "",
            e.title,
            e.type,
            e.mode or "",
            e.context or "",
            e.status,
            "; ".join(e.actor_names),
            e.source_count,
            "; ".join(s.uri for s in e.sources),
            "yes" if e.has_conflict else "no",
            "; ".join(c.edtf for c in e.conflicts),
            e.citations[0].quote if e.citations else "",
            "; ".join(e.curated),
        ]
        writer.writerow([_csv_safe(str(v)) for v in row])
    return buf.getvalue()


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str | None) -> str:
    """Text for Markdown: special characters escaped, line breaks folded (no HTML, no links)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _conflicting_claims(e: EventView, esc: Callable[[str], str]) -> str:
    """The dates the sources claim for a conflicted event, each with its outlets, escaped by ``esc``."""
    return "; ".join(f"{esc(c.display)} ({esc(', '.join(s.outlet or s.uri for s in c.sources))})" for c in e.conflicts)


def _source_line(src: Any) -> str:
    """A source as one Markdown line: outlet, “title”, publication date, link (or URI)."""
    parts = [
        _md(src.outlet) if src.outlet else None,
        f"“{_md(src.title)}”" if src.title else None,
        f"published {src.published.isoformat()}" if src.published else "publication date unknown",
        f"<{src.url}>" if src.url and re.fullmatch(r"https?://[^\s<>]+", src.url) else _md(src.uri),
    ]
    return ", ".join(p for p in parts if p)


def render_markdown(doc: Document) -> str:
    """A readable chronology: one section per year, dates at their precision, footnoted quotes."""
    lines = [f"# {_md(doc.title)}", ""]
    desc = f"{len(doc.events)} events, {doc.window}"
    shown = {k: v for k, v in filters_record(doc.filters).items() if k not in ("start", "end")}
    if shown:
        desc += "; filters: " + ", ".join(f"{k}={_md(str(v))}" for k, v in shown.items())
    lines += [f"*{desc}. Generated {doc.generated:%Y-%m-%d %H:%M} UTC.*", ""]
    if not doc.events:
        lines += ["No events match.", ""]
    notes: list[str] = []
    year: int | None = -1
    for e in doc.events:
        ev_year = e.start.year if e.start else None
        if ev_year != year:
            year = ev_year
            lines += [f"## {year if year is not None else 'Undated'}", ""]
        refs = []
        for c in e.citations:
            notes.append(f"[^{len(notes) + 1}]: {_source_line(c.source)}: “{_md(c.quote)}”")
            refs.append(f"[^{len(notes)}]")
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        line = f"- **{_md(e.display_date)}** — {_md(e.title)} ({_md(kind)}){''.join(refs)}"
        if e.status != "occurred":
            line += f" *[{e.status}]*"
        lines.append(line)
        if e.actor_names:
            lines.append(f"  - Actors: {_md(', '.join(e.actor_names))}")
        if e.has_conflict and e.conflicts:
            lines.append(f"  - ⚠ Sources disagree on the date: {_conflicting_claims(e, _md)}")
    if doc.observations:
        lines += ["", "## Figures", ""]
        for o in doc.observations:
            lines.append(
                f"- {_md(o.period_display)}: {_md(o.indicator.replace('_', ' '))} "
                f"{_md(o.subject or '')} = {o.value:,.0f} {_md(o.unit)} ({_source_line(o.source)})"
            )
    if notes:
        lines += ["", "## Sources", "", *notes]
    return "\n".join(lines).rstrip() + "\n"


def _tl_date(parts: tuple[int, int | None, int | None] | None) -> dict[str, str] | None:
    """A TimelineJS date object with only the parts the precision allows."""
    if parts is None:
        return None
    year, month, day = parts
    out = {"year": str(year)}
    if month is not None:
        out["month"] = str(month)
        if day is not None:
            out["day"] = str(day)
    return out


def _tl_text(e: EventView) -> str:
    """The slide body: HTML built only from escaped text."""
    esc = html.escape
    bits = []
    if e.actor_names:
        bits.append(f"<p><b>Actors:</b> {esc(', '.join(e.actor_names))}</p>")
    if e.has_conflict and e.conflicts:
        bits.append(f"<p>⚠ Sources disagree on the date: {_conflicting_claims(e, esc)}</p>")
    for c in e.citations:
        src = c.source
        label = esc(src.outlet or src.uri) + (f", {src.published.isoformat()}" if src.published else "")
        bits.append(f"<blockquote>{esc(c.quote)}</blockquote><p>— {label}</p>")
    return "".join(bits)


def render_timelinejs(doc: Document) -> str:
    """Knight Lab TimelineJS JSON. Undated events are left out (a slide needs a start date)."""
    events = []
    for e in doc.events:
        start, end = edtf_parts(e.edtf)
        if start is None:
            continue
        slide: dict[str, Any] = {
            "start_date": _tl_date(start),
            "text": {"headline": html.escape(e.title), "text": _tl_text(e)},
            "group": e.type,
            "display_date": e.display_date + (" ⚠" if e.has_conflict else ""),
            "unique_id": f"event-{e.id}",
        }
        if end is not None:
            slide["end_date"] = _tl_date(end)
        events.append(slide)
    payload = {
        "title": {
            "text": {"headline": html.escape(doc.title), "text": html.escape(f"{len(events)} events, {doc.window}")}
        },
        "events": events,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _plover_date(part: str) -> str | None:
    """One side of an EDTF interval, None when open or missing."""
    return part if part and part != ".." else None


def render_plover(doc: Document) -> str:
    """PLOVER-style JSON lines, one per event, cited from its earliest published source."""
    coded = doc.generated.date().isoformat()
    lines = []
    for e in doc.events:
        left, _, right = (e.edtf or "").partition("/")
        actor = next((a.name for a in e.actors if a.role == "actor"), None)
        recipient = next((a.name for a in e.actors if a.role == "recipient"), None)
        first = e.citations[0] if e.citations else None
        record = {
            "id": f"timeline-{e.id}",
            "date": _plover_date(left),
            "actor": actor,
            "event": e.type,
            "recipient": recipient,
            "mode": e.mode,
            "context": e.context,
            "event_text": e.title,
            "text": first.quote if first else None,
            "text_info": {"start": first.start, "end": first.end} if first else None,
            "cite_info": {
                "url": first.source.url or first.source.uri,
                "title": first.source.title,
                "publication": first.source.outlet,
                "date": first.source.published.isoformat() if first.source.published else None,
            }
            if first
            else None,
            "enddate": _plover_date(right) if right else None,
            "coder": "timeline",
            "coded_date": coded,
            "comment": (
                f"sources disagree on the date: {', '.join(c.edtf for c in e.conflicts)}"
                if e.has_conflict and e.conflicts
                else None
            ),
            "display_date": show_date(e.edtf),
            "sources": [s.uri for s in e.sources],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")
