"""Plain-data forms of query results, shared by every export format."""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.query.api import ClaimView, EventView, ObservationView, SourceView

__all__ = ["claim_record", "event_record", "filters_record", "observation_record", "source_record"]


def _iso(value: dt.date | None) -> str | None:
    """ISO date, or None."""
    return value.isoformat() if value else None


def source_record(src: SourceView) -> dict[str, Any]:
    """A source as cited: uri, title, outlet, published, url."""
    return {"uri": src.uri, "title": src.title, "outlet": src.outlet, "published": _iso(src.published), "url": src.url}


def claim_record(claim: ClaimView) -> dict[str, Any]:
    """One of the conflicting dates of an event, with the sources that claim it."""
    return {
        "claimed_date": claim.edtf,
        "display_date": claim.display,
        "start": _iso(claim.start),
        "end": _iso(claim.end),
        "sources": [s.uri for s in claim.sources],
        "published": [_iso(s.published) for s in claim.sources],
        "date_texts": list(claim.date_texts),
    }


def event_record(ev: EventView) -> dict[str, Any]:
    """The JSON form of an event (the team's agreed keys, plus a few extra ones)."""
    return {
        "id": ev.id,
        "title": ev.title,
        "type": ev.type,
        "mode": ev.mode,
        "context": ev.context,
        "date": ev.edtf,
        "display_date": ev.display_date,
        "start": _iso(ev.start),
        "end": _iso(ev.end),
        "precision": ev.precision,
        "status": ev.status,
        "actors": [{"name": a.name, "kind": a.kind, "role": a.role, "wikidata": a.wikidata} for a in ev.actors],
        "citations": [
            {
                "source": source_record(c.source),
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
                "date_text": c.date_text,
                "claimed_date": c.claimed_edtf,
                "claimed_display_date": c.claimed_display if c.claimed_edtf else None,
            }
            for c in ev.citations
        ],
        "source_count": ev.source_count,
        "has_conflict": ev.has_conflict,
        "conflicts": [claim_record(c) for c in ev.conflicts],
        "date_rule": ev.date_rule,
        "curated": list(ev.curated),
        "rule": ev.rule,
    }


def observation_record(obs: ObservationView) -> dict[str, Any]:
    """A dated figure (indicator, subject, period, value, unit) with its quote and source."""
    return {
        "indicator": obs.indicator,
        "subject": obs.subject,
        "period": obs.period_edtf,
        "display_period": obs.period_display,
        "start": _iso(obs.period_start),
        "end": _iso(obs.period_end),
        "value": obs.value,
        "unit": obs.unit,
        "quote": obs.quote,
        "source": source_record(obs.source),
    }


def filters_record(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters as given, JSON-safe (dates as ISO strings, iterables as lists, None dropped)."""
    out: dict[str, Any] = {}
    for key, value in filters.items():
        if value is None or value == () or value == []:
            continue
        if isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, str | int | float | bool):
            out[key] = value
        else:
            try:
                out[key] = [str(v) for v in value]
            except TypeError:
                out[key] = str(value)
    return out
