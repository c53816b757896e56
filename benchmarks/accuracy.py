"""Large-scale accuracy check: score the events stored by an ingest against the planted ground truth.

A stored event *matches* a planted event when one of its citations comes from an article that
reports the planted event and its date bounds are exactly the planted bounds; ``typed`` also
requires the same PLOVER type. Reported:

- ``recall``: planted events matched by at least one stored event (by date + type; ``recall_date``
  by date only);
- ``precision``: stored events (citing the corpus) that match a planted event, date + type;
- ``duplicates``: planted events matched by more than one stored event (a missed merge);
- ``merged_wrongly``: stored events matching two or more planted events (an over-merge);
- ``recall_compatible``: planted events cited (from their own article) by a stored event of the same
  type whose dates contain or fall within the planted dates: found, but possibly merged with another
  event the synthetic corpus cannot tell apart ("visited Türkiye in 2003" and "visited Türkiye on
  9 May 2003" are distinct planted events, and a reader would merge them too).

Planned events, figures and background dates in the corpus are distractors: a stored event made
from one of them counts against precision.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path, PurePosixPath

from sqlalchemy import Engine, select

from timeline.models import Citation, Event, Source


def _stored(engine: Engine) -> dict[int, tuple[str, str | None, str | None, set[str]]]:
    """event id → (type, start, end, names of the cited source files), for occurred events only.

    The corpus plants only occurred events; planned ones ("is expected to visit … next year") are
    distractors the product rightly keeps with status "planned", so they are left out of the score.
    """
    out: dict[int, tuple[str, str | None, str | None, set[str]]] = {}
    stmt = (select(Event.id, Event.event_type, Event.date_start, Event.date_end, Source.uri)
            .join(Citation, Citation.event_id == Event.id).join(Source, Source.id == Citation.source_id)
            .where(Event.rejected.is_(False), Event.status == "occurred"))
    with engine.connect() as conn:
        for eid, etype, lo, hi, uri in conn.execute(stmt):
            row = out.setdefault(eid, (etype, lo and lo.isoformat(), hi and hi.isoformat(), set()))
            row[3].add(PurePosixPath(uri).name)
    return out


def score(engine: Engine, truth_file: Path) -> dict[str, float | int]:
    """Recall, precision, duplicates and over-merges of the stored events against ``truth_file``."""
    truth = json.loads(truth_file.read_text())
    planted = truth["events"]
    by_article: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for name, art in truth["articles"].items():
        for ident in art["events"]:
            ev = planted[str(ident)]
            by_article[(name, ev["lower"], ev["upper"])].append(str(ident))
    stored = _stored(engine)
    per_name: dict[str, list[str]] = defaultdict(list)
    for name, art in truth["articles"].items():
        per_name[name] = [str(i) for i in art["events"]]
    compatible: set[str] = set()
    typed: dict[str, set[int]] = defaultdict(set)  # planted id → stored events matching (date + type)
    dated: dict[str, set[int]] = defaultdict(set)
    good = 0
    over = 0
    for eid, (etype, lo, hi, names) in stored.items():
        hits: set[str] = set()
        for name in names:
            for ident in by_article.get((name, lo or "", hi or ""), ()):
                dated[ident].add(eid)
                if planted[ident]["type"] == etype:
                    hits.add(ident)
        for ident in hits:
            typed[ident].add(eid)
        if lo and hi:
            for name in names:
                for ident in per_name.get(name, ()):
                    ev = planted[ident]
                    if ev["type"] == etype and ((lo <= ev["lower"] and ev["upper"] <= hi)
                                                or (ev["lower"] <= lo and hi <= ev["upper"])):
                        compatible.add(ident)
        good += bool(hits)
        over += len(hits) > 1
    n = len(planted)
    return {
        "planted_events": n,
        "stored_events": len(stored),
        "recall": round(len(typed) / n, 4) if n else 0.0,
        "recall_date": round(len(dated) / n, 4) if n else 0.0,
        "recall_compatible": round(len(compatible | set(typed)) / n, 4) if n else 0.0,
        "precision": round(good / len(stored), 4) if stored else 0.0,
        "duplicates": sum(len(v) > 1 for v in typed.values()),
        "merged_wrongly": over,
    }


def recall_by_precision(engine: Engine, truth_file: Path) -> dict[str, float]:
    """Recall (date + type) per planted date precision and per type: where the misses are."""
    truth = json.loads(truth_file.read_text())
    planted = truth["events"]
    stored = _stored(engine)
    keys = {(name, lo, hi, etype) for etype, lo, hi, names in stored.values() for name in names}
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, art in truth["articles"].items():
        for ident in art["events"]:
            ev = planted[str(ident)]
            hit = (name, ev["lower"], ev["upper"], ev["type"]) in keys
            for cell in (found[ev["precision"]], found[f"type:{ev['type']}"]):
                cell[1] += 1
                cell[0] += hit
    return {p: round(a / b, 3) for p, (a, b) in sorted(found.items())}
