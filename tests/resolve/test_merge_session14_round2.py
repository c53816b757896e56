"""Session 14 (helper B1, round 2), resolver merging: invented sentences, names and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Claim
from timeline.models import Event
from timeline.resolve.conflicts import conflict_cues
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import in_force_words

# --- 1. an entry into force told in a relative clause names the noun the "which" refers to ----------------


def test_in_force_relative_clause_reads_the_antecedent() -> None:
    assert "customs" in in_force_words(
        "The Peru-Korea customs protocol, which entered into force in 2011, cut tariffs on fruit.")
    assert "fishing" in in_force_words(
        "The Chile-Japan fishing accord, which took effect in 2009, was the first of its kind.")
    assert "aviation" in in_force_words(
        "The Kenya-Ghana aviation treaty, that has entered into force last year, opened new routes.")


def test_in_force_relative_clause_negatives() -> None:
    # the clause before the verb is not a bare relative pronoun: nothing is borrowed from further back
    assert in_force_words("The treaty, which the parliament ratified, took effect in May.") == frozenset()
    # the plain reading is kept
    assert "visa" in in_force_words("The visa regime between the two states came into force on 1 May.")
    assert "pension" in in_force_words("In March, the pension accord took effect.")


# --- 3. one tender award told as "won the tender" (AGREE) and "selected as preferred bidder" (COOPERATE) ---

_BUILDER = actor("Adriatic Port Builders", "organisation")
_OTHER = actor("Danube Marine Works", "organisation")


def _award(quote: str, when: str, text: str, event_type: str, who: ActorMention) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), actors=[who])
    return replace(made, date=date(when, text))


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 12, 1))
    store_extraction(session, src, extraction(src, *claims))


def test_preferred_bidder_is_a_tender_award_cue() -> None:
    assert "tender award" in conflict_cues("The Adriatic-led consortium was chosen as the preferred bidder in 2023.")
    assert "tender award" in conflict_cues("Danube Marine Works was named as the winning bidder for the quay.")
    assert "tender award" not in conflict_cues("Danube Marine Works was named as one of four bidders.")
    assert "tender award" not in conflict_cues("The ministry selected three bidders for the second round.")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_tender_won_on_a_day_and_preferred_bidder_that_year_are_one_event(
    session: Session, order: tuple[int, int]
) -> None:
    items = [
        ("gov.hr", _award("On 14 April the government announced that Adriatic Port Builders had won the Rijeka "
                          "port tender.", "2023-04-14", "On 14 April", "AGREE", _BUILDER)),
        ("wire.hr", _award("The Adriatic Port Builders consortium was selected as the preferred bidder in 2023 "
                           "after an international tender.", "2023", "in 2023", "COOPERATE", _BUILDER)),
    ]
    for i in order:
        _store(session, *items[i])
    assert len(list(session.scalars(select(Event)))) == 1


def test_preferred_bidder_of_another_company_stays_apart(session: Session) -> None:
    _store(session, "gov.hr", _award("On 14 April the government announced that Adriatic Port Builders had won the "
                                     "Rijeka port tender.", "2023-04-14", "On 14 April", "AGREE", _BUILDER))
    _store(session, "wire.hr", _award("Danube Marine Works was selected as the preferred bidder in 2023 for a "
                                      "dredging contract.", "2023", "in 2023", "COOPERATE", _OTHER))
    assert len(list(session.scalars(select(Event)))) == 2
