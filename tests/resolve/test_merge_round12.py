"""Round 12 merging, through the real pipeline: short invented articles are read, extracted and stored
into a real SQLite database, then the events are checked. Classes: different acts of one sentence stay
apart; a signatory follow-up joins the signing; a plan joins its realisation; one session of a standing
body told at two precisions; strong identity with two dates is one event in conflict. Positive and
negative cases of each class, in several outlets' styles."""

from __future__ import annotations

import pytest
from resolve_helpers import store_articles
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from timeline.models import Event


@pytest.fixture
def db(sqlite_engine: Engine) -> Session:
    with Session(sqlite_engine) as session:
        yield session


def _store(session: Session, *articles: tuple[str, str]) -> list[Event]:
    """Read, extract and store each (uri, text) in order; the events with their citations."""
    return store_articles(session, *articles)


def _holding(events: list[Event], *words: str, etype: str | None = None) -> list[Event]:
    """Events citing a quote that contains every one of ``words`` (in a citation of ``etype``, if given)."""
    return [
        e
        for e in events
        if any(all(w in c.quote for w in words) and etype in (None, c.event_type) for c in e.citations)
    ]


def _one(events: list[Event], *words: str, etype: str | None = None) -> Event:
    found = _holding(events, *words, etype=etype)
    assert len(found) == 1, [(e.id, e.title, [c.quote for c in e.citations]) for e in events]
    return found[0]


# --- 3. a signatory follow-up joins the signing just told -------------------------------------------


def test_signatory_for_a_state_joins_the_signing(db: Session) -> None:
    text = ("BAKU, 12 March 2025 (Caspian Wire) -- Azerbaijan's Ministry of Energy and China Energy Engineering "
            "Corporation signed an agreement on Tuesday to build a 200 MW wind farm near Shamakhi. "
            "Energy Minister Parviz Shahbazov signed for Azerbaijan.\n")
    events = _store(db, ("wire.txt", text))
    assert _one(events, "wind farm") is _one(events, "signed for Azerbaijan")


def test_two_signatories_for_two_states_join_the_signing(db: Session) -> None:
    text = ("TASHKENT, 4 June 2025 -- Uzbekistan and China signed an intergovernmental agreement on Wednesday on "
            "the joint production of electric buses. Deputy Prime Minister Jamshid Khodjaev signed for "
            "Uzbekistan and Vice Minister Li Fei for China.\n")
    events = _store(db, ("gov.txt", text))
    assert _one(events, "electric buses") is _one(events, "signed for")


def test_signatory_on_behalf_of_a_state_joins_the_contract(db: Session) -> None:
    text = ("Published: 20 May 2024\n\nKazakhstan's national railway company and China Railway Construction "
            "Corporation signed a contract on Monday for a new container terminal at Khorgos. "
            "Kazakh Transport Minister Marat Karabayev signed on behalf of Kazakhstan.\n")
    events = _store(db, ("rail.txt", text))
    assert _one(events, "container terminal") is _one(events, "on behalf of")


def test_a_second_document_signed_for_a_state_stays_apart(db: Session) -> None:
    text = ("BAKU, 12 March 2025 (Caspian Wire) -- Azerbaijan's Ministry of Energy and China Energy Engineering "
            "Corporation signed an agreement on Tuesday to build a 200 MW wind farm near Shamakhi. "
            "Energy Minister Parviz Shahbazov also signed for Azerbaijan a memorandum on green hydrogen.\n")
    events = _store(db, ("wire.txt", text))
    hydrogen = _holding(events, "green hydrogen")
    assert hydrogen and _one(events, "wind farm") not in hydrogen


def test_a_signatory_after_a_meeting_is_no_part_of_it(db: Session) -> None:
    text = ("ASTANA, 2 October 2025 -- Kazakh President Kassym-Jomart Tokayev met Chinese Premier Li Qiang in "
            "Astana on Wednesday. Foreign Minister Murat Nurtleu signed for Kazakhstan.\n")
    events = _store(db, ("kz.txt", text))
    signed = _holding(events, "signed for Kazakhstan")
    assert all(not _holding([e], "met Chinese Premier") for e in signed)


def test_signatory_for_a_company_joins_the_contract(db: Session) -> None:
    text = ("Published: 20 May 2024\n\nKazakhstan's national railway company and China Railway Construction "
            "Corporation signed a contract on Monday for a new container terminal at Khorgos. "
            "Deputy Chairman Wang Wei signed for China Railway Construction Corporation.\n")
    events = _store(db, ("rail.txt", text))
    assert _one(events, "container terminal") is _one(events, "signed for")


# --- 1. different acts of one sentence stay apart ----------------------------------------------------

