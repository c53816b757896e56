"""Merge rules of session 6 (round 7): the same ordinal gathering at the same place, a named object
told in the other side's words, organisation names one within the other, and one visit recalled by
different speakers. Invented sentences of several outlets' styles; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import (
    Match,
    Profile,
    judge,
    ordinal_gatherings,
    quote_names,
    same_event,
    same_named_thing,
    shared_specific_actors,
    topic_words,
)

D = dt.date


def _p(
    quote: str,
    lower: dt.date,
    upper: dt.date | None = None,
    *,
    event_type: str = "CONSULT",
    source: int = 1,
    **kw: object,
) -> Profile:
    """A profile read off a quote the way the merger reads one (words, names, ordinals)."""
    base = Profile(
        event_type=event_type,
        lower=lower,
        upper=upper or lower,
        sources=frozenset({source}),
        words=topic_words(quote),
        names=quote_names(quote),
        ordinals=ordinal_gatherings(quote),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# --- the same ordinal gathering at the same place ------------------------------------------------

_HELD = "The fifth meeting of the Uzbek-Turkish joint commission took place in Tashkent on Friday."
_EVE = (
    "A textile deal was signed with Turkish firm Koton in Tashkent in March, on the eve of the fifth meeting"
    " of the commission."
)


def test_the_same_ordinal_gathering_at_one_place_joins_despite_other_organisations() -> None:
    held = _p(_HELD, D(2023, 3, 3), places=frozenset({"Tashkent"}), actors=frozenset({"Joint Commission"}))
    eve = _p(_EVE, D(2023, 3, 1), D(2023, 3, 31), source=2, places=frozenset({"Tashkent"}), actors=frozenset({"Koton"}))
    assert same_named_thing(eve, held)
    assert isinstance(judge(eve, held), Match)


def test_another_number_or_another_place_is_another_gathering() -> None:
    held = _p(_HELD, D(2023, 3, 3), places=frozenset({"Tashkent"}), actors=frozenset({"Joint Commission"}))
    sixth = _p(_EVE.replace("fifth", "sixth"), D(2023, 3, 1), D(2023, 3, 31), source=2,
               places=frozenset({"Tashkent"}), actors=frozenset({"Koton"}))
    elsewhere = _p(_EVE.replace("Tashkent", "Samarkand"), D(2023, 3, 1), D(2023, 3, 31), source=2,
                   places=frozenset({"Samarkand"}), actors=frozenset({"Koton"}))
    assert not same_named_thing(sixth, held) and not same_named_thing(elsewhere, held)
    assert not isinstance(judge(sixth, held), Match)
    assert not isinstance(judge(elsewhere, held), Match)


def test_commission_sessions_a_year_apart_stay_apart() -> None:
    first = _p("The commission held its third session in Ankara on 12 May 2022.", D(2022, 5, 12),
               places=frozenset({"Ankara"}))
    second = _p("The commission held its third session in Ankara in May.", D(2023, 5, 1), D(2023, 5, 31), source=2,
                places=frozenset({"Ankara"}))
    assert same_event(second, first) is None


def test_a_planned_session_joins_the_session_held_at_that_place() -> None:
    plan = _p("The sides agreed that the 12th session of the commission will be held in Ankara in 2026.",
              D(2026, 1, 1), D(2026, 12, 31), places=frozenset({"Ankara"}), status="planned")
    held = _p("The commission had held its twelfth session in Ankara in April, the minister told reporters.",
              D(2026, 4, 1), D(2026, 4, 30), source=2, places=frozenset({"Ankara"}), status="occurred",
              actors=frozenset({"Mehmet Ozturk"}), persons=frozenset({"Mehmet Ozturk"}))
    assert isinstance(judge(held, plan), Match)
    assert isinstance(judge(plan, held), Match)


# --- a named object told in the other side's words -----------------------------------------------

_ROW = "Mar 2016: Trans-Caspian Fibre Optic memorandum signed in Ashgabat"
_BODY = "In March 2016 the two ministries signed a memorandum on laying the Trans-Caspian Fibre Optic line."
_OTHER = "In March 2016 the two ministries signed a memorandum on fibre cooperation and digital customs."


def test_a_named_object_in_the_words_of_another_sentence_of_one_article_joins() -> None:
    row = _p(_ROW, D(2016, 3, 1), D(2016, 3, 31), event_type="AGREE",
             named_objects=("Trans-Caspian Fibre Optic memorandum",))
    body = _p(_BODY, D(2016, 3, 1), D(2016, 3, 31), event_type="AGREE")
    assert same_named_thing(body, row)
    assert isinstance(judge(body, row), Match)


def test_part_of_the_name_in_the_other_quote_is_not_enough() -> None:
    row = _p(_ROW, D(2016, 3, 1), D(2016, 3, 31), event_type="AGREE",
             named_objects=("Trans-Caspian Fibre Optic memorandum",))
    other = _p(_OTHER, D(2016, 3, 1), D(2016, 3, 31), event_type="AGREE")
    assert not same_named_thing(other, row)
    assert judge(other, row) == "one source, no strong signal"


def test_a_timeline_row_and_the_body_of_one_article_make_one_event(session: Session) -> None:
    src = source(session, "review.md", outlet="review", published=D(2025, 1, 5))
    row = claim("memo", "AGREE", "2016-03", quote=_ROW, start=0, end=len(_ROW),
                named_object="Trans-Caspian Fibre Optic memorandum", keywords=("memorandum",))
    body = claim("memo", "AGREE", "2016-03", quote=_BODY, start=500, end=500 + len(_BODY), keywords=("memorandum",))
    other = claim("memo", "AGREE", "2016-03", quote=_OTHER, start=900, end=900 + len(_OTHER), keywords=("memorandum",))
    store_extraction(session, src, extraction(src, row, body, other))
    groups = [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]
    assert {_ROW, _BODY} in groups
    assert {_OTHER} in groups


# --- organisation names one within the other ------------------------------------------------------


def test_an_organisation_name_within_a_joined_name_is_shared() -> None:
    joined = _p("x", D(2025, 9, 8), actors=frozenset({"Ministry of Energy and Kazakh Wind Power Company"}))
    alone = _p("y", D(2025, 9, 1), D(2025, 9, 30), source=2, actors=frozenset({"Kazakh Wind Power Company"}))
    assert shared_specific_actors(alone, joined) == {"Kazakh Wind Power Company"}


def test_one_word_or_partial_names_are_not_shared() -> None:
    a = _p("x", D(2025, 9, 8), actors=frozenset({"Ministry of Energy of Kazakhstan"}))
    b = _p("y", D(2025, 9, 8), source=2, actors=frozenset({"Ministry"}))
    c = _p("z", D(2025, 9, 8), source=2, actors=frozenset({"Energy Ministry"}))
    assert not shared_specific_actors(a, b)
    assert not shared_specific_actors(a, c)
    persons = _p("p", D(2025, 9, 8), actors=frozenset({"Li Qiang"}), persons=frozenset({"Li Qiang"}))
    longer = _p("q", D(2025, 9, 8), source=2, actors=frozenset({"Li Qiang Jr"}), persons=frozenset({"Li Qiang Jr"}))
    assert not shared_specific_actors(persons, longer)


# --- one visit recalled by different speakers -------------------------------------------------------

_VISIT = dict(mode="visit", hosts=frozenset({"China"}), states=frozenset({"China"}), keywords=frozenset({"visit"}))


def test_one_visit_recalled_by_two_speakers_is_one_visit() -> None:
    said_a = _p("Minister Wang Yi said that during Tokayev's state visit last May the leaders agreed.",
                D(2025, 5, 1), D(2025, 5, 31), actors=frozenset({"Kassym-Jomart Tokayev", "Wang Yi"}),
                persons=frozenset({"Kassym-Jomart Tokayev", "Wang Yi"}), **_VISIT)
    said_b = _p("Deputy Premier Serik Zhumangarin noted the state visit of Tokayev to China in May.",
                D(2025, 5, 1), D(2025, 5, 31), source=2,
                actors=frozenset({"Kassym-Jomart Tokayev", "Serik Zhumangarin"}),
                persons=frozenset({"Kassym-Jomart Tokayev", "Serik Zhumangarin"}), **_VISIT)
    assert isinstance(judge(said_b, said_a), Match)


def test_meetings_with_two_different_counterparts_stay_apart() -> None:
    with_xi = _p("Tokayev met Xi Jinping in Beijing on Monday.", D(2025, 5, 19),
                 actors=frozenset({"Kassym-Jomart Tokayev", "Xi Jinping"}),
                 persons=frozenset({"Kassym-Jomart Tokayev", "Xi Jinping"}))
    with_li = _p("Tokayev met Premier Li Qiang in Beijing on Monday.", D(2025, 5, 19), source=2,
                 actors=frozenset({"Kassym-Jomart Tokayev", "Li Qiang"}),
                 persons=frozenset({"Kassym-Jomart Tokayev", "Li Qiang"}))
    assert judge(with_li, with_xi) == "counterparts differ"


def test_two_visits_of_one_leader_in_one_year_stay_apart() -> None:
    spring = _p("Tokayev paid a state visit to China in May 2025.", D(2025, 5, 1), D(2025, 5, 31),
                actors=frozenset({"Kassym-Jomart Tokayev"}), persons=frozenset({"Kassym-Jomart Tokayev"}), **_VISIT)
    autumn = _p("Tokayev returned to China in October 2025 for a working visit.", D(2025, 10, 1), D(2025, 10, 31),
                source=2, actors=frozenset({"Kassym-Jomart Tokayev", "Li Qiang"}),
                persons=frozenset({"Kassym-Jomart Tokayev", "Li Qiang"}), **_VISIT)
    assert same_event(autumn, spring) is None


def test_a_signing_during_a_visit_is_not_the_visit(session: Session) -> None:
    src = source(session, "agency.kz", outlet="agency", published=D(2025, 5, 21))
    cn = replace(actor("China", "state", role="recipient"), country="CHN")
    tok = replace(actor("Kassym-Jomart Tokayev"), country="KAZ")
    q1 = "Tokayev arrived in Beijing on 19 May 2025 for a state visit."
    q2 = "On 19 May 2025 Tokayev and Xi signed the Treaty on Permanent Good-Neighbourliness."
    visit = claim("visit", "CONSULT", "2025-05-19", quote=q1, end=len(q1), mode="visit", actors=[tok, cn],
                  keywords=("visit",))
    sign = claim("treaty", "AGREE", "2025-05-19", quote=q2, start=100, end=100 + len(q2), actors=[tok],
                 named_object="Treaty on Permanent Good-Neighbourliness", keywords=("treaty",))
    store_extraction(session, src, extraction(src, visit, sign))
    assert len(list(session.scalars(select(Event)))) == 2


# --- dashes in names, places inside a name --------------------------------------------------------


def test_en_dashes_separate_the_words_of_a_name() -> None:
    from timeline.resolve.similarity import object_similarity, object_tokens

    assert object_tokens("Almaty–Bishkek–Kashgar highway") == ("almaty", "bishkek", "kashgar", "highway")
    assert object_similarity("Almaty–Bishkek–Kashgar highway", "Almaty-Bishkek-Kashgar highway") == 1.0


_OPENED_DAY = "The Almaty–Bishkek–Kashgar highway was opened on 30 October 2019, a ministry in Almaty said."
_OPENED_MONTH = (
    "The Almaty-Bishkek-Kashgar highway, opened in November 2019, carried record freight, a forum in Bishkek heard."
)


def test_a_place_inside_the_name_does_not_tell_two_openings_apart() -> None:
    day = _p(_OPENED_DAY, D(2019, 10, 30), event_type="COOPERATE", places=frozenset({"Astana"}),
             named_objects=("Almaty–Bishkek–Kashgar highway",), keywords=frozenset({"highway"}))
    month = _p(_OPENED_MONTH, D(2019, 11, 1), D(2019, 11, 30), event_type="COOPERATE", source=2,
               places=frozenset({"Bishkek"}), named_objects=("Almaty-Bishkek-Kashgar highway",),
               keywords=frozenset({"highway"}))
    match = judge(month, day)
    assert isinstance(match, Match) and match.conflict  # one opening, dated a unit apart: a conflict
    elsewhere = replace(month, places=frozenset({"Osh"}))
    assert not isinstance(judge(elsewhere, day), Match)  # a place of its own that differs


def test_state_names_in_a_forum_name_do_not_make_it_told_in_another_quote() -> None:
    forum = _p("The China–Kyrgyzstan Business Forum was held in Osh the same day.", D(2026, 6, 11),
               named_objects=("China–Kyrgyzstan Business Forum",), states=frozenset({"China", "Kyrgyzstan"}))
    visit = _p("A Chinese business delegation visited Kyrgyzstan's Osh region, meeting officials from China "
               "and Kyrgyzstan.", D(2026, 6, 11), states=frozenset({"China", "Kyrgyzstan"}))
    assert not same_named_thing(visit, forum)


# --- a coarse claim between the visit and the talks held during it --------------------------------


def test_a_month_visit_claim_joins_the_visit_not_the_talks_held_during_it(session: Session) -> None:
    tok = replace(actor("Kassym-Jomart Tokayev"), country="KAZ")
    cn = replace(actor("China", "state", role="recipient"), country="CHN")
    xi = replace(actor("Xi Jinping"), country="CHN")
    first = source(session, "wire.kz", outlet="wire", published=D(2025, 5, 21))
    q1 = "Tokayev arrived in Beijing on Monday evening for a state visit."
    q2 = "On Tuesday Xi Jinping held talks with Tokayev on a comprehensive strategic partnership."
    arrive = claim("visit", "CONSULT", "2025-05-19", quote=q1, end=len(q1), mode="visit", actors=[tok, cn],
                   keywords=("visit", "state"))
    talks = claim("talks", "CONSULT", "2025-05-20", quote=q2, start=200, end=200 + len(q2), actors=[xi, tok],
                  keywords=("talks", "partnership"))
    store_extraction(session, first, extraction(first, arrive, talks))
    later = source(session, "review.kz", outlet="review", published=D(2026, 2, 1))
    q3 = "Tokayev's state visit to China last May opened a new stage of the partnership, the deputy premier said."
    month = claim("visit", "CONSULT", "2025-05", quote=q3, end=len(q3), mode="visit", actors=[tok, cn],
                  keywords=("visit", "partnership"))
    store_extraction(session, later, extraction(later, month))
    groups = [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]
    assert {q1, q3} in groups and {q2} in groups


# --- one sentence: a trip and the unnamed gathering it was made for --------------------------------


def _one_sentence(session: Session, quote: str, first: dict, second: dict, uri: str = "wire.tj") -> list[set[str]]:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2025, 5, 2))
    a = claim("a", "CONSULT", quote=quote, end=len(quote), **first)  # type: ignore[arg-type]
    b = claim("b", "CONSULT", quote=quote, end=len(quote), **second)  # type: ignore[arg-type]
    store_extraction(session, src, extraction(src, a, b))
    return [{c.mode or "" for c in ev.citations} for ev in session.scalars(select(Event))]


_MIN = replace(actor("Rahimov Minister"), country="TJK")


def test_a_trip_made_to_attend_an_unnamed_session_is_one_event(session: Session) -> None:
    quote = (
        "A delegation led by Minister Rahimov is expected to travel to Dushanbe in June to attend a session"
        " of the commission."
    )
    groups = _one_sentence(
        session, quote,
        dict(when="2025-06", mode="visit", actors=[_MIN], status="planned"),
        dict(when="2025-06", mode="multilateral", actors=[_MIN], status="planned"),
    )
    assert groups == [{"visit", "multilateral"}]


def test_one_person_attending_a_gathering_is_one_event(session: Session) -> None:
    quote = "Vice Premier Rahimov will attend the Eurasian Economic Forum in Minsk from 26 to 27 June."
    groups = _one_sentence(
        session, quote,
        dict(when="2025-06-26/2025-06-27", mode="multilateral", actors=[_MIN], status="planned",
             named_object="Eurasian Economic Forum"),
        dict(when="2025-06-26/2025-06-27", actors=[_MIN], status="planned"),
    )
    assert groups == [{"", "multilateral"}]


def test_a_state_visit_told_beside_a_gathering_stays_two_events(session: Session) -> None:
    quote = "Rahimov paid a state visit to Kazakhstan in June and attended a session of the regional council."
    groups = _one_sentence(
        session, quote,
        dict(when="2025-06", mode="visit", actors=[_MIN]),
        dict(when="2025-06", mode="multilateral", actors=[_MIN]),
    )
    assert len(groups) == 2


def test_two_leaders_meeting_at_a_gathering_are_not_the_gathering(session: Session) -> None:
    other = replace(actor("Abdulov President"), country="KGZ")
    quote = "Rahimov and Abdulov met as they attended the regional council in Astana on 4 June."
    groups = _one_sentence(
        session, quote,
        dict(when="2025-06-04", mode="multilateral", actors=[_MIN, other]),
        dict(when="2025-06-04", actors=[_MIN, other]),
    )
    assert len(groups) == 2


def test_a_trip_and_a_gathering_of_other_dates_in_one_sentence_stay_apart(session: Session) -> None:
    quote = "Rahimov came to Astana on 2 June for the council that opened on 4 June."
    groups = _one_sentence(
        session, quote,
        dict(when="2025-06-02", mode="visit", actors=[_MIN]),
        dict(when="2025-06-04", mode="multilateral", actors=[_MIN]),
    )
    assert len(groups) == 2


def test_a_long_document_name_told_in_the_words_of_another_article() -> None:
    from timeline.resolve.similarity import quote_tokens

    name = "Joint Declaration on everlasting good-neighbourly ties in the new age"
    quote = "Dushanbe and Ankara pledged everlasting good-neighbourly ties for a new age, the agency wrote."
    signed = replace(_p("signed", D(2024, 3, 5), event_type="AGREE", named_objects=(name,)), tokens=quote_tokens(name))
    told = replace(_p(quote, D(2024, 3, 4), D(2024, 3, 6), event_type="AGREE", source=2), tokens=quote_tokens(quote))
    assert same_named_thing(told, signed)
    partly = "Dushanbe and Ankara pledged good ties, the agency wrote."
    other = replace(_p(partly, D(2024, 3, 4), D(2024, 3, 6), event_type="AGREE", source=2),
                    tokens=quote_tokens(partly))
    assert not same_named_thing(other, signed)  # "everlasting" and "new age" are not told


# --- diplomatic relations: established once between two states ------------------------------------

_TJ = replace(actor("Tajikistan", "state"), country="TJK")
_MN = replace(actor("Mongolia", "state"), country="MNG")
_TR = replace(actor("Türkiye", "state"), country="TUR")


def _relations(session: Session, uri: str, quote: str, when: str, *states: object) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=D(2024, 5, 1))
    c = claim("relations", "AGREE", when, quote=quote, end=len(quote), actors=list(states),  # type: ignore[arg-type]
              keywords=("diplomatic", "relations"))
    store_extraction(session, src, extraction(src, c))


def test_relations_established_a_year_apart_by_two_articles_are_one_event_in_conflict(session: Session) -> None:
    _relations(session, "podcast.tj", "Formally the two countries set up diplomatic relations at the end of 1991.",
               "1991", _TJ, _TR)
    _relations(session, "chronology.tj", "4 January 1992 | Tajikistan and Türkiye establish diplomatic relations.",
               "1992-01-04", _TJ, _TR)
    events = list(session.scalars(select(Event)))
    assert len(events) == 1 and events[0].has_conflict


def test_relations_of_another_pair_of_states_stay_apart(session: Session) -> None:
    _relations(session, "podcast.tj", "Formally the two countries set up diplomatic relations at the end of 1991.",
               "1991", _TJ, _MN)
    _relations(session, "chronology.tj", "4 January 1992 | Tajikistan and Türkiye establish diplomatic relations.",
               "1992-01-04", _TJ, _TR)
    assert len(list(session.scalars(select(Event)))) == 2


def test_restored_relations_are_not_their_establishment(session: Session) -> None:
    _relations(session, "wire.tj", "Tajikistan and Türkiye restored diplomatic relations in 1995 after a rift.",
               "1995", _TJ, _TR)
    _relations(session, "chronology.tj", "4 January 1994 | Tajikistan and Türkiye establish diplomatic relations.",
               "1994-01-04", _TJ, _TR)
    assert len(list(session.scalars(select(Event)))) == 2
