"""The gold loader and scorer (timeline.evaluate.gold) and the `timeline eval` command."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.evaluate.gold import (
    Gold,
    GoldError,
    dates_compatible,
    edtf_bounds,
    load_gold,
    quotes_overlap,
    same_actor,
    same_date,
    score,
)

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"

ARTICLE_A = (
    "Leaders meet in the capital\n\n"
    "President Anna Berg of Nordland arrived in Sudport on 5 July 2024 for a two-day state visit.\n"
    "The two governments signed a transit agreement on Saturday.\n"
    "Trade between the two countries reached $1.5 billion in 2023.\n"
    "Nordland always supports dialogue.\n"
)
ARTICLE_B = (
    "Transit pact\n\n"
    "The transit agreement between Nordland and Sudland was signed on July 7 in Sudport.\n"
    "Berg's visit to Sudport in July 2024 was her first abroad.\n"
)


def _gold_dict() -> dict[str, Any]:
    return {
        "name": "mini",
        "root": "articles",
        "files": [{"name": "a.txt", "published": "2024-07-08"}, {"name": "b.txt", "published": None}],
        "events": [
            {
                "id": "berg-visit", "title": "Anna Berg pays a state visit to Sudland", "type": "CONSULT",
                "mode": "visit", "date": "2024-07-05", "precision": "day", "status": "occurred",
                "actors": ["Anna Berg", "Nordland", "Sudland"],
                "mentions": [
                    {"file": "a.txt", "snippet": "arrived in Sudport on 5 July 2024 for a two-day state visit",
                     "date_text": "on 5 July 2024", "claimed_date": "2024-07-05"},
                    {"file": "b.txt", "snippet": "Berg's visit to Sudport in July 2024 was her first abroad",
                     "date_text": "in July 2024", "claimed_date": "2024-07"},
                ],
            },
            {
                "id": "transit-agreement", "title": "Nordland and Sudland sign a transit agreement",
                "type": "AGREE", "date": "2024-07-06", "precision": "day", "status": "occurred",
                "actors": ["Nordland", "Sudland"],
                "disagreement": "b.txt says July 7",
                "mentions": [
                    {"file": "a.txt", "snippet": "The two governments signed a transit agreement on Saturday",
                     "date_text": "on Saturday", "claimed_date": "2024-07-06"},
                    {"file": "b.txt",
                     "snippet": "The transit agreement between Nordland and Sudland was signed on July 7",
                     "date_text": "on July 7", "claimed_date": "XXXX-07-07"},
                ],
            },
        ],
        "observations": [
            {"indicator": "trade_turnover", "period": "2023", "value": 1.5e9, "unit": "USD", "file": "a.txt",
             "snippet": "Trade between the two countries reached $1.5 billion in 2023"},
        ],
        "non_events": [{"file": "a.txt", "snippet": "Nordland always supports dialogue", "reason": "generic"}],
    }


def _write_gold(tmp_path: Path, data: dict[str, Any]) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    (articles / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (articles / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    return load_gold(_write_gold(tmp_path, _gold_dict()))


def _cit(file: str, quote: str, claimed: str | None, date_text: str | None = None) -> dict[str, Any]:
    return {"source": {"uri": f"/some/where/{file}"}, "quote": quote, "start": 0, "end": len(quote),
            "date_text": date_text, "claimed_date": claimed}


def _visit(**over: Any) -> dict[str, Any]:
    ev = {
        "id": 1, "title": "Anna Berg visits Sudland", "type": "CONSULT", "mode": "visit", "date": "2024-07-05",
        "precision": "day", "status": "occurred",
        "actors": [{"name": "Anna Berg", "kind": "person", "role": "actor", "wikidata": None},
                   {"name": "Sudland", "kind": "state", "role": "recipient", "wikidata": None}],
        "citations": [
            _cit("a.txt", "President Anna Berg of Nordland arrived in Sudport on 5 July 2024 for a two-day "
                 "state visit.", "2024-07-05"),
            _cit("b.txt", "Berg's visit to Sudport in July 2024 was her first abroad.", "2024-07"),
        ],
        "conflicts": [],
    }
    ev.update(over)
    return ev


def _agreement(**over: Any) -> dict[str, Any]:
    ev = {
        "id": 2, "title": "Transit agreement signed", "type": "AGREE", "mode": None, "date": "2024-07-06",
        "precision": "day", "status": "occurred",
        "actors": [{"name": "Nordland", "kind": "state", "role": "actor", "wikidata": None}],
        "citations": [
            _cit("a.txt", "The two governments signed a transit agreement on Saturday.", "2024-07-06"),
            _cit("b.txt", "The transit agreement between Nordland and Sudland was signed on July 7 in Sudport.",
                 "XXXX-07-07"),
        ],
        "conflicts": [{"file": "b.txt", "claimed_date": "XXXX-07-07"}],
    }
    ev.update(over)
    return ev


OBSERVATIONS = [{"indicator": "trade_turnover", "period": "2023", "value": 1.5e9, "unit": "USD",
                 "source": {"uri": "file:///x/a.txt"}}]


# ----------------------------------------------------------------------------- scoring


def test_perfect_extraction_scores_one(gold: Gold) -> None:
    report = score(gold, [_visit(), _agreement()], OBSERVATIONS)
    for ratio in (report.core_recall, report.precision, report.strict_precision, report.mention_recall,
                  report.claimed_date_accuracy, report.event_date_accuracy, report.type_accuracy,
                  report.merge_quality, report.conflict_recall, report.observation_recall,
                  report.observation_precision):
        assert ratio.value == 1.0, report.to_dict()
    assert report.merge_quality.den == 2
    assert report.split_events == 0 and report.overmerged_events == 0 and report.spurious_conflicts == 0
    assert not report.misses and not report.false_positives and not report.date_errors
    assert report.per_file["b.txt"].found_mentions == 2
    json.dumps(report.to_dict())  # serialisable


def test_missing_event_is_reported_with_its_snippets(gold: Gold) -> None:
    report = score(gold, [_visit()])
    assert report.core_recall.num == 1 and report.core_recall.den == 2
    assert [m["gold"] for m in report.misses] == ["transit-agreement"]
    assert report.misses[0]["mentions"][0]["file"] == "a.txt"
    assert report.precision.value == 1.0
    assert report.observation_recall.num == 0  # no observations given


def test_false_positive_and_non_event(gold: Gold) -> None:
    fp = _visit(id=3, title="Nordland supports dialogue", type="SUPPORT", date="2024-07-08",
                citations=[_cit("a.txt", "Nordland always supports dialogue.", "2024-07-08")])
    unrelated = _agreement(id=4, date="1999-01-01", citations=[_cit("a.txt", "Something else.", "1999-01-01")])
    report = score(gold, [_visit(), _agreement(), fp, unrelated])
    assert report.precision.num == 2 and report.precision.den == 4
    reasons = {f["event"]: f["reason"] for f in report.false_positives}
    assert reasons == {3: "non-event", 4: "no gold match"}
    assert report.false_positives[0]["quotes"][0]["quote"] == "Nordland always supports dialogue."
    assert report.per_file["a.txt"].false_positive_events == 2


def test_split_event_is_counted(gold: Gold) -> None:
    whole = _agreement()
    part_a = _agreement(id=21, citations=[whole["citations"][0]], conflicts=[])
    part_b = _agreement(id=22, date="XXXX-07-07", citations=[whole["citations"][1]], conflicts=[])
    report = score(gold, [_visit(), part_a, part_b])
    assert report.split_events == 1
    assert report.splits[0]["gold"] == "transit-agreement"
    assert report.merge_quality.num == 1 and report.merge_quality.den == 2  # the visit is merged
    assert report.precision.value == 1.0  # a fragment is still a true event …
    assert report.strict_precision.num == 2  # … but not a distinct one
    assert report.conflict_recall.value == 0.0  # split sources cannot be flagged as disagreeing
    assert report.core_recall.value == 1.0


def test_citation_pairs_with_the_mention_it_quotes_best(tmp_path: Path) -> None:
    """A headline-like mention inside a dated one: its citation is scored against itself, not the dated one."""
    data = _gold_dict()
    data["events"][1]["mentions"].append(
        {"file": "a.txt", "snippet": "signed a transit agreement", "date_text": None, "claimed_date": None})
    gold = load_gold(_write_gold(tmp_path, data))
    agreement = _agreement()
    agreement["citations"].append(_cit("a.txt", "signed a transit agreement", None))
    report = score(gold, [_visit(), agreement])
    assert report.date_errors == []
    assert report.claimed_date_accuracy.num == report.claimed_date_accuracy.den == 4


def test_wrong_claimed_and_event_dates(gold: Gold) -> None:
    visit = _visit(date="2024-07")
    visit["citations"][0]["claimed_date"] = "2024-07-04"
    report = score(gold, [visit, _agreement()])
    assert report.core_recall.value == 1.0  # still compatible with the gold date
    assert report.claimed_date_accuracy.num == 3 and report.claimed_date_accuracy.den == 4
    assert report.event_date_accuracy.num == 1 and report.event_date_accuracy.den == 2
    [err] = report.date_errors
    assert err["claimed"] == "2024-07-04" and err["expected"] == "2024-07-05" and err["file"] == "a.txt"
    assert report.per_file["a.txt"].claimed_dates_correct == 1


def test_incompatible_date_does_not_match(gold: Gold) -> None:
    report = score(gold, [_visit(date="2023-07-05"), _agreement()])
    assert [m["gold"] for m in report.misses] == ["berg-visit"]
    assert report.false_positives[0]["event"] == 1


def test_year_unknown_claim_matches_by_month_and_day(gold: Gold) -> None:
    only_b = _agreement(date="XXXX-07-07", citations=[_agreement()["citations"][1]], conflicts=[])
    report = score(gold, [_visit(), only_b])
    assert report.core_recall.value == 1.0
    assert report.claimed_date_accuracy.value == 1.0  # XXXX-07-07 is what b.txt says
    assert report.event_date_accuracy.num == 1  # but the event date is not the true one
    wrong_day = _agreement(date="XXXX-07-09", citations=[_agreement()["citations"][1]], conflicts=[])
    assert score(gold, [_visit(), wrong_day]).core_recall.num == 1


def test_type_family_and_evidence_rules(gold: Gold) -> None:
    # COOPERATE is close to AGREE; ASSAULT is not.
    assert score(gold, [_visit(), _agreement(type="COOPERATE")]).core_recall.value == 1.0
    assert score(gold, [_visit(), _agreement(type="ASSAULT")]).core_recall.num == 1
    # Without any citation overlap, a similar title and shared actors still match …
    no_quote = _visit(citations=[_cit("a.txt", "Unrelated sentence about weather.", "2024-07-05")])
    assert score(gold, [no_quote]).core_recall.num == 1
    # … but then no mention counts as found.
    assert score(gold, [no_quote]).mention_recall.num == 0
    # Shared actors with an unrelated title are not enough.
    other = _visit(title="Nordland–Sudland weather report", type="CONSULT",
                   citations=[_cit("a.txt", "Unrelated sentence about weather.", "2024-07-05")],
                   actors=[{"name": "Anna Berg"}, {"name": "Sudland"}])
    assert score(gold, [other]).core_recall.num == 0


def test_overmerged_event_is_reported(gold: Gold) -> None:
    merged = _visit(citations=_visit()["citations"] + _agreement()["citations"][:1])
    report = score(gold, [merged])
    assert report.overmerged_events == 1
    assert report.overmerged[0]["gold"] == ["berg-visit", "transit-agreement"]


def test_spurious_conflict_and_status(gold: Gold) -> None:
    report = score(gold, [_visit(conflicts=[{"x": 1}], status="planned"), _agreement()])
    assert report.spurious_conflicts == 1
    assert report.status_accuracy.num == 1 and report.status_accuracy.den == 2


def test_observation_precision_counts_wrong_values(gold: Gold) -> None:
    wrong = [*OBSERVATIONS, {**OBSERVATIONS[0], "value": 2.5e9}, {**OBSERVATIONS[0], "period": "2022"}]
    report = score(gold, [], wrong)
    assert report.observation_recall.value == 1.0
    assert report.observation_precision.num == 1 and report.observation_precision.den == 3


def test_empty_extraction(gold: Gold) -> None:
    report = score(gold, [], [])
    assert report.core_recall.num == 0 and report.precision.value is None and report.f1 is None


# ----------------------------------------------------------------------------- helpers


def test_edtf_helpers() -> None:
    assert edtf_bounds("2015-12-08/2015-12-11")[1].day == 11  # type: ignore[index]
    assert edtf_bounds("2024-02")[1].day == 29  # type: ignore[index]
    assert edtf_bounds("199X")[0].year == 1990  # type: ignore[index]
    assert edtf_bounds("2024-21")[0].month == 3  # spring  # type: ignore[index]
    assert edtf_bounds("XXXX-07-05") is None
    with pytest.raises(ValueError):
        edtf_bounds("July 2024")
    assert dates_compatible("2015", "2015-12-08/2015-12-11")
    assert not dates_compatible("2014", "2015-12")
    assert dates_compatible("XXXX-07", "2024-07-03") and not dates_compatible("XXXX-07-05", "2024-07-03")
    assert same_date("2024-07-05?", "2024-07-05") and not same_date("2024-07", "2024-07-05")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Erdoğan", "Recep Tayyip Erdogan", False),  # a bare surname is not the full name
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Turkey", "Türkiye", True),
    ("Gurbanguly Berdimuhamedow", "Gurbanguly Berdimuhamedov", True),
    ("Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", False),
    ("Ilham Aliyev", "Heydar Aliyev", False),
    ("Azerbaijan", "Azerbaijan Railways", False),
    ("Armenia", "Romania", False),
])
def test_actor_names_compare_folded_and_by_spelling_variant(a: str, b: str, same: bool) -> None:
    assert same_actor(a, b) is same


def test_quote_overlap_ignores_whitespace_and_quote_style() -> None:
    snippet = "Aliyev’s official visit to Beijing in March 2005"
    assert quotes_overlap("In 2005, Aliyev's  official visit to\u00a0Beijing in March 2005 mattered.", snippet)
    assert not quotes_overlap("A different sentence entirely about other things.", snippet)


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["events"][0].pop("date"), "missing 'date'"),
        (lambda d: d["events"][0].update(date="5 July 2024"), "not an EDTF date"),
        (lambda d: d["events"][0].update(date="XXXX-07-05"), "year must be known"),
        (lambda d: d["events"][0].update(type="MEET"), "unknown PLOVER type"),
        (lambda d: d["events"][0].update(precision="fortnight"), "precision"),
        (lambda d: d["events"][0].update(mentions=[]), "non-empty 'mentions'"),
        (lambda d: d["events"][1].update(id="berg-visit"), "duplicate id"),
        (lambda d: d["events"][1].pop("disagreement"), "add a 'disagreement' note"),
        (lambda d: d["events"][0]["mentions"][0].update(file="c.txt"), "not listed under 'files'"),
        (lambda d: d["events"][0]["mentions"][0].update(snippet="arrived in Nordport"), "not found verbatim"),
        (lambda d: d["observations"][0].update(value="lots"), "must be a number"),
        (lambda d: d.update(files=[{"name": "a.txt"}, {"name": "b.txt"}, {"name": "missing.txt"}]), "cannot read"),
        (lambda d: d.pop("files"), "files"),
    ],
)
def test_validation_errors(tmp_path: Path, mutate: Any, message: str) -> None:
    data = copy.deepcopy(_gold_dict())
    mutate(data)
    with pytest.raises(GoldError, match=message):
        load_gold(_write_gold(tmp_path, data))


def test_unreadable_and_malformed_gold_files(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("events: [unclosed\n", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid YAML"):
        load_gold(bad)
    bad.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(GoldError, match="mapping"):
        load_gold(bad)


# ----------------------------------------------------------------------------- the real gold files


#: Every gold set in the repository (new sets are picked up without editing this list).
GOLD_FILES = sorted(p.name for p in GOLD_DIR.glob("*.yaml"))


def test_gold_sets_are_found() -> None:
    assert {"seeds.yaml", "dev.yaml", "heldout.yaml"} <= set(GOLD_FILES)


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_files_load_and_snippets_are_verbatim(name: str) -> None:
    gold = load_gold(GOLD_DIR / name)
    assert sum(e.core for e in gold.events) >= 10
    for path in gold.article_paths():
        text = path.read_text(encoding="utf-8")
        name_ = path.name
        snippets = [m.snippet for e in gold.events for m in e.mentions if m.file == name_]
        snippets += [o.snippet for o in gold.observations if o.file == name_ and o.snippet]
        snippets += [n.snippet for n in gold.non_events if n.file == name_]
        for snippet in snippets:
            assert snippet in text, f"{name_}: {snippet!r}"


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_files_score_themselves_perfectly(name: str) -> None:
    """Events built from the gold itself must score 100 %: guards the scorer against the real annotations."""
    gold = load_gold(GOLD_DIR / name)
    events = [
        {"id": e.id, "title": e.title, "type": e.type, "date": e.date, "status": e.status,
         "actors": [{"name": a} for a in e.actors], "conflicts": [1] if e.conflict else [],
         "citations": [_cit(m.file, m.snippet, m.claimed_date) for m in e.mentions]}
        for e in gold.events
    ]
    report = score(gold, events)
    assert report.core_recall.value == 1.0 and report.precision.value == 1.0, report.misses
    assert report.claimed_date_accuracy.value == 1.0 and report.event_date_accuracy.value == 1.0
    assert report.split_events == 0 and report.conflict_recall.value in (1.0, None), report.splits


# ----------------------------------------------------------------------------- CLI


def test_cli_scores_an_events_file(tmp_path: Path) -> None:
    gold_path = _write_gold(tmp_path, _gold_dict())
    events = tmp_path / "events.json"
    events.write_text(json.dumps({"events": [_visit()], "observations": OBSERVATIONS}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold_path), "--events", str(events), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["core_recall"] == {"num": 1, "den": 2, "value": 0.5}
    assert data["misses"][0]["gold"] == "transit-agreement"
    table = CliRunner().invoke(main, ["eval", str(gold_path), "--events", str(events)])
    assert table.exit_code == 0 and "core recall" in table.output and "transit-agreement" in table.output


def test_cli_bad_gold_exits_2_with_message(tmp_path: Path) -> None:
    data = _gold_dict()
    data["events"][0]["date"] = "sometime"
    gold_path = _write_gold(tmp_path, data)
    events = tmp_path / "events.json"
    events.write_text('{"events": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold_path), "--events", str(events)])
    assert result.exit_code == 2
    assert "not an EDTF date" in result.output and "Traceback" not in result.output
    events.write_text("not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(_write_gold(tmp_path, _gold_dict())), "--events", str(events)])
    assert result.exit_code == 2 and "events" in result.output


def test_run_eval_ingests_into_a_fresh_database(tmp_path: Path) -> None:
    """End to end through the real pipeline (ingest → export) on the two tiny articles."""
    from timeline.evaluate.gold import run_eval

    report = run_eval(_write_gold(tmp_path, _gold_dict()))
    assert report.gold_core == 2 and set(report.per_file) == {"a.txt", "b.txt"}
    assert report.extracted == report.precision.den
    for fp in report.false_positives:
        assert {q["file"] for q in fp["quotes"]} <= {"a.txt", "b.txt"}
    assert not list(tmp_path.glob("*.db"))  # the temporary database lives elsewhere and is removed


def test_run_eval_reports_articles_that_failed_to_ingest(tmp_path: Path) -> None:
    """A file the reader rejects is named in the report (and on screen), not silently scored as empty."""
    from timeline.evaluate.gold import run_eval

    path = _write_gold(tmp_path, _gold_dict())
    b = tmp_path / "articles" / "b.txt"
    b.write_text(ARTICLE_B + "\x00" * 64, encoding="utf-8")  # binary-looking: the reader refuses it
    report = run_eval(path)
    assert [f["path"] for f in report.failed_files] == ["b.txt"]
    assert report.failed_files[0]["error"]
    assert report.to_dict()["failed_files"] == report.failed_files
    result = CliRunner().invoke(main, ["eval", str(path), "--no-details"])
    assert "not ingested" in result.output and "b.txt" in result.output


def test_actor_recall_and_precision_on_matched_events(gold: Gold) -> None:
    place = {"name": "Sudport", "kind": "place", "role": "location", "wikidata": None}
    wrong = {"name": "Otto Berg", "kind": "person", "role": "actor", "wikidata": None}
    visit = _visit(actors=[*_visit()["actors"], place, wrong])
    report = score(gold, [visit, _agreement()])
    # visit: gold Anna Berg, Nordland, Sudland -> 2 found; agreement: gold Nordland, Sudland -> 1 found
    assert (report.actor_recall.num, report.actor_recall.den) == (3, 5)
    # named participants: Anna Berg, Sudland, Otto Berg (the place is left out) + Nordland -> 3 right of 4
    assert (report.actor_precision.num, report.actor_precision.den) == (3, 4)
    errors = {e["gold"]: e for e in report.actor_errors}
    assert errors["berg-visit"]["missing"] == ["Nordland"] and errors["berg-visit"]["extra"] == ["Otto Berg"]
    assert errors["transit-agreement"]["missing"] == ["Sudland"] and errors["transit-agreement"]["extra"] == []


def test_derived_countries_score_as_actors_but_are_no_matching_evidence(gold: Gold) -> None:
    nordland = {"name": "Nordland", "kind": "state", "role": "country", "wikidata": None}
    report = score(gold, [_visit(actors=[*_visit()["actors"], nordland]), _agreement()])
    errors = {e["gold"]: e for e in report.actor_errors}
    assert "berg-visit" not in errors  # Anna Berg's state, derived, is one of the gold's actors
    # an event quoting nothing of the gold, whose title is only loosely similar: the states derived from its
    # one named person must not make it a match of the visit
    sudland = {"name": "Sudland", "kind": "state", "role": "country", "wikidata": None}
    loose = _visit(title="Anna Berg and Sudland hold a forum", actors=[_visit()["actors"][0], nordland, sudland],
                   citations=[_cit("a.txt", "A forum on tourism opened in the capital.", "2024-07-05")])
    report = score(gold, [loose, _agreement()])
    assert [m["gold"] for m in report.misses] == ["berg-visit"]
    named = dict(loose, actors=[_visit()["actors"][0], {**nordland, "role": "actor"}, {**sudland, "role": "actor"}])
    assert "berg-visit" not in [m["gold"] for m in score(gold, [named, _agreement()]).misses]
