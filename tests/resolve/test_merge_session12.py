"""Session 12, resolver: (1) a month claim that matches two events coarsely joins the clearly better one
(the claim's own type, a shared named object, the closer date) instead of opening a third; (2) a document
signed when two leaders met is its own line, not the meeting's (a decision agreed when they met still is
one line); (3) one partnership level established between one pair, told by two articles as the same type,
is one event (a partnership of one field is not); a deal of other parties is not the leaders' partnership.
Invented sentences and names; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import _agreed_when_met, _break_tie, _launch_beside_partnership, store_extraction
from timeline.resolve.similarity import Match, Profile, one_off_cues

KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
UZ = replace(actor("Uzbekistan", "state"), country="UZB")
TOKAYEV = replace(actor("Kassym-Jomart Tokayev"), country="KAZ")
MIRZIYOYEV = replace(actor("Shavkat Mirziyoyev"), country="UZB")


def _store(session: Session, uri: str, *claims, published: dt.date | None = dt.date(2024, 2, 1)) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=published)
    store_extraction(session, src, extraction(src, *claims))


# --- 1. ties -----------------------------------------------------------------------------------------


def _profile(etype: str, lower: str, upper: str, objects: tuple[str, ...] = ()) -> Profile:
    return Profile(
        event_type=etype,
        lower=dt.date.fromisoformat(lower),
        upper=dt.date.fromisoformat(upper),
        states=frozenset({"Kazakhstan", "Uzbekistan"}),
        named_objects=objects,
    )


COARSE = Match(3.5, "vaguer", False, True, ("actors",), True)


def test_tie_goes_to_the_candidate_of_the_claims_own_type() -> None:
    claim_p = _profile("AGREE", "2023-09-01", "2023-09-30")
    meeting = _profile("CONSULT", "2023-09-14", "2023-09-14")
    signing = _profile("AGREE", "2023-09-14", "2023-09-14")
    assert _break_tie(claim_p, [(1, meeting, COARSE), (2, signing, COARSE)]) == 2
    assert _break_tie(claim_p, [(2, signing, COARSE), (1, meeting, COARSE)]) == 2


def test_tie_goes_to_the_candidate_with_the_shared_named_object() -> None:
    claim_p = _profile("AGREE", "2023-09-01", "2023-09-30", ("Treaty on Allied Relations",))
    other = _profile("AGREE", "2023-09-14", "2023-09-14", ("Agreement on Water Sharing",))
    same = _profile("AGREE", "2023-09-15", "2023-09-15", ("Treaty on Allied Relations",))
    assert _break_tie(claim_p, [(1, other, COARSE), (2, same, COARSE)]) == 2


def test_tie_goes_to_the_candidate_within_the_claims_dates() -> None:
    claim_p = _profile("AGREE", "2023-09-01", "2023-09-30")
    inside = _profile("AGREE", "2023-09-14", "2023-09-14")
    across = _profile("AGREE", "2023-08-30", "2023-09-02")
    assert _break_tie(claim_p, [(1, across, COARSE), (2, inside, COARSE)]) == 2


def test_tie_between_two_different_events_of_the_claims_type_stays_open() -> None:
    """Two signings of the month with different objects, the claim naming neither: which? None."""
    claim_p = _profile("AGREE", "2023-09-01", "2023-09-30")
    water = _profile("AGREE", "2023-09-14", "2023-09-14", ("Agreement on Water Sharing",))
    rail = _profile("AGREE", "2023-09-20", "2023-09-20", ("Memorandum on the Railway",))
    assert _break_tie(claim_p, [(1, water, COARSE), (2, rail, COARSE)]) is None


def test_tie_between_two_other_types_stays_open() -> None:
    claim_p = _profile("AGREE", "2023-09-01", "2023-09-30")
    meeting = _profile("CONSULT", "2023-09-14", "2023-09-14")
    visit = replace(_profile("CONSULT", "2023-09-13", "2023-09-15"), mode="visit")
    assert _break_tie(claim_p, [(1, meeting, COARSE), (2, visit, COARSE)]) is None


# --- 2. a document signed when the leaders met -------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "When President Tokayev met President Mirziyoyev in Samarkand in September, the two heads of state "
        "signed a joint declaration on allied relations.",
        "As the two presidents met in Khiva in May, they signed an agreement on the demarcation of the border.",
        "The foreign ministers initialled a treaty on friendship when they met in Bishkek in March.",
    ],
)
def test_a_document_signed_when_they_met_is_not_the_meeting(quote: str) -> None:
    assert not _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The two countries agreed on a transport partnership in May, when their presidents met in Tashkent.",
        "Kazakhstan and Uzbekistan agreed to raise relations to an alliance when the presidents met in Khiva.",
    ],
)
def test_a_decision_agreed_when_they_met_is_the_meeting(quote: str) -> None:
    assert _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


def test_signing_and_meeting_of_one_when_sentence_stay_two_events(session: Session) -> None:
    quote = (
        "When President Tokayev met President Mirziyoyev in Samarkand in September, the two heads of state "
        "signed a joint declaration on allied relations."
    )
    met = claim("Meeting", "CONSULT", "2023-09", actors=[TOKAYEV, MIRZIYOYEV], keywords=("meet",), quote=quote)
    signed = claim("Declaration signed", "AGREE", "2023-09", actors=[TOKAYEV, MIRZIYOYEV],
                   keywords=("sign", "declaration"), quote=quote)
    _store(session, "steppe-courier.txt", met, signed)
    assert len(events_by_id(session)) == 2


# --- 3. one partnership level, two articles of the same type ------------------------------------------


def test_sector_partnership_cue() -> None:
    assert "partnership sector" in one_off_cues("Kazakhstan and Uzbekistan agreed on a strategic partnership "
                                                "for transport in May 2023.")
    for text in (
        "The two presidents established a strategic partnership on Monday.",
        "They signed a joint statement on the establishment of a strategic partnership.",
        "The sides raised ties to a strategic partnership in May 2023.",
    ):
        assert "partnership sector" not in one_off_cues(text), text


def test_one_partnership_told_as_two_agreements_is_one_event(session: Session) -> None:
    _store(
        session,
        "tashkent-times.txt",
        claim("Strategic partnership established", "AGREE", "2023-09", actors=[KZ, UZ],
              keywords=("establish", "partnership"),
              quote="In September Kazakhstan and Uzbekistan established a strategic partnership."),
    )
    _store(
        session,
        "astana-herald.txt",
        claim("Joint statement signed", "AGREE", "2023-09", actors=[TOKAYEV, MIRZIYOYEV],
              keywords=("sign", "joint", "statement"),
              quote="In Samarkand in September Tokayev and Mirziyoyev signed a joint statement on the "
                    "establishment of a strategic partnership."),
    )
    assert len(events_by_id(session)) == 1


def test_a_ministrys_deal_the_same_day_is_not_the_leaders_partnership(session: Session) -> None:
    _store(
        session,
        "astana-herald.txt",
        claim("Joint statement signed", "AGREE", "2023-09-14", actors=[TOKAYEV, MIRZIYOYEV],
              keywords=("sign", "joint", "statement", "partnership"),
              quote="On 14 September Tokayev and Mirziyoyev signed a joint statement on the establishment of "
                    "a strategic partnership."),
    )
    _store(
        session,
        "energy-wire.txt",
        claim("Investment agreement signed", "AGREE", "2023-09-14",
              actors=[replace(actor("Ministry of Energy of Kazakhstan", "organisation"), country="KAZ"),
                      replace(actor("Uzbek Solar Holding", "organisation"), country="UZB")],
              keywords=("sign", "invest"),
              quote="On 14 September the Ministry of Energy of Kazakhstan signed an investment agreement with "
                    "Uzbek Solar Holding for a 200-megawatt solar plant."),
    )
    assert len(events_by_id(session)) == 2


# --- 2b. an opening and a partnership upgrade of one sentence ----------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "Tokayev and Mirziyoyev inaugurated the Turkestan-Shymkent highway in May 2022, during a state visit, "
        "at which the two sides also raised relations to a strategic partnership.",
        "The presidents opened a new border crossing at Gishtkuprik and upgraded ties to a comprehensive "
        "strategic partnership.",
        "During the visit the two sides upgraded relations to a strategic partnership and launched by video "
        "link the first unit of a wind farm near Bukhara.",
    ],
)
def test_an_opening_beside_a_partnership_upgrade_is_two_acts(quote: str) -> None:
    assert _launch_beside_partnership(("COOPERATE", "AGREE"), quote)
    assert _launch_beside_partnership(("AGREE", "COOPERATE"), quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The comprehensive strategic partnership established in April had opened a new stage in relations.",
        "The two countries established diplomatic relations in 1992 and Kazakhstan opened its embassy in "
        "Tashkent the same year.",
        "The presidents inaugurated the Turkestan-Shymkent highway in May 2022.",
    ],
)
def test_no_opening_beside_a_partnership(quote: str) -> None:
    assert not _launch_beside_partnership(("COOPERATE", "AGREE"), quote)


def test_opening_and_upgrade_of_one_sentence_stay_two_events(session: Session) -> None:
    quote = (
        "Tokayev and Mirziyoyev inaugurated the Turkestan-Shymkent highway in May 2022, during a state visit, "
        "at which the two sides also upgraded relations to a comprehensive strategic partnership."
    )
    opened = claim("Highway inaugurated", "COOPERATE", "2022-05", actors=[TOKAYEV, MIRZIYOYEV],
                   keywords=("inaugurate", "highway"), named_object="Turkestan-Shymkent highway", quote=quote)
    upgraded = claim("Comprehensive strategic partnership established", "AGREE", "2022-05",
                     actors=[TOKAYEV, MIRZIYOYEV], keywords=("upgrade", "partnership"), quote=quote)
    _store(session, "steppe-courier.txt", opened, upgraded)
    assert len(events_by_id(session)) == 2
