"""Analysts' corrections: applied at once, idempotent, and surviving re-ingestion and reprocess."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jobs_support import copy_seeds
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from timeline.db import get_engine
from timeline.models import Actor, ActorAlias, Citation, Correction, Event, Source
from timeline.store.corrections import (
    CorrectionError,
    correction_key,
    find_citations,
    find_events,
    load_corrections,
)
from timeline.store.jobs import curate_file, ingest, reprocess


@pytest.fixture
def seeded_sqlite(seeded_copy: Any) -> Iterator[str]:
    """A SQLite copy of the session's seeded database (``seeded_url`` without the PostgreSQL twin)."""
    url = seeded_copy("sqlite")
    yield url
    get_engine(url).dispose()
    get_engine.cache_clear()


def _unique_citations(session: Session) -> list[Citation]:
    """Citations whose quote is unique in the database (so a quote names exactly one citation)."""
    cites = list(session.scalars(select(Citation).order_by(Citation.id)))
    seen: dict[str, int] = {}
    for c in cites:
        seen[c.quote] = seen.get(c.quote, 0) + 1
    return [c for c in cites if seen[c.quote] == 1]


def _plan(engine: Engine) -> dict[str, Any]:
    """Pick targets from what the extractor produced (no knowledge of the seed texts)."""
    with Session(engine) as s:
        unique = _unique_citations(s)
        by_event: dict[int, list[Citation]] = {}
        for c in s.scalars(select(Citation).order_by(Citation.id)):
            by_event.setdefault(c.event_id, []).append(c)

        def sel(c: Citation) -> dict[str, str]:
            return {"source": c.source.uri.rsplit("/", 1)[-1], "quote": c.quote}

        split = next(c for c in unique if len(by_event[c.event_id]) >= 2)
        used = {split.event_id}
        singles = []
        for c in unique:
            if c.event_id not in used:
                singles.append(c)
                used.add(c.event_id)
        reject, setter, merge_a, merge_b = singles[:4]
        actor = s.scalars(select(Actor).order_by(Actor.id)).first()
        assert actor is not None
        return {"split": sel(split), "reject": sel(reject), "set": sel(setter),
                "merge": [sel(merge_a), sel(merge_b)], "actor": actor.name,
                "split_event_size": len(by_event[split.event_id])}


def _write_file(path: Path, plan: dict[str, Any]) -> Path:
    entries = [
        {"action": "reject", "event": plan["reject"], "note": "not an event"},
        {"action": "set", "event": plan["set"], "title": "Analyst title", "date": "1999-01-02",
         "status": "planned", "type": "AGREE"},
        {"action": "merge", "events": plan["merge"]},
        {"action": "split", "citation": plan["split"], "title": "Split-off event"},
        {"action": "alias", "actor": plan["actor"], "alias": "The Analyst Alias", "valid_from": "2001-01-01",
         "valid_to": "2002-12-31"},
        {"action": "reject", "event": {"source": "no-such-file.txt", "quote": "nothing like this"}},
    ]
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _check_effects(engine: Engine, plan: dict[str, Any]) -> None:
    with Session(engine) as s:
        (rejected,) = find_events(s, plan["reject"])
        assert rejected.rejected
        (edited,) = find_events(s, plan["set"])
        assert (edited.title, edited.edtf, edited.status, edited.event_type) == (
            "Analyst title", "1999-01-02", "planned", "AGREE")
        assert str(edited.date_start) == str(edited.date_end) == "1999-01-02" and edited.precision == "day"
        assert {"title", "date", "status", "type"} <= set(edited.curated or {})
        merged_a, merged_b = (find_events(s, sel) for sel in plan["merge"])
        assert len(merged_a) == 1 and merged_a == merged_b
        (cit,) = find_citations(s, plan["split"])
        assert cit.curated
        alone = s.scalars(select(Citation).where(Citation.event_id == cit.event_id)).all()
        assert alone == [cit]
        assert s.get(Event, cit.event_id).title == "Split-off event"  # type: ignore[union-attr]
        alias = s.scalar(select(ActorAlias).join(Actor).where(Actor.name == plan["actor"],
                                                              ActorAlias.alias == "The Analyst Alias"))
        assert alias is not None and str(alias.valid_from) == "2001-01-01" and str(alias.valid_to) == "2002-12-31"


