"""Session 14 (helper B1), resolver merging on heldout34-36 classes: invented names, places and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import gathering_frames

MN = replace(actor("Mongolia", "state"), country="MNG")
KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
TOKAYEV = replace(actor("Kassym-Jomart Tokayev"), country="KAZ")
DORJ = replace(actor("Bat-Erdene Dorj"), country="MNG")


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2025, 3, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- 1. a gathering held within another is not that other gathering -------------------------------------


def test_gathering_frames_reads_the_larger_gathering() -> None:
    assert gathering_frames(
        "The minister's participation in the Global Water Leaders Summit held within the framework of "
        "COP31 in Antalya in November 2026 was appreciated."
    ) == frozenset({"cop31"})
    assert "sco" in gathering_frames("A business forum met on the sidelines of the SCO Summit in Astana.")
    assert gathering_frames("The credit was signed as part of the deal.") == frozenset()
    assert gathering_frames("They met on the sidelines of the summit.") == frozenset()


def _attend(quote: str, obj: str):  # type: ignore[no-untyped-def]
    return claim("Dorj participates", "CONSULT", "2026-11", mode="multilateral", actors=[replace(DORJ, role="actor")],
                 named_object=obj, keywords=("participat", "summit", "water", "leader"), quote=quote)


def _host(quote: str, obj: str):  # type: ignore[no-untyped-def]
    return claim("Kazakhstan hosts", "CONSULT", "2026-11", mode="multilateral", actors=[replace(KZ, role="actor")],
                 named_object=obj, keywords=("host", "summit", "water"), quote=quote)


def test_a_delegate_at_a_summit_within_a_conference_is_not_the_conference(session: Session) -> None:
    _store(session, "gov.html", _attend(
        "The president noted that the Deputy Premier's participation in the Water Leaders Summit held within "
        "the framework of COP31 in Astana in November 2026 was appreciated.", "Water Leaders Summit"))
    _store(session, "wire.txt", _host(
        "Kazakhstan, which hosted the COP31 water summit in November 2026, pledged new reservoirs.",
        "COP31 water summit"))
    assert len(events_by_id(session)) == 2


def test_the_same_summit_told_twice_still_joins(session: Session) -> None:
    _store(session, "gov.html", _attend(
        "The Deputy Premier took part in the Water Leaders Summit held within the framework of COP31 in Astana.",
        "Water Leaders Summit"))
    _store(session, "wire.txt", _host(
        "Kazakhstan hosted the Water Leaders Summit in November 2026.", "Water Leaders Summit"))
    assert len(events_by_id(session)) == 1


# --- 2. visa-free travel since a day is the visa exemption entering into force ---------------------------


def _in_force(when: str, quote: str, status: str = "occurred"):  # type: ignore[no-untyped-def]
    return claim("Visa exemption enters into force", "COOPERATE", when, actors=[MN, KZ],
                 keywords=("enter", "force", "visa", "exemption"), quote=quote, status=status)


def _visa_free(when: str, quote: str, states=(MN, KZ)):  # type: ignore[no-untyped-def]
    return claim("Visa-free travel introduced", "COOPERATE", when, actors=list(states),
                 keywords=("visa-free", "travel", "introduc"), quote=quote)


def test_travel_without_visas_since_a_month_joins_the_entry_into_force(session: Session) -> None:
    _store(session, "chrono.html", _in_force(
        "2025-06-12", "12 June 2025 - The mutual visa exemption agreement enters into force."))
    _store(session, "paper.txt", _visa_free(
        "2025-06", "Mongolian citizens have been able to travel to Kazakhstan without visas since June 2025.", (KZ,)))
    assert len(events_by_id(session)) == 1


def test_a_planned_entry_into_force_joins_the_travel_begun_that_day(session: Session) -> None:
    _store(session, "wire.txt", _visa_free(
        "2025-09-01", "Holders of ordinary passports have been able to travel without visas since Sept. 1."))
    _store(session, "chrono.html", _in_force(
        "2025-09-01", "1 September 2025 - The visa exemption agreement is due to take effect.", status="planned"))
    assert len(events_by_id(session)) == 1


def test_a_unilateral_visa_free_scheme_is_not_the_mutual_exemption(session: Session) -> None:
    _store(session, "chrono.html", _in_force(
        "2025-06-12", "12 June 2025 - The agreement on mutual visa exemption enters into force."))
    _store(session, "paper.txt", _visa_free(
        "2025-06", "Kazakhstan unilaterally allowed Mongolians to travel without visas from June 2025.", (KZ,)))
    assert len(events_by_id(session)) == 2


def test_visa_travel_in_another_year_stays_apart(session: Session) -> None:
    _store(session, "chrono.html", _in_force(
        "2025-06-12", "12 June 2025 - The agreement on mutual visa exemption enters into force."))
    _store(session, "paper.txt", _visa_free(
        "2019-03", "Diplomats have been able to travel without visas since March 2019."))
    assert len(events_by_id(session)) == 2


# --- 3. one stage of one standard bilateral text, told at two precisions ---------------------------------


def _signed(when: str, quote: str, actors):  # type: ignore[no-untyped-def]
    return claim("Agreement signed", "AGREE", when, actors=list(actors), keywords=("agree", "sign"), quote=quote)


def test_a_free_trade_agreement_signed_in_a_year_joins_its_signing_day(session: Session) -> None:
    _store(session, "chrono.html", _signed(
        "2019-04-26", "26 April 2019 - Trade ministers Dorj and Sultanov sign the free trade agreement in Nur-Sultan.",
        [replace(DORJ, role="participant"), replace(actor("Bakhyt Sultanov"), role="participant")]))
    _store(session, "speech.txt", _signed(
        "2019", "Our free trade agreement is a success; Mongolia was the first to sign such an agreement with "
        "Kazakhstan, in 2019.", [MN, KZ]))
    assert len(events_by_id(session)) == 1


def test_free_trade_negotiations_concluded_told_twice_are_one_event(session: Session) -> None:
    _store(session, "chrono.html", claim(
        "Mongolia-Kazakhstan reach agreement", "AGREE", "2018-11", actors=[MN, KZ], keywords=("agree",),
        quote="November 2018 - The free trade negotiations are concluded."))
    _store(session, "paper.txt", _signed(
        "2018-11", "Negotiations on a free trade agreement were launched in 2017 and concluded in November 2018.",
        [MN, KZ]))
    assert len(events_by_id(session)) == 1


def test_the_upgrade_protocol_is_not_the_free_trade_agreement(session: Session) -> None:
    _store(session, "chrono.html", _signed(
        "2019-04-26", "26 April 2019 - The two governments sign the free trade agreement in Nur-Sultan.", [MN, KZ]))
    _store(session, "paper.txt", _signed(
        "2019", "In 2019 they signed a protocol upgrading the free trade agreement.", [MN, KZ]))
    assert len(events_by_id(session)) == 2


def test_a_double_taxation_treaty_is_not_the_free_trade_agreement(session: Session) -> None:
    _store(session, "chrono.html", _signed(
        "2019-04-26", "26 April 2019 - The two governments sign the free trade agreement in Nur-Sultan.", [MN, KZ]))
    _store(session, "paper.txt", _signed(
        "2019", "Mongolia and Kazakhstan signed a double taxation treaty in 2019.", [MN, KZ]))
    assert len(events_by_id(session)) == 2


def test_a_signing_and_the_negotiations_concluded_stay_two(session: Session) -> None:
    _store(session, "chrono.html", _signed(
        "2019-04", "April 2019 - The two governments sign the free trade agreement.", [MN, KZ]))
    _store(session, "paper.txt", claim(
        "Mongolia-Kazakhstan reach agreement", "AGREE", "2019", actors=[MN, KZ], keywords=("agree",),
        quote="The free trade negotiations were concluded in 2019."))
    assert len(events_by_id(session)) == 2


# --- 4. a planned construction start joins the start it announced ----------------------------------------


def _start(when: str, quote: str, status: str = "occurred", actors=()):  # type: ignore[no-untyped-def]
    return claim("Construction starts", "COOPERATE", when, actors=list(actors),
                 keywords=("construction", "start", "farm"), quote=quote, status=status)


def test_a_planned_start_of_a_farm_joins_the_groundbreaking(session: Session) -> None:
    _store(session, "wire.txt", _start(
        "2027-04-07", "Steppe Energy broke ground on Wednesday on a 150-megawatt solar farm near Darkhan, marking "
        "the start of construction.", actors=[MN]))
    _store(session, "gov.html", _start(
        "2027-21", "The minister said construction of the solar farm is expected to begin in the spring.",
        status="planned"))
    assert len(events_by_id(session)) == 1


def test_a_planned_wind_farm_is_not_the_solar_farm_begun(session: Session) -> None:
    _store(session, "wire.txt", _start(
        "2027-04-07", "Steppe Energy broke ground on Wednesday on a 150-megawatt solar farm near Darkhan, marking "
        "the start of construction.", actors=[MN]))
    _store(session, "gov.html", _start(
        "2027-21", "The minister said construction of the wind farm is expected to begin in the spring.",
        status="planned"))
    assert len(events_by_id(session)) == 2


def test_a_plan_dated_finer_than_the_start_stays_apart(session: Session) -> None:
    _store(session, "wire.txt", _start(
        "2027-04", "Construction of the solar farm near Darkhan started in April.", actors=[MN]))
    _store(session, "gov.html", _start(
        "2027-04-20", "Construction of the solar farm is due to begin on 20 April.", status="planned"))
    assert len(events_by_id(session)) == 2


def test_a_text_said_to_take_effect_is_not_its_signing(session: Session) -> None:
    _store(session, "chrono.html", _signed(
        "2019-04-26", "26 April 2019 - The two governments sign the free trade agreement in Nur-Sultan.", [MN, KZ]))
    _store(session, "paper.txt", _signed(
        "2019", "The Mongolia-Kazakhstan free trade agreement, which took effect in 2019, was the first free trade "
        "agreement Kazakhstan concluded in the region.", [MN, KZ]))
    assert len(events_by_id(session)) == 2


# --- 5. a chronology row's act joins the event its meeting joined -----------------------------------------

OYUN = replace(actor("Luvsannamsrain Oyun-Erdene"), country="MNG", role="participant")
SMAILOV = replace(actor("Alikhan Smailov"), country="KAZ", role="participant")
ASTANA = replace(actor("Astana", "place"), role="location")


def test_a_rows_partnership_joins_the_event_of_its_meeting(session: Session) -> None:
    told = ("Mongolia and Kazakhstan upgraded relations to a strategic partnership in June 2025, when Prime "
            "Minister Oyun-Erdene met Smailov in Astana.")
    _store(session, "paper.txt",
           claim("Mongolia-Kazakhstan strategic partnership established", "AGREE", "2025-06", actors=[MN, KZ],
                 keywords=("establish", "partnership"), quote=told, start=0, end=140),
           claim("Oyun-Erdene meets Smailov", "CONSULT", "2025-06", actors=[MN, KZ, OYUN, SMAILOV, ASTANA],
                 keywords=("meet",), quote=told, start=0, end=140))
    row = ("**14 June 2025** - Smailov meets Prime Minister Oyun-Erdene in Astana, where Oyun-Erdene attends the "
           "opening of the Steppe Games; the leaders announce the establishment of a strategic partnership.")
    _store(session, "chrono.md",
           claim("Smailov meets Oyun-Erdene", "CONSULT", "2025-06-14", actors=[OYUN, SMAILOV, ASTANA],
                 keywords=("meet",), quote=row, start=0, end=190),
           claim("Oyun-Erdene opening Steppe Games", "COOPERATE", "2025-06-14", actors=[OYUN, ASTANA],
                 named_object="Steppe Games", keywords=("game", "open"), quote=row, start=0, end=190),
           claim("Strategic partnership established", "AGREE", "2025-06-14", actors=[OYUN, SMAILOV, ASTANA],
                 keywords=("establish", "partnership"), quote=row, start=0, end=190))
    events = events_by_id(session)
    partnership = [e for e in events if any(c.event_type == "AGREE" for c in e.citations)]
    assert len(partnership) == 1
    assert {c.source.uri for c in partnership[0].citations} == {"paper.txt", "chrono.md"}


def test_a_rows_act_without_a_joined_meeting_stays_with_the_sentence(session: Session) -> None:
    row = ("**14 June 2025** - Smailov meets Prime Minister Oyun-Erdene in Astana; the leaders announce the "
           "establishment of a strategic partnership.")
    _store(session, "chrono.md",
           claim("Smailov meets Oyun-Erdene", "CONSULT", "2025-06-14", actors=[OYUN, SMAILOV, ASTANA],
                 keywords=("meet",), quote=row, start=0, end=150),
           claim("Strategic partnership established", "AGREE", "2025-06-14", actors=[OYUN, SMAILOV, ASTANA],
                 keywords=("establish", "partnership"), quote=row, start=0, end=150))
    events = events_by_id(session)
    assert len(events) == 2  # the talks and the partnership: two lines (nothing else told them as one)
