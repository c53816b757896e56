"""Ingestion jobs: idempotent, incremental, pruning only on request, run rows, reprocess, scheduling."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jobs_support import copy_seeds, counts, runs, snapshot
from sqlalchemy import Engine, create_engine, func, select, update
from sqlalchemy.orm import Session

from timeline.db import get_engine
from timeline.extract.pipeline import EXTRACTOR_VERSION
from timeline.ingest.discover import InputError, discover, normalise_uri
from timeline.models import Citation, IngestionRun, Source
from timeline.store.jobs import ingest, parse_interval, reprocess, schedule
from timeline.store.runs import RunReport


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the seeds in the working directory ``tmp_path`` (so URIs are ``seeds/…``)."""
    monkeypatch.chdir(tmp_path)
    return copy_seeds(tmp_path / "seeds")


@pytest.fixture
def one_seed(seeds: Path) -> Path:
    """``seeds/`` holding only the smallest seed article (for tests about the run, not the content)."""
    for path in sorted(seeds.iterdir(), key=lambda p: p.stat().st_size)[1:]:
        path.unlink()
    return seeds


@pytest.fixture
def seeded_sqlite(seeded_copy: Any) -> Iterator[str]:
    """A SQLite copy of the session's seeded database (``seeded_url`` without the PostgreSQL twin)."""
    url = seeded_copy("sqlite")
    yield url
    get_engine(url).dispose()
    get_engine.cache_clear()


def test_uri_rule_makes_spellings_of_one_path_the_same_source(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    same = {normalise_uri(p, tmp_path) for p in ("seeds", "./seeds/", "seeds/.", str(tmp_path / "seeds"),
                                                 "seeds/../seeds")}
    assert same == {"seeds"}
    assert normalise_uri("/elsewhere/x.txt", tmp_path) == "/elsewhere/x.txt"
    assert normalise_uri("../up.txt", tmp_path) == (tmp_path.parent / "up.txt").as_posix()


def test_discovery_sorts_recurses_and_skips_hidden_sidecars_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / ".git").mkdir(parents=True)
    for name in ("b/z.txt", "a.md", "b/.hidden.txt", "b/.git/c.txt", "a.txt.meta.yaml", "manifest.yaml",
                 "notes.docx", "feed.rss", "page.html"):
        (root / name).write_text("x")
    found = discover([root], cwd=tmp_path)
    assert [i.uri for i in found.items] == ["in/a.md", "in/feed.rss", "in/page.html", "in/b/z.txt"]
    assert [i.kind for i in found.items] == ["file", "feed", "file", "file"]
    assert found.rejected == [] and found.folders == ["in/"]
    # named explicitly, an unknown extension is a failed file, not silently skipped
    explicit = discover([root / "notes.docx", root / "b" / ".hidden.txt"], cwd=tmp_path)
    assert [u for u, _ in explicit.rejected] == ["in/notes.docx"]
    assert "unsupported file type '.docx'" in explicit.rejected[0][1]
    assert [i.uri for i in explicit.items] == ["in/b/.hidden.txt"]


@pytest.mark.parametrize("bad", ["missing-folder", "ftp://example.org/feed", "http://"])
def test_bad_paths_and_urls_are_usage_errors(tmp_path: Path, bad: str) -> None:
    with pytest.raises(InputError):
        discover([bad], cwd=tmp_path)


def test_rerun_on_unchanged_input_changes_nothing(db_url: str, engine: Engine, seeds: Path) -> None:
    first = ingest(["seeds"], url=db_url)
    assert (first.status, first.files_seen, first.files_new, first.files_failed) == ("succeeded", 5, 5, 0)
    assert first.events_created > 0 and first.exit_code == 0
    before_counts, before = counts(engine), snapshot(engine)
    assert set(before["sources"]) == {f"seeds/{p.name}" for p in seeds.iterdir()}

    again = ingest(["./seeds/"], url=db_url)  # another spelling of the same folder
    assert (again.files_seen, again.files_new, again.files_changed, again.files_unchanged) == (5, 0, 0, 5)
    assert (again.events_created, again.events_merged, again.status) == (0, 0, "succeeded")
    assert counts(engine) == before_counts
    assert snapshot(engine) == before

    rows = runs(engine)
    assert [r.status for r in rows] == ["succeeded", "succeeded"]
    last = rows[-1]
    assert (last.files_seen, last.files_unchanged, last.pid, last.extractor_version) == (
        5, 5, os.getpid(), EXTRACTOR_VERSION)
    assert last.finished_at is not None and last.host and "ingest" not in (last.errors or [])


def _drop_paragraph(text: str, quote: str) -> str:
    at = text.index(quote)
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[: max(start, 0)] + (text[end:] if end != -1 else "\n")


