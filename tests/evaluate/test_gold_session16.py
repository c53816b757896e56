"""Session 16, scorer: talks held during a visit (a part of it, conventions E5) folded into the visit's event. The
visit's citation dates its mention right (the month); the talks' citation of the same sentence claims the part's
day, which is not a date error of the visit. A claim of no act's date, and a visit dated only by the talks' day,
stay wrong. Invented texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.evaluate.gold import load_gold, score

TEXT = (
    "Notes on Nordland and Sudland\n\n"
    "Her four-day visit in March 2023 took her to Porto and Lisa, where she met the Sudland king on 9 March.\n"
)
SENTENCE = TEXT.split("\n\n")[1].strip()


def _gold(tmp_path: Path) -> Any:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "notes.md").write_text(TEXT, encoding="utf-8")
    data = {
        "name": "visit-and-talks",
        "root": "articles",
        "files": [{"name": "notes.md", "published": "2025-01-20"}],
        "events": [
            {"id": "visit-2023", "title": "The Nordland president visits Sudland", "type": "CONSULT",
             "mode": "visit", "date": "2023-03", "precision": "month", "status": "occurred",
             "actors": ["Nordland", "Sudland"],
             "mentions": [{"file": "notes.md", "snippet": "Her four-day visit in March 2023 took her to Porto and Lisa",
                           "date_text": "in March 2023", "claimed_date": "2023-03"}]},
            {"id": "talks-2023", "part_of": "visit-2023", "title": "The Nordland president meets the Sudland king",
             "type": "CONSULT", "mode": "meeting", "date": "2023-03-09", "precision": "day", "status": "occurred",
             "actors": ["Nordland", "Sudland"],
             "mentions": [{"file": "notes.md", "snippet": "where she met the Sudland king on 9 March",
                           "date_text": "on 9 March [2023]", "claimed_date": "2023-03-09"}]},
        ],
    }
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_gold(path)


def _event(i: int, title: str, date: str, *claims: str) -> dict[str, Any]:
    cits = [{"source": {"uri": "/x/notes.md"}, "quote": SENTENCE, "claimed_date": c} for c in claims]
    return {"id": i, "title": title, "type": "CONSULT", "date": date,
            "actors": [{"name": "Nordland"}, {"name": "Sudland"}], "citations": cits}


def test_the_parts_claim_folded_into_the_rightly_dated_visit_is_no_date_error(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    folded = _event(1, "The Nordland president visits Sudland", "2023-03", "2023-03-09", "2023-03")
    report = score(gold, [folded])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (1, 1)
    assert not report.date_errors


def test_a_visit_dated_only_by_the_talks_day_stays_wrong(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    report = score(gold, [_event(1, "The Nordland president visits Sudland", "2023-03", "2023-03-09")])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (0, 1)
    assert [e["expected"] for e in report.date_errors] == ["2023-03"]


def test_a_second_citation_with_a_date_of_no_act_stays_wrong(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    odd = _event(1, "The Nordland president visits Sudland", "2023-03", "2023-03", "2023-04-02")
    report = score(gold, [odd])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (1, 2)
