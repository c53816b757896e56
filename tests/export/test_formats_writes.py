"""Export after writes of its own (a fresh database with the sample timeline per test)."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy.orm import Session

from timeline.export import export_events


def test_csv_neutralises_formulas(session: Session, sample: dict[str, Any]) -> None:
    from timeline.models import Event

    ev = session.get(Event, sample["events"]["relations"])
    assert ev is not None
    ev.title = "=HYPERLINK(\"http://evil\")"
    session.commit()
    rows = list(csv.DictReader(io.StringIO(export_events(session, "csv"))))
    assert next(r for r in rows if int(r["id"]) == ev.id)["title"].startswith("'=")
