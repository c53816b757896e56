"""The read-side CLI commands through click's CliRunner, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session

from timeline.cli import main
from timeline.db import get_engine


@pytest.fixture
def cli_db(db_url: str, session: Session, sample: dict[str, Any]) -> Iterator[str]:
    """The URL of a database holding the sample timeline; the CLI's cached engine is disposed after."""
    yield db_url
    get_engine(db_url).dispose()
    get_engine.cache_clear()


def run(url: str, *args: str) -> Any:
    return CliRunner().invoke(main, ["--db", url, *args], catch_exceptions=False)


def test_show_table_is_readable_without_a_terminal(cli_db: str) -> None:
    result = run(cli_db, "show")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "2 Apr 1992" in out and "Azerbaijan and China establish" in out
    assert "8–11 Dec 2015 ⚠" in out and "Sep 1992" in out
    assert out.index("2 Apr 1992") < out.index("1994") < out.index("8–11 Dec 2015")
    assert max(len(line) for line in out.splitlines()) <= 120
    assert "11 events" in out


def test_show_filters_and_formats(cli_db: str, sample: dict[str, Any]) -> None:
    result = run(cli_db, "show", "--actor", "President Aliyev", "--from", "2015", "--to", "2021-06",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    ids = [e["id"] for e in json.loads(result.output)["events"]]
    assert ids == [sample["events"][k] for k in ("visit2015", "forum2019", "call2021")]
    rows = list(csv.DictReader(io.StringIO(run(cli_db, "show", "--type", "AGREE", "--format", "csv").output)))
    assert [r["title"] for r in rows] == ["Trade agreement signed in Beijing",
                                          "Strategic partnership declaration signed"]
    md = run(cli_db, "show", "--format", "markdown", "--limit", "2").output
    assert md.count("- **") == 2
    asof = json.loads(run(cli_db, "show", "--as-of", "2021-12-31", "--format", "json").output)
    assert [e["date"] for e in asof["events"]] == ["2015-11", "2019", "2021-06-02"]


def test_show_errors_exit_2_without_traceback(cli_db: str) -> None:
    result = run(cli_db, "show", "--actor", "Ilham Aliev")
    assert result.exit_code == 2
    assert "unknown actor 'Ilham Aliev'" in result.output and "Did you mean: Ilham Aliyev" in result.output
    assert "Traceback" not in result.output
    bad = run(cli_db, "show", "--from", "2015-13")
    assert bad.exit_code == 2 and "not a calendar date" in bad.output
    hostile = run(cli_db, "show", "--text", "'; DROP TABLE events; --")
    assert hostile.exit_code == 0 and "No events match" in hostile.output
    assert "11 events" in run(cli_db, "show").output


def test_conflicts_event_actors_sources(cli_db: str, sample: dict[str, Any]) -> None:
    out = run(cli_db, "conflicts").output
    assert "Ilham Aliyev visits Beijing" in out and "⚠ Nov 2015: Old Gazette (2021-06-07)" in out
    assert "1 event with conflicting dates" in out
    ev = run(cli_db, "event", str(sample["events"]["visit2015"]))
    assert ev.exit_code == 0
    assert "Citations (3 from 3 sources)" in ev.output and "“Aliyev visited Beijing in November 2015.”" in ev.output
    assert "<script>alert(1)</script>" in ev.output  # plain text output, shown as written
    missing = run(cli_db, "event", "999999")
    assert missing.exit_code == 2 and "no event with id 999999" in missing.output
    actors = run(cli_db, "actors", "--kind", "person", "aliyev").output
    assert "Ilham Aliyev" in actors and "President Aliyev" in actors and "Xi Jinping" not in actors
    sources = run(cli_db, "sources").output
    assert "Old Gazette" in sources and "unknown" in sources


def test_export_to_file_and_stdout(cli_db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    result = run(cli_db, "export", "--format", "html", "-o", str(target), "--actor", "China")
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    lines = run(cli_db, "export", "--format", "plover").output.splitlines()
    assert all(json.loads(line)["coder"] == "timeline" for line in lines) and len(lines) == 11
    tl = json.loads(run(cli_db, "export", "--format", "timelinejs", "--from", "1994", "--to", "1994").output)
    assert [s["start_date"] for s in tl["events"]] == [{"year": "1994"}, {"year": "1994", "month": "3", "day": "7"}]


def test_uninitialised_database(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = run(missing, "show")
    assert result.exit_code == 2 and "timeline init" in result.output
    assert not (tmp_path / "none.db").exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = run(f"sqlite:///{empty}", "conflicts")
    assert result.exit_code == 2 and "timeline ingest" in result.output
    get_engine.cache_clear()


def test_every_command_has_help() -> None:
    for name in ("show", "conflicts", "actors", "sources", "event", "export"):
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100, name


def test_show_members_flag(cli_db: str, sample: dict[str, Any], session: Session) -> None:
    from sqlalchemy import update

    from timeline.models import Actor

    session.execute(update(Actor).where(Actor.name.in_(["Azerbaijan", "Ilham Aliyev"])).values(country="AZE"))
    session.commit()

    def ids(*extra: str) -> set[int]:
        result = run(cli_db, "show", "--actor", "Azerbaijan", *extra, "--from", "1999", "--format", "json")
        assert result.exit_code == 0, result.output
        return {e["id"] for e in json.loads(result.output)["events"]}

    assert sample["events"]["socar1999"] not in ids()
    assert sample["events"]["socar1999"] in ids("--members")
