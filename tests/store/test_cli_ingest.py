"""The job commands: exit codes 0/1/2, --json output, runs, curate, reprocess, schedule --once."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from jobs_support import SEEDS, copy_seeds

from timeline.cli import main
from timeline.db import get_engine


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> str:
    """A working directory with a copy of the seeds; returns the database URL."""
    monkeypatch.chdir(tmp_path)
    copy_seeds(tmp_path / "seeds")
    return sqlite_url


@pytest.fixture
def seeded_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_copy: Any) -> Iterator[str]:
    """Like ``work``, with the seeds already stored by one ingest (a copy of the session's seeded database)."""
    monkeypatch.chdir(tmp_path)
    copy_seeds(tmp_path / "seeds")
    url = seeded_copy("sqlite")
    yield url
    get_engine(url).dispose()
    get_engine.cache_clear()


def _run(url: str, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert "Traceback" not in result.output, result.output
    return result


def test_ingest_json_then_runs(work: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _run(work, "ingest", "--json", "seeds/")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["status"], report["files_new"], report["files_failed"]) == ("succeeded", 5, 0)
    assert report["events_created"] > 0

    # The run row records the process's command line (CliRunner does not set sys.argv).
    monkeypatch.setattr(sys, "argv", ["timeline", "--db", work, "ingest", "seeds"])
    text = _run(work, "ingest", "seeds")
    assert text.exit_code == 0 and "0 new, 0 changed, 5 unchanged" in text.stdout

    listed = _run(work, "runs", "--json", "--limit", "1")
    assert listed.exit_code == 0
    (last,) = json.loads(listed.stdout)
    assert (last["status"], last["files_unchanged"], last["files_seen"]) == ("succeeded", 5, 5)
    assert last["id"] == report["run_id"] + 1 and "ingest" in last["command"]
    table = _run(work, "runs")
    assert table.exit_code == 0 and table.stdout.count("succeeded") == 2


def test_exit_1_when_some_files_fail(seeded_work: str) -> None:
    work = seeded_work
    Path("seeds/empty.txt").write_bytes(b"")
    result = _run(work, "ingest", "--json", "seeds")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["status"], report["files_unchanged"], report["files_failed"]) == ("partial", 5, 1)
    assert report["errors"] == [{"path": "seeds/empty.txt", "error": "empty file"}]
    plain = _run(work, "ingest", "seeds")
    assert plain.exit_code == 1 and "seeds/empty.txt: empty file" in plain.stderr


@pytest.mark.parametrize("args", [
    ["ingest", "no-such-folder"],
    ["ingest", "ftp://example.org/feed.xml"],
    ["ingest", "--max-bytes", "0", "seeds"],
    ["ingest"],
    ["schedule", "--once", "--every", "sometimes", "seeds"],
    ["schedule", "--once", "no-such-folder"],
])
def test_exit_2_on_usage_errors(work: str, args: list[str]) -> None:
    result = _run(work, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip()


@pytest.mark.parametrize("url", ["sqlite:////no/such/dir/timeline.db",
                                 "postgresql://nobody@127.0.0.1:1/timeline",
                                 "nosuchdriver://x/y"])
def test_exit_2_when_the_database_is_unreachable(work: str, url: str) -> None:
    result = _run(url, "ingest", "--json", "seeds")
    assert result.exit_code == 2, result.output
    assert "database" in result.stderr.lower()
    assert json.loads(result.stdout)["status"] == "failed"


def test_curate_reprocess_and_schedule_once(seeded_work: str, tmp_path: Path) -> None:
    work = seeded_work
    assert _run(work, "ingest", "seeds").exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("- action: explode\n")
    result = _run(work, "curate", str(bad))
    assert result.exit_code == 2 and "unknown action" in result.stderr

    good = tmp_path / "good.yaml"
    good.write_text("- action: reject\n  event: {quote: 'a sentence no article contains'}\n")
    result = _run(work, "curate", "--json", str(good))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["added"] == 1 and "no event matches" in data["messages"][0]

    result = _run(work, "reprocess", "--all", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["files_changed"] == 5 and data["corrections"] == [data["corrections"][0]]

    result = _run(work, "schedule", "--once", "--json", "seeds")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["files_unchanged"] == 5


def test_a_named_seed_file_and_its_folder_are_one_source(work: str) -> None:
    small = sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]  # two articles are enough
    for path in Path("seeds").iterdir():
        if path.name not in {p.name for p in small}:
            path.unlink()
    name = sorted(p.name for p in small)[0]
    assert _run(work, "ingest", f"./seeds/{name}").exit_code == 0
    result = _run(work, "ingest", "--json", "seeds")
    report = json.loads(result.stdout)
    assert (report["files_new"], report["files_unchanged"]) == (1, 1)
