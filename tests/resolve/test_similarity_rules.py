"""Rules of the same-event test added in session 2: mapped parties, coarse claims, plans, retold
happenings, the only-candidate relaxations. Profiles are built by hand (no database)."""

from __future__ import annotations

import datetime as dt

from timeline.resolve.similarity import (
    Profile,
    coarse_join,
    identity_signals,
    member_states,
    person_state,
    same_event,
    vague_candidate,
)

D = dt.date
YEAR = (D(2024, 1, 1), D(2024, 12, 31))
MONTH = (D(2024, 6, 1), D(2024, 6, 30))
DAY = (D(2024, 6, 6), D(2024, 6, 6))


def _p(bounds: tuple[dt.date, dt.date] = DAY, event_type: str = "AGREE", **kw) -> Profile:
    return Profile(event_type=event_type, lower=bounds[0], upper=bounds[1], **kw)


def test_person_maps_to_state_of_dictionary() -> None:
    assert person_state("Ilham Aliyev") == "Azerbaijan"
    assert person_state("Nobody Unknown") is None
    p = _p(persons=frozenset({"Xi Jinping"}), actors=frozenset({"Xi Jinping"}), states=frozenset({"Kazakhstan"}))
    assert member_states(p) == {"China", "Kazakhstan"}


def test_coarse_join_is_month_or_wider_against_finer() -> None:
    assert coarse_join(_p(YEAR), _p(DAY), "vaguer")
    assert coarse_join(_p(DAY), _p(MONTH), "finer")
    assert not coarse_join(_p(DAY), _p(DAY), "same")
    assert not coarse_join(_p((D(2024, 6, 2), D(2024, 6, 8))), _p(DAY), "vaguer")


def test_year_claim_with_only_a_shared_person_and_kind_word_stays_apart() -> None:
    """ "Xi returned the visit in 2024" is not Xi's dated visit to Kazakhstan: one signal (who)."""
    xi = frozenset({"Xi Jinping"})
    claim = _p(YEAR, "CONSULT", actors=xi, persons=xi, keywords=frozenset({"visit"}), sources=frozenset({1}))
    event = _p(
        DAY,
        "CONSULT",
        actors=xi,
        persons=xi,
        states=frozenset({"Kazakhstan"}),
        mode="visit",
        keywords=frozenset({"visit", "state"}),
        sources=frozenset({2}),
    )
    assert same_event(claim, event) is None


def test_year_claim_with_person_and_host_state_joins() -> None:
    """Person plus the host state are two signals (who, party)."""
    xi = frozenset({"Xi Jinping"})
    kz = frozenset({"Kazakhstan"})
    claim = _p(YEAR, "CONSULT", actors=xi, persons=xi, states=kz, keywords=frozenset({"visit"}), sources=frozenset({1}))
    event = _p(
        DAY,
        "CONSULT",
        actors=xi,
        persons=xi,
        states=kz,
        mode="visit",
        keywords=frozenset({"visit"}),
        sources=frozenset({2}),
    )
    sig = identity_signals(claim, event, False, xi, frozenset({"visit"}))
    assert sig == {"who", "party"}
    assert same_event(claim, event) is not None


def test_topic_keyword_is_a_second_signal_kind_word_is_not() -> None:
    a = frozenset({"Ilham Aliyev"})
    assert "what" in identity_signals(_p(), _p(), False, a, frozenset({"railway"}))
    assert "what" not in identity_signals(_p(), _p(), False, a, frozenset({"memorandum"}))


def test_planned_claim_joins_occurred_event_only_with_identity_and_a_containing_date() -> None:
    xi = frozenset({"Xi Jinping"})
    kw = frozenset({"summit", "central", "asia"})
    occurred = _p(DAY, "CONSULT", actors=xi, persons=xi, keywords=kw, status="occurred", sources=frozenset({1}))
    plan = _p(YEAR, "CONSULT", actors=xi, persons=xi, keywords=kw, status="planned", sources=frozenset({2}))
    assert same_event(plan, occurred) is not None
    bare_plan = _p(YEAR, "CONSULT", actors=xi, persons=xi, keywords=frozenset({"summit"}), status="planned")
    assert same_event(bare_plan, occurred) is None  # who only
    later_plan = _p(DAY, "CONSULT", actors=xi, persons=xi, keywords=kw, status="planned", sources=frozenset({2}))
    assert same_event(later_plan, _p(MONTH, "CONSULT", actors=xi, persons=xi, keywords=kw, status="occurred")) is None
    # the only-candidate rule never joins a plan to a happening
    month_plan = _p(MONTH, "AGREE", states=frozenset({"China", "Kyrgyzstan"}), status="planned")
    day = _p(DAY, "AGREE", states=frozenset({"China", "Kyrgyzstan"}), status="occurred", sources=frozenset({3}))
    assert not vague_candidate(month_plan, day)


