"""Round-5 precision guards of the event engine (session 4): a present-tense cue verb in running prose is
commentary, not an event; an end date or deadline ("until 2060", "by 1 January 2025", "valid through 2039")
bounds the object, not the event.

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
    article = replace(read_text(text, "test://round5"), published=published)
    return extract(article).claims


def values(found: list[Claim], types: set[str]) -> list[str | None]:
    return [c.date.value for c in found if c.event_type in types]


# --------------------------------------------------------------------------- 1. present-tense commentary

@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan rejects Russian tariff proposals in 2024 as a matter of principle.",
        "Turkey condemns Armenian shelling in 2024 as a matter of routine.",
        "Uzbekistan signs transit deals with anyone who asks in 2023, and Tajikistan watches.",
        "Analysts note that Georgia and Turkey sign memoranda at every forum in 2023 and 2024.",
    ],
)
def test_present_tense_commentary_in_prose_makes_no_claim(text: str) -> None:
    assert claims("Regional outlook.\n\n" + text + "\n") == []


def test_the_same_verb_in_the_past_tense_is_an_event() -> None:
    found = claims("Regional outlook.\n\nKazakhstan rejected the Russian proposal on tariffs in 2019.\n")
    assert values(found, {"REJECT"}) == ["2019"]


def test_present_tense_headline_is_news() -> None:
    found = claims("Georgia and Turkey sign rail pact on 3 May 2024\n")
    assert "2024-05-03" in values(found, {"AGREE"})


def test_present_tense_chronology_item_is_news() -> None:
    found = claims("Timeline:\n\n- 14 March 2019: Kazakhstan rejects the Russian proposal on tariffs.\n")
    assert values(found, {"REJECT"}) == ["2019-03-14"]


def test_present_tense_under_a_year_heading_is_news() -> None:
    found = claims("## 2018\n\nUzbekistan signs a transit deal with China in June.\n")
    assert values(found, {"AGREE"}) == ["2018-06"]


def test_plural_noun_is_not_a_present_verb() -> None:
    found = claims("Regional outlook.\n\nThe signing of the Kazakhstan–China border treaty took place in "
                   "Almaty in May 2002, and Astana later rejected the Russian proposal on tariffs in 2019.\n")
    assert "2019" in values(found, {"REJECT"})


# --------------------------------------------------------------------------- 2. end dates and deadlines

def test_end_date_alone_gives_no_event_date() -> None:
    found = claims("Regional outlook.\n\nRussia extended its lease of the radar station until 2060.\n")
    assert "2060" not in values(found, {"AGREE"})


def test_end_date_yields_to_the_sentence_own_date() -> None:
    found = claims("Regional outlook.\n\nIn March 2022 Kazakhstan and China extended the transit agreement "
                   "until 2040.\n")
    assert values(found, {"AGREE"}) == ["2022-03"]


def test_deadline_by_a_day_is_not_the_decree_date() -> None:
    found = claims("Regional outlook.\n\nIn May 2023 Georgian Prime Minister Irakli Garibashvili signed a decree "
                   "ordering all ministries to relocate by 1 January 2025.\n")
    dated = [c.date.value for c in found]
    assert "2025-01-01" not in dated and "2023-05" in dated


def test_range_running_into_the_future_keeps_its_start() -> None:
    found = claims("Regional outlook.\n\nKazakhstan and China signed a gas supply contract running from 2021 "
                   "until 2041.\n")
    assert values(found, {"AGREE"}) == ["2021"]


def test_validity_start_after_a_duration_is_not_the_signing_date() -> None:
    found = claims("Regional outlook.\n\nGeorgia and Azerbaijan signed an energy memorandum in 2024, valid for "
                   "five years from 2025.\n")
    assert values(found, {"AGREE"}) == ["2024"]
    alone = claims("Regional outlook.\n\nGeorgia and Azerbaijan signed an energy memorandum valid for five years "
                   "starting in 2026.\n")
    assert "2026" not in values(alone, {"AGREE"})


def test_past_range_stays_the_event_span() -> None:
    found = claims("Regional outlook.\n\nRussian peacekeepers were deployed in Nagorno-Karabakh from November "
                   "2020 until April 2024.\n")
    assert values(found, {"MOBILIZE"}) == ["2020-11/2024-04"]


def test_planned_event_with_its_own_date_is_kept() -> None:
    found = claims("Regional outlook.\n\nGeorgia and Turkey will sign the rail protocol on 20 September 2024.\n")
    assert values(found, {"AGREE"}) == ["2024-09-20"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials are busy. Next month Tashkent hosts a summit of Central Asian leaders.",
        "Officials are busy. This autumn Baku hosts the summit of the Organization of Turkic States.",
    ],
)
def test_scheduled_future_present_is_a_planned_event(text: str) -> None:
    found = [c for c in claims(text + "\n") if c.event_type == "CONSULT"]
    assert found and all(c.status == "planned" for c in found)


def test_present_in_a_clause_about_a_future_year_is_planned() -> None:
    found = claims("Officials are busy.\n\nThe real test comes in 2027, when Tashkent hosts a summit of Central "
                   "Asian leaders.\n")
    assert [c.status for c in found if c.event_type == "CONSULT"] == ["planned"]


def test_present_with_a_bare_past_year_stays_commentary() -> None:
    found = claims("Officials are busy.\n\nBaku hosts summits of every kind in 2023 and 2024, critics complain.\n")
    assert [c for c in found if c.event_type == "CONSULT"] == []