_UPGRADE_AND_SET = ("TASHKENT, 9 June 2025 -- Uzbekistan and China elevated their relations to an all-weather "
                    "partnership on Monday, and the two governments signed more than thirty agreements worth "
                    "$5 billion.\n")


def test_partnership_and_thirty_agreements_of_one_sentence_are_two_events(db: Session) -> None:
    events = _store(db, ("wire.txt", _UPGRADE_AND_SET))
    kinds = {(c.rule or "").split("+")[0] for e in events for c in e.citations}
    assert {"agree.partnership", "agree.sign"} <= kinds
    assert len(events) == 2


def test_announced_partnership_and_a_package_of_documents_are_two_events(db: Session) -> None:
    text = ("ASTANA, 5 May 2025 (Steppe News) -- Kazakhstan and China announced a permanent comprehensive "
            "strategic partnership on Monday, and their ministers signed a package of 14 documents on trade "
            "and energy.\n")
    events = _store(db, ("steppe.txt", text))
    assert len(events) == 2


def test_other_articles_join_the_partnership_and_the_agreements_apart(db: Session) -> None:
    other = ("Published: 10 June 2025\n\nUzbekistan and China established an all-weather comprehensive "
             "strategic partnership on Monday, 9 June, in Tashkent.\n")
    third = ("Published: 11 June 2025\n\nUzbekistan and China signed 32 agreements in Tashkent on 9 June, "
             "officials said.\n")
    events = _store(db, ("wire.txt", _UPGRADE_AND_SET), ("daily.txt", other), ("paper.txt", third))
    partnership = _one(events, "established an all-weather")
    agreements = _one(events, "32 agreements")
    assert partnership is not agreements
    assert len(events) == 2
    assert {c.source.uri for c in agreements.citations} >= {"wire.txt", "paper.txt"}
    assert {c.source.uri for c in partnership.citations} >= {"wire.txt", "daily.txt"}


def test_a_partnership_and_its_statement_of_one_sentence_stay_one_event(db: Session) -> None:
    text = ("BAKU, 3 July 2024 -- Azerbaijan and China signed a joint statement on establishing a strategic "
            "partnership on Wednesday.\n")
    other = ("Published: 4 July 2024\n\nChina and Azerbaijan established a strategic partnership on 3 July, "
             "signing a joint statement in Astana.\n")
    events = _store(db, ("az.txt", text), ("cn.txt", other))
    assert len(events) == 1


# --- 4. one session of a standing body at another precision ------------------------------------------

_SESSION_DAY = ("TASHKENT, 14 November 2025 -- The 9th meeting of the Intergovernmental Commission on Trade "
                "and Investment between Uzbekistan and Kazakhstan was held in Astana today. Deputy Prime "
                "Minister Serik Zhumangarin noted that the previous meeting of the Commission, held in "
                "Tashkent in 2024, had produced a road map on border trade.\n")


def test_previous_meeting_of_a_body_joins_its_session_of_that_year(db: Session) -> None:
    brief = ("Published: 2 December 2025\n\nIn May 2024 the intergovernmental commission on trade and "
             "investment met in Tashkent for the first time in four years.\n")
    events = _store(db, ("brief.txt", brief), ("ministry.txt", _SESSION_DAY))
    assert _one(events, "met in Tashkent") is _one(events, "previous meeting", "held in Tashkent", etype="CONSULT")


def test_session_told_by_co_chairs_and_by_states_is_one_event_in_conflict(db: Session) -> None:
    interview = ("Published: 20 December 2025\n\nThe commission met in Astana in October under Deputy Prime "
                 "Minister Serik Zhumangarin and Deputy Prime Minister Jamshid Khodjaev.\n")
    events = _store(db, ("ministry.txt", _SESSION_DAY), ("interview.txt", interview))
    session = _one(events, "9th meeting")
    assert session is _one(events, "met in Astana in October")
    assert session.has_conflict


def test_previous_meeting_in_another_city_stays_apart(db: Session) -> None:
    brief = ("Published: 2 December 2025\n\nIn May 2024 the intergovernmental commission on trade and "
             "investment met in Samarkand for the first time in four years.\n")
    events = _store(db, ("brief.txt", brief), ("ministry.txt", _SESSION_DAY))
    assert _one(events, "met in Samarkand") is not _one(events, "previous meeting", "held in Tashkent", etype="CONSULT")


