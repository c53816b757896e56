"""The product on its first corpus, end to end, through the public API and the CLI, on both engines.

These check what an analyst sees, not how it is computed: the chronology starts with the establishment
of diplomatic relations on 2 April 1992, actor filters resolve people, the as-of view hides what only
later sources say, and the SQL view agrees with the Python API.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, text

import timeline
from timeline.cli import main


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def seeded_db(request: pytest.FixtureRequest, seeded_copy: Any, seeds_workdir: Path) -> Iterator[tuple[str, Path]]:
    """The seeds as ``run_ingest(["seeds"])`` stored them, one copy per engine for this module.

    The ingest itself runs once per engine and test session (tests/conftest.py): these tests only read,
    or re-ingest the unchanged files from the same working directory.
    """
    url = seeded_copy(request.param)
    yield url, seeds_workdir / "seeds"
    timeline.get_engine(url).dispose()


@pytest.fixture
def seeded(seeded_db: tuple[str, Path]) -> str:
    return seeded_db[0]


@pytest.fixture
def engine(seeded: str) -> Engine:  # overrides the per-test engine of tests/conftest.py
    return timeline.get_engine(seeded)


def test_chronology_starts_with_diplomatic_relations(seeded: str, engine: Engine) -> None:
    with timeline.make_session(engine) as session:
        events = timeline.chronology(session, 1992, 2024)
    assert len(events) >= 15
    first = events[0]
    assert first.edtf == "1992-04-02"
    assert "diplomatic" in first.title.lower()
    starts = [(e.start, -(e.end - e.start).days) for e in events]
    assert starts == sorted(starts), "chronology is not in date order (coarser first on equal starts)"
    # Every citation quote is the exact text at its offsets in the stored source.
    with engine.connect() as conn:
        rows = conn.execute(text('SELECT c.id, c.quote, c.start, c."end", s.text '
                                 "FROM citations c JOIN sources s ON s.id = c.source_id"))
        for cid, quote, start, end, src_text in rows:
            assert src_text[start:end] == quote, f"citation {cid} offsets do not match its quote"


def test_view_order_matches_api(seeded: str, engine: Engine) -> None:
    with timeline.make_session(engine) as session:
        api_ids = [e.id for e in timeline.chronology(session, None, None)]
    with engine.connect() as conn:
        view_ids = list(conn.execute(text("SELECT id FROM chronology")).scalars())
    assert view_ids == api_ids


def test_strategic_partnership_conflict_is_kept(seeded: str, engine: Engine) -> None:
    with timeline.make_session(engine) as session:
        conflicted = timeline.conflicts(session, None, None)
    declaration = [e for e in conflicted if "strategic partnership" in e.title.lower()]
    assert len(declaration) == 1, [e.title for e in conflicted]
    ev = declaration[0]
    assert ev.edtf == "2024-07-03"
    claimed = {c.claimed_edtf for c in ev.citations}
    assert {"2024-07-03", "XXXX-07-05"} <= claimed
    assert len({c.source.uri for c in ev.citations}) == 3


def test_actor_filter_resolves_heydar_aliyev(seeded: str) -> None:
    result = CliRunner().invoke(main, ["--db", seeded, "show", "--actor", "Heydar Aliyev", "--format", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert events, "no events for Heydar Aliyev"
    for ev in events:
        assert "Heydar Aliyev" in {a["name"] for a in ev["actors"]}
        assert ev["start"] < "2003-11-01"  # he was president 1993–2003


def test_as_of_hides_what_only_later_sources_say(seeded: str) -> None:
    run = CliRunner().invoke(main, ["--db", seeded, "show", "--as-of", "2021-12-31", "--format", "json"])
    assert run.exit_code == 0, run.output
    events = json.loads(run.output)["events"]
    assert events
    for ev in events:
        published = [c["source"]["published"] for c in ev["citations"]]
        assert all(p is not None and p <= "2021-12-31" for p in published), ev["title"]
    titles = " ".join(e["title"].lower() for e in events)
    assert "strategic partnership" not in titles  # only 2024 sources (and an undated one) report it


def test_reingest_is_a_no_op(seeded_db: tuple[str, Path], engine: Engine,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    def snapshot() -> dict[str, list]:
        with engine.connect() as conn:
            return {t: sorted(conn.execute(text(f"SELECT id FROM {t}")).scalars())
                    for t in ("sources", "events", "citations", "observations", "actors")}

    before = snapshot()
    url, corpus = seeded_db
    monkeypatch.chdir(corpus.parent)  # where the seeds were ingested from (source URIs are relative to it)
    report = timeline.run_ingest([corpus], url=url)
    assert report.files_unchanged == 5 and report.files_new == 0
    assert snapshot() == before


def test_unknown_actor_is_a_clear_error(seeded: str) -> None:
    result = CliRunner().invoke(main, ["--db", seeded, "show", "--actor", "Heydar Aliev"])
    # A misspelling either resolves through a transliteration alias or fails with suggestions.
    if result.exit_code != 0:
        assert result.exit_code == 2
        assert "Heydar Aliyev" in result.output
    nobody = CliRunner().invoke(main, ["--db", seeded, "show", "--actor", "Zzyzx Qwerty"])
    assert nobody.exit_code == 2
    assert "Traceback" not in nobody.output


def test_published_dates_inferred_from_datelines(seeded: str, engine: Engine) -> None:
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT uri, published FROM sources")).all())
    by_name = {Path(uri).name[:3]: (dt.date.fromisoformat(str(p)) if p else None) for uri, p in rows.items()}
    assert by_name == {"000": None, "001": dt.date(2021, 6, 7), "002": dt.date(2024, 7, 5),
                       "003": dt.date(2024, 7, 4), "004": None}
