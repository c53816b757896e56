"""The HTML page: self-contained, escaped, and rendered by a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from timeline.export import export_events
from timeline.models import Citation, Event
from timeline.query import chronology

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def _hostile(session: Session, sample: dict[str, Any]) -> None:
    """Put markup where article text goes."""
    ev = session.get(Event, sample["events"]["call2021"])
    assert ev is not None
    ev.title = "Call </script><script>document.title='pwned'</script> <b>bold</b>"
    cite = session.query(Citation).filter_by(event_id=ev.id).one()
    cite.quote = "<img src=x onerror=\"document.title='pwned'\"> quoted & </script>"
    session.commit()


def test_page_is_self_contained_and_escaped(session: Session, sample: dict[str, Any]) -> None:
    _hostile(session, sample)
    page = export_events(session, "html")
    assert page.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no network resources"
    assert "<link" not in page and "@import" not in page
    # The only script elements are ours: article text cannot close or open one.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img src=x" not in page and "<b>bold</b>" not in page
    assert "\\u003cscript\\u003e" in page


def test_titles_in_markup_are_escaped(session: Session, sample: dict[str, Any]) -> None:
    page = export_events(session, "html", title="<script>alert(1)</script> & co")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>" in page


def _dump_dom(path: Path, tmp_path: Path, fragment: str = "") -> str:
    assert CHROMIUM
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri() + fragment]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def sqlite_session(sqlite_engine: Engine) -> Iterator[Session]:
    """The browser does not care about the engine: these tests run on SQLite only."""
    with Session(sqlite_engine, expire_on_commit=False) as s:
        yield s


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found (apt-get install chromium)")
def test_chromium_renders_events_sources_and_no_injected_markup(sqlite_session: Session, build_sample: Any,
                                                               tmp_path: Path) -> None:
    sample = build_sample(sqlite_session)
    _hostile(sqlite_session, sample)
    path = tmp_path / "timeline.html"
    path.write_text(export_events(sqlite_session, "html"), encoding="utf-8")
    dom = _dump_dom(path, tmp_path)
    n_events = len(chronology(sqlite_session))
    assert n_events == len(sample["events"]) - 3  # default window: no 1991 day, rejected or undated event
    assert len(re.findall(r'class="ev[ "]', dom)) == n_events, "each event is drawn on the visual timeline"
    assert len(re.findall(r'class="row[ "]', dom)) == n_events, "and listed"
    assert re.search(r'class="tick-label"[^>]*>1992<', dom) and re.search(r'class="tick-label"[^>]*>2024<', dom)
    assert f"{n_events} of {n_events} events" in dom
    assert 'class="warn"' in dom  # the conflict is marked
    assert "<title>pwned</title>" not in dom and "<b>bold</b>" not in dom and "<img" not in dom
    assert "&lt;/script&gt;&lt;script&gt;document.title" in dom  # shown as text


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found (apt-get install chromium)")
def test_chromium_detail_panel_shows_quotes_and_conflict(sqlite_session: Session, build_sample: Any,
                                                         tmp_path: Path) -> None:
    sample = build_sample(sqlite_session)
    path = tmp_path / "timeline.html"
    path.write_text(export_events(sqlite_session, "html"), encoding="utf-8")
    dom = _dump_dom(path, tmp_path, f"#event-{sample['events']['visit2015']}")  # the hash selects it on load
    detail = dom[dom.index('id="detail"'):]
    detail = detail[:detail.index("</section>")]
    assert "hidden" not in detail.split(">", 1)[0]
    assert "Ilham Aliyev visits Beijing" in detail and "Sources disagree on the date" in detail
    assert "published 2021-06-07" in detail and "Old Gazette" in detail
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in detail  # the quote, as text
    assert "<mark>December 8-11, 2015</mark>" in detail