def test_two_numbered_sessions_stay_apart(db: Session) -> None:
    first = ("ASTANA, 3 October 2025 -- The 8th meeting of the Kazakhstan-China Business Council was held in "
             "Astana today with Deputy Prime Minister Serik Zhumangarin.\n")
    second = ("Published: 10 November 2025\n\nThe 9th meeting of the Kazakhstan-China Business Council took "
              "place in Astana in November with Deputy Prime Minister Serik Zhumangarin.\n")
    events = _store(db, ("a.txt", first), ("b.txt", second))
    assert _one(events, "8th meeting") is not _one(events, "9th meeting")


def test_meetings_of_two_different_commissions_stay_apart(db: Session) -> None:
    first = ("BAKU, 14 May 2025 -- The joint border commission of Azerbaijan and Georgia met in Baku on "
             "Wednesday.\n")
    second = ("Published: 30 May 2025\n\nThe intergovernmental commission on trade of Azerbaijan and Georgia "
              "met in Baku in May.\n")
    events = _store(db, ("a.txt", first), ("b.txt", second))
    assert _one(events, "border commission") is not _one(events, "commission on trade")


def test_next_session_planned_by_two_sources_is_one_event(db: Session) -> None:
    row = ("# Kazakhstan and China\n\nPublished: 1 December 2025\n\nThe next session of the intergovernmental "
           "committee is due to take place in China in 2026.\n")
    release = ("ASTANA, 14 November 2025 -- It was agreed to hold the next meeting of the Intergovernmental "
               "Committee in China next year, the ministry of Kazakhstan said.\n")
    events = _store(db, ("row.txt", row), ("release.txt", release))
    assert _one(events, "due to take place") is _one(events, "hold the next meeting")


def test_a_statement_and_agreements_signed_by_one_verb_stay_one_event(db: Session) -> None:
    text = ("Published: 3 May 2024\n\nIn March 1993 Kazakhstan and China signed a joint communique on the "
            "principles of their relations and the first agreements on trade and transit.\n")
    events = _store(db, ("history.txt", text))
    assert len({c.rule for e in events for c in e.citations}) >= 1 and len(events) == 1


# --- 2. a plan joins its realisation ------------------------------------------------------------------

_TREATY_PLAN = ("ASTANA, 16 June 2025 -- Kazakhstan and China are expected to sign a treaty on eternal "
                "good-neighbourliness and friendship today.\n")
_ROUTE_PLAN = ("BAKU, 2 April 2025 -- Uzbekistan Airways will launch direct flights between Tashkent and "
               "Guangzhou in May, the carrier said on Wednesday.\n")


def test_treaty_expected_today_joins_its_signing(db: Session) -> None:
    row = ("Published: 1 September 2025\n\nOn 16 June the presidents of China and Kazakhstan signed a treaty "
           "of eternal good-neighbourliness and friendship.\n")
    events = _store(db, ("plan.txt", _TREATY_PLAN), ("row.txt", row))
    treaty = _one(events, "treaty")
    assert treaty is _one(events, "expected to sign")
    assert treaty.status == "occurred"
    assert {c.source.uri for c in treaty.citations} == {"plan.txt", "row.txt"}


def test_route_to_launch_in_may_joins_its_first_flight(db: Session) -> None:
    flight = ("Published: 5 May 2025\n\nThe first direct flight of Uzbekistan Airways from Tashkent landed in "
              "Guangzhou on 3 May.\n")
    events = _store(db, ("plan.txt", _ROUTE_PLAN), ("flight.txt", flight))
    route = _one(events, "Guangzhou")
    assert route.status == "occurred" and len(route.citations) == 2


def test_treaty_expected_today_is_not_another_document_signed(db: Session) -> None:
    other = ("Published: 17 June 2025\n\nKazakhstan and China signed an agreement on mutual visa exemption in "
             "Astana on 16 June.\n")
    events = _store(db, ("plan.txt", _TREATY_PLAN), ("other.txt", other))
    assert _one(events, "expected to sign") is not _one(events, "visa exemption")


def test_route_plan_is_not_a_first_flight_to_another_city(db: Session) -> None:
    flight = ("Published: 5 May 2025\n\nThe first direct flight of Uzbekistan Airways from Tashkent landed in "
              "Urumqi on 3 May.\n")
    events = _store(db, ("plan.txt", _ROUTE_PLAN), ("flight.txt", flight))
    assert _one(events, "will launch") is not _one(events, "landed in Urumqi")


def test_route_plan_is_not_another_carriers_first_flight(db: Session) -> None:
    flight = ("Published: 5 May 2025\n\nThe first direct flight of China Southern Airlines from Guangzhou "
              "landed in Tashkent on 3 May.\n")
    events = _store(db, ("plan.txt", _ROUTE_PLAN), ("flight.txt", flight))
    assert _one(events, "will launch") is not _one(events, "China Southern")


# --- 4b. a package or credit named by its amount --------------------------------------------------------

