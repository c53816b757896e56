"""Round 11 merging: one source's own claims of one sentence (or a sentence and its follow-up) that
tell one happening join; same-act pairs with class-level identity signals (a document's subject, a
thing named by the countries it links); one-off conflicts for an intergovernmental text and an
application to join an organisation. Invented sentences of several outlets' styles; positive and
negative cases; both ingest orders where order could matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import applications, document_topics

D = dt.date
_UZ = replace(actor("Uzbekistan", "state"), country="UZB")
_KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
_TM = replace(actor("Turkmenistan", "state"), country="TKM")
_AZ = replace(actor("Azerbaijan", "state"), country="AZE")
_TASHKENT = actor("Tashkent", "place", "location")
_ASTANA = actor("Astana", "place", "location")
_MIRZIYOYEV = actor("Shavkat Mirziyoyev")
_TOKAYEV = actor("Kassym-Jomart Tokayev")
_BRICS = actor("BRICS", "organisation")
_SCO = actor("Shanghai Cooperation Organisation", "organisation")


def _c(quote: str, when: str, text: str, event_type: str = "AGREE", *, actors: tuple = (_UZ, _KZ),
       mode: str | None = None, keywords: tuple[str, ...] = (), named_object: str | None = None,
       start: int = 0, rule: str = "test", status: str = "occurred") -> Claim:
    made = claim("c", event_type, when, quote=quote, start=start, end=start + len(quote), mode=mode,
                 actors=list(actors), keywords=keywords, named_object=named_object, status=status)
    return replace(made, date=date(when, text), rule=rule)


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2026, 12, 1))
    store_extraction(session, src, extraction(src, *claims))


_ORDERS = [(0, 1), (1, 0)]
_ATTEND = "consult.multilateral.attend"


# --- 1. one sentence, one happening ------------------------------------------------------------------


@pytest.mark.parametrize("order", _ORDERS)
def test_trip_and_the_fair_it_was_made_for_are_one_event(session: Session, order: tuple[int, int]) -> None:
    quote = ("Deputy premier Tokayev recalled his trip to Samarkand last autumn, when, as trade minister at the "
             "time, he took part in the Samarkand Crafts Fair.")
    trip = _c(quote, "2025-23", "last autumn", "CONSULT", actors=(_TOKAYEV, replace(_UZ, role="recipient")),
              mode="visit", keywords=("visit",))
    fair = _c(quote, "2025-23", "last autumn", "CONSULT", actors=(_TOKAYEV,), mode="multilateral",
              keywords=("fair", "participat"), rule=_ATTEND)
    pair = [trip, fair]
    _store(session, "gov.kz", pair[order[0]], pair[order[1]])
    assert len(events_by_id(session)) == 1


def test_trip_and_a_fair_in_another_city_stay_two(session: Session) -> None:
    quote = ("Tokayev nonetheless travelled to Tashkent in May 2019 and took part in the Crafts Fair in Samarkand.")
    trip = _c(quote, "2019-05", "May 2019", "CONSULT",
              actors=(_TOKAYEV, replace(_UZ, role="recipient"), _TASHKENT), mode="visit", keywords=("visit",))
    fair = _c(quote, "2019-05", "May 2019", "CONSULT", actors=(_TOKAYEV, actor("Samarkand", "place", "location")),
              mode="multilateral", keywords=("fair", "participat"), rule=_ATTEND)
    _store(session, "gov.kz", trip, fair)
    assert len(events_by_id(session)) == 2


def test_state_visit_beside_a_forum_stays_two(session: Session) -> None:
    quote = "Tokayev paid a state visit to Uzbekistan in May and took part in the Tashkent Investment Forum."
    visit = _c(quote, "2026-05", "May", "CONSULT", actors=(_TOKAYEV, replace(_UZ, role="recipient")),
               mode="visit", keywords=("visit",))
    forum = _c(quote, "2026-05", "May", "CONSULT", actors=(_TOKAYEV,), mode="multilateral",
               keywords=("forum", "participat"), named_object="Tashkent Investment Forum", rule=_ATTEND)
    _store(session, "gov.kz", visit, forum)
    assert len(events_by_id(session)) == 2


def test_talks_during_a_visit_of_one_sentence_stay_two(session: Session) -> None:
    quote = "On the second day of his visit to Tashkent on 14 May, Tokayev held talks with Mirziyoyev."
    visit = _c(quote, "2026-05-14", "14 May", "CONSULT", actors=(_TOKAYEV, replace(_UZ, role="recipient")),
               mode="visit", keywords=("visit",))
    talks = _c(quote, "2026-05-14", "14 May", "CONSULT", actors=(_TOKAYEV, _MIRZIYOYEV), keywords=("talks",))
    _store(session, "akorda.kz", visit, talks)
    assert len(events_by_id(session)) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_attending_a_ceremony_marking_a_start_is_the_start(session: Session, order: tuple[int, int]) -> None:
    quote = ("On Thursday President Mirziyoyev attended a ceremony in Navoi region marking the start of "
             "construction of a copper smelter.")
    attend = _c(quote, "2026-03-12", "Thursday", "CONSULT", actors=(_MIRZIYOYEV,), mode="multilateral",
                keywords=("ceremony", "participat"), rule=_ATTEND)
    start = _c(quote, "2026-03-12", "Thursday", "COOPERATE", actors=(_MIRZIYOYEV,),
               keywords=("construction", "start"), rule="cooperate.start+shared-date")
    pair = [attend, start]
    _store(session, "uza.uz", pair[order[0]], pair[order[1]])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].event_type == "COOPERATE"


def test_talks_and_a_signing_ceremony_stay_two(session: Session) -> None:
    quote = "After their talks on 12 March, the presidents attended the signing ceremony of twelve documents."
    talks = _c(quote, "2026-03-12", "12 March", "CONSULT", actors=(_MIRZIYOYEV, _TOKAYEV), keywords=("talks",))
    sign = _c(quote, "2026-03-12", "12 March", "AGREE", actors=(_MIRZIYOYEV, _TOKAYEV), keywords=("sign",))
    _store(session, "uza.uz", talks, sign)
    assert len(events_by_id(session)) == 2


def test_attending_a_forum_and_signing_without_a_ceremony_stay_two(session: Session) -> None:
    quote = ("In Astana on 3 June the minister took part in the Astana Mining Congress and signed the Almalyk "
             "Copper Loan Agreement.")
    attend = _c(quote, "2026-06-03", "3 June", "CONSULT", actors=(_MIRZIYOYEV,), mode="multilateral",
                keywords=("congress", "participat"), rule=_ATTEND)
    sign = _c(quote, "2026-06-03", "3 June", "AGREE", actors=(_MIRZIYOYEV,), keywords=("loan",),
              named_object="Almalyk Copper Loan Agreement")
    _store(session, "uza.uz", attend, sign)
    assert len(events_by_id(session)) == 2


# --- 1b. a sentence and its follow-up -----------------------------------------------------------------


def test_signing_ceremony_attended_in_the_next_sentence_is_the_signing(session: Session) -> None:
    first = "On 6 March the intergovernmental agreement on the Termez bridge was signed in Tashkent."
    second = "Mirziyoyev and Tokayev took part in the signing ceremony by video link."
    sign = _c(first, "2026-03-06", "6 March", "AGREE", keywords=("sign",))
    attend = _c(second, "2026-03-06", "6 March", "CONSULT", actors=(_MIRZIYOYEV, _TOKAYEV), mode="multilateral",
                keywords=("ceremony", "participat"), start=len(first) + 1, rule=_ATTEND + "+continued-date")
    _store(session, "gov.uz", sign, attend)
    events = events_by_id(session)
    assert len(events) == 1 and events[0].event_type == "AGREE"


def test_casualties_after_a_clash_row_are_the_clash(session: Session) -> None:
    first = "April 2010 — Troops fire on demonstrators in the town square of Osh."
    second = "Four people are killed."
    clash = _c(first, "2010-04", "April 2010", "PROTEST", actors=(_KZ,), keywords=("protest",))
    toll = _c(second, "2010-04", "April 2010", "ASSAULT", actors=(_KZ,), keywords=("kill",),
              start=len(first) + 1, rule="lex.assault.kill+continued-date")
    _store(session, "brief.md", clash, toll)
    assert len(events_by_id(session)) == 1


def test_casualties_after_a_signing_are_no_part_of_it(session: Session) -> None:
    first = "April 2010 — The two governments sign a border treaty."
    second = "Four people are killed in a clash at the border."
    sign = _c(first, "2010-04", "April 2010", "AGREE", keywords=("treaty",))
    toll = _c(second, "2010-04", "April 2010", "ASSAULT", actors=(_KZ,), keywords=("kill",),
              start=len(first) + 1, rule="lex.assault.kill+continued-date")
    _store(session, "brief.md", sign, toll)
    assert len(events_by_id(session)) == 2


def test_casualties_of_another_month_are_another_event(session: Session) -> None:
    first = "April 2010 — Troops fire on demonstrators in Osh."
    second = "In June, two more people were killed in riots."
    clash = _c(first, "2010-04", "April 2010", "PROTEST", actors=(_KZ,), keywords=("protest",))
    toll = _c(second, "2010-06", "In June", "ASSAULT", actors=(_KZ,), keywords=("kill",), start=len(first) + 1)
    _store(session, "brief.md", clash, toll)
    assert len(events_by_id(session)) == 2


# --- 2. same act, identity by class ----------------------------------------------------------------


def test_document_topics_read_the_subject_not_the_place() -> None:
    assert document_topics("They signed an agreement on the feasibility study of the western section in Tashkent "
                           "in May.") == {"feasibility", "study", "western", "section"}
    assert document_topics("Officials put their names to a memorandum of understanding on green energy.") == {
        "green", "energy"}
    assert document_topics("The two leaders held talks in Astana.") == frozenset()


@pytest.mark.parametrize("order", _ORDERS)
def test_two_tellings_of_one_feasibility_agreement_are_one_event(session: Session, order: tuple[int, int]) -> None:
    items = [
        ("review.uz", _c("Work resumed after the two governments signed an agreement on the feasibility study of "
                         "the Termez bypass in Tashkent in May 2023, on the margins of a summit.", "2023-05",
                         "May 2023", actors=(_UZ, _KZ, _TASHKENT), keywords=("agree", "sign"))),
        ("brief.kz", _c("**May 2023** — Agreement on the feasibility study of the Termez–Shymkent bypass signed in "
                        "Tashkent.", "2023-05", "May 2023", actors=(_UZ, _KZ, _TASHKENT), keywords=("agree", "sign"))),
    ]
    for i in order:
        _store(session, *items[i])
    assert len(events_by_id(session)) == 1


def test_two_agreements_of_one_day_on_different_subjects_stay_two(session: Session) -> None:
    _store(session, "wire.uz", _c("On 4 June the ministers signed a memorandum of understanding on green energy in "
                                  "Astana.", "2026-06-04", "4 June", actors=(_UZ, _KZ, _ASTANA),
                                  keywords=("memorandum", "sign")))
    _store(session, "paper.kz", _c("An agreement on a joint working group for trade was signed in Astana on 4 June.",
                                   "2026-06-04", "4 June", actors=(_UZ, _KZ, _ASTANA), keywords=("agree", "sign")))
    assert len(events_by_id(session)) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_start_of_a_section_and_the_project_launched_that_month_are_one(session: Session,
                                                                        order: tuple[int, int]) -> None:
    items = [
        ("gov.kz", _c("On Friday Tokayev took part in a ceremony marking the start of construction of the eastern "
                      "section of the Kazakhstan-Turkmenistan-Uzbekistan railway.", "2025-12-19", "Friday",
                      "COOPERATE", actors=(_TOKAYEV,), keywords=("construction", "start"), named_object="Kazakh")),
        ("news.uz", _c("The sides reviewed the Kazakhstan-Turkmenistan-Uzbekistan railway project, construction of "
                       "which was launched last December.", "2025-12", "last December", "COOPERATE", actors=(),
                       keywords=("railway",), named_object="Kazakhstan-Turkmenistan-Uzbekistan railway")),
    ]
    for i in order:
        _store(session, *items[i])
    assert len(events_by_id(session)) == 1


def test_starts_of_two_railways_of_one_month_stay_two(session: Session) -> None:
    _store(session, "gov.kz", _c("On Friday a ceremony marked the start of construction of the "
                                 "Kazakhstan-Turkmenistan-Uzbekistan railway.", "2025-12-19", "Friday", "COOPERATE",
                                 actors=(), keywords=("construction", "start"),
                                 named_object="Kazakhstan-Turkmenistan-Uzbekistan railway"))
    _store(session, "news.uz", _c("Construction of the Kazakhstan-Uzbekistan gas pipeline was launched last "
                                  "December.", "2025-12", "last December", "COOPERATE", actors=(),
                                  keywords=("pipeline",), named_object="Kazakhstan-Uzbekistan gas pipeline"))
    assert len(events_by_id(session)) == 2


# --- 4. one-off conflicts ----------------------------------------------------------------------------


_THREE = (_UZ, _KZ, _TM)


@pytest.mark.parametrize("order", _ORDERS)
def test_intergovernmental_agreement_dated_two_ways_is_one_event_in_conflict(session: Session,
                                                                             order: tuple[int, int]) -> None:
    items = [
        ("gov.uz", _c("On 6 March this year, the intergovernmental agreement on the construction of the "
                      "Kazakhstan-Turkmenistan-Uzbekistan railway was signed in Tashkent.", "2026-03-06",
                      "6 March this year", actors=(*_THREE, _TASHKENT), keywords=("agree", "sign"))),
        ("weekly.kz", _c("The three governments signed the intergovernmental agreement on the line in Tashkent last "
                         "April.", "2026-04", "last April", actors=(*_THREE, _TASHKENT),
                         keywords=("agree", "intergovernmental", "sign"))),
    ]
    for i in order:
        _store(session, *items[i])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_two_intergovernmental_agreements_on_one_railway_stay_two(session: Session) -> None:
    _store(session, "gov.uz", _c("The intergovernmental agreement on the feasibility study of the new railway was "
                                 "signed in Tashkent on 6 March.", "2026-03-06", "6 March",
                                 actors=(*_THREE, _TASHKENT), keywords=("agree", "sign")))
    _store(session, "weekly.kz", _c("The intergovernmental agreement on joint construction and operation of the "
                                    "railway was signed in Tashkent last May.", "2026-05", "last May",
                                    actors=(*_THREE, _TASHKENT), keywords=("agree", "sign")))
    assert len(events_by_id(session)) == 2


def test_intergovernmental_agreements_of_other_parties_stay_two(session: Session) -> None:
    _store(session, "gov.uz", _c("The intergovernmental agreement on the railway was signed in Tashkent on 6 March.",
                                 "2026-03-06", "6 March", actors=(*_THREE, _TASHKENT), keywords=("agree", "sign")))
    _store(session, "weekly.kz", _c("Kazakhstan and Uzbekistan signed an intergovernmental agreement on the railway "
                                    "in Tashkent last May.", "2026-05", "last May", actors=(_UZ, _KZ, _TASHKENT),
                                    keywords=("agree", "sign")))
    assert len(events_by_id(session)) == 2


def test_applications_name_the_organisation() -> None:
    assert applications("Azerbaijan applied to join BRICS in August 2024.") == {"brics"}
    assert applications("Baku submitted an application for membership in the Shanghai Cooperation Organisation.") \
        == {"shanghai cooperation organisation"}
    assert applications("Azerbaijan joined the talks in August.") == frozenset()


@pytest.mark.parametrize("order", _ORDERS)
def test_one_application_dated_two_ways_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    items = [
        ("news.az", _c("Azerbaijan applied to join BRICS in August 2024, the foreign ministry said.", "2024-08",
                       "August 2024", "REQUEST", actors=(_AZ, _BRICS), keywords=("membership",))),
        ("review.cn", _c("Baku formally applied to join BRICS in October 2024.", "2024-10", "October 2024",
                         "REQUEST", actors=(_AZ, _BRICS), keywords=("membership",))),
    ]
    for i in order:
        _store(session, *items[i])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_applications_to_two_organisations_stay_two(session: Session) -> None:
    _store(session, "news.az", _c("Azerbaijan applied to join BRICS in August 2024.", "2024-08", "August 2024",
                                  "REQUEST", actors=(_AZ, _BRICS), keywords=("membership",)))
    _store(session, "review.cn", _c("Azerbaijan applied to join the Shanghai Cooperation Organisation in October "
                                    "2024.", "2024-10", "October 2024", "REQUEST", actors=(_AZ, _SCO),
                                    keywords=("membership",)))
    assert len(events_by_id(session)) == 2


# --- 2b. a service start and a text in force, told two ways -------------------------------------------

_CARRIER = actor("Silk Wings Airlines", "organisation")


@pytest.mark.parametrize("order", _ORDERS)
def test_first_flight_and_route_opened_by_one_airline_are_one_event(session: Session,
                                                                    order: tuple[int, int]) -> None:
    items = [
        ("wire.uz", _c("The first direct flight of Silk Wings Airlines between Tashkent and Almaty landed in "
                       "Kazakhstan on Tuesday.", "2026-04-07", "Tuesday", "COOPERATE", actors=(_UZ, _KZ),
                       keywords=("flight", "direct"), named_object="Silk Wings Airlines")),
        ("daily.kz", _c("Silk Wings Airlines opened a Tashkent–Almaty route in April 2026, the first regular link "
                        "between the two cities.", "2026-04", "April 2026", "COOPERATE", actors=(_CARRIER,),
                        keywords=("route",), named_object="Tashkent–Almaty route")),
    ]
    for i in order:
        _store(session, *items[i])
    assert len(events_by_id(session)) == 1


def test_two_routes_of_one_airline_stay_two(session: Session) -> None:
    _store(session, "wire.uz", _c("Silk Wings Airlines opened a Tashkent–Almaty route on 7 April.", "2026-04-07",
                                  "7 April", "COOPERATE", actors=(_CARRIER,), keywords=("route",),
                                  named_object="Tashkent–Almaty route"))
    _store(session, "daily.kz", _c("Silk Wings Airlines launched a Samarkand–Astana route in April 2026.", "2026-04",
                                   "April 2026", "COOPERATE", actors=(_CARRIER,), keywords=("route",),
                                   named_object="Samarkand–Astana route"))
    assert len(events_by_id(session)) == 2


def test_planned_entry_into_force_on_a_day_joins_the_month_it_took_effect(session: Session) -> None:
    _store(session, "mfa.uz", _c("The waiver is due to enter into force on 1 June 2026.", "2026-06-01", "1 June 2026",
                                 "COOPERATE", keywords=("waiver", "force"), status="planned"))
    _store(session, "port.kz", _c("Drivers no longer need visas since the mutual visa waiver took effect in June.",
                                  "2026-06", "in June", "COOPERATE", actors=(_KZ,), keywords=("visa", "waiver")))
    events = events_by_id(session)
    assert len(events) == 1 and not events[0].has_conflict


def test_planned_entry_into_force_of_another_text_stays_apart(session: Session) -> None:
    _store(session, "mfa.uz", _c("The double taxation convention is due to enter into force on 1 June 2026.",
                                 "2026-06-01", "1 June 2026", "COOPERATE", keywords=("taxation", "force"),
                                 status="planned"))
    _store(session, "port.kz", _c("Drivers no longer need visas since the mutual visa waiver took effect in June.",
                                  "2026-06", "in June", "COOPERATE", actors=(_KZ,), keywords=("visa", "waiver")))
    assert len(events_by_id(session)) == 2


# --- 4b. diplomatic relations coded as two types --------------------------------------------------------

_UZ_KZ_REL = "Uzbekistan and Kazakhstan established diplomatic relations on 23 November 1992."


@pytest.mark.parametrize("order", _ORDERS)
def test_relations_set_up_coded_as_another_type_conflict_a_month_apart(session: Session,
                                                                       order: tuple[int, int]) -> None:
    items = [
        ("mfa.uz", _c(_UZ_KZ_REL, "1992-11-23", "23 November 1992", "AGREE", keywords=("relations",))),
        ("review.kz", _c("Formal diplomatic ties between the two neighbours were set up in October 1992.", "1992-10",
                         "October 1992", "COOPERATE", keywords=("found",))),
    ]
    for i in order:
        _store(session, *items[i])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_relations_of_another_pair_coded_as_another_type_stay_apart(session: Session) -> None:
    _store(session, "mfa.uz", _c(_UZ_KZ_REL, "1992-11-23", "23 November 1992", "AGREE", keywords=("relations",)))
    _store(session, "review.kz", _c("Formal diplomatic ties with Turkmenistan were set up in October 1992.",
                                    "1992-10", "October 1992", "COOPERATE", actors=(_KZ, _TM), keywords=("found",)))
    assert len(events_by_id(session)) == 2


def test_relations_a_year_apart_coded_as_another_type_stay_apart(session: Session) -> None:
    _store(session, "mfa.uz", _c(_UZ_KZ_REL, "1992-11-23", "23 November 1992", "AGREE", keywords=("relations",)))
    _store(session, "review.kz", _c("Formal diplomatic ties between the two neighbours were set up in March 1994.",
                                    "1994-03", "March 1994", "COOPERATE", keywords=("found",)))
    assert len(events_by_id(session)) == 2