def test_editing_one_file_changes_only_what_it_supports(seeded_url: str, seeded_engine: Engine,
                                                        seeds: Path) -> None:
    db_url, engine = seeded_url, seeded_engine  # the seeds as one ingest stored them
    before = snapshot(engine)
    with Session(engine) as s:
        # the source with the most citations, and the quote of its last one
        uri, n = s.execute(select(Source.uri, func.count(Citation.id)).join(Citation)
                           .group_by(Source.uri).order_by(func.count(Citation.id).desc(), Source.uri)).first()
        sid = before["sources"][uri][0]
        last_quote = s.scalars(select(Citation.quote).where(Citation.source_id == sid)
                               .order_by(Citation.start.desc())).first()
    path = Path(uri)
    path.write_text(_drop_paragraph(path.read_text(encoding="utf-8"), last_quote), encoding="utf-8")

    report = ingest(["seeds"], url=db_url)
    assert (report.files_changed, report.files_unchanged, report.files_new) == (1, 4, 0)
    after = snapshot(engine)
    assert {u: v[0] for u, v in after["sources"].items()} == {u: v[0] for u, v in before["sources"].items()}
    assert after["sources"][uri][1] != before["sources"][uri][1]
    assert {u: v for u, v in after["sources"].items() if u != uri} == {
        u: v for u, v in before["sources"].items() if u != uri}
    # other sources' citations did not move
    others_before = {k: v for k, v in before["citations"].items() if v[1] != sid}
    assert {k: v for k, v in after["citations"].items() if v[1] != sid} == others_before
    # events the edited file did not support are untouched
    touched = {v[0] for snap in (before, after) for v in snap["citations"].values() if v[1] == sid}
    assert {k: v for k, v in after["events"].items() if k not in touched} == {
        k: v for k, v in before["events"].items() if k not in touched}
    # the dropped sentence is gone, the others are still cited
    new_cites = [v for v in after["citations"].values() if v[1] == sid]
    assert len(new_cites) < n and all(v[4] != last_quote for v in new_cites)
    old_quotes = {v[4] for v in before["citations"].values() if v[1] == sid}
    assert {v[4] for v in new_cites} == old_quotes - {last_quote}


def test_an_edit_that_changes_no_claim_keeps_every_event_id(seeded_url: str, seeded_engine: Engine,
                                                            seeds: Path) -> None:
    db_url, engine = seeded_url, seeded_engine  # the seeds as one ingest stored them
    before = snapshot(engine)
    path = sorted(seeds.iterdir())[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nCorrection: an earlier version misspelt a name.\n",
                    encoding="utf-8")
    report = ingest(["seeds"], url=db_url)
    assert (report.files_changed, report.files_unchanged) == (1, 4)
    after = snapshot(engine)
    assert after["events"] == before["events"]  # same ids, same fields
    assert after["event_actors"] == before["event_actors"]
    sid = before["sources"][f"seeds/{path.name}"][0]

    def links(snap: dict) -> list[tuple]:  # type: ignore[type-arg]
        return sorted((v[4], v[0], v[2], v[3]) for v in snap["citations"].values() if v[1] == sid)

    assert links(after) == links(before)


def test_removed_files_are_pruned_only_on_request(seeded_url: str, seeded_engine: Engine, seeds: Path) -> None:
    db_url, engine = seeded_url, seeded_engine  # the seeds as one ingest stored them
    victim = sorted(seeds.iterdir())[0]
    victim.unlink()
    kept = ingest(["seeds"], url=db_url)
    assert (kept.files_seen, kept.files_removed) == (4, 0)
    assert f"seeds/{victim.name}" in snapshot(engine)["sources"]

    pruned = ingest(["seeds"], url=db_url, prune=True)
    assert pruned.files_removed == 1
    snap = snapshot(engine)
    assert f"seeds/{victim.name}" not in snap["sources"]
    remaining = {v[0] for v in snap["sources"].values()}
    assert {v[1] for v in snap["citations"].values()} <= remaining
    assert ingest(["seeds"], url=db_url, prune=True).files_removed == 0


def _claims(engine: Engine) -> list[tuple]:
    with Session(engine) as s:
        return sorted(s.execute(select(Source.uri, Citation.start, Citation.end, Citation.quote, Citation.claimed_edtf,
                                       Citation.event_type).join(Source)).all())


def test_reprocess_rebuilds_outdated_sources_from_stored_text(seeds: Path, seeded_sqlite: str) -> None:
    sqlite_url, sqlite_engine = seeded_sqlite, get_engine(seeded_sqlite)  # the seeds, stored by one ingest
    claims = _claims(sqlite_engine)
    nothing = reprocess(url=sqlite_url)
    assert (nothing.files_seen, nothing.files_changed, nothing.files_unchanged) == (5, 0, 5)

    with Session(sqlite_engine) as s:
        s.execute(update(Source).where(Source.uri.like("seeds/00%")).values(extractor_version="0.0-old"))
        s.commit()
    for p in seeds.iterdir():  # reprocess must not read the files
        p.unlink()
    report = reprocess(url=sqlite_url)
    assert (report.files_changed, report.files_unchanged, report.files_failed) == (5, 0, 0)
    # the same claims, from the stored texts (how they group into events is the resolver's business:
    # re-merging a source while the others are present may group a claim differently)
    assert _claims(sqlite_engine) == claims
    with Session(sqlite_engine) as s:
        assert set(s.scalars(select(Source.extractor_version))) == {EXTRACTOR_VERSION}
    assert reprocess(url=sqlite_url, only_outdated=False).files_changed == 5
    assert _claims(sqlite_engine) == claims


