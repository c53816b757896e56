"""Session 13, scorer: a snippet that occurs at several places of its file is the mention only where its
date puts it (a chronology telling two state visits in one words). Invented texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.evaluate.gold import _citation_hits, load_gold, score

CHRONOLOGY = (
    "Nordland and Sudland: a chronology\n\n"
    "**4-6 May 2011** - Berg pays a state visit to Sudland.\n\n"
    "**9-10 June 2023** - Berg pays a state visit to Sudland. On 10 June she opens a school.\n"
)


def _gold(tmp_path: Path) -> Any:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "chron.md").write_text(CHRONOLOGY, encoding="utf-8")
    data = {
        "name": "repeat",
        "root": "articles",
        "files": [{"name": "chron.md", "published": None}],
        "events": [
            {"id": "visit-2011", "title": "Berg pays a state visit to Sudland", "type": "CONSULT", "mode": "visit",
             "date": "2011-05-04/2011-05-06", "precision": "interval", "status": "occurred",
             "actors": ["Berg", "Sudland"],
             "mentions": [{"file": "chron.md", "snippet": "Berg pays a state visit to Sudland.",
                           "date_text": "4-6 May 2011", "claimed_date": "2011-05-04/2011-05-06"}]},
            {"id": "visit-2023", "title": "Berg pays a state visit to Sudland", "type": "CONSULT", "mode": "visit",
             "date": "2023-06-09/2023-06-10", "precision": "interval", "status": "occurred",
             "actors": ["Berg", "Sudland"],
             "mentions": [{"file": "chron.md", "snippet": "Berg pays a state visit to Sudland. On 10 June",
                           "date_text": "9-10 June 2023", "claimed_date": "2023-06-09/2023-06-10"}]},
        ],
    }
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_gold(path)


def _event(quote: str, claimed: str) -> dict[str, Any]:
    return {"id": 1, "title": "Berg visit to Sudland", "type": "CONSULT", "mode": "visit", "date": claimed,
            "actors": [{"name": "Berg"}, {"name": "Sudland"}],
            "citations": [{"source": {"uri": "/x/chron.md"}, "quote": quote, "claimed_date": claimed}]}


def test_a_repeated_snippet_is_not_the_row_of_another_date(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    visit_2011 = gold.event("visit-2011")
    assert visit_2011.mentions[0].repeated
    row_2023 = _event("**9-10 June 2023** - Berg pays a state visit to Sudland.", "2023-06-09/2023-06-10")
    assert not _citation_hits(visit_2011, row_2023)
    row_2011 = _event("**4-6 May 2011** - Berg pays a state visit to Sudland.", "2011-05-04/2011-05-06")
    assert _citation_hits(visit_2011, row_2011)
    report = score(gold, [row_2011, {**row_2023, "id": 2}])
    assert not report.overmerged


def test_a_repeated_snippet_with_its_date_text_or_an_undated_quote_still_counts(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    visit_2011 = gold.event("visit-2011")
    # the right row with a wrong claimed date is still the mention (a date error, not a miss)
    wrong_date = _event("**4-6 May 2011** - Berg pays a state visit to Sudland.", "2012-05")
    assert _citation_hits(visit_2011, wrong_date)
    # a quote claiming no date cannot be placed: it counts, as before
    undated = _event("Berg pays a state visit to Sudland.", "")
    assert _citation_hits(visit_2011, undated)
