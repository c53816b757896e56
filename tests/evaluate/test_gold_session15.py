"""Session 15, scorer: a sentence telling two acts with two dates. A claim is checked against the mention of the
gold event its extracted event is matched to; a second citation of the same sentence in that event that claims
the other act's date (the other act merged into it) is not a date error of this event when the event's own
citation dates the mention right. No wrong claim counts as right. Invented texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.evaluate.gold import load_gold, score

TEXT = (
    "Berg received a delegation from Sudland\n\n"
    "The president recalled her meeting with the Sudland leader in Porto in July 2024, when the two countries "
    "established a strategic partnership, and her state visit to Sudland in April last year, during which a joint "
    "statement on a comprehensive strategic partnership was signed.\n"
)
SENTENCE = TEXT.split("\n\n")[1].strip()


def _gold(tmp_path: Path) -> Any:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "recall.md").write_text(TEXT, encoding="utf-8")
    data = {
        "name": "two-acts",
        "root": "articles",
        "files": [{"name": "recall.md", "published": "2026-06-02"}],
        "events": [
            {"id": "partnership-2024", "title": "Nordland and Sudland establish a strategic partnership",
             "type": "AGREE", "date": "2024-07", "precision": "month", "status": "occurred",
             "actors": ["Nordland", "Sudland"],
             "mentions": [{"file": "recall.md", "snippet": "when the two countries established a strategic partnership",
                           "date_text": "in July 2024", "claimed_date": "2024-07"}]},
            {"id": "statement-2025", "title": "Joint statement on a comprehensive strategic partnership signed",
             "type": "AGREE", "date": "2025-04", "precision": "month", "status": "occurred",
             "actors": ["Nordland", "Sudland"],
             "mentions": [{"file": "recall.md", "snippet": "during which a joint statement on a comprehensive "
                                                           "strategic partnership was signed",
                           "date_text": "in April last year", "claimed_date": "2025-04"}]},
        ],
    }
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_gold(path)


def _cit(claimed: str) -> dict[str, Any]:
    return {"source": {"uri": "/x/recall.md"}, "quote": SENTENCE, "claimed_date": claimed}


def _event(i: int, title: str, date: str, *claims: str) -> dict[str, Any]:
    return {"id": i, "title": title, "type": "AGREE", "date": date,
            "actors": [{"name": "Nordland"}, {"name": "Sudland"}], "citations": [_cit(c) for c in claims]}


def test_each_act_is_checked_against_its_own_gold_mention(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    events = [_event(1, "Nordland and Sudland establish a strategic partnership", "2024-07", "2024-07"),
              _event(2, "Joint statement on a comprehensive strategic partnership signed", "2025-04", "2025-04")]
    report = score(gold, events)
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (2, 2)
    assert not report.date_errors


def test_the_other_acts_claim_merged_into_a_rightly_dated_event_is_no_date_error(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    merged = _event(1, "Nordland and Sudland establish a strategic partnership", "2024-07", "2024-07", "2025-04")
    report = score(gold, [merged])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (1, 1)
    assert not report.date_errors


def test_a_wrong_claim_stays_wrong(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    # the partnership told in July 2024 dated by the other act's April: wrong, even though that date is the
    # claimed date of another gold mention of the sentence (nothing of this event dates the mention right)
    wrong = _event(1, "Nordland and Sudland establish a strategic partnership", "2024-07", "2025-04", "2025-04")
    report = score(gold, [wrong])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (0, 2)
    assert {e["expected"] for e in report.date_errors} == {"2024-07"}


def test_a_second_citation_with_a_date_of_no_act_stays_wrong(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    odd = _event(1, "Nordland and Sudland establish a strategic partnership", "2024-07", "2024-07", "2023-01")
    report = score(gold, [odd])
    assert (report.claimed_date_accuracy.num, report.claimed_date_accuracy.den) == (1, 2)