def test_corrections_apply_and_survive_reprocess_and_reingest(seeded_url: str, seeded_engine: Engine,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db_url, engine = seeded_url, seeded_engine  # the seeds as one ingest stored them
    monkeypatch.chdir(tmp_path)
    seeds = copy_seeds(tmp_path / "seeds")
    plan = _plan(engine)
    with Session(engine) as s:
        events_before = len(s.scalars(select(Event.id)).all())
    path = _write_file(tmp_path / "corrections.yaml", plan)

    report = curate_file(path, url=db_url)
    assert (report.added, report.known) == (6, 0)
    assert any("no event matches" in m for m in report.messages)  # reported, not fatal
    assert sum("skipped" in m for m in report.messages) == 1
    _check_effects(engine, plan)
    with Session(engine) as s:
        # the merge removed one event, the split added one
        assert len(s.scalars(select(Event.id)).all()) == events_before
        assert len(s.scalars(select(Correction.id)).all()) == 6

    again = curate_file(path, url=db_url)  # idempotent: nothing new, nothing to do
    assert (again.added, again.known) == (0, 6)
    assert [m for m in again.messages if "skipped" not in m] == []

    rebuilt = reprocess(url=db_url, only_outdated=False)
    assert rebuilt.files_changed == 5 and rebuilt.files_failed == 0
    _check_effects(engine, plan)

    # edit every file (new content hash, same sentences): all sources replaced, corrections re-applied
    for p in seeds.iterdir():
        p.write_text(p.read_text(encoding="utf-8") + "\nEditor's addendum.\n", encoding="utf-8")
    edited = ingest(["seeds"], url=db_url)
    assert edited.files_changed == 5
    _check_effects(engine, plan)


def test_selector_by_title_and_date(seeded_sqlite: str, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_url, sqlite_engine = seeded_sqlite, get_engine(seeded_sqlite)  # the seeds, stored by one ingest
    monkeypatch.chdir(tmp_path)
    with Session(sqlite_engine) as s:
        dated = [e for e in s.scalars(select(Event).where(Event.date_start.is_not(None)).order_by(Event.id))]
        titles = [e.title for e in dated]
        event = next(e for e in dated if titles.count(e.title) == 1)
        year = str(event.date_start.year)  # type: ignore[union-attr]
        assert find_events(s, {"title": event.title.upper(), "date": year}) == [event]
        assert find_events(s, {"title": event.title, "date": "1000"}) == []
        assert find_events(s, {"id": event.id}) == [event]
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"corrections": [{"action": "reject", "event": {"title": event.title,
                                                                                 "date": year}}]}))
    assert curate_file(path, url=sqlite_url).added == 1
    with Session(sqlite_engine) as s:
        assert s.get(Event, event.id).rejected  # type: ignore[union-attr]


def test_ambiguous_selector_is_reported_not_applied(seeded_sqlite: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_url, sqlite_engine = seeded_sqlite, get_engine(seeded_sqlite)  # the seeds, stored by one ingest
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "c.yaml"
    path.write_text("- action: reject\n  event: {quote: ' the '}\n")  # matches many events
    report = curate_file(path, url=sqlite_url)
    assert any("events match" in m and "more specific" in m for m in report.messages)
    with Session(sqlite_engine) as s:
        assert not any(s.scalars(select(Event.rejected)))


def test_invalid_files_are_refused_whole(sqlite_url: str, sqlite_engine: Engine, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- action: reject\n  event: {source: a.txt, quote: x}\n"      # fine
        "- action: explode\n"                                         # unknown action
        "- action: set\n  event: {quote: x}\n  date: 'sometime'\n"    # bad EDTF
        "- action: merge\n  events: [{quote: x}]\n"                   # one event only
        "- action: alias\n  actor: X\n"                               # no alias
        "- action: split\n  citation: {title: x}\n"                   # a citation needs a quote
        "- action: set\n  event: {quote: x}\n  status: maybe\n"      # bad status
    )
    with pytest.raises(CorrectionError) as info:
        load_corrections(bad)
    message = str(info.value)
    assert re.findall(r"item (\d+)\b", message) == ["2", "3", "4", "5", "6", "7"]
    with pytest.raises(CorrectionError):
        curate_file(bad, url=sqlite_url)
    with Session(sqlite_engine) as s:
        assert s.scalars(select(Correction)).all() == []
    (tmp_path / "broken.yaml").write_text("- action: [unclosed\n")
    with pytest.raises(CorrectionError, match="invalid YAML"):
        load_corrections(tmp_path / "broken.yaml")
    with pytest.raises(CorrectionError, match="cannot read"):
        load_corrections(tmp_path / "missing.yaml")


def test_key_ignores_the_note_and_the_example_file_is_valid() -> None:
    a = {"action": "reject", "event": {"source": "a.txt", "quote": "x"}, "note": "one"}
    b = {"action": "reject", "event": {"quote": "x", "source": "a.txt"}, "note": "two"}
    assert correction_key(a) == correction_key(b)
    assert correction_key(a) != correction_key({**a, "event": {"quote": "y"}})
    example = Path(__file__).resolve().parents[2] / "docs" / "corrections.example.yaml"
    entries = load_corrections(example)
    assert {e["action"] for e in entries} == {"reject", "merge", "split", "set", "alias"}


def test_sources_untouched_by_curation(seeded_sqlite: str, tmp_path: Path) -> None:
    """Curating never edits source texts or hashes (only events, citations' grouping and aliases)."""
    sqlite_url, sqlite_engine = seeded_sqlite, get_engine(seeded_sqlite)  # the seeds, stored by one ingest
    with Session(sqlite_engine) as s:
        before = {r.uri: r.content_hash for r in s.scalars(select(Source))}
    plan = _plan(sqlite_engine)
    curate_file(_write_file(tmp_path / "c.yaml", plan), url=sqlite_url)
    with Session(sqlite_engine) as s:
        assert {r.uri: r.content_hash for r in s.scalars(select(Source))} == before
