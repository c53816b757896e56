"""``part_of`` in gold files: talks held during a visit may be kept apart or folded into the visit."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.evaluate.gold import Gold, GoldError, load_gold, score

ARTICLE = (
    "Berg in Sudport\n\n"
    "President Anna Berg of Nordland arrived in Sudport on 5 July 2024 for a two-day state visit.\n"
    "On 6 July Berg held talks with President Omar Lind on transit and energy.\n"
    "The two presidents also signed a transit agreement.\n"
)


def _data() -> dict[str, Any]:
    return {
        "name": "parts",
        "root": "articles",
        "files": [{"name": "a.txt", "published": "2024-07-08"}],
        "events": [
            {"id": "visit", "title": "Anna Berg pays a state visit to Sudland", "type": "CONSULT", "mode": "visit",
             "date": "2024-07-05/2024-07-06", "precision": "interval", "actors": ["Anna Berg", "Sudland"],
             "mentions": [{"file": "a.txt", "snippet": "arrived in Sudport on 5 July 2024 for a two-day state visit",
                           "date_text": "on 5 July 2024", "claimed_date": "2024-07-05"}]},
            {"id": "talks", "title": "Berg and Lind hold talks", "type": "CONSULT", "date": "2024-07-06",
             "precision": "day", "actors": ["Anna Berg", "Omar Lind"], "part_of": "visit",
             "mentions": [{"file": "a.txt", "snippet": "On 6 July Berg held talks with President Omar Lind",
                           "date_text": "On 6 July", "claimed_date": "2024-07-06"}]},
        ],
    }


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    return load_gold(_write(tmp_path, _data()))


VISIT_Q = "President Anna Berg of Nordland arrived in Sudport on 5 July 2024 for a two-day state visit."
TALKS_Q = "On 6 July Berg held talks with President Omar Lind on transit and energy."


def _event(i: int, title: str, date: str, *quotes: tuple[str, str]) -> dict[str, Any]:
    return {
        "id": i, "title": title, "type": "CONSULT", "mode": None, "date": date, "precision": "day",
        "status": "occurred", "actors": [{"name": "Anna Berg", "kind": "person", "role": "actor", "wikidata": None}],
        "citations": [{"source": {"uri": "/x/a.txt"}, "quote": q, "start": 0, "end": len(q), "date_text": None,
                       "claimed_date": c} for q, c in quotes],
        "conflicts": [],
    }


def test_talks_kept_apart_match_on_their_own(gold: Gold) -> None:
    report = score(gold, [_event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05")),
                          _event(2, "Berg and Lind meeting", "2024-07-06", (TALKS_Q, "2024-07-06"))])
    assert report.core_recall.num == 2 and report.precision.value == 1.0
    assert report.overmerged_events == 0


def test_talks_folded_into_the_visit_count_as_found_and_not_overmerged(gold: Gold) -> None:
    folded = _event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"), (TALKS_Q, "2024-07-06"))
    report = score(gold, [folded])
    assert report.core_recall.num == 2, report.misses
    assert report.mention_recall.num == 2
    assert report.overmerged_events == 0
    assert [m["gold"] for m in report.matches] == ["visit"]


def test_folded_event_first_assigned_to_the_part_moves_to_the_parent(gold: Gold) -> None:
    """An event quoting only the talks better than the visit still belongs to the visit when it covers both."""
    folded = _event(1, "Berg and Lind hold talks", "2024-07-06", (TALKS_Q, "2024-07-06"), (VISIT_Q, "2024-07-05"))
    report = score(gold, [folded])
    assert report.core_recall.num == 2
    assert [m["gold"] for m in report.matches] == ["visit"]


def test_a_part_without_its_parent_is_not_found_by_folding(gold: Gold) -> None:
    """Only the visit's event can carry the talks: an unrelated event quoting nothing is no help."""
    report = score(gold, [_event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"))])
    assert report.core_recall.num == 1
    assert [m["gold"] for m in report.misses] == ["talks"]


@pytest.mark.parametrize("parent", ["nothing", "talks"])
def test_part_of_must_name_another_event(tmp_path: Path, parent: str) -> None:
    data = copy.deepcopy(_data())
    data["events"][1]["part_of"] = parent
    with pytest.raises(GoldError, match="part_of"):
        load_gold(_write(tmp_path, data))


# Merging of a part told by two sources: folded into the visit's event is as merged as kept together apart.

WIRE = "Lind received Berg for talks on transit on 6 July."


def _two_source_gold(tmp_path: Path) -> Gold:
    data = copy.deepcopy(_data())
    data["files"].append({"name": "b.txt", "published": "2024-07-08"})
    data["events"][1]["mentions"].append(
        {"file": "b.txt", "snippet": "Lind received Berg for talks on transit", "date_text": "on 6 July",
         "claimed_date": "2024-07-06"})
    path = _write(tmp_path, data)
    (tmp_path / "articles" / "b.txt").write_text("Talks\n\n" + WIRE + "\n", encoding="utf-8")
    return load_gold(path)


def _with_file(event: dict[str, Any], index: int, name: str) -> dict[str, Any]:
    event["citations"][index]["source"] = {"uri": f"/x/{name}"}
    return event


def test_a_part_folded_whole_into_the_visit_counts_as_merged(tmp_path: Path) -> None:
    gold = _two_source_gold(tmp_path)
    visit = _with_file(_event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"),
                              (TALKS_Q, "2024-07-06"), (WIRE, "2024-07-06")), 2, "b.txt")
    report = score(gold, [visit])
    assert (report.merge_quality.num, report.merge_quality.den) == (1, 1)
    assert report.splits == []


def test_a_part_kept_whole_apart_counts_as_merged(tmp_path: Path) -> None:
    gold = _two_source_gold(tmp_path)
    visit = _event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"))
    talks = _with_file(_event(2, "Berg and Lind meeting", "2024-07-06", (TALKS_Q, "2024-07-06"),
                              (WIRE, "2024-07-06")), 1, "b.txt")
    report = score(gold, [visit, talks])
    assert (report.merge_quality.num, report.merge_quality.den) == (1, 1)


def test_a_part_half_folded_half_apart_is_judged_on_its_own_events(tmp_path: Path) -> None:
    """One source's talks folded into the visit, the other's kept apart: the folded mention is found, and
    merging is judged on the talks' own event only (one mention there: not mergeable), as before."""
    gold = _two_source_gold(tmp_path)
    visit = _event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"), (TALKS_Q, "2024-07-06"))
    talks = _with_file(_event(2, "Berg and Lind meeting", "2024-07-06", (WIRE, "2024-07-06")), 0, "b.txt")
    report = score(gold, [visit, talks])
    assert report.mention_recall.num == 3  # the folded talks mention is found in the visit's event
    assert report.merge_quality.den == 0
    assert report.precision.value == 1.0


def test_a_part_told_once_is_not_mergeable(tmp_path: Path) -> None:
    gold = _two_source_gold(tmp_path)
    visit = _event(1, "Berg visits Sudland", "2024-07-05", (VISIT_Q, "2024-07-05"), (TALKS_Q, "2024-07-06"))
    report = score(gold, [visit])
    assert report.merge_quality.den == 0
