"""Observation details of the scorer: missed gold observations and unmatched extracted ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.evaluate.gold import Gold, load_gold, score

ARTICLE = (
    "Ports report\n\n"
    "Freight through the port grew to 4.2 million tonnes in 2024.\n"
    "Exports to Westmark reached $310 million in the first half of 2025.\n"
    "Imports rose to $90 million last year.\n"
    "Sudland opened a new berth on 3 May 2025.\n"
)
EVENT = {
    "id": "berth", "title": "Sudland opens a berth", "type": "CONSULT", "date": "2025-05-03", "precision": "day",
    "status": "occurred", "actors": ["Sudland"],
    "mentions": [{"file": "a.txt", "snippet": "Sudland opened a new berth on 3 May 2025",
                  "date_text": "on 3 May 2025", "claimed_date": "2025-05-03"}],
}  # fmt: skip


def _obs(period: str, value: float, unit: str, indicator: str = "freight_volume", **more: Any) -> dict[str, Any]:
    return {"indicator": indicator, "period": period, "value": value, "unit": unit,
            "quote": more.pop("quote", "a quote"), "source": {"uri": "/x/a.txt"}, **more}


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    data = {
        "name": "obs-mini", "root": ".", "files": [{"name": "a.txt", "published": "2025-09-01"}], "events": [EVENT],
        "observations": [
            {"indicator": "freight_volume", "period": "2024", "value": 4.2e6, "unit": "t", "file": "a.txt",
             "snippet": "4.2 million tonnes in 2024"},
            {"indicator": "exports", "period": "2025-01/2025-06", "value": 3.1e8, "unit": "USD", "file": "a.txt",
             "snippet": "Exports to Westmark reached $310 million in the first half of 2025"},
            {"indicator": "imports", "period": "2024", "value": 9e7, "unit": "USD", "file": "a.txt",
             "snippet": "Imports rose to $90 million last year", "core": False},
        ],
    }  # fmt: skip
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_gold(path)


def test_perfect_observations_have_no_details(gold: Gold) -> None:
    found = [_obs("2024", 4.2e6, "tonnes"), _obs("2025-01/2025-06", 3.1e8, "USD", "exports")]
    report = score(gold, [], found)
    assert report.observation_recall.value == 1.0 and report.observation_precision.value == 1.0
    assert report.observation_misses == [] and report.observation_false_positives == []


def test_miss_lists_the_gold_figure_and_the_near_extraction(gold: Gold) -> None:
    wrong_period = _obs("2025", 4.2e6, "t", quote="Freight ... 4.2 million tonnes")
    report = score(gold, [], [wrong_period])
    misses = {m["indicator"]: m for m in report.observation_misses}
    assert set(misses) == {"freight_volume", "exports"}  # the non-core imports figure is not required
    freight = misses["freight_volume"]
    assert (freight["period"], freight["value"], freight["unit"]) == ("2024", 4.2e6, "t")
    assert freight["quote"] == "4.2 million tonnes in 2024" and freight["file"] == "a.txt"
    assert freight["nearest"]["differs"] == "period" and freight["nearest"]["period"] == "2025"
    assert misses["exports"]["nearest"] is None
    [fp] = report.observation_false_positives
    assert fp["period"] == "2025" and fp["quote"] == "Freight ... 4.2 million tonnes" and fp["file"] == "a.txt"
    assert fp["nearest"]["differs"] == "period" and fp["nearest"]["period"] == "2024"


def test_wrong_unit_and_value_are_named(gold: Gold) -> None:
    report = score(gold, [], [_obs("2024", 4.2e6, "TEU"), _obs("2024", 5e6, "t")])
    assert [fp["nearest"]["differs"] for fp in report.observation_false_positives] == ["unit", "value"]
    assert report.observation_precision.num == 0 and report.observation_precision.den == 2


def test_non_core_match_is_not_a_false_positive(gold: Gold) -> None:
    report = score(gold, [], [_obs("2024", 9e7, "USD", "imports")])
    assert report.observation_false_positives == [] and report.observation_precision.value == 1.0
    assert len(report.observation_misses) == 2


def test_figure_of_another_file_is_not_near(gold: Gold) -> None:
    other = {**_obs("2024", 4.2e6, "t"), "source": {"uri": "/x/b.txt"}}
    report = score(gold, [], [other])
    assert report.observation_false_positives[0]["nearest"] is None
    assert report.observation_false_positives[0]["file"] == "b.txt"


def test_no_observations_given_lists_every_core_miss(gold: Gold) -> None:
    report = score(gold, [], None)
    assert len(report.observation_misses) == 2 and report.observation_false_positives == []
    assert report.observation_recall.num == 0 and report.observation_precision.den == 0


def test_unreadable_value_is_a_false_positive_with_value_none(gold: Gold) -> None:
    report = score(gold, [], [_obs("2024", "lots", "t")])  # type: ignore[arg-type]
    assert report.observation_false_positives[0]["value"] is None


def _cli(gold: Gold, tmp_path: Path, observations: list[dict[str, Any]], *args: str) -> str:
    events = tmp_path / "events.json"
    events.write_text(json.dumps({"events": [], "observations": observations}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold.path), "--events", str(events), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_report_carries_the_details(gold: Gold, tmp_path: Path) -> None:
    data = json.loads(_cli(gold, tmp_path, [_obs("2023", 1.0, "%", "gdp_change")], "--json"))
    assert {m["indicator"] for m in data["observation_misses"]} == {"freight_volume", "exports"}
    assert data["observation_false_positives"][0]["indicator"] == "gdp_change"
    assert data["observation_recall"] == {"num": 0, "den": 2, "value": 0.0}


def test_text_report_has_a_section_only_with_details(gold: Gold, tmp_path: Path) -> None:
    found = [_obs("2025", 4.2e6, "t", quote="grew to 4.2 million tonnes")]
    text = _cli(gold, tmp_path, found)
    assert "Missed core observations" in text and "False positive observations" in text
    assert "period differs" in text and "grew to 4.2 million tonnes" in text
    brief = _cli(gold, tmp_path, found, "--no-details")
    assert "Missed core observations" not in brief and "False positive observations" not in brief
    assert "observation recall" in brief
