"""Session 14 (helper B2), resolver merging on the older dev sets' splits: invented names, places and
dates; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source, store_articles
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction

# --- 1. one delivery of aid told at two precisions ----------------------------------------------------------


def _aid_events(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type == "AID"]


_APRIL = "Bishkek, 2 June 2021. A group of Turkish medical experts arrived in Bishkek in April 2021."


def test_aid_told_by_year_joins_the_one_delivery_of_that_year(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. In 2021 Turkey sent several batches of medical supplies to Kyrgyzstan."),
    )
    aid = _aid_events(events)
    assert len(aid) == 1
    assert len(aid[0].citations) == 2
    assert aid[0].edtf == "2021-04"  # the vaguer mention does not blur the precise one


def test_aid_to_another_recipient_stays_apart(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. In 2021 Turkey sent several batches of medical supplies to Mongolia."),
    )
    assert len(_aid_events(events)) == 2


def test_aid_in_two_months_stays_two_deliveries(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. Turkey sent medical supplies to Kyrgyzstan in June 2021."),
    )
    assert len(_aid_events(events)) == 2


def test_aid_by_year_joins_neither_of_two_deliveries(session: Session) -> None:
    events = store_articles(
        session,
        ("a.txt", _APRIL),
        ("b.txt", "Ankara, 9 June 2021. Turkey sent medical supplies to Kyrgyzstan in June 2021."),
        ("c.txt", "Ankara, 1 July 2021. In 2021 Turkey sent several batches of medical supplies to Kyrgyzstan."),
    )
    aid = _aid_events(events)
    assert len(aid) == 3


# --- 2. a person's visit told by its year joins that person's one visit of the year ----------------------


JAPAROV = replace(actor("Sadyr Japarov"), country="KGZ", role="actor")
MONGOLIA = replace(actor("Mongolia", "state"), country="MNG", role="recipient")
KAZAKHSTAN = replace(actor("Kazakhstan", "state"), country="KAZ", role="recipient")
ULAANBAATAR = replace(actor("Ulaanbaatar", "place"), role="location")
ASTANA = replace(actor("Astana", "place"), role="location")

_YEAR_QUOTE = "When Kyrgyz President Sadyr Japarov visits Mongolia later this year, he will find a changed economy."


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2025, 6, 1))
    store_extraction(session, src, extraction(src, *claims))


def _visit(when: str, host, place, quote: str):  # type: ignore[no-untyped-def]
    return claim("Japarov visit", "CONSULT", when, mode="visit", actors=[JAPAROV, host, place],
                 keywords=("visit",), quote=quote, end=len(quote))


def _visits(session: Session) -> list[Event]:
    return [e for e in session.scalars(select(Event).order_by(Event.id)) if e.mode == "visit"]


KYRGYZSTAN = replace(actor("Kyrgyzstan", "state"), country="KGZ", role="actor")


def test_a_visit_told_by_its_year_joins_the_visit_of_that_year(session: Session) -> None:
    day = ("The President of Mongolia today received in Ulaanbaatar the President of the Kyrgyz Republic Sadyr "
           "Japarov, who arrived on an official visit on Monday.")
    held = claim("Japarov visit", "CONSULT", "2025-11-10", mode="visit", actors=[JAPAROV, ULAANBAATAR],
                 keywords=("visit",), quote=day, end=len(day))
    _store(session, "a.txt", held)
    year = claim("Japarov visit", "CONSULT", "2025", mode="visit", actors=[JAPAROV, KYRGYZSTAN, MONGOLIA],
                 keywords=("visit",), quote=_YEAR_QUOTE, end=len(_YEAR_QUOTE))
    _store(session, "b.txt", year)
    visits = _visits(session)
    assert len(visits) == 1
    assert visits[0].edtf == "2025-11-10"  # the vaguer mention does not blur the precise one


def test_a_visit_told_by_its_year_stays_apart_from_a_visit_to_another_state(session: Session) -> None:
    _store(session, "a.txt", _visit("2025-11-10", KAZAKHSTAN, ASTANA,
                                    "Sadyr Japarov arrived in Astana on a state visit to Kazakhstan on Monday."))
    _store(session, "b.txt", _visit("2025", MONGOLIA, ULAANBAATAR, _YEAR_QUOTE))
    assert len(_visits(session)) == 2


def test_a_visit_told_by_its_year_joins_neither_of_two_visits_that_year(session: Session) -> None:
    _store(session, "a.txt", _visit("2025-03-03", MONGOLIA, ULAANBAATAR,
                                    "Sadyr Japarov arrived in Ulaanbaatar on a working visit to Mongolia on Monday."))
    _store(session, "c.txt", _visit("2025-11-10", MONGOLIA, ULAANBAATAR,
                                    "Sadyr Japarov arrived in Ulaanbaatar on a state visit to Mongolia on Monday."))
    _store(session, "b.txt", _visit("2025", MONGOLIA, ULAANBAATAR, _YEAR_QUOTE))
    assert len(_visits(session)) == 3


def test_a_visit_told_by_its_year_stays_apart_from_a_visit_whose_quote_names_another_host(session: Session) -> None:
    day = "The President of Kazakhstan received in Astana Sadyr Japarov, who arrived on an official visit on Monday."
    held = claim("Japarov visit", "CONSULT", "2025-11-10", mode="visit", actors=[JAPAROV, ASTANA],
                 keywords=("visit",), quote=day, end=len(day))
    _store(session, "a.txt", held)
    year = claim("Japarov visit", "CONSULT", "2025", mode="visit", actors=[JAPAROV, KYRGYZSTAN, MONGOLIA],
                 keywords=("visit",), quote=_YEAR_QUOTE, end=len(_YEAR_QUOTE))
    _store(session, "b.txt", year)
    assert len(_visits(session)) == 2


# --- 3. a document told by its short name and by its full title ----------------------------------------


def test_short_name_of_a_document() -> None:
    from timeline.resolve.similarity import _short_name_of

    assert _short_name_of("Aral convention", "Convention on the Protection of the Aral Sea Basin")
    assert _short_name_of("Ashgabat declaration", "Declaration of Ashgabat on Regional Connectivity")
    assert not _short_name_of("Aral convention", "Agreement on the Aral Sea Basin")  # another kind of text
    assert not _short_name_of("Aral convention", "Convention on Migratory Species")  # another subject
    assert not _short_name_of("Aral Sea convention", "Convention on the Protection of the Aral Sea Basin")  # not short
    assert not _short_name_of("Aral convention", "Aral Convention")  # one word: judged by the object similarity


def test_a_signing_told_by_a_short_name_joins_the_dated_signing(session: Session) -> None:
    full = "Convention on the Protection of the Aral Sea Basin"
    day = "The five presidents signed the Convention on the Protection of the Aral Sea Basin in Nukus on 3 May 2019."
    _store(session, "a.txt", claim("Aral convention signed", "AGREE", "2019-05-03", named_object=full,
                                   keywords=("sign", "convention", "aral"), quote=day, end=len(day)))
    year = "Kyrgyzstan, which signed the Aral convention with its neighbours in 2019, has asked for funds."
    _store(session, "b.txt", claim("Aral convention signed", "AGREE", "2019", named_object="Aral convention",
                                   keywords=("sign", "convention", "aral"), quote=year, end=len(year)))
    events = list(session.scalars(select(Event)))
    assert len(events) == 1
    assert events[0].edtf == "2019-05-03"


def test_a_short_name_of_another_kind_stays_apart(session: Session) -> None:
    full = "Convention on the Protection of the Aral Sea Basin"
    day = "The five presidents signed the Convention on the Protection of the Aral Sea Basin in Nukus on 3 May 2019."
    _store(session, "a.txt", claim("Aral convention signed", "AGREE", "2019-05-03", named_object=full,
                                   keywords=("sign", "convention", "aral"), quote=day, end=len(day)))
    year = "Kyrgyzstan, which signed the Aral declaration with its neighbours in 2019, has asked for funds."
    _store(session, "b.txt", claim("Aral declaration signed", "AGREE", "2019", named_object="Aral declaration",
                                   keywords=("sign", "declaration", "aral"), quote=year, end=len(year)))
    assert len(list(session.scalars(select(Event)))) == 2


# --- 4. a document named by the word before its kind, signed once ----------------------------------------


def test_premodified_texts() -> None:
    from timeline.resolve.similarity import premodified_texts

    assert premodified_texts("The investment agreement for the smelter was signed in Osh.") == {"invest agreement"}
    assert premodified_texts("They signed a free trade agreement.") == {"trade agreement"}
    assert premodified_texts("the extradition treaty") == {"extradition treaty"}
    assert not premodified_texts("the intergovernmental agreement on the railway")  # says nothing of the subject
    assert not premodified_texts("signed the Kyrgyz agreement")  # a demonym
    assert not premodified_texts("signed an agreement on visas")  # a subject after the kind: document topics


MN_STATE = replace(actor("Mongolia", "state"), country="MNG")
KG_STATE = replace(actor("Kyrgyzstan", "state"), country="KGZ")
KZ_STATE = replace(actor("Kazakhstan", "state"), country="KAZ")


def _signing(when: str, quote: str, parties):  # type: ignore[no-untyped-def]
    return claim("agreement signed", "AGREE", when, actors=parties, keywords=("agree", "sign"), quote=quote,
                 end=len(quote))


_DECEMBER = "The investment agreement for the smelter was signed in Osh in December 2023."
_LATE = "The investment agreement for the plant was signed in late 2023."


def test_a_premodified_document_told_vaguely_joins_its_dated_signing(session: Session) -> None:
    _store(session, "a.txt", _signing("2023-12", _DECEMBER, [MN_STATE, KG_STATE]))
    _store(session, "b.txt", _signing("2023", _LATE, [MN_STATE, KG_STATE]))
    events = list(session.scalars(select(Event)))
    assert len(events) == 1
    assert events[0].edtf == "2023-12"


def test_a_premodified_document_of_other_parties_stays_apart(session: Session) -> None:
    _store(session, "a.txt", _signing("2023-12", _DECEMBER, [MN_STATE, KG_STATE]))
    _store(session, "b.txt", _signing("2023", _LATE, [MN_STATE, KZ_STATE]))
    assert len(list(session.scalars(select(Event)))) == 2


def test_another_kind_of_premodified_document_stays_apart(session: Session) -> None:
    _store(session, "a.txt", _signing("2023-12", _DECEMBER, [MN_STATE, KG_STATE]))
    _store(session, "b.txt", _signing("2023", "The energy agreement for the plant was signed in late 2023.",
                                      [MN_STATE, KG_STATE]))
    assert len(list(session.scalars(select(Event)))) == 2


def test_a_vague_premodified_document_joins_neither_of_two_signings(session: Session) -> None:
    _store(session, "a.txt", _signing("2023-03", "The investment agreement for the mine was signed in March 2023.",
                                      [MN_STATE, KG_STATE]))
    _store(session, "c.txt", _signing("2023-12", _DECEMBER, [MN_STATE, KG_STATE]))
    _store(session, "b.txt", _signing("2023", _LATE, [MN_STATE, KG_STATE]))
    assert len(list(session.scalars(select(Event)))) == 3


# --- 5. a facility told again by its kind alone ---------------------------------------------------------


def test_facility_anaphors() -> None:
    from timeline.resolve.similarity import facility_anaphors

    assert facility_anaphors("The tunnel was completed in March 2019.") == {"tunnel"}
    assert facility_anaphors("The refinery opened in May, a worker said.") == {"refinery"}
    assert not facility_anaphors("The Dostuk tunnel was completed in March 2019.")  # a name: a named object
    assert not facility_anaphors("Officials said the tunnel was completed in March 2019.")  # not the subject


def _milestone(when: str, quote: str, obj: str | None = None):  # type: ignore[no-untyped-def]
    return claim("completed", "COOPERATE", when, named_object=obj, keywords=("complet",), quote=quote,
                 end=len(quote))


_NAMED = "Kyrgyz engineers complete the 4-km Dostuk tunnel on the Balykchy line."


def test_a_facility_told_by_its_kind_joins_the_named_one_of_that_month(session: Session) -> None:
    _store(session, "a.txt", _milestone("2019-03", _NAMED, "Dostuk tunnel"))
    _store(session, "b.txt", _milestone("2019-03", "The tunnel was completed in March 2019."))
    assert len(list(session.scalars(select(Event)))) == 1


def test_another_kind_of_facility_stays_apart(session: Session) -> None:
    _store(session, "a.txt", _milestone("2019-03", _NAMED, "Dostuk tunnel"))
    _store(session, "b.txt", _milestone("2019-03", "The bridge was completed in March 2019."))
    assert len(list(session.scalars(select(Event)))) == 2


def test_a_facility_of_another_month_stays_apart(session: Session) -> None:
    _store(session, "a.txt", _milestone("2019-03", _NAMED, "Dostuk tunnel"))
    _store(session, "b.txt", _milestone("2019-05", "The tunnel was completed in May 2019."))
    assert len(list(session.scalars(select(Event)))) == 2


def test_a_facility_told_by_its_kind_joins_neither_of_two_such_facilities(session: Session) -> None:
    _store(session, "a.txt", _milestone("2019-03", _NAMED, "Dostuk tunnel"))
    other = _milestone("2019-03", "Chinese builders complete the Kok-Art tunnel near Osh.", "Kok-Art tunnel")
    _store(session, "c.txt", other)
    _store(session, "b.txt", _milestone("2019-03", "The tunnel was completed in March 2019."))
    assert len(list(session.scalars(select(Event)))) == 3


def test_premodified_texts_of_a_sentence_naming_two_documents() -> None:
    from timeline.resolve.similarity import premodified_texts

    text = "The sides sign an agreement on visa exemption and an investment agreement for a 200 MW solar park."
    assert not premodified_texts(text)


# --- 6. "Meeting in <place>, the leaders agree …": the meeting is the agreement's occasion -------------------


def test_a_participle_meeting_is_the_occasion_of_the_agreement(session: Session) -> None:
    text = ("Chronology of talks\n\n14 March 2022 — Meeting in Ankara, the three foreign ministers of Turkey, Georgia "
            "and Azerbaijan agree to set up a working group on transit.\n")
    events = store_articles(session, ("chronology.md", text))
    assert len(events) == 1


def test_a_participle_meeting_beside_a_signed_document_stays_two(session: Session) -> None:
    text = ("Chronology of talks\n\n14 March 2022 — Meeting in Ankara, the three foreign ministers of Turkey, Georgia "
            "and Azerbaijan sign a declaration on transit.\n")
    events = store_articles(session, ("chronology.md", text))
    assert len(events) == 2


def test_occasion_clause_needs_a_named_place() -> None:
    from timeline.resolve.merge import _OCCASION_CLAUSE

    assert _OCCASION_CLAUSE.search("5 May 2020 — Meeting in Tbilisi, the ministers agree on a plan.")
    assert not _OCCASION_CLAUSE.search("Meeting in private, the ministers agree on a plan.")
    assert not _OCCASION_CLAUSE.search("The meeting in Tbilisi, held on Monday, agreed a plan.")