def test_switching_the_fallback_makes_every_source_outdated(
    seeds: Path, seeded_sqlite: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored extractor version records TIMELINE_FALLBACK, so a plain ``reprocess`` redoes every source."""
    sqlite_engine = get_engine(seeded_sqlite)
    monkeypatch.setenv("TIMELINE_FALLBACK", "0")
    off = reprocess(url=seeded_sqlite)
    assert (off.files_changed, off.files_unchanged) == (5, 0)
    with Session(sqlite_engine) as s:
        assert set(s.scalars(select(Source.extractor_version))) == {f"{EXTRACTOR_VERSION}+nofallback"}
    assert reprocess(url=seeded_sqlite).files_changed == 0
    monkeypatch.delenv("TIMELINE_FALLBACK")
    on = reprocess(url=seeded_sqlite)
    assert (on.files_changed, on.files_unchanged) == (5, 0)
    with Session(sqlite_engine) as s:
        assert set(s.scalars(select(Source.extractor_version))) == {EXTRACTOR_VERSION}


def test_a_new_database_is_migrated_first(one_seed: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    report = ingest(["seeds"], url=url)
    assert report.files_new == 1
    engine = create_engine(url)
    try:
        assert counts(engine)["sources"] == 1
    finally:
        engine.dispose()


def test_stale_running_row_is_marked_failed(seeds: Path, seeded_sqlite: str) -> None:
    sqlite_url, sqlite_engine = seeded_sqlite, get_engine(seeded_sqlite)  # holds the seeding run's row
    dead = subprocess.Popen(["true"])
    dead.wait()
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    with Session(sqlite_engine) as s:
        from timeline.store.runs import this_host

        rows = [IngestionRun(status="running", host=this_host(), pid=dead.pid, command="killed"),
                IngestionRun(status="running", host="elsewhere", pid=1, command="ancient", started_at=old),
                IngestionRun(status="running", host="elsewhere", pid=1, command="alive elsewhere")]
        s.add_all(rows)
        s.commit()
        stale_ids = [rows[0].id, rows[1].id]
    report = ingest(["seeds"], url=sqlite_url)
    assert report.stale_runs == stale_ids
    statuses = {r.command: r.status for r in runs(sqlite_engine)}
    assert statuses["killed"] == statuses["ancient"] == "failed"
    assert statuses["alive elsewhere"] == "running"


def test_feed_file_items_are_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_url: str,
                                      sqlite_engine: Engine) -> None:
    monkeypatch.chdir(tmp_path)
    item = ("<item><title>Ministers meet</title><link>https://news.example/{n}</link>"
            "<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>The foreign ministers of two countries "
            "met in the capital on 5 May 2024 and signed an agreement on transport ({n}).</description></item>")
    Path("news.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>'
                                + item.format(n=1) + item.format(n=2) + "</channel></rss>", encoding="utf-8")
    report = ingest(["news.rss"], url=sqlite_url)
    assert (report.files_seen, report.files_new, report.files_failed) == (2, 2, 0), report.errors
    assert set(snapshot(sqlite_engine)["sources"]) == {"https://news.example/1", "https://news.example/2"}
    assert ingest(["news.rss"], url=sqlite_url).files_unchanged == 2


def test_duplicate_content_under_another_name_is_not_stored_twice(seeds: Path, sqlite_url: str,
                                                                  sqlite_engine: Engine) -> None:
    for path in sorted(seeds.iterdir(), key=lambda p: p.stat().st_size)[2:]:  # two articles are enough
        path.unlink()
    first = sorted(seeds.iterdir())[0]
    (seeds / "copy").mkdir()
    (seeds / "copy" / first.name).write_bytes(first.read_bytes())
    report = ingest(["seeds"], url=sqlite_url)
    assert (report.files_seen, report.files_new, report.files_duplicate, report.files_unchanged) == (3, 2, 1, 1)
    assert counts(sqlite_engine)["sources"] == 2


def test_schedule_once_runs_one_ingest(one_seed: Path, sqlite_url: str) -> None:
    seen: list[RunReport] = []
    reports = schedule(["seeds"], every=parse_interval("1h"), once=True, on_report=seen.append, url=sqlite_url)
    assert len(reports) == 1 and seen == reports and reports[0].files_new == 1
    assert parse_interval("90s").total_seconds() == 90 and parse_interval("2d").days == 2
    assert parse_interval("15").total_seconds() == 900
    for bad in ("soon", "0h", "-1h"):
        with pytest.raises(InputError):
            parse_interval(bad)


def test_report_is_json_serialisable(one_seed: Path, sqlite_url: str) -> None:
    import json

    report = ingest(["seeds"], url=sqlite_url, progress=True)  # a progress bar on stderr does no harm
    data = json.loads(report.to_json())
    assert data["run_id"] == report.run_id and data["status"] == "succeeded" and data["files_new"] == 1
    assert data["duration"] >= 0 and data["errors"] == [] and data["started_at"] and data["finished_at"]
