"""Round 9 conflict merge: a one-off event (a partnership of a given level established between two
states) dated differently by two articles is one event with a flagged conflict, every claim kept;
recurrent events (summits, openings of different sections) stay apart when their dates disagree.
Invented sentences of several outlets' styles; positive and negative cases; both ingest orders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, events_by_id, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Citation
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Profile, in_force_words, judge, one_off, partnership_levels, thing_names

D = dt.date
_TJ = replace(actor("Tajikistan", "state"), country="TJK")
_TR = replace(actor("Türkiye", "state"), country="TUR")
_MN = replace(actor("Mongolia", "state"), country="MNG")


def _store(session: Session, uri: str, *claims: tuple[str, str, str], states: tuple = (_TJ, _TR),
           event_type: str = "AGREE", mode: str | None = None, keywords: tuple[str, ...] = ("partnership",),
           named_object: str | None = None) -> None:
    """One article: each claim is (quote, EDTF value, date text as written in the quote)."""
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2025, 6, 1))
    made = []
    for i, (quote, when, text) in enumerate(claims):
        c = claim("c", event_type, when, quote=quote, start=i * 300, end=i * 300 + len(quote), mode=mode,
                  actors=list(states), keywords=keywords, named_object=named_object)
        made.append(replace(c, date=date(when, text)))
    store_extraction(session, src, extraction(src, *made))


# --- partnership levels told in a sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("The two leaders signed a joint statement establishing a strategic partnership.", {"strategic"}),
        ("Ties were upgraded to a “comprehensive strategic partnership” during the visit.",
         {"comprehensive strategic"}),
        ("Dushanbe and Ankara announced an all-round strategic partnership on Friday.", {"all-round strategic"}),
        ("A strategic partnership was established between the two countries in 2019.", {"strategic"}),
        ("He said the comprehensive strategic partnership forged in 2019 had grown.", {"comprehensive strategic"}),
        ("The ministers agreed to deepen their comprehensive strategic partnership.", set()),
        ("Trade is a pillar of the partnership, the envoy said.", set()),
    ],
)
def test_partnership_levels_told_as_established(text: str, levels: set[str]) -> None:
    assert partnership_levels(text) == levels


def test_partnership_level_nearest_the_claims_date() -> None:
    text = ("The presidents signed a strategic partnership in Ankara in June 2024 and raised it to a "
            "comprehensive strategic partnership in Dushanbe in April 2025.")
    assert partnership_levels(text, "June 2024") == {"strategic"}
    assert partnership_levels(text, "April 2025") == {"comprehensive strategic"}
    assert partnership_levels(text) == {"strategic", "comprehensive strategic"}


def test_one_off_needs_the_same_level_and_the_same_two_states() -> None:
    base = Profile("AGREE", states=frozenset({"Tajikistan", "Türkiye"}), cues=frozenset({"partnership:strategic"}),
                   sources=frozenset({1}))
    other = replace(base, sources=frozenset({2}))
    assert one_off(base, other)
    assert not one_off(base, replace(base, sources=frozenset({1})))  # one article
    assert not one_off(base, replace(other, cues=frozenset({"partnership:comprehensive strategic"})))
    assert not one_off(base, replace(other, states=frozenset({"Tajikistan", "Mongolia"})))
    two_levels = frozenset({"partnership:strategic", "partnership:comprehensive strategic"})
    assert not one_off(base, replace(other, cues=two_levels))


def test_judge_bounds_the_distance_of_a_one_off_conflict() -> None:
    def side(lo: dt.date, hi: dt.date, src: int) -> Profile:
        return Profile("AGREE", lower=lo, upper=hi, states=frozenset({"Tajikistan", "Türkiye"}),
                       cues=frozenset({"partnership:strategic"}), sources=frozenset({src}),
                       keywords=frozenset({"partnership"}))

    day = side(D(2024, 9, 4), D(2024, 9, 4), 1)
    month = side(D(2024, 2, 1), D(2024, 2, 29), 2)
    match = judge(month, day)
    assert not isinstance(match, str) and match.conflict
    later = side(D(2025, 11, 1), D(2025, 11, 30), 2)  # fourteen months away: two events
    assert isinstance(judge(later, day), str)
    year = side(D(2022, 1, 1), D(2022, 12, 31), 2)  # a year claim two years away: two events
    assert isinstance(judge(year, day), str)


# --- stored: one event in conflict, every claim kept ------------------------------------------------

_MONTH = ("Türkiye and Tajikistan signed a strategic partnership in Ankara in June 2024.", "2024-06", "June 2024")
_DAY = ("3 July 2024 — The presidents sign a joint statement that establishes a strategic partnership.",
        "2024-07-03", "3 July 2024")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_one_partnership_dated_a_month_apart_is_one_event_in_conflict(session: Session, order: tuple) -> None:
    items = [("wire.tj", _MONTH), ("chronology.tr", _DAY)]
    for i in order:
        _store(session, items[i][0], items[i][1])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict
    assert {c.claimed_edtf for c in session.scalars(select(Citation))} == {"2024-06", "2024-07-03"}
    assert events[0].edtf == "2024-07-03"  # the canonical rule: one source each, the more precise date


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_one_partnership_dated_months_apart_is_one_event_in_conflict(session: Session, order: tuple) -> None:
    items = [
        ("daily.tj", ("Dushanbe and Ankara agreed in February 2023 to upgrade ties to a comprehensive "
                      "strategic partnership.", "2023-02", "February 2023")),
        ("mfa.tr", ("On 6 September 2023 the two sides announced a comprehensive strategic partnership.",
                    "2023-09-06", "6 September 2023")),
    ]
    for i in order:
        _store(session, items[i][0], items[i][1])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_two_upgrades_of_one_pair_stay_two_events(session: Session) -> None:
    _store(session, "wire.tj", _MONTH)
    _store(session, "mfa.tr", ("In April 2025 the presidents raised relations to a comprehensive strategic "
                               "partnership.", "2025-04", "April 2025"))
    assert len(events_by_id(session)) == 2


def test_a_sentence_telling_both_upgrades_joins_each_to_its_own_level(session: Session) -> None:
    both = ("Presidents signed a strategic partnership in Ankara in June 2024 and raised it to a comprehensive "
            "strategic partnership in Dushanbe in April 2025.")
    _store(session, "chronology.tr", _DAY)
    _store(session, "embassy.tj", ("On 23 April 2025 the presidents signed a joint statement establishing a "
                                   "comprehensive strategic partnership.", "2025-04-23", "23 April 2025"))
    _store(session, "review.tj", (both, "2024-06", "June 2024"), (both, "2025-04", "April 2025"))
    events = events_by_id(session)
    assert len(events) == 2
    by_date = {e.edtf: e for e in events}
    assert by_date["2024-07-03"].has_conflict and not by_date["2025-04-23"].has_conflict


def test_partnership_of_another_pair_of_states_stays_apart(session: Session) -> None:
    _store(session, "wire.tj", _MONTH, states=(_TJ, _MN))
    _store(session, "chronology.tr", _DAY)
    assert len(events_by_id(session)) == 2


def test_two_summits_months_apart_stay_apart(session: Session) -> None:
    _store(session, "wire.tj", ("Leaders of Tajikistan and Türkiye held a summit in Ankara in March 2024.",
                                "2024-03", "March 2024"), event_type="CONSULT", keywords=("summit",))
    _store(session, "mfa.tr", ("The summit of Tajikistan and Türkiye opened in Dushanbe on 12 November 2024.",
                               "2024-11-12", "12 November 2024"), event_type="CONSULT", keywords=("summit",))
    assert len(events_by_id(session)) == 2


def test_openings_of_two_sections_of_one_railway_stay_apart(session: Session) -> None:
    _store(session, "wire.tj", ("The northern section of the Dushanbe–Kulob railway opened in March 2016.",
                                "2016-03", "March 2016"), event_type="COOPERATE", keywords=("railway",),
           named_object="northern section of the Dushanbe–Kulob railway")
    _store(session, "daily.tj", ("The southern section of the Dushanbe–Kulob railway opened on 24 August 2016.",
                                 "2016-08-24", "24 August 2016"), event_type="COOPERATE", keywords=("railway",),
           named_object="southern section of the Dushanbe–Kulob railway")
    assert len(events_by_id(session)) == 2


# --- a named thing starting to work: once ------------------------------------------------------------


def _start(session: Session, uri: str, quote: str, when: str, text: str, states: tuple = ()) -> None:
    _store(session, uri, (quote, when, text), states=states, event_type="COOPERATE", keywords=("pipeline",))


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_pipeline_starting_deliveries_dated_twice_is_one_event_in_conflict(session: Session, order: tuple) -> None:
    items = [
        ("wire.tj", "The Vakhsh-Kulob oil pipeline began commercial deliveries in May 2011.", "2011-05", "May 2011"),
        ("review.tr", "Built by a joint venture, the Vakhsh–Kulob pipeline started commercial operation in "
                      "September 2011, two years late.", "2011-09", "September 2011"),
    ]
    for i in order:
        _start(session, *items[i])
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict
    assert {c.claimed_edtf for c in session.scalars(select(Citation))} == {"2011-05", "2011-09"}


def test_the_same_phase_started_twice_is_one_event(session: Session) -> None:
    _start(session, "daily.tj", "The first phase of the Rogun plant came on stream in February 2018.",
           "2018-02", "February 2018")
    _start(session, "mfa.tr", "16 November 2018 — The first phase of Rogun is commissioned.", "2018-11-16",
           "16 November 2018")
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_another_phase_started_stays_apart(session: Session) -> None:
    _start(session, "daily.tj", "The first phase of the Rogun plant came on stream in February 2018.",
           "2018-02", "February 2018")
    _start(session, "mfa.tr", "9 September 2018 — The second phase of Rogun is commissioned.", "2018-09-09",
           "9 September 2018")
    assert len(events_by_id(session)) == 2


def test_two_sections_or_two_kinds_of_start_stay_apart(session: Session) -> None:
    _start(session, "wire.tj", "The northern section of the Vakhsh-Kulob pipeline began operation in March 2016.",
           "2016-03", "March 2016")
    _start(session, "daily.tj", "The southern section of the Vakhsh-Kulob pipeline began operation in August 2016.",
           "2016-08", "August 2016")
    _start(session, "review.tr", "The Vakhsh-Kulob pipeline started test operation in October 2016.",
           "2016-10", "October 2016")
    _start(session, "mfa.tr", "The Vakhsh-Kulob pipeline began commercial operation in January 2017.",
           "2017-01", "January 2017")
    assert len(events_by_id(session)) == 4


def test_two_agreements_entering_into_force_stay_apart(session: Session) -> None:
    _start(session, "wire.tj", "The Dushanbe Convention on double taxation entered into force in March 2020.",
           "2020-03", "March 2020", states=(_TJ, _TR))
    _start(session, "mfa.tr", "The Ankara Protocol on investment protection took effect on 9 June 2020.",
           "2020-06-09", "9 June 2020", states=(_TJ, _TR))
    assert len(events_by_id(session)) == 2


def test_thing_names_leave_out_states_demonyms_and_people() -> None:
    p = Profile("COOPERATE", names=frozenset({"kazakh", "china", "atasu", "rahmon"}),
                persons=frozenset({"Emomali Rahmon"}))
    assert thing_names(p) == {"atasu"}


# --- one text entering into force between two states ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Travel has grown since a visa-free regime for short trips took effect in May.", {"visa", "trips"}),
        ("Officials hailed the entry into force of the mutual visa waiver agreement.", {"visa", "waiver"}),
        ("12 March — The agreement on visa exemption enters into force: stays of up to 30 days.",
         {"visa", "exemption"}),
        ("The free trade agreement entered into force in January.", {"trade"}),
        ("The two leaders signed a treaty.", set()),
    ],
)
def test_in_force_words(text: str, words: set[str]) -> None:
    assert in_force_words(text) == words


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_one_text_in_force_dated_twice_is_one_event_in_conflict(session: Session, order: tuple) -> None:
    items = [
        ("blog.tj", "Arrivals have doubled since a visa-free regime for short trips took effect in March 2022.",
         "2022-03", "March 2022"),
        ("mfa.tr", "14 February 2022 — The agreement on mutual visa exemption enters into force.", "2022-02-14",
         "14 February 2022"),
    ]
    for i in order:
        _start(session, *items[i], states=(_TJ, _TR))
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_texts_in_force_for_another_pair_or_on_another_matter_stay_apart(session: Session) -> None:
    _start(session, "blog.tj", "Arrivals have doubled since a visa-free regime for short trips took effect in "
           "March 2022.", "2022-03", "March 2022", states=(_TJ, _TR))
    _start(session, "mfa.mn", "14 February 2022 — The agreement on mutual visa exemption enters into force.",
           "2022-02-14", "14 February 2022", states=(_TJ, _MN))
    _start(session, "wire.tr", "The free trade agreement entered into force on 1 June 2022.", "2022-06-01",
           "1 June 2022", states=(_TJ, _TR))
    assert len(events_by_id(session)) == 3
