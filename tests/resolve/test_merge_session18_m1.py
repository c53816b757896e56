"""Session 18 (helper M1), resolver merging on heldout47/48 classes: one act told twice in other words
(timeline.resolve.retellings, used by timeline.resolve.similarity.judge). Invented sentences, other countries
(Kenya, Japan, Chile, Peru, Norway) and dates; each rule with what must stay apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, date, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.merge import store_extraction
from timeline.resolve.retellings import (
    alias_cues,
    anaphor_cues,
    designation_cues,
    gap_cues,
    meetings_agreed_cues,
    suspension_cues,
    ties_ended_cues,
    views_cues,
    waiver_cues,
)
from timeline.resolve.similarity import Profile, judge

KE = replace(actor("Kenya", "state"), country="KEN")
JP = replace(actor("Japan", "state"), country="JPN")
CL = replace(actor("Chile", "state"), country="CHL")
PE = replace(actor("Peru", "state"), country="PER")
OSLO = actor("Oslo", "place", "location")
BERGEN = actor("Bergen", "place", "location")
LIMA = actor("Lima", "place", "location")
RUIZ = actor("Ana Ruiz")
SATO = actor("Kenji Sato")


def _claim(
    title: str,
    event_type: str,
    when: str,
    quote: str,
    *,
    actors: list[ActorMention] | None = None,
    mode: str | None = None,
    keywords: tuple[str, ...] = (),
    named_object: str | None = None,
    start: int = 0,
) -> Claim:
    return Claim(
        title=title,
        event_type=event_type,
        mode=mode,
        date=date(when, when),
        quote=quote,
        start=start,
        end=start + len(quote),
        actors=list(actors or []),
        status="occurred",
        rule="test",  # type: ignore[arg-type]
        named_object=named_object,
        keywords=frozenset(keywords),
    )


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 2, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- 1. one meeting told with the same gap before it ------------------------------------------------------


def test_gap_cues() -> None:
    assert gap_cues("They met in Oslo on 18 December 2024 for the first time since 2019.") == {"gap since:2019"}
    assert gap_cues("The last such meeting was held in Oslo, after a gap of five years.") == {"gap years:5"}
    assert gap_cues("It was held after a five-year gap.") == {"gap years:5"}
    assert gap_cues("It was their first meeting in three years.") == {"gap years:3"}
    assert gap_cues("They met in Oslo on 18 December 2024.") == frozenset()


DAY = ("The Special Envoys, Minister Ruiz and Minister Sato, met in Oslo on 18 December 2024 for the first time "
       "since 2019.")


def test_one_meeting_told_with_the_same_gap(session: Session) -> None:
    _store(session, "explainer.md", _claim(
        "Envoys meet", "CONSULT", "2024-12-18", DAY, actors=[RUIZ, SATO, OSLO], keywords=("meet",)))
    _store(session, "ministry.html", _claim(
        "Meeting in Oslo", "CONSULT", "2024-12", "The last such meeting in Norway had been held in Oslo in "
        "December 2024, after a gap of five years.", actors=[OSLO], keywords=("meet",)))
    assert len(events_by_id(session)) == 1


def test_another_gap_or_another_town_stays_apart(session: Session) -> None:
    _store(session, "explainer.md", _claim(
        "Envoys meet", "CONSULT", "2024-12-18", DAY, actors=[RUIZ, SATO, OSLO], keywords=("meet",)))
    _store(session, "ministry.html", _claim(
        "Meeting in Oslo", "CONSULT", "2024-12", "The last such meeting had been held in Oslo in December 2024, "
        "after a gap of three years.", actors=[OSLO], keywords=("meet",)))
    _store(session, "wire.txt", _claim(
        "Meeting in Bergen", "CONSULT", "2024-12", "The last such meeting had been held in Bergen in December "
        "2024, after a gap of five years.", actors=[BERGEN], keywords=("meet",)))
    assert len(events_by_id(session)) == 3


# --- 2. one transport service suspended ---------------------------------------------------------------------


def test_suspension_cues() -> None:
    assert suspension_cues("Flights were suspended in 2020 because of the pandemic.") == {"suspended:flight"}
    assert suspension_cues("Direct flights, suspended at the start of the pandemic, were not restored.") == {
        "suspended:flight"
    }
    assert suspension_cues("Chile suspended all ferry services to the islands.") == {"suspended:ferry"}
    assert suspension_cues("Ferries were suspended in 2021 and resumed in 2022.") == frozenset()
    assert suspension_cues("Flights resumed in October.") == frozenset()


def test_one_suspension_told_twice(session: Session) -> None:
    _store(session, "oped.html", _claim(
        "Ferries suspended", "SANCTION", "2021", "Ferries were suspended in 2021 because of the storms, not "
        "because of the dispute.", keywords=("suspend",)))
    _store(session, "explainer.md", _claim(
        "Chile stops issuing permits", "SANCTION", "2021-03-02", "Ferry services, suspended at the start of the "
        "storms, were not restored, and Chile stopped issuing permits to Peruvian fishermen.", actors=[CL, PE],
        keywords=("stop",)))
    assert len(events_by_id(session)) == 1


def test_another_service_or_year_stays_apart(session: Session) -> None:
    _store(session, "oped.html", _claim(
        "Ferries suspended", "SANCTION", "2021", "Ferries were suspended in 2021 because of the storms.",
        keywords=("suspend",)))
    _store(session, "explainer.md", _claim(
        "Flights suspended", "SANCTION", "2021-03-02", "Flights were suspended on 2 March 2021.", actors=[CL, PE],
        keywords=("suspend",)))
    _store(session, "wire.txt", _claim(
        "Ferries suspended", "SANCTION", "2023-05", "Ferries were suspended again in May 2023.", actors=[CL, PE],
        keywords=("suspend",)))
    assert len(events_by_id(session)) == 3


# --- 3. a visa waiver told by its anaphor -------------------------------------------------------------------


def test_waiver_cues() -> None:
    assert waiver_cues("The waiver first took effect in July 2024.") == {"waiver took effect"}
    assert waiver_cues("The exemption came into force in July.") == {"waiver took effect"}
    assert waiver_cues("The tariff waiver took effect in July.") == frozenset()


VISA = "Since 1 July 2024 Kenyan citizens can enter Japan without a visa for up to 30 days."


def test_a_waiver_taking_effect_joins_the_visa_free_travel(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Japan visa-free travel introduced", "COOPERATE", "2024-07-01", VISA, actors=[JP], keywords=("visa",)))
    _store(session, "brief.txt", _claim(
        "Waiver enters into force", "COOPERATE", "2024-07", "The waiver first took effect in July 2024.",
        actors=[JP, KE], keywords=("effect",)))
    assert len(events_by_id(session)) == 1


def test_a_waiver_of_another_month_stays_apart(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Japan visa-free travel introduced", "COOPERATE", "2024-07-01", VISA, actors=[JP], keywords=("visa",)))
    _store(session, "brief.txt", _claim(
        "Waiver enters into force", "COOPERATE", "2024-09", "The waiver first took effect in September 2024.",
        actors=[JP, KE], keywords=("effect",)))
    assert len(events_by_id(session)) == 2


# --- 4. one document under two names ------------------------------------------------------------------------


def test_alias_cues() -> None:
    assert alias_cues("It set out the Four Principles, better known in Japan as Shiwabuki.") == {"alias:shiwabuki"}
    assert alias_cues("The treaty, also called the Lima Accord, was signed in 1962.") == {"alias:lima"}
    assert alias_cues("It was signed in Lima in 1962.") == frozenset()


FULL = ("The Treaty of Commerce between the Lake Region of Kenya and Japan, signed in Nairobi on 3 May 1962, set "
        "out the Four Principles of Fair Exchange, better known in Japan as Shiwabuki.")


def test_one_document_under_two_names(session: Session) -> None:
    _store(session, "paper.txt", _claim(
        "Treaty of Commerce signed", "AGREE", "1962-05-03", FULL, actors=[KE, JP], named_object="Treaty of Commerce",
        keywords=("sign",)))
    _store(session, "explainer.md", _claim(
        "Shiwabuki agreement signed", "AGREE", "1962", "1962 — The two countries sign the Shiwabuki agreement on "
        "trade with the Lake Region, built around the Four Principles of Fair Exchange.", actors=[KE, JP],
        named_object="Shiwabuki agreement", keywords=("sign",)))
    assert len(events_by_id(session)) == 1


def test_another_document_of_that_year_stays_apart(session: Session) -> None:
    _store(session, "paper.txt", _claim(
        "Treaty of Commerce signed", "AGREE", "1962-05-03", FULL, actors=[KE, JP], named_object="Treaty of Commerce",
        keywords=("sign",)))
    _store(session, "explainer.md", _claim(
        "Fisheries agreement signed", "AGREE", "1962", "1962 — The two countries sign the Fisheries agreement on "
        "the Lake Region.", actors=[KE, JP], named_object="Fisheries agreement", keywords=("sign",)))
    assert len(events_by_id(session)) == 2


# --- 5. what two leaders agreed when they met ---------------------------------------------------------------


def test_views_cues() -> None:
    assert views_cues("In Lima on Sunday, Ruiz and Sato agreed that the two countries were partners.") == {
        "views agreed"
    }
    assert views_cues("Ruiz and Sato agreed to resume direct flights.") == frozenset()
    assert views_cues("Ruiz and Sato signed a memorandum and agreed that trade should grow.") == frozenset()


MET = "Prime Minister Ana Ruiz met President Kenji Sato in Lima on Sunday, on the sidelines of the summit."


def test_views_agreed_join_the_meeting_of_that_day(session: Session) -> None:
    _store(session, "explainer.md", _claim(
        "Ruiz–Sato meeting", "CONSULT", "2025-08-31", MET, actors=[RUIZ, SATO, LIMA], keywords=("meet",)),
        _claim("Ruiz–Sato reach agreement", "AGREE", "2025-08-31", "In Lima on Sunday, Ruiz and Sato agreed that "
               "the two countries were \"development partners, not rivals\".", actors=[RUIZ, SATO, LIMA],
               keywords=("agree",), start=500))
    assert len(events_by_id(session)) == 1


def test_a_decision_or_another_day_stays_apart_from_the_meeting(session: Session) -> None:
    _store(session, "explainer.md", _claim(
        "Ruiz–Sato meeting", "CONSULT", "2025-08-31", MET, actors=[RUIZ, SATO, LIMA], keywords=("meet",)),
        _claim("Ruiz–Sato reach agreement", "AGREE", "2025-08-31", "In Lima on Sunday, Ruiz and Sato agreed to "
               "resume direct flights.", actors=[RUIZ, SATO, LIMA], keywords=("agree",), start=500),
        _claim("Ruiz–Sato reach agreement", "AGREE", "2025-09-02", "In Lima on Tuesday, Ruiz and Sato agreed that "
               "the two countries were partners.", actors=[RUIZ, SATO, LIMA], keywords=("agree",), start=900))
    assert len(events_by_id(session)) == 3


# --- 6. meetings agreed to be held regularly ----------------------------------------------------------------


def test_meetings_agreed_cues() -> None:
    assert meetings_agreed_cues("The two sides agreed to hold summits between their heads of state every two "
                                "years.") == {"meetings agreed"}
    assert meetings_agreed_cues("They agreed to hold annual consultations.") == {"meetings agreed"}
    assert meetings_agreed_cues("They agreed to hold talks next month in Lima.") == frozenset()


MECHANISM = ("The two heads of state signed the partnership agreement and agreed to hold meetings between the two "
             "heads of state every two years in turn in each country.")


def test_meetings_agreed_join_the_agreement_not_the_visit(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Kenya–Japan reach agreement", "AGREE", "2019-05-10", "The two sides agreed to hold summits between their "
        "heads of state every two years.", actors=[KE, JP], keywords=("agree",)))
    _store(session, "ministry.html", _claim(
        "Kenyan president state visit to Japan", "CONSULT", "2019-05-09/2019-05-12", "From 9 to 12 May 2019, the "
        "President of Kenya paid a state visit to Japan.", actors=[KE, replace(JP, role="recipient")], mode="visit",
        keywords=("visit",)),
        _claim("Kenya–Japan meeting", "CONSULT", "2019-05-09/2019-05-12", MECHANISM, actors=[KE, JP],
               keywords=("meet",), start=300))
    events = events_by_id(session)
    assert len(events) == 2
    agreement = next(e for e in events if e.event_type == "AGREE")
    assert {c.quote for c in agreement.citations} >= {MECHANISM}


def test_a_mechanism_agreed_is_no_meeting_held() -> None:
    when = dict(lower=dt.date(2019, 5, 9), upper=dt.date(2019, 5, 12))
    mechanism = Profile(event_type="CONSULT", states=frozenset({"Kenya", "Japan"}), sources=frozenset({1}),
                        cues=frozenset({"meetings agreed"}), **when)  # type: ignore[arg-type]
    visit = Profile(event_type="CONSULT", mode="visit", states=frozenset({"Kenya", "Japan"}), sources=frozenset({2}),
                    **when)  # type: ignore[arg-type]
    assert judge(mechanism, visit) == "meetings agreed, not a meeting held"
    assert judge(visit, replace(mechanism, types=frozenset({"CONSULT"}))) == "meetings agreed, not a meeting held"


# --- 7. a document signed, told by its anaphor --------------------------------------------------------------


def test_anaphor_cues() -> None:
    assert anaphor_cues("The original deal, worth 50 billion shillings, was signed in November 2023.") == {
        "document anaphor"
    }
    assert anaphor_cues("The agreement was signed in May.") == {"document anaphor"}
    assert anaphor_cues("The arms deal was signed in May.") == frozenset()
    assert anaphor_cues("Kenya and Japan signed the agreement in May.") == frozenset()


SWAP = "In November 2023, the central banks of Kenya and Japan signed a bilateral local currency swap agreement."
ANAPHOR = "The original deal, worth 50 billion shillings, was signed in November 2023 and was due to expire now."


def test_a_deal_told_by_its_anaphor_joins_the_signing_of_that_month(session: Session) -> None:
    _store(session, "ministry.html", _claim(
        "Currency swap agreement signed", "AGREE", "2023-11", SWAP, actors=[KE, JP], keywords=("sign", "swap")))
    _store(session, "wire.txt", _claim(
        "Kenya–Japan deal signed", "AGREE", "2023-11", ANAPHOR, actors=[KE, JP], keywords=("sign",)))
    assert len(events_by_id(session)) == 1


def test_an_anaphor_with_two_signings_that_month_joins_neither(session: Session) -> None:
    _store(session, "ministry.html", _claim(
        "Currency swap agreement signed", "AGREE", "2023-11", SWAP, actors=[KE, JP], keywords=("sign", "swap")),
        _claim("Fisheries agreement signed", "AGREE", "2023-11", "Later in November 2023 Kenya and Japan signed a "
               "fisheries agreement.", actors=[KE, JP], keywords=("sign", "fisheries"), start=400))
    _store(session, "wire.txt", _claim(
        "Kenya–Japan deal signed", "AGREE", "2023-11", ANAPHOR, actors=[KE, JP], keywords=("sign",)))
    assert len(events_by_id(session)) == 3


# --- 8. a purchase of a designated product told twice -------------------------------------------------------


def test_designation_cues() -> None:
    assert designation_cues("In 1988 it emerged that Peru had bought Chilean KX-7 intermediate-range missiles.") == {
        "designation:kx-7"
    }
    assert designation_cues("The KX-7 (RT-3A) purchase was revealed in March 1988.") == {
        "designation:kx-7",
        "designation:rt-3a",
    }
    assert designation_cues("The KX-7 missile was tested in March 1988.") == frozenset()
    assert designation_cues("The COVID-19 vaccine deal was signed in May.") == frozenset()


def test_one_purchase_told_as_bought_and_as_revealed(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Peru buys ballistic missiles", "COOPERATE", "1988", "In 1988 it emerged that Peru had bought Chilean KX-7 "
        "intermediate-range ballistic missiles.", actors=[PE], keywords=("buy",)),
        _claim("KX-7 purchase revealed", "COOPERATE", "1988-03", "The KX-7 (RT-3A) purchase was revealed in March "
               "1988 and caused a stir.", keywords=("reveal",), start=400))
    assert len(events_by_id(session)) == 1


def test_purchases_of_another_model_or_year_stay_apart(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Peru buys ballistic missiles", "COOPERATE", "1988", "In 1988 it emerged that Peru had bought Chilean KX-7 "
        "intermediate-range ballistic missiles.", actors=[PE], keywords=("buy",)),
        _claim("KX-9 purchase revealed", "COOPERATE", "1988-03", "The KX-9 purchase was revealed in March 1988.",
               keywords=("reveal",), start=400),
        _claim("KX-7 purchase revealed", "COOPERATE", "1991-03", "A second KX-7 purchase was revealed in March "
               "1991.", keywords=("reveal",), start=800))
    assert len(events_by_id(session)) == 3


# --- 9. a first visit told twice in one month ----------------------------------------------------------------

ABROAD = ("He chose Nairobi for his first trip abroad as king in January 2006, signing an agreement on "
          "cooperation in fisheries.")
STATE_VISIT = "In January 2006, King Haakon paid a state visit to Kenya, the first visit to Kenya by a Norwegian king."
KE_HOST = replace(KE, role="recipient")


def test_a_first_visit_told_by_pronoun_and_by_name_in_one_month(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Kenya visit", "CONSULT", "2006-01", ABROAD, actors=[KE], mode="visit", keywords=("trip",)))
    _store(session, "ministry.html", _claim(
        "Kenya state visit", "CONSULT", "2006-01", STATE_VISIT, actors=[KE_HOST], mode="visit", keywords=("visit",)))
    assert len(events_by_id(session)) == 1


def test_first_visits_of_other_persons_months_or_a_series_stay_apart(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Kenya visit", "CONSULT", "2006-01", "Ana Ruiz chose Nairobi for her first trip abroad as president in "
        "January 2006.", actors=[RUIZ, KE], mode="visit", keywords=("trip",)),
        _claim("Kenya visit", "CONSULT", "2006-03", "He chose Nairobi for his first trip abroad in March 2006.",
               actors=[KE], mode="visit", keywords=("trip",), start=300))
    _store(session, "ministry.html", _claim(
        "Kenya state visit", "CONSULT", "2006-01", "In January 2006, Kenji Sato paid a state visit to Kenya, the "
        "first visit to Kenya by a Japanese prime minister.", actors=[SATO, KE_HOST], mode="visit",
        keywords=("visit",)),
        _claim("Kenya state visit", "CONSULT", "2006-03", "In March 2006, a minister paid his first visit to Kenya "
               "since 1999.", actors=[KE_HOST], mode="visit", keywords=("visit",), start=300))
    assert len(events_by_id(session)) == 4


# --- 10. relations established while ties with another government ended ------------------------------------


def test_ties_ended_cues() -> None:
    assert ties_ended_cues("Lima established diplomatic relations with Tokyo and ended its ties with Santiago.") == {
        "ties ended:Santiago"
    }
    assert ties_ended_cues("In 1991 Lima switched recognition from Santiago to Tokyo.") == {"ties ended:Santiago"}
    assert ties_ended_cues("Peru and Japan established diplomatic relations in 1991.") == frozenset()


RELATIONS = ("relation", "diplomatic", "establish")


def test_relations_told_with_the_ties_ended_join_the_pair_of_that_day(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Diplomatic relations established", "AGREE", "1991-03-14", "Two years later, on 14 March 1991, Peru "
        "established diplomatic relations with Japan and ended its ties with Chile.", actors=[PE, JP, CL],
        keywords=RELATIONS))
    _store(session, "ministry.html", _claim(
        "Diplomatic relations established", "AGREE", "1991-03-14", "Peru and Japan established diplomatic relations "
        "on March 14, 1991.", actors=[PE, JP], keywords=RELATIONS))
    assert len(events_by_id(session)) == 1


def test_relations_with_the_state_whose_ties_ended_stay_apart(session: Session) -> None:
    _store(session, "essay.md", _claim(
        "Diplomatic relations established", "AGREE", "1991-03-14", "On 14 March 1991, Peru established diplomatic "
        "relations with Chile and ended its ties with Japan.", actors=[PE, CL, JP], keywords=RELATIONS))
    _store(session, "ministry.html", _claim(
        "Diplomatic relations established", "AGREE", "1991-03-14", "Peru and Japan established diplomatic relations "
        "on March 14, 1991.", actors=[PE, JP], keywords=RELATIONS))
    assert len(events_by_id(session)) == 2