_LOAN_DAY = ("ASTANA, 12 March 2025 -- Kazakhstan's finance ministry and the Export-Import Bank of China signed a "
             "$600 million loan agreement on Wednesday for the modernisation of the Almaty power plant.\n")


def test_loan_named_by_amount_and_lender_joins_the_day_it_was_signed(db: Session) -> None:
    month = ("Published: 2 June 2025\n\nIn March Kazakhstan signed a loan agreement of USD 600 million with the "
             "Export-Import Bank of China.\n")
    events = _store(db, ("day.txt", _LOAN_DAY), ("month.txt", month))
    assert _one(events, "Almaty power plant") is _one(events, "USD 600 million")


def test_loan_of_another_amount_from_the_same_lender_stays_apart(db: Session) -> None:
    month = ("Published: 2 June 2025\n\nIn March Kazakhstan signed a loan agreement of USD 250 million with the "
             "Export-Import Bank of China.\n")
    events = _store(db, ("day.txt", _LOAN_DAY), ("month.txt", month))
    assert _one(events, "Almaty power plant") is not _one(events, "USD 250 million")


def test_package_of_another_pair_with_the_same_amount_stays_apart(db: Session) -> None:
    day = ("TASHKENT, 8 October 2025 -- Uzbekistan and China signed a package of documents worth a total of "
           "$7.5 billion on Wednesday.\n")
    month = ("Published: 30 December 2025\n\nIn October Kazakhstan and China signed investment agreements worth "
             "$7.5 billion in energy and mining.\n")
    events = _store(db, ("uz.txt", day), ("kz.txt", month))
    assert _one(events, "package of documents") is not _one(events, "investment agreements")


# --- 5. strong identity, two dates: one event in conflict ----------------------------------------------

_GROUNDBREAKING = ("Published: 30 December 2024\n\nA ceremony marking the start of construction of the Kashgar-Osh "
                   "highway was held on Friday in Osh, Kyrgyzstan, bringing a long-discussed project to the "
                   "ground.\n")


def test_construction_start_dated_two_days_apart_is_one_event_in_conflict(db: Session) -> None:
    rows = ("# Chronology\n\nPublished: 1 March 2025\n\n**25 December 2024** - Construction of the highway "
            "formally starts with a ceremony in Osh.\n")
    events = _store(db, ("news.txt", _GROUNDBREAKING), ("rows.md", rows))
    start = _one(events, "start of construction")
    assert start is _one(events, "formally starts") and start.has_conflict


def test_construction_start_of_another_thing_in_the_same_city_stays_apart(db: Session) -> None:
    other = ("Published: 2 January 2025\n\nConstruction of the Osh Logistics Hub began on 25 December in Osh, "
             "the Kyrgyz government said.\n")
    events = _store(db, ("news.txt", _GROUNDBREAKING), ("other.txt", other))
    assert _one(events, "start of construction") is not _one(events, "Logistics Hub")


def test_construction_start_in_another_city_stays_apart(db: Session) -> None:
    rows = ("# Chronology\n\nPublished: 1 March 2025\n\n**25 December 2024** - Construction of the highway "
            "formally starts with a ceremony in Kashgar.\n")
    events = _store(db, ("news.txt", _GROUNDBREAKING), ("rows.md", rows))
    assert _one(events, "start of construction") is not _one(events, "formally starts")


_PARTNERSHIP_WIRE = ("ASTANA, 3 July 2024 -- Kazakhstan and China announced a permanent comprehensive strategic "
                     "partnership on Tuesday, and the two governments signed 30 agreements.\n")


def test_partnership_told_in_a_relative_clause_joins_the_partnership(db: Session) -> None:
    speech = ("ASTANA, 20 November 2024 -- Opening the forum, the minister noted that Kazakh-Chinese relations "
              "have reached the level of a permanent comprehensive strategic partnership, which was established "
              "in Astana in July.\n")
    events = _store(db, ("wire.txt", _PARTNERSHIP_WIRE), ("speech.txt", speech))
    partnership = _one(events, "reached the level")
    assert any((c.rule or "").startswith("agree.partnership") for c in partnership.citations)
    assert len(events) == 2


def test_partnership_of_another_pair_told_in_a_relative_clause_stays_apart(db: Session) -> None:
    speech = ("ASTANA, 20 November 2024 -- Opening the forum, the minister noted that Uzbek-Chinese relations "
              "have reached the level of a permanent comprehensive strategic partnership, which was established "
              "in Tashkent in July.\n")
    events = _store(db, ("wire.txt", _PARTNERSHIP_WIRE), ("speech.txt", speech))
    assert all(not _holding([e], "announced a permanent") for e in _holding(events, "reached the level"))
