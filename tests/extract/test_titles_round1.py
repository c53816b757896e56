"""Event titles (session 6, titles round 1): what an analyst reads in ``timeline show``.

Rules under test (timeline.extract.events.build_title and its inputs): at most three parties, people before
states when two people are named; a lone party of a meeting or signing is named; the object is cut to its
head noun phrase of six words or fewer (never a relative clause); no verb twice; a plural verb after two
subjects; no final period; "X joined Y" only when Y is something one joins. Plus the readability checker
(benchmarks/title_check.py). Sentences are the test author's own.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.extract.events import Cue, CueMatch, build_title
from timeline.extract.pipeline import extract
from timeline.extract.types import ActorMention
from timeline.ingest.reader import read_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from title_check import title_problems


def _cue(label: str, titles: tuple[str, ...], roles: str = "symmetric") -> CueMatch:
    cue = Cue(id="t", type="CONSULT", mode=None, context=None, roles=roles, label=label, titles=titles, patterns=())
    return CueMatch(cue=cue, start=0, end=0, mstart=0, mend=0)


def _a(name: str, kind: str, role: str) -> ActorMention:
    return ActorMention(name=name, kind=kind, start=0, end=0, surface=name, role=role)  # type: ignore[arg-type]


def _titles(text: str, published: dt.date = dt.date(2025, 6, 1)) -> list[str]:
    return [c.title for c in extract(replace(read_text(text, "mem://titles"), published=published)).claims]


MEETING = ("{participants} {label} in {location}", "{participants} {label}", "{actor} {label} with {recipient}")


# ---------------------------------------------------------------- parties


def test_people_before_states_when_two_people_are_named() -> None:
    actors = [_a("Norway", "state", "participant"), _a("Chile", "state", "participant"),
              _a("Ana Lopez", "person", "participant"), _a("Erik Berg", "person", "participant"),
              _a("Oslo", "place", "location")]
    assert build_title(_cue("meeting", MEETING), actors, None) == "Ana Lopez–Erik Berg meeting in Oslo"


def test_states_kept_when_only_one_person_is_named() -> None:
    actors = [_a("Norway", "state", "participant"), _a("Chile", "state", "participant"),
              _a("Ana Lopez", "person", "participant")]
    assert build_title(_cue("meeting", MEETING), actors, None) == "Norway–Chile meeting"


def test_at_most_three_parties() -> None:
    names = ["Peru", "Chile", "Bolivia", "Ecuador", "Colombia"]
    title = build_title(_cue("meeting", MEETING), [_a(n, "state", "participant") for n in names], None)
    assert title == "Peru–Chile–Bolivia meeting"


def test_lone_party_of_a_meeting_is_named_with_the_place() -> None:
    actors = [_a("Ana Lopez", "person", "participant"), _a("Lima", "place", "location")]
    assert build_title(_cue("meeting", MEETING), actors, None) == "Ana Lopez meeting in Lima"


def test_lone_party_of_a_signing_is_named() -> None:
    cm = _cue("signed", ("{participants} {object} signed", "{object} signed by {actor}", "{object} signed"))
    assert build_title(cm, [_a("Ghana", "state", "participant")], "memorandum") == "Memorandum signed by Ghana"
    assert build_title(cm, [], "memorandum") == "Memorandum signed"  # nobody named: nobody invented


def test_three_subjects_read_as_a_list() -> None:
    cm = _cue("participates in", ("{actor} {label} {object}",), roles="subject")
    actors = [_a(n, "person", "actor") for n in ("Ana Lopez", "Erik Berg", "Li Wei")]
    assert build_title(cm, actors, "Arctic Forum") == "Ana Lopez, Erik Berg and Li Wei participate in Arctic Forum"


# ---------------------------------------------------------------- verbs


def test_plural_verb_after_two_subjects_only() -> None:
    cm = _cue("provides aid", ("{actor} {label} to {recipient}", "{actor} {label}"), roles="directed")
    two = [_a("Norway", "state", "actor"), _a("Japan", "state", "actor"), _a("Chad", "state", "recipient")]
    assert build_title(cm, two, None) == "Norway and Japan provide aid to Chad"
    one = [_a("Norway", "state", "actor"), _a("Chad", "state", "recipient")]
    assert build_title(cm, one, None) == "Norway provides aid to Chad"


def test_plural_noun_label_is_not_made_singular() -> None:
    cm = _cue("talks", ("{actor} {label}",), roles="subject")
    assert build_title(cm, [_a("Peru", "state", "actor"), _a("Chile", "state", "actor")], None) == (
        "Peru and Chile talks")


def test_no_verb_twice() -> None:
    cm = _cue("started", ("{object} {label}",), roles="subject")
    assert build_title(cm, [], "oil starts flowing") == "Oil starts flowing"
    cm = _cue("took over", ("{actor} {label} {object}",), roles="subject")
    title = build_title(cm, [_a("Harbour Group", "organisation", "actor")], "took over terminal operations")
    assert title == "Harbour Group took over terminal operations"


def test_distinct_verbs_are_kept() -> None:
    cm = _cue("started", ("{object} {label}",), roles="subject")
    assert build_title(cm, [], "pipeline construction") == "Pipeline construction started"


def test_label_word_already_in_the_object_is_not_repeated() -> None:
    cm = _cue("anniversary celebrated", ("{object} {label}",), roles="subject")
    assert build_title(cm, [], "the fifth anniversary of the canal") == "The fifth anniversary of the canal celebrated"
    assert build_title(cm, [], "canal") == "Canal anniversary celebrated"


# ---------------------------------------------------------------- objects


@pytest.mark.parametrize(("obj", "head"), [
    ("agreement on customs cooperation providing for joint checks at the border", "agreement on customs cooperation"),
    ("contract between a Korean builder and the roads agency for a 40-km highway", "contract"),
    ("railway that will link the two capitals", "railway"),
    ("whose construction", "construction"),
    ("memorandum of understanding", "memorandum of understanding"),
])
def test_object_cut_to_its_head_noun_phrase(obj: str, head: str) -> None:
    cm = _cue("signed", ("{participants} {object} signed", "{object} signed"))
    actors = [_a("Peru", "state", "participant"), _a("Chile", "state", "participant")]
    assert build_title(cm, actors, obj) == f"Peru–Chile {head} signed"


def test_final_period_dropped_and_capital_start() -> None:
    cm = _cue("held", ("{object} {label}",), roles="subject")
    assert build_title(cm, [], "summit.") == "Summit held"


# ---------------------------------------------------------------- join


def test_joined_an_organisation() -> None:
    titles = _titles("Montenegro joined the World Health Organization on 4 May 2007.")
    assert "Montenegro joined World Health Organization" in titles


def test_joined_a_state_in_doing_something_is_not_joining_the_state() -> None:
    titles = _titles("On 3 March 2024 Kenya joined Ethiopia in building a hydropower dam, officials said.")
    assert titles and not any(t.endswith("joined Ethiopia") for t in titles)


# ---------------------------------------------------------------- end to end and the checker


@pytest.mark.parametrize("text", [
    "Kenyan President Ana Ruto met Ghanaian President John Mensah and Nigerian President Bola Adeyemi in Accra "
    "on 12 May 2024.",
    "Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan signed a memorandum of understanding on regional power "
    "trade and grid balancing in Tashkent on 3 April 2024.",
    "The Ghanaian and Togolese presidents opened the new bridge over the Volta on 1 March 2024.",
])
def test_extracted_titles_break_no_rule(text: str) -> None:
    titles = _titles(text)
    assert titles
    assert all(not title_problems(t) for t in titles), titles


@pytest.mark.parametrize(("title", "problem"), [
    ("Oil starts flowing started", "doubled verb"),
    ("Peru and Chile whose railway starts", "relative pronoun"),
    ("The leaders met in Lima.", "final period"),
    ("Meeting", "no party"),
    ("Memorandum signed", "no party"),
    ("the anniversary: relations established", "lower-case start"),
    ("Peru–Chile–Bolivia–Ecuador–Colombia–Venezuela agreement on the joint management of the Andean water basins "
     "signed", "too long"),
    ("Peru–Chile gas field valves", "no verb/label"),
])
def test_checker_flags(title: str, problem: str) -> None:
    assert problem in title_problems(title)


@pytest.mark.parametrize("title", [
    "Ana Lopez–Erik Berg meeting in Oslo", "Memorandum signed by Ghana", "Peru and Chile open border crossing",
    "Montenegro joined World Health Organization",
])
def test_checker_passes_good_titles(title: str) -> None:
    assert title_problems(title) == []


def test_checker_flags_a_place_as_a_party() -> None:
    actors = [{"name": "Lima", "kind": "place", "role": "participant"}]
    assert "place as party" in title_problems("Peru and Lima meeting", actors)
    assert title_problems("Peru meeting in Lima", actors) == []


def test_long_organisation_name_dropped_from_a_long_party_list() -> None:
    actors = [_a("Maria Silva", "person", "participant"),
              _a("National Council for the Promotion of Foreign Investment", "organisation", "participant"),
              _a("Chile", "state", "participant")]
    assert build_title(_cue("meeting", MEETING), actors, None) == "Maria Silva–Chile meeting"


def test_short_party_list_keeps_its_organisation() -> None:
    actors = [_a("Maria Silva", "person", "participant"), _a("World Bank", "organisation", "participant"),
              _a("Chile", "state", "participant")]
    assert build_title(_cue("meeting", MEETING), actors, None) == "Maria Silva–World Bank–Chile meeting"
