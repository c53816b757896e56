"""Round-2 engine rules: historical present in chronologies, heading reach, relative clauses with lists,
measurement sentences, parties of institutions and kinship appositions, modal scope.

Every sentence here is written for the test (none comes from a gold file); the whole pipeline runs with
the shipped cue and actor dictionaries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.types import Claim

pytest.importorskip("timeline.extract.actors")
pytest.importorskip("timeline.extract.dates")
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def claims(text: str, published: dt.date | None = dt.date(2024, 6, 1)) -> list[Claim]:
    article = replace(read_text(text, "test://round2"), published=published)
    return extract(article).claims


def find(found: list[Claim], word: str) -> list[Claim]:
    return [c for c in found if word.lower() in c.quote.lower()]


# --------------------------------------------------------------------------- 1. historical present

CHRONOLOGY = """Key dates in the region

- 2020: Russia deploys peacekeepers to Nagorno-Karabakh.
- 3 March 2016 — Kazakhstan and Uzbekistan ratify a border treaty.
- 2011: Turkey condemns the decision; Georgia expels two Russian diplomats.
"""


def test_historical_present_in_dated_items_gives_events_with_the_item_date() -> None:
    found = claims(CHRONOLOGY)
    deploy = find(found, "deploys")
    assert [c.date.value for c in deploy] == ["2020"] and deploy[0].event_type == "MOBILIZE"
    ratify = [c for c in find(found, "ratify") if c.event_type == "AGREE"]
    assert ratify and ratify[0].date.value == "2016-03-03"
    expel = [c for c in find(found, "expels") if c.event_type == "SANCTION"]
    assert expel and expel[0].date.value == "2011"  # second clause of the item: the item's date


def test_present_tense_outside_chronology_items_stays_blocked() -> None:
    text = ("Analysts in Baku comment on the region.\n\nIn 2020, officials said the region was calm. "
            "Russia deploys peacekeepers whenever it can, and Georgia expels diplomats in 2021 rarely.\n")
    assert not [c for c in claims(text) if c.rule.startswith("fallback.verb")]


def test_base_form_needs_a_coordinated_subject_and_no_infinitive() -> None:
    text = """Timeline

- 2019: China plans to finance a new road in Kyrgyzstan.
- 2018: Kazakhstan's ban remains in force.
"""
    assert not [c for c in claims(text) if c.rule.startswith("fallback.verb")]


def test_historical_present_under_a_year_heading_until_the_next_heading() -> None:
    text = "Relations in brief\n\n## 2014\n\nRussia annexes Crimea.\n\n## Outlook\n\nRussia deploys more troops.\n"
    found = [c for c in claims(text) if c.rule.startswith("fallback.verb")]
    assert [(c.event_type, c.date.value) for c in found] == [("ASSAULT", "2014")]


# --------------------------------------------------------------------------- 2. heading reach


YEAR_SECTION = """Relations in brief

The two neighbours have had a difficult decade, and the record below shows how quickly the mood changed.

## 2014

Ukraine condemns the annexation in a long statement read out to foreign diplomats. The row deepens.

The presidents of Kazakhstan and China hold talks on trade and transport corridors in a show of unity.

## What comes next

Georgia condemns the annexation once more in a statement to foreign diplomats in the capital.
"""


def test_a_year_heading_dates_every_paragraph_below_it_until_the_next_heading() -> None:
    found = claims(YEAR_SECTION)
    assert {c.date.value for c in find(found, "Ukraine condemns")} == {"2014"}
    assert {c.date.value for c in find(found, "hold talks")} == {"2014"}  # second paragraph of the section
    assert not find(found, "once more")  # below a plain heading: no date


DIARY = """Summit diary

Our correspondent followed the leaders through a busy week of meetings and ceremonies in the capital.

**Monday, 3 June 2024**

Kazakhstan and China signed a memorandum on transport corridors at the palace.

**Tuesday, 4 June 2024**

Russia and Kazakhstan signed a treaty on water sharing after long talks.

## Looking ahead

