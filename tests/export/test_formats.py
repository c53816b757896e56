"""Every export format loads back and says what the query API says, on SQLite and PostgreSQL.

These tests only read: the sample timeline is built once per engine for the module (``shared_sample_db``),
each test gets its own session on it. Tests that write are in test_formats_writes.py.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from timeline.export import FORMATS, UnknownFormatError, export_events
from timeline.query import chronology


@pytest.fixture
def session(shared_sample_db: tuple[Engine, dict[str, Any]]) -> Iterator[Session]:  # overrides tests/conftest.py's
    """A session of its own on the shared database (closed, i.e. rolled back, afterwards)."""
    with Session(shared_sample_db[0], expire_on_commit=False) as s:
        yield s


@pytest.fixture
def sample(shared_sample_db: tuple[Engine, dict[str, Any]]) -> dict[str, Any]:
    return shared_sample_db[1]


EVENT_KEYS = {"id", "title", "type", "mode", "date", "start", "end", "precision", "status", "actors", "citations",
              "conflicts", "curated", "rule"}
CITATION_KEYS = {"source", "quote", "start", "end", "date_text", "claimed_date"}


def test_json_schema_and_content(session: Session, sample: dict[str, Any]) -> None:
    out = io.StringIO()
    text = export_events(session, "json", out)
    assert out.getvalue() == text
    data = json.loads(text)
    assert {"events", "generated", "filters", "observations"} <= set(data)
    assert data["filters"]["start"] == 1992 and data["filters"]["end"] == 2024
    assert [e["id"] for e in data["events"]] == [e.id for e in chronology(session)]
    for e in data["events"]:
        assert set(e) >= EVENT_KEYS
        for c in e["citations"]:
            assert set(c) >= CITATION_KEYS
            assert {"uri", "title", "outlet", "published"} <= set(c["source"])
        for a in e["actors"]:
            assert set(a) == {"name", "kind", "role", "wikidata"}
    visit = next(e for e in data["events"] if e["id"] == sample["events"]["visit2015"])
    assert visit["date"] == "2015-12-08/2015-12-11" and visit["start"] == "2015-12-08"
    assert {c["claimed_date"]: sorted(c["sources"]) for c in visit["conflicts"]} == {
        "2015-12-08/2015-12-11": ["test://news", "test://summit"], "2015-11": ["test://old"]}
    relations = next(e for e in data["events"] if e["id"] == sample["events"]["relations"])
    assert relations["conflicts"] == [] and relations["citations"][0]["source"]["published"] == "2024-07-04"
    decl = next(e for e in data["events"] if e["id"] == sample["events"]["declaration"])
    assert decl["curated"] == ["title"]
    assert [o["period"] for o in data["observations"]] == ["2019", "2023"]


def test_filters_pass_through(session: Session, sample: dict[str, Any]) -> None:
    data = json.loads(export_events(session, "json", start=2015, end=2021, actors=["President Aliyev"]))
    assert [e["id"] for e in data["events"]] == [sample["events"][k] for k in ("visit2015", "forum2019", "call2021")]
    assert data["filters"]["actors"] == ["President Aliyev"]
    known = json.loads(export_events(session, "json", as_known_on="2021-12-31"))
    assert next(e for e in known["events"] if e["id"] == sample["events"]["visit2015"])["date"] == "2015-11"


def test_csv_rows(session: Session, sample: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(export_events(session, "csv"))))
    assert [int(r["id"]) for r in rows] == [e.id for e in chronology(session)]
    visit = next(r for r in rows if int(r["id"]) == sample["events"]["visit2015"])
    assert visit["actors"] == "Ilham Aliyev; China" and visit["has_conflict"] == "yes"
    assert visit["display_date"] == "8–11 Dec 2015" and visit["source_count"] == "3"
    assert visit["first_quote"] == "Aliyev visited Beijing in November 2015."  # earliest published source


def test_markdown_document(session: Session, sample: dict[str, Any]) -> None:
    md = export_events(session, "markdown", title="Azerbaijan and China")
    assert md.startswith("# Azerbaijan and China\n")
    assert "## 1992" in md and "**2 Apr 1992**" in md and "**8–11 Dec 2015**" in md and "**1994**" in md
    assert md.index("## 1992") < md.index("## 1994") < md.index("## 2024")
    assert "⚠ Sources disagree on the date" in md
    assert "[^1]:" in md and "<https://example.org/news>" in md
    assert "<script>" not in md  # article text cannot inject HTML into rendered Markdown
    empty = export_events(session, "markdown", text="no such thing at all")
    assert "No events match." in empty


def test_timelinejs_structure_never_invents_precision(session: Session, sample: dict[str, Any]) -> None:
    data = json.loads(export_events(session, "timelinejs"))
    assert set(data) == {"title", "events"} and "headline" in data["title"]["text"]
    slides = {s["unique_id"]: s for s in data["events"]}
    ev = sample["events"]
    assert slides[f"event-{ev['visit1994']}"]["start_date"] == {"year": "1994"}
    assert "end_date" not in slides[f"event-{ev['visit1994']}"]
    assert slides[f"event-{ev['nakhchivan']}"]["start_date"] == {"year": "1992", "month": "9"}
    assert slides[f"event-{ev['relations']}"]["start_date"] == {"year": "1992", "month": "4", "day": "2"}
    visit = slides[f"event-{ev['visit2015']}"]
    assert visit["end_date"] == {"year": "2015", "month": "12", "day": "11"}
    assert visit["display_date"].startswith("8–11 Dec 2015") and "⚠" in visit["display_date"]
    assert visit["group"] == "CONSULT" and visit["text"]["headline"] == "Ilham Aliyev visits Beijing"
    assert "<script>" not in visit["text"]["text"] and "&lt;script&gt;" in visit["text"]["text"]
    for slide in data["events"]:
        assert {"start_date", "text", "group", "display_date", "unique_id"} <= set(slide)


def test_plover_lines(session: Session, sample: dict[str, Any]) -> None:
    text = export_events(session, "plover")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == len(chronology(session))
    keys = {"id", "date", "actor", "event", "recipient", "mode", "context", "event_text", "text", "text_info",
            "cite_info", "enddate", "coder", "coded_date"}
    for r in records:
        assert keys <= set(r) and r["coder"] == "timeline"
    call = next(r for r in records if r["id"] == f"timeline-{sample['events']['call2021']}")
    assert (call["date"], call["actor"], call["recipient"], call["event"], call["mode"]) == (
        "2021-06-02", "Xi Jinping", "Ilham Aliyev", "CONSULT", "phone")
    assert call["cite_info"]["url"] == "https://example.org/old" and call["text_info"]["start"] == 0
    visit = next(r for r in records if r["id"] == f"timeline-{sample['events']['port']}")
    assert (visit["date"], visit["enddate"]) == ("2010", "2018")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_handles_an_empty_selection(session: Session, fmt: str) -> None:
    text = export_events(session, fmt, text="nothing matches this")
    if fmt == "plover":
        assert text == ""  # JSON lines: no event, no line
    elif fmt in ("json", "timelinejs"):
        assert json.loads(text)["events"] == []
    else:
        assert text.strip()


def test_unknown_format(session: Session) -> None:
    with pytest.raises(UnknownFormatError, match="one of"):
        export_events(session, "xml")