def test_one_article_retelling_a_signing_with_the_same_states_joins() -> None:
    three = frozenset({"Azerbaijan", "Kazakhstan", "Uzbekistan"})
    a = _p(DAY, states=three, sources=frozenset({1}), keywords=frozenset({"sign", "agree"}))
    b = _p(DAY, states=three, sources=frozenset({1}), keywords=frozenset({"sign", "renewable"}))
    assert same_event(b, a) is not None


def test_one_article_same_day_persons_mapped_to_the_same_states_stay_apart() -> None:
    """ "Earlier on Wednesday, Aliyev met Premier Li Qiang" is not the day's signing by the states."""
    two = frozenset({"Azerbaijan", "China"})
    signing = _p(DAY, states=two, sources=frozenset({1}), keywords=frozenset({"sign"}))
    li = frozenset({"Ilham Aliyev", "Li Qiang"})
    meeting = _p(DAY, actors=li, persons=li, sources=frozenset({1}), keywords=frozenset({"declar"}))
    assert same_event(meeting, signing) is None


def test_one_article_disjoint_topics_same_day_stay_apart() -> None:
    two = frozenset({"Azerbaijan", "Turkey"})
    gas = _p(DAY, states=two, sources=frozenset({1}), keywords=frozenset({"gas"}))
    visa = _p(DAY, states=two, sources=frozenset({1}), keywords=frozenset({"visa"}))
    assert same_event(visa, gas) is None


def test_one_article_summit_retold_joins_but_visit_and_talks_do_not() -> None:
    s1 = _p(DAY, "CONSULT", mode="multilateral", sources=frozenset({1}), keywords=frozenset({"summit", "host"}))
    s2 = _p(DAY, "CONSULT", mode="multilateral", sources=frozenset({1}), keywords=frozenset({"summit"}))
    assert same_event(s2, s1) is not None
    putin = frozenset({"Vladimir Putin"})
    visit = _p(
        DAY, "CONSULT", mode="visit", actors=putin, persons=putin, sources=frozenset({1}), keywords=frozenset({"visit"})
    )
    talks = _p(DAY, "CONSULT", actors=putin, persons=putin, sources=frozenset({1}), keywords=frozenset({"talk"}))
    assert same_event(talks, visit) is None


def test_only_candidate_needs_a_shared_content_keyword_and_another_article() -> None:
    """Dropped relaxations (see vague_candidate): same parties without keyword, a shared person,
    a same-article back-reference do not make the only candidate."""
    month = _p(
        MONTH,
        states=frozenset({"China", "Kyrgyzstan", "Uzbekistan"}),
        keywords=frozenset({"intergovernmental"}),
        sources=frozenset({1}),
    )
    day = _p(DAY, states=frozenset({"China", "Kyrgyzstan"}), keywords=frozenset({"sign"}), sources=frozenset({2}))
    assert not vague_candidate(month, day)
    rail = _p(DAY, states=frozenset({"China"}), keywords=frozenset({"intergovernmental"}), sources=frozenset({2}))
    assert vague_candidate(month, rail) and vague_candidate(rail, month)
    same_article = _p(
        DAY, states=frozenset({"China"}), keywords=frozenset({"intergovernmental"}), sources=frozenset({1})
    )
    assert not vague_candidate(month, same_article)
    putin = frozenset({"Vladimir Putin"})
    visit = _p(
        (D(2024, 9, 2), D(2024, 9, 3)),
        "CONSULT",
        actors=putin,
        persons=putin,
        sources=frozenset({1}),
        keywords=frozenset({"visit"}),
    )
    received = _p(
        (D(2024, 9, 1), D(2024, 9, 30)),
        "CONSULT",
        actors=putin,
        persons=putin,
        states=frozenset({"Mongolia"}),
        sources=frozenset({2}),
        keywords=frozenset({"visit"}),
    )
    assert vague_candidate(received, visit)
    erdogan = frozenset({"Recep Tayyip Erdoğan", "Vladimir Putin"})
    other = _p(
        (D(2024, 9, 2), D(2024, 9, 2)),
        "CONSULT",
        actors=erdogan,
        persons=erdogan,
        sources=frozenset({3}),
        keywords=frozenset({"visit"}),
    )
    assert not vague_candidate(received, other)  # Türkiye and Russia vs Mongolia and Russia