Uzbekistan and China signed a memorandum on rail links, officials recalled, without giving details.
"""


def test_a_day_heading_date_ends_at_the_next_heading_of_any_kind() -> None:
    found = claims(DIARY, published=dt.date(2024, 9, 1))
    assert {c.date.value for c in find(found, "water sharing")} == {"2024-06-04"}
    assert not find(found, "rail links")


def test_a_later_sentence_of_a_dated_item_takes_the_item_date() -> None:
    text = "Timeline\n\n- 2007: Turkmenistan's leader dies. Gurbanguly Berdimuhamedov is elected president.\n"
    assert {c.date.value for c in find(claims(text), "elected")} == {"2007"}


# --------------------------------------------------------------------------- 3. relative clauses with lists


def test_a_modal_after_a_list_in_a_relative_clause_does_not_block_the_main_verb() -> None:
    text = ("Regional transport news\n\nConstruction of the railway, which links Osh, Kashgar and Andijan and "
            "would carry goods, was launched in 2023.\n")
    assert [c.date.value for c in claims(text)] == ["2023"]


def test_a_modal_of_the_main_clause_after_the_relative_clause_still_blocks() -> None:
    text = ("Regional transport news\n\nConstruction of the railway, which links Osh, Kashgar and Andijan, "
            "would be launched in 2027, officials hope.\n")
    assert not claims(text)


def test_names_in_a_relative_clause_with_a_list_are_not_parties() -> None:
    text = ("Regional news\n\nChina, which borders Kazakhstan, Kyrgyzstan and Tajikistan, donated vaccines to "
            "Uzbekistan on 3 May 2021.\n")
    found = [c for c in claims(text) if c.event_type == "AID"]
    assert found and {a.name for a in found[0].actors} == {"China", "Uzbekistan"}


# --------------------------------------------------------------------------- 4. measurement sentences


def test_a_measuring_verb_cue_of_a_measurement_sentence_gives_no_event() -> None:
    text = "Energy news\n\nThe first gas shipments from Turkmenistan reached 10 bcm in 2010.\n"
    assert not claims(text)


def test_the_same_verb_without_a_figure_and_a_signing_with_a_figure_stay_events() -> None:
    text = ("Energy news\n\nThe first gas from Turkmenistan reached China in 2009.\n\n"
            "Deals worth $800 million were signed by Kazakhstan and China in May 2024.\n")
    found = claims(text)
    assert {c.date.value for c in find(found, "first gas")} == {"2009"}
    assert [c.event_type for c in find(found, "deals worth")] == ["AGREE"]


# --------------------------------------------------------------------------- 5. actors


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


def test_a_parliament_or_ministry_as_actor_adds_its_state_but_not_to_the_title() -> None:
    text = ("Regional news\n\nThe Milli Majlis ratified the treaty with Georgia on 12 May 2015.\n\n"
            "The Kazakh Foreign Ministry condemned the strike on 3 March 2022.\n")
    found = claims(text)
    majlis = [c for c in find(found, "Majlis") if c.event_type == "AGREE"]
    assert majlis and {"Milli Majlis", "Azerbaijan", "Georgia"} <= names(majlis[0])
    assert "Azerbaijan" not in majlis[0].title
    ministry = [c for c in find(found, "Ministry") if c.event_type == "ACCUSE"]
    assert ministry and "Kazakhstan" in names(ministry[0])


def test_a_party_organisation_adds_no_state() -> None:
    found = [c for c in claims("Regional news\n\nUnited Russia condemned the strike on 3 March 2022.\n")
             if c.event_type == "ACCUSE"]
    assert found and names(found[0]) == {"United Russia"}


def test_the_possessor_of_a_kinship_apposition_is_not_a_party() -> None:
    text = ("History\n\nIn 1994 President Ilham Aliyev's father, Heydar Aliyev, visited China.\n\n"
            "Tokayev's predecessor Nursultan Nazarbayev visited Beijing on 3 May 2015.\n")
    found = claims(text)
    assert [names(c) & {"Ilham Aliyev", "Heydar Aliyev"} for c in find(found, "father")] == [{"Heydar Aliyev"}]
    assert [names(c) & {"Kassym-Jomart Tokayev", "Nursultan Nazarbayev"} for c in find(found, "predecessor")] == [
        {"Nursultan Nazarbayev"}
    ]


def test_a_cue_in_a_relative_clause_keeps_only_the_antecedent_of_the_names_before_it() -> None:
    text = ("Court news\n\nIn 2023 Armenia's parliament ratified the Rome Statute of the International Criminal "
            "Court, which had issued an arrest warrant for Vladimir Putin earlier that year.\n")
    warrant = [c for c in claims(text) if "Vladimir Putin" in names(c)]
    assert warrant and "National Assembly of Armenia" not in names(warrant[0])


# --------------------------------------------------------------------------- 6. modal of a fronted clause


def test_a_modal_inside_a_fronted_when_clause_does_not_block_the_main_clause() -> None:
    text = ("Protest news\n\nWhen rumours spread that Chinese farmers would be allowed to lease land, thousands "
            "of Kazakhs took to the streets in Almaty in April 2016.\n\n"
            "After reports that Russia would raise gas prices, Armenians protested in Yerevan on 3 June 2015.\n")
    found = [c for c in claims(text) if c.event_type == "PROTEST"]
    assert {c.date.value: names(c) - {"Almaty", "Yerevan"} for c in found} == {
        "2016-04": {"Kazakhstan"}, "2015-06-03": {"Armenia"}  # not China or Russia of the report clause
    }


def test_a_modal_of_the_main_clause_still_blocks() -> None:
    text = ("Protest news\n\nWhen rumours spread that Chinese farmers had leased land, protesters in Almaty "
            "would take to the streets in April 2016, officials feared.\n")
    assert not [c for c in claims(text) if c.event_type == "PROTEST"]
