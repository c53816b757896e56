"""Session 13, resolver merging: invented names, places and dates; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import (
    Profile,
    _one_relations,
    document_topics,
    judge,
    one_off_cues,
    quote_cues,
    quote_names,
    quote_tokens,
    statuses,
    topic_words,
    topics_differ,
)

# --- 1. a partnership "in <place>" is the relations' partnership, not a sector's -----------------------


def test_partnership_in_a_named_place_is_no_sector() -> None:
    for text in (
        "The two leaders signed the joint statement on strategic partnership in Bishkek in May 2023.",
        "They agreed on a comprehensive strategic partnership in Ulaanbaatar last year.",
        "The presidents signed a declaration on strategic partnership in The Hague.",
    ):
        cues = one_off_cues(text)
        assert "partnership sector" not in cues, text
        assert any(c.startswith("partnership:") for c in cues), text


def test_partnership_for_a_field_is_still_a_sector() -> None:
    for text in (
        "Mongolia and Kyrgyzstan agreed on a strategic partnership in energy in May 2023.",
        "The ministries signed a strategic partnership for transport.",
        "The two firms established a strategic partnership on green hydrogen.",
    ):
        assert "partnership sector" in one_off_cues(text), text


# --- 2. one sentence dating one visit twice ---------------------------------------------------------------


MN = replace(actor("Mongolia", "state"), country="MNG")
KG = replace(actor("Kyrgyzstan", "state"), country="KGZ")
UZ = replace(actor("Uzbekistan", "state"), country="UZB")
KHURELSUKH = replace(actor("Ukhnaagiin Khurelsukh"), country="MNG")
JAPAROV = replace(actor("Sadyr Japarov"), country="KGZ")
BISHKEK = replace(actor("Bishkek", "place"), role="location")
TASHKENT = replace(actor("Tashkent", "place"), role="location")


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2024, 2, 1))
    store_extraction(session, src, extraction(src, *claims))


VISITOR = replace(KHURELSUKH, role="actor")
HOST = replace(KG, role="recipient")


def _visit(when: str, actors, quote: str):  # type: ignore[no-untyped-def]
    return claim("Khurelsukh visit to Kyrgyzstan", "CONSULT", when, mode="visit", start=100, end=260,
                 actors=actors, keywords=("visit",), quote=quote)


QUOTE = ("President Japarov today received at the Ala-Archa residence President Khurelsukh, who arrived in "
         "Bishkek on an official visit on Monday.")


def test_one_sentence_dating_one_visit_on_two_days_is_one_visit(session: Session) -> None:
    _store(session, "kabar.html",
           _visit("2023-05-16", [VISITOR, HOST, BISHKEK], QUOTE),
           _visit("2023-05-15", [VISITOR, BISHKEK], QUOTE))
    events = events_by_id(session)
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end) == (dt.date(2023, 5, 15), dt.date(2023, 5, 16))
    assert not events[0].has_conflict


def test_two_visits_to_two_places_in_one_sentence_stay_two(session: Session) -> None:
    quote = "Khurelsukh visited Bishkek on 15 May and Tashkent on 17 May."
    _store(session, "kabar.html",
           _visit("2023-05-15", [VISITOR, BISHKEK], quote),
           _visit("2023-05-17", [VISITOR, replace(UZ, role="recipient"), TASHKENT], quote))
    assert len(events_by_id(session)) == 2


def test_days_far_apart_in_one_sentence_stay_two_visits(session: Session) -> None:
    quote = "Khurelsukh came to Bishkek on 2 May and again on 20 May."
    _store(session, "kabar.html",
           _visit("2023-05-02", [VISITOR, BISHKEK], quote),
           _visit("2023-05-20", [VISITOR, BISHKEK], quote))
    assert len(events_by_id(session)) == 2


def test_two_visitors_on_two_days_stay_two_visits(session: Session) -> None:
    quote = "Japarov received Khurelsukh on 15 May, a day after he himself returned from Ulaanbaatar on 14 May."
    _store(session, "kabar.html",
           _visit("2023-05-15", [VISITOR, BISHKEK], quote),
           _visit("2023-05-14", [replace(JAPAROV, role="actor"), BISHKEK], quote))
    assert len(events_by_id(session)) == 2


def test_a_year_unknown_day_within_the_month_of_its_sentence_is_one_visit(session: Session) -> None:
    quote = ("Khurelsukh paid a state visit to Kyrgyzstan in June 2022, and on 14 June the two presidents signed "
             "a treaty.")
    _store(session, "journal.txt",
           _visit("2022-06", [VISITOR, HOST], quote),
           _visit("XXXX-06-14", [VISITOR, HOST], quote))
    assert len(events_by_id(session)) == 1


def test_a_year_unknown_day_outside_the_month_of_its_sentence_stays_apart(session: Session) -> None:
    quote = "Khurelsukh paid a state visit to Kyrgyzstan in June 2022 and returned on 3 September."
    _store(session, "journal.txt",
           _visit("2022-06", [VISITOR, HOST], quote),
           _visit("XXXX-09-03", [VISITOR, HOST], quote))
    assert len(events_by_id(session)) == 2


# --- 3. one project stage told by two words ----------------------------------------------------------------


def _doc(text: str) -> Profile:
    return Profile(event_type="AGREE", cues=frozenset(f"doc:{w}" for w in document_topics(text)))


def test_building_and_construction_are_one_stage() -> None:
    a = _doc("They signed a memorandum on jointly building the Trans-Altai Economic Corridor.")
    b = _doc("Memorandum on jointly promoting the construction of the Trans-Altai Economic Corridor, signed in May.")
    assert not topics_differ(a, b)
    assert not topics_differ(b, a)


def test_construction_and_feasibility_study_stay_two_stages() -> None:
    a = _doc("They signed an agreement on the construction of the Naryn railway.")
    b = _doc("They signed an agreement on the feasibility study of the Naryn railway.")
    assert topics_differ(a, b)
    assert topics_differ(b, a)


# --- 4. two partnership levels are two steps, never one event -------------------------------------------


LEADERS = frozenset({"Ukhnaagiin Khurelsukh", "Sadyr Japarov"})


def _agreement(text: str, etype: str = "AGREE", mode: str | None = None, source: int = 1) -> Profile:
    return Profile(
        event_type=etype, mode=mode, lower=dt.date(2025, 4, 23), upper=dt.date(2025, 4, 23),
        actors=LEADERS, persons=LEADERS, states=frozenset({"Mongolia", "Kyrgyzstan"}),
        keywords=frozenset({"partnership", "establish"}), cues=one_off_cues(text), sources=frozenset({source}),
    )


def test_two_partnership_levels_are_not_one_agreement() -> None:
    strategic = _agreement("The two leaders agreed on a strategic partnership.", source=1)
    comprehensive = _agreement("Khurelsukh and Japarov raised ties to a comprehensive strategic partnership.", source=2)
    assert judge(strategic, comprehensive) == "different partnership levels"
    assert judge(comprehensive, strategic) == "different partnership levels"


def test_one_partnership_level_told_twice_still_joins() -> None:
    one = _agreement("Khurelsukh and Japarov established a comprehensive strategic partnership.", source=1)
    two = _agreement("The presidents raised ties to a comprehensive strategic partnership.", source=2)
    assert judge(one, two) != "different partnership levels"
    assert judge(one, two).__class__.__name__ == "Match"


def test_a_visit_whose_sentence_names_another_level_is_not_refused_for_it() -> None:
    visit = _agreement("The state visit came less than a year after they established a strategic partnership.",
                       "CONSULT", "visit", source=1)
    held = _agreement("Khurelsukh's state visit, during which ties were raised to a comprehensive strategic "
                      "partnership.", "CONSULT", "visit", source=2)
    assert judge(visit, held) != "different partnership levels"


# --- 5. diplomatic relations are established once between two states ------------------------------------

MONGOLIA_KYRGYZ = frozenset({"Mongolia", "Kyrgyzstan"})


def _relations(text: str, lower: dt.date, upper: dt.date, states: frozenset[str], source: int) -> Profile:
    return Profile(
        event_type="AGREE", lower=lower, upper=upper, states=states, sources=frozenset({source}),
        keywords=frozenset({"establish", "diplomatic", "relation"}), cues=quote_cues(text),
        tokens=quote_tokens(text),
    )


DAY = (dt.date(1992, 1, 4), dt.date(1992, 1, 4))
YEAR = (dt.date(1992, 1, 1), dt.date(1992, 12, 31))


def test_a_year_of_relations_established_joins_the_day_within_one_article() -> None:
    day = _relations("Kyrgyzstan and Mongolia, which established diplomatic relations on January 4, 1992, met.",
                     *DAY, frozenset({"Mongolia"}), 1)
    year = _relations("Since the establishment of diplomatic relations in 1992, Mongolia and Kyrgyzstan have grown "
                      "close.", *YEAR, MONGOLIA_KYRGYZ, 1)
    assert "relations established" in day.cues and "relations established" in year.cues
    assert judge(year, day).__class__.__name__ == "Match"
    assert judge(day, year).__class__.__name__ == "Match"


def test_relations_with_a_state_the_quote_does_not_name_stay_apart() -> None:
    day = _relations("Diplomatic relations were established on January 4, 1992.", *DAY, frozenset({"Mongolia"}), 1)
    year = _relations("Mongolia and Kyrgyzstan established diplomatic relations in 1992.", *YEAR, MONGOLIA_KYRGYZ, 1)
    assert not _one_relations(year, day)  # the day names no counterpart: no identity from the relations cue


def test_relations_of_three_states_are_not_one_pair() -> None:
    day = _relations("Mongolia and Kyrgyzstan established diplomatic relations on January 4, 1992.", *DAY,
                     MONGOLIA_KYRGYZ, 1)
    other = _relations("Mongolia established diplomatic relations with Kyrgyzstan and Tajikistan in 1992.", *YEAR,
                       MONGOLIA_KYRGYZ | {"Tajikistan"}, 2)
    assert not _one_relations(other, day)


# --- 6. a status in an organisation is granted to a state once ---------------------------------------------


def test_status_cues_name_the_holder() -> None:
    assert statuses("At its summit in Astana the organisation granted Mongolia the status of observer.") == {
        "observer:mongolia"}
    assert statuses("Mongolia has been an ASEAN dialogue partner since 2019, and Kyrgyzstan says it wants more.") \
        == {"dialogue partner:mongolia"}
    assert statuses("The bloc has one observer and two dialogue partners.") == frozenset()


def _status(text: str, lower: dt.date, upper: dt.date, source: int, obj: str) -> Profile:
    return Profile(event_type="AGREE", lower=lower, upper=upper, sources=frozenset({source}),
                   named_objects=(obj,), cues=quote_cues(text), tokens=quote_tokens(text))


def test_a_year_of_holding_a_status_joins_its_grant() -> None:
    grant = _status("In June the Council granted Mongolia the status of dialogue partner.",
                    dt.date(2019, 6, 1), dt.date(2019, 6, 30), 1, "Mongolia the status of dialogue partner")
    held = _status("Mongolia has been a dialogue partner of the Council since 2019.",
                   dt.date(2019, 1, 1), dt.date(2019, 12, 31), 2, "Council")
    assert judge(held, grant).__class__.__name__ == "Match"
    assert judge(grant, held).__class__.__name__ == "Match"


def test_another_state_or_status_is_another_grant() -> None:
    grant = _status("In June the Council granted Mongolia the status of dialogue partner.",
                    dt.date(2019, 6, 1), dt.date(2019, 6, 30), 1, "Mongolia the status of dialogue partner")
    other_state = _status("Kyrgyzstan has been a dialogue partner of the Council since 2019.",
                          dt.date(2019, 1, 1), dt.date(2019, 12, 31), 2, "Council")
    other_status = _status("Mongolia has been an observer of the Council since 2019.",
                           dt.date(2019, 1, 1), dt.date(2019, 12, 31), 2, "Council")
    for other in (other_state, other_status):
        verdict = judge(other, grant)
        assert isinstance(verdict, str), verdict


# --- 7. one intergovernmental agreement, one side naming fewer of its parties ----------------------------


def _igt(text: str, lower: dt.date, upper: dt.date, states: set[str], places: set[str], source: int) -> Profile:
    return Profile(
        event_type="AGREE", lower=lower, upper=upper, states=frozenset(states), places=frozenset(places),
        sources=frozenset({source}), keywords=frozenset({"sign", "intergovernmental", "agreement"}),
        cues=quote_cues(text) | one_off_cues(text), tokens=quote_tokens(text),
    )


JUNE = (dt.date(2023, 6, 1), dt.date(2023, 6, 30))
JUNE_9 = (dt.date(2023, 6, 9), dt.date(2023, 6, 9))
THREE = {"Mongolia", "Kyrgyzstan", "Kazakhstan"}


def test_an_intergovernmental_agreement_told_with_fewer_parties_joins_the_signing() -> None:
    month = _igt("The intergovernmental agreement on the project was signed in Almaty in June.", *JUNE,
                 {"Mongolia", "Kazakhstan"}, {"Almaty"}, 1)
    day = _igt("9 June 2023 - Mongolia, Kyrgyzstan and Kazakhstan sign the intergovernmental agreement on the "
               "corridor in Almaty.", *JUNE_9, THREE, {"Almaty"}, 2)
    assert "intergovernmental text" in month.cues and "intergovernmental text" in day.cues
    assert judge(month, day).__class__.__name__ == "Match"
    assert judge(day, month).__class__.__name__ == "Match"


def test_another_place_or_one_party_is_not_the_same_text() -> None:
    day = _igt("9 June 2023 - Mongolia, Kyrgyzstan and Kazakhstan sign the intergovernmental agreement on the "
               "corridor in Almaty.", *JUNE_9, THREE, {"Almaty"}, 2)
    elsewhere = _igt("The intergovernmental agreement on the project was signed in Bishkek in June.", *JUNE,
                     {"Mongolia", "Kazakhstan"}, {"Bishkek"}, 1)
    one_party = _igt("The intergovernmental agreement on the project was signed in Almaty in June.", *JUNE,
                     {"Mongolia"}, {"Almaty"}, 1)
    for other in (elsewhere, one_party):
        assert isinstance(judge(other, day), str)


# --- 8. a numbered code names one edition: a plan and the gathering held -------------------------------------


def _gathering(quote: str, lower: dt.date, upper: dt.date, status: str, obj: str | None, source: int) -> Profile:
    return Profile(
        event_type="CONSULT", mode="multilateral", lower=lower, upper=upper, status=status,
        states=frozenset({"Mongolia"}), named_objects=(obj,) if obj else (), sources=frozenset({source}),
        keywords=frozenset({"host", "conference"}), names=quote_names(quote), words=topic_words(quote),
        tokens=quote_tokens(quote), cues=quote_cues(quote),
    )


NOV = (dt.date(2027, 11, 1), dt.date(2027, 11, 30))
HELD = (dt.date(2027, 11, 8), dt.date(2027, 11, 19))


def test_a_plan_naming_the_editions_code_joins_the_gathering_held() -> None:
    plan = _gathering("Ulaanbaatar will host the conference, COP32, in November.", *NOV, "planned", None, 1)
    held = _gathering("8-19 November 2027 - Ulaanbaatar hosts the COP32 climate conference.", *HELD, "occurred",
                      "COP32 climate conference", 2)
    assert judge(held, plan).__class__.__name__ == "Match"
    assert judge(plan, held).__class__.__name__ == "Match"


def test_another_edition_or_a_code_without_number_does_not_join_a_plan() -> None:
    held = _gathering("8-19 November 2027 - Ulaanbaatar hosts the COP32 climate conference.", *HELD, "occurred",
                      "COP32 climate conference", 2)
    other = _gathering("Ulaanbaatar will host the conference, COP33, in November.", *NOV, "planned", None, 1)
    assert isinstance(judge(other, held), str)
    sco_held = _gathering("8-19 November 2027 - Ulaanbaatar hosts the SCO energy conference.", *HELD, "occurred",
                          "SCO energy conference", 2)
    sco_plan = _gathering("Ulaanbaatar will host an SCO meeting in November.", *NOV, "planned", None, 1)
    assert isinstance(judge(sco_plan, sco_held), str)


def test_a_level_shortened_from_the_right_is_the_same_level() -> None:
    short = _agreement("Mongolia and Kyrgyzstan elevated their relations to an all-weather partnership.", source=1)
    full = _agreement("Mongolia and Kyrgyzstan established an all-weather comprehensive strategic partnership.",
                      source=2)
    assert judge(short, full) != "different partnership levels"
    assert judge(full, short) != "different partnership levels"
