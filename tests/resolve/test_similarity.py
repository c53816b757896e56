"""Pure tests of the same-event test and named-object similarity."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve.similarity import (
    OBJECT_MATCH,
    Profile,
    family_types,
    normalise_object,
    object_similarity,
    same_event,
)

D = dt.date


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Joint Declaration on Establishing a Strategic Partnership",
            "Declaration on the Establishment of a Strategic Partnership",
        ),
        ("Second Belt and Road Forum", "Second International Cooperation Forum One Belt, One Road"),
        (
            "Joint Declaration on Establishing a Strategic Partnership between Azerbaijan and China",
            "Joint Declaration on Establishment of Strategic Partnership between the Republic of "
            "Azerbaijan and the People's Republic of China",
        ),
        ("Treaty of Friendship and Cooperation", "treaty of friendship & cooperation"),
    ],
)
def test_same_named_object(a: str, b: str) -> None:
    assert object_similarity(a, b) >= OBJECT_MATCH


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fourth CICA Summit", "Fifth CICA Summit"),
        ("Agreement on Visa Exemption", "Agreement on Mutual Legal Assistance"),
        ("Memorandum on Green Energy Cooperation", "Memorandum on Digital Economy Cooperation"),
        ("2019 Action Plan", "2021 Action Plan"),
    ],
)
def test_different_named_objects(a: str, b: str) -> None:
    assert object_similarity(a, b) < 0.6


def test_too_generic_names_are_undecided() -> None:
    assert object_similarity("Forum", "Second Belt and Road Forum") is None
    assert object_similarity("the summit", "CICA Summit") is None
    assert object_similarity(None, "CICA Summit") is None
    assert object_similarity("CICA Summit", "the CICA summit") == 1.0


def test_normalise_object() -> None:
    assert normalise_object("Joint Declaration on Establishing a Strategic Partnership") == normalise_object(
        "Declaration on the Establishment of a Strategic Partnership"
    )


def test_family_types() -> None:
    assert family_types("AGREE") == ("AGREE", "COOPERATE")
    assert family_types("CONSULT") == ("CONSULT",)


def _p(
    event_type: str = "CONSULT", lower: dt.date | None = D(2015, 12, 8), upper: dt.date | None = None, **kw
) -> Profile:
    return Profile(event_type=event_type, lower=lower, upper=upper or lower, **kw)


ALIYEV = frozenset({"Ilham Aliyev"})
STATES = frozenset({"Azerbaijan", "China"})


def test_shared_person_and_overlapping_dates_match() -> None:
    claim = _p(lower=D(2015, 12, 1), upper=D(2015, 12, 31), actors=ALIYEV, states=STATES)
    event = _p(lower=D(2015, 12, 8), upper=D(2015, 12, 11), actors=ALIYEV, states=STATES, mode="visit")
    m = same_event(claim, event)
    assert m is not None and m.relation == "vaguer" and not m.conflict and "actors" in m.reasons


def test_states_alone_are_not_an_identity_for_vague_claims() -> None:
    claim = _p(lower=D(2015, 1, 1), upper=D(2015, 12, 31), states=STATES)
    event = _p(lower=D(2015, 12, 8), upper=D(2015, 12, 11), states=STATES)
    assert same_event(claim, event) is None


def test_same_day_same_type_without_contradiction_joins() -> None:
    assert same_event(_p(states=STATES), _p(states=STATES, actors=ALIYEV)) is not None


def test_different_types_never_join() -> None:
    assert same_event(_p("CONSULT", actors=ALIYEV), _p("AGREE", actors=ALIYEV)) is None


def test_agree_and_cooperate_join_only_through_the_named_object() -> None:
    name = "Agreement on Visa Exemption"
    assert (
        same_event(
            _p("AGREE", actors=ALIYEV, named_objects=(name,)),
            _p("COOPERATE", actors=ALIYEV, named_objects=(name,)),
        )
        is not None
    )
    assert same_event(_p("AGREE", actors=ALIYEV), _p("COOPERATE", actors=ALIYEV)) is None


def test_phone_call_is_not_a_visit() -> None:
    assert same_event(_p(mode="phone", actors=ALIYEV), _p(mode="visit", actors=ALIYEV)) is None
    assert same_event(_p(mode="multilateral", actors=ALIYEV), _p(mode="visit", actors=ALIYEV)) is not None


def test_other_country_pair_is_another_event() -> None:
    assert same_event(_p(states=frozenset({"China", "Georgia"})), _p(states=STATES)) is None
    assert (
        same_event(_p(states=frozenset({"China"}), actors=ALIYEV), _p(states=STATES, actors=ALIYEV))
        is not None
    )


def test_disjoint_people_are_different_events() -> None:
    assert same_event(_p(actors=frozenset({"Hikmet Hajiyev"})), _p(actors=ALIYEV)) is None


def test_different_named_objects_are_different_events() -> None:
    a = _p("AGREE", actors=ALIYEV, named_objects=("Agreement on Visa Exemption",))
    b = _p("AGREE", actors=ALIYEV, named_objects=("Agreement on Mutual Legal Assistance",))
    assert same_event(a, b) is None


def test_days_apart_need_a_strong_signal() -> None:
    decl = ("Declaration on the Establishment of a Strategic Partnership",)
    claim = _p("AGREE", lower=D(2024, 7, 5), states=STATES, named_objects=decl)
    event = _p("AGREE", lower=D(2024, 7, 3), states=STATES, named_objects=decl)
    m = same_event(claim, event)
    assert m is not None and m.conflict and m.relation == "near"
    weak = same_event(
        _p("AGREE", lower=D(2024, 7, 5), actors=ALIYEV), _p("AGREE", lower=D(2024, 7, 3), actors=ALIYEV)
    )
    assert weak is None
    kw = frozenset({"declaration"})
    assert (
        same_event(
            _p("AGREE", lower=D(2024, 7, 5), actors=ALIYEV, keywords=kw),
            _p("AGREE", lower=D(2024, 7, 3), actors=ALIYEV, keywords=kw),
        )
        is not None
    )
    assert same_event(_p("AGREE", lower=D(2024, 7, 25), states=STATES, named_objects=decl), event) is None


def test_year_unknown_claim_needs_a_strong_signal_and_borrows_the_year() -> None:
    decl = ("Declaration on the Establishment of a Strategic Partnership",)
    event = _p("AGREE", lower=D(2024, 7, 3), states=STATES, named_objects=decl)
    claim = Profile(event_type="AGREE", edtf="XXXX-07-05", states=STATES, named_objects=decl)
    m = same_event(claim, event)
    assert m is not None and m.conflict
    kw = frozenset({"declaration"})
    bare = Profile(event_type="AGREE", edtf="XXXX-07-05", states=STATES, keywords=kw)
    assert same_event(bare, _p("AGREE", lower=D(2024, 7, 5), states=STATES, keywords=kw)) is None
    far = Profile(event_type="AGREE", edtf="XXXX-03-05", states=STATES, named_objects=decl)
    assert same_event(far, event) is None
    # The other way round: a dated claim joins an event known only as "July 5, year unknown".
    undated_event = Profile(event_type="AGREE", edtf="XXXX-07-05", states=STATES, named_objects=decl)
    assert (
        same_event(_p("AGREE", lower=D(2024, 7, 3), states=STATES, named_objects=decl), undated_event)
        is not None
    )


def test_names_made_of_different_kind_words_are_different() -> None:
    assert object_similarity("Joint Statement", "Memorandum of Understanding") == 0.0
    assert object_similarity("Joint Statement", "the joint statement") == 1.0


def test_one_common_keyword_is_not_an_identity() -> None:
    claim = _p(lower=D(2015, 1, 1), upper=D(2015, 12, 31), states=STATES, keywords=frozenset({"visit"}))
    event = _p(
        lower=D(2015, 12, 8), upper=D(2015, 12, 11), states=STATES, keywords=frozenset({"state", "visit"})
    )
    assert same_event(claim, event) is None
    two = frozenset({"state", "visit"})
    assert (
        same_event(_p(lower=D(2015, 1, 1), upper=D(2015, 12, 31), states=STATES, keywords=two), event)
        is not None
    )
