"""Round-4 engine rules (session 4): actorless self-contained events, undated follow-up sentences,
guards, subordinate-clause dates, coordinated second events, chronology lead dates.

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
    article = replace(read_text(text, "test://round4"), published=published)
    return extract(article).claims


def find(found: list[Claim], word: str) -> list[Claim]:
    return [c for c in found if word.lower() in c.quote.lower()]


def parties(c: Claim) -> set[str]:
    return {a.name for a in c.actors if a.role != "location"}


# --------------------------------------------------------------------------- 1. self-contained events

BILATERAL = ("Armenia and Azerbaijan fought over Nagorno-Karabakh for three decades, and Azerbaijan and "
             "Armenia still dispute their border.\n\n")


def test_truce_without_parties_takes_the_article_pair() -> None:
    text = BILATERAL + "12 May 1994 — The ceasefire takes effect along the front line.\n"
    truce = find(claims(text), "ceasefire")
    assert truce and truce[0].date.value == "1994-05-12"
    assert parties(truce[0]) == {"Armenia", "Azerbaijan"}


def test_past_tense_truce_in_prose_takes_the_pair() -> None:
    text = BILATERAL + "Mediators were busy for months. The truce took effect in May 1994.\n"
    truce = find(claims(text), "truce")
    assert truce and truce[0].date.value == "1994-05" and parties(truce[0]) == {"Armenia", "Azerbaijan"}


def test_truce_takes_the_parties_of_the_previous_sentence_of_its_paragraph() -> None:
    text = (BILATERAL + "Russia and Georgia clashed over South Ossetia in August 2008. "
            "The ceasefire took effect five days later, on 12 August 2008.\n")
    truce = [c for c in find(claims(text), "ceasefire took") if c.event_type == "RETREAT"]
    assert truce and parties(truce[0]) == {"Russia", "Georgia"}


def test_gathering_of_the_leaders_named_before() -> None:
    text = ("Vladimir Putin, Ilham Aliyev and Nikol Pashinyan spoke by phone in December 2020. "
            "The three leaders met in Sochi on 9 January 2021.\n")
    met = [c for c in find(claims(text), "leaders met") if c.event_type == "CONSULT"]
    assert met and len(parties(met[0])) == 3


def test_self_contained_event_without_any_context_is_still_dropped() -> None:
    assert not find(claims("Weather news.\n\nThe ceasefire took effect on 12 May 1994.\n"), "ceasefire")


def test_ordinary_cue_without_parties_does_not_take_the_pair() -> None:
    text = BILATERAL + "The official resigned on 3 March 2016 after a scandal.\n"
    assert not find(claims(text), "resigned")
