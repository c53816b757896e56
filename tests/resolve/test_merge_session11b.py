"""Session 11, resolver round 2: a launch and a signing coordinated in one sentence are two events (the
same-sentence partner rule must not join them); a construction start told with a long subject
("Construction of the … railway from A to B, which will link …, began in …") is still read as one.
Positive and negative cases of each, through the real pipeline and on the pure helpers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from resolve_helpers import store_articles
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import _ADDED_ACT, _another_act, _launch_and_signing
from timeline.resolve.similarity import _names_thing, object_core, object_similarity, quote_cues


@pytest.fixture
def db(sqlite_engine: Engine) -> Session:
    with Session(sqlite_engine) as session:
        yield session


def _store(session: Session, *articles: tuple[str, str]) -> list[Event]:
    """Read, extract and store each (uri, text) in order; the events with their citations."""
    return store_articles(session, *articles)


# --- 1. a launch and a signing coordinated by "and" are two acts -------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "The two presidents launched, by video link, a ferry service from the port of Turkmenbashi, and "
        "signed an agreement on opening trade houses in each other's capitals.",
        "The ministers opened a logistics centre in Khorgos and also signed a memorandum on customs data.",
        "The two governments signed a memorandum on water use, and inaugurated a hydropower station on the Vakhsh.",
    ],
)
def test_launch_and_signing_coordinated_are_two_acts(quote: str) -> None:
    assert _launch_and_signing(("COOPERATE", "AGREE"), quote)
    assert _launch_and_signing(("AGREE", "COOPERATE"), quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The companies signed contracts under which gas started flowing to the plant in October.",
        "Diplomatic relations were established in 1993; Armenia opened its embassy in the same year.",
        "The railway was launched in May, when the two operators met in Tashkent.",
    ],
)
def test_no_coordinated_launch_and_signing(quote: str) -> None:
    assert not _launch_and_signing(("COOPERATE", "AGREE"), quote)


def test_only_agree_and_cooperate_claims_are_concerned() -> None:
    quote = "The presidents opened a bridge over the river and signed a memorandum on transit."
    assert not _launch_and_signing(("CONSULT", "AGREE"), quote)
    assert not _launch_and_signing(("AGREE", "AGREE"), quote)


def test_launch_and_signing_of_one_sentence_stay_two_events(db: Session) -> None:
    text = (
        "Published: 6 May 2025\n\nASHGABAT, 5 May 2025 -- On Monday the presidents of Turkmenistan and "
        "Uzbekistan launched, by video link, a ferry service from the port of Turkmenbashi, and signed an "
        "agreement on opening trade houses in each other's capitals.\n"
    )
    events = _store(db, ("wire.html", text))
    holding = [e for e in events if any("trade houses" in c.quote for c in e.citations)]
    types = sorted({c.event_type for e in holding for c in e.citations})
    assert types == ["AGREE", "COOPERATE"]  # both acts coded …
    assert len(holding) == 2, [(e.title, [c.event_type for c in e.citations]) for e in holding]


# --- 2. a construction start with a long subject ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Construction of the 318-kilometre highway from Osh to Irkeshtam, which will connect the Fergana "
        "valley with the Chinese border at the Torugart pass and beyond, began in March 2023.",
        "Construction work on the 95-kilometre pipeline from Shatlyk to the Afghan border near Serhetabat, "
        "financed by two development banks and a consortium of regional lenders, started on Friday.",
    ],
)
def test_construction_start_with_a_long_subject(text: str) -> None:
    assert "construction start" in quote_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Construction of the 318-kilometre highway from Osh to Irkeshtam, which will connect the Fergana "
        "valley with the Chinese border, was completed before exports began in 2023.",
        "Construction of the pipeline from Shatlyk to the Afghan border, financed by two banks, will take "
        "four years and cost 1.2 billion dollars.",
        "Construction of the dam was halted in 2019, long after the talks on water sharing began.",
    ],
)
def test_no_construction_start_when_completion_or_nothing_started(text: str) -> None:
    assert "construction start" not in quote_cues(text)


# --- 3. a sentence adding another act of the kind just told ------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "They also signed a roadmap of cultural exchanges for 2026-2027.",
        "In addition, the two ministries agreed to set up a joint working group on tourism.",
        "A memorandum on veterinary control was also signed between the two agencies.",
        "A second agreement, on road transport, was initialled by the deputy ministers.",
    ],
)
def test_added_act_is_read(quote: str) -> None:
    assert _ADDED_ACT.search(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The agreement was signed at the Government House by the two prime ministers.",
        "The ministers signed an agreement on visa exemption for holders of ordinary passports.",
        "The talks also covered energy and transport.",
    ],
)
def test_no_added_act(quote: str) -> None:
    assert not _ADDED_ACT.search(quote)


_MINISTERS = (
    "Published: 9 March 2026\n\nUzbek Foreign Minister Bakhtiyor Saidov held talks with Turkish Foreign Minister "
    "Hakan Fidan in Tashkent on 9 March 2026.\n\nFollowing the talks, the ministers signed an agreement between "
    "the governments of Uzbekistan and Turkey on mutual recognition of driving licences. "
)


def _apart(events: list[Event], one: str, two: str) -> bool:
    first = {e.id for e in events if any(one in c.quote for c in e.citations)}
    second = {e.id for e in events if any(two in c.quote for c in e.citations)}
    assert first and second, [(e.title, [c.quote for c in e.citations]) for e in events]
    return not first & second


def test_another_signing_told_next_stays_apart(db: Session) -> None:
    text = _MINISTERS + (
        "They also signed a plan of consultations between the foreign ministries of Uzbekistan and Turkey "
        "for 2027-2028.\n"
    )
    assert _apart(_store(db, ("wire.html", text)), "driving licences", "plan of consultations")


def test_an_added_decision_stays_apart_from_the_signing(db: Session) -> None:
    text = _MINISTERS + (
        "They also signed a plan of consultations between the foreign ministries of Uzbekistan and Turkey "
        "for 2027-2028.\n\nIn addition, the two ministries agreed to set up a joint working group on "
        "consular affairs.\n"
    )
    events = _store(db, ("wire.html", text))
    assert _apart(events, "driving licences", "working group")
    assert _apart(events, "plan of consultations", "working group")


def _cit(source_id: int, start: int, end: int, etype: str = "AGREE") -> SimpleNamespace:
    return SimpleNamespace(source_id=source_id, start=start, end=end, event_type=etype)


def _claim(quote: str, start: int = 200, etype: str = "AGREE") -> SimpleNamespace:
    return SimpleNamespace(quote=quote, start=start, end=start + len(quote), event_type=etype)


def test_another_act_needs_the_same_article_just_before_and_the_same_family() -> None:
    claim = _claim("They also signed a plan of consultations for 2027-2028.")
    assert _another_act([_cit(1, 100, 190)], 1, claim)  # the signing told just before, same article
    assert not _another_act([_cit(2, 100, 190)], 1, claim)  # another article retelling a signing
    assert not _another_act([_cit(1, 100, 190, "CONSULT")], 1, claim)  # the talks before: another family
    assert not _another_act([_cit(1, 100, 190), _cit(1, 200, 260)], 1, claim)  # cites the claim's sentence
    far = _claim("They also signed a plan of consultations for 2027-2028.", start=2000)
    assert not _another_act([_cit(1, 100, 190)], 1, far)  # told paragraphs earlier
    plain = _claim("The ministers signed a plan of consultations for 2027-2028.")
    assert not _another_act([_cit(1, 100, 190)], 1, plain)  # nothing added
    for same in (
        "The agreement was also signed by the deputy prime minister of Georgia.",
        "In addition, the memorandum was signed in the presence of the two presidents.",
        "Moreover, the deal signed on Tuesday foresees a second phase.",
    ):
        assert not _another_act([_cit(1, 100, 190)], 1, _claim(same))  # the document just told, again


# --- 4. junk named objects: stage phrases, measures, descriptions ------------------------------------


def test_object_core_strips_stage_measure_and_date() -> None:
    assert object_core("Construction of the 318-kilometre highway") == "highway"
    assert object_core("Work on the Uzbek section") == "Uzbek section"
    assert object_core("100 MW wind farm") == "wind farm"
    assert object_core("Construction of the 318-kilometre highway", stage=False) == "Construction of the highway"
    assert object_core("Construction") == "Construction"  # all stage: kept whole


@pytest.mark.parametrize(
    "name", ["Work on the Uzbek", "Dubai-registered subsidiary", "a Cyprus-based trading company", "Construction"]
)
def test_descriptions_and_stage_phrases_name_no_thing(name: str) -> None:
    assert not _names_thing(name)


@pytest.mark.parametrize(
    "name", ["Construction of the Osh–Irkeshtam highway", "Navoi Mining and Metallurgical Company", "Kambarata-1 dam"]
)
def test_real_names_still_name_things(name: str) -> None:
    assert _names_thing(name)


def test_measures_do_not_lower_object_similarity() -> None:
    same = object_similarity("the 318-kilometre Osh–Irkeshtam highway", "Osh–Irkeshtam highway")
    assert same is not None and same >= 0.9
    stage = object_similarity("Construction of the Kulevi oil terminal", "second phase of the Kulevi oil terminal")
    assert stage != 1.0  # the stage stays part of the comparison
