"""Pure tests of the same-event test and named-object similarity."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve.similarity import (
    GENERIC_KEYWORDS,
    OBJECT_MATCH,
    Profile,
    content_keywords,
    family_types,
    normalise_object,
    object_overlap,
    object_similarity,
    occasions_in,
    quote_names,
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
    visit = frozenset({"visit"})
    claim = _p(lower=D(2015, 12, 1), upper=D(2015, 12, 31), actors=ALIYEV, states=STATES, keywords=visit)
    event = _p(
        lower=D(2015, 12, 8),
        upper=D(2015, 12, 11),
        actors=ALIYEV,
        states=STATES,
        mode="visit",
        keywords=visit,
    )
    m = same_event(claim, event)
    assert m is not None and m.relation == "vaguer" and not m.conflict and "actors" in m.reasons


def test_vaguer_claim_needs_actor_and_content_keyword() -> None:
    """A shared person alone does not let "in December" join a dated event: he does many things."""
    claim = _p(lower=D(2015, 12, 1), upper=D(2015, 12, 31), actors=ALIYEV, states=STATES)
    event = _p(lower=D(2015, 12, 8), upper=D(2015, 12, 11), actors=ALIYEV, states=STATES)
    assert same_event(claim, event) is None
    same_day = _p(lower=D(2015, 12, 8), upper=D(2015, 12, 11), actors=ALIYEV, states=STATES)
    assert same_event(same_day, event) is not None


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
        lower=D(2015, 12, 8), upper=D(2015, 12, 11), states=STATES, keywords=frozenset({"tunnel", "visit"})
    )
    assert same_event(claim, event) is None
    two = frozenset({"tunnel", "visit"})
    assert (
        same_event(_p(lower=D(2015, 1, 1), upper=D(2015, 12, 31), states=STATES, keywords=two), event)
        is not None
    )


def test_generic_keywords_never_identify() -> None:
    """ "opened"/"commissioned"/"signed" are in every such claim; "state" and "official" qualify visits."""
    assert content_keywords(frozenset({"sign", "open", "commission", "inaugurat", "match", "railway"})) == {
        "railway"
    }
    assert {"state", "official", "first", "joint", "meet"} <= GENERIC_KEYWORDS
    plant = _p(
        "COOPERATE", lower=D(2017, 1, 1), upper=D(2017, 12, 31), keywords=frozenset({"match", "plant"})
    )
    line = _p("COOPERATE", lower=D(2017, 10, 30), keywords=frozenset({"match", "railway", "open"}))
    assert same_event(plant, line) is None
    both = frozenset({"sign", "open", "state"})
    year = _p("AGREE", lower=D(2015, 1, 1), upper=D(2015, 12, 31), states=STATES, keywords=both)
    assert same_event(year, _p("AGREE", states=STATES, keywords=both)) is None


def test_vague_signing_joins_only_the_same_document() -> None:
    """A year-only signing by the same two leaders is not the dated declaration unless content agrees."""
    leaders = frozenset({"Leader A", "Leader B"})
    declaration = _p(
        "AGREE",
        lower=D(2021, 6, 15),
        actors=leaders,
        persons=leaders,
        named_objects=("Harbour Declaration",),
        keywords=frozenset({"declaration", "harbour", "sign"}),
    )
    treaty = _p(
        "AGREE",
        lower=D(2021, 1, 1),
        upper=D(2021, 12, 31),
        actors=leaders,
        persons=leaders,
        keywords=frozenset({"sign", "treaty"}),
    )
    assert same_event(treaty, declaration) is None
    vague_same = _p(
        "AGREE",
        lower=D(2021, 1, 1),
        upper=D(2021, 12, 31),
        actors=leaders,
        persons=leaders,
        keywords=frozenset({"sign", "declaration"}),
    )
    assert same_event(vague_same, declaration) is not None
    memorandum = _p(
        "AGREE",
        lower=D(2021, 6, 1),
        upper=D(2021, 6, 30),
        actors=leaders,
        keywords=frozenset({"memorandum", "sign", "understand"}),
    )
    statement = _p(
        "AGREE",
        lower=D(2021, 6, 14),
        upper=D(2021, 6, 16),
        actors=leaders,
        named_objects=("Joint Statement",),
        keywords=frozenset({"joint", "sign", "state"}),
    )
    assert same_event(memorandum, statement) is None


def test_different_counterparts_are_different_meetings() -> None:
    """Same day, one shared person, another counterpart on each side: two meetings."""
    host = frozenset({"Host Minister"})
    with_a = host | {"Guest A"}
    with_b = host | {"Guest B"}
    event = _p(actors=with_a, persons=with_a, keywords=frozenset({"talk"}))
    assert same_event(_p(actors=with_b, persons=with_b), event) is None
    assert same_event(_p(actors=host, persons=host), event) is not None
    more = with_a | {"Guest B"}
    assert same_event(_p(actors=more, persons=more), event) is not None
    # The same named document signed in other company is still the same document.
    doc = ("Agreement on Water Sharing",)
    assert (
        same_event(
            _p("AGREE", actors=with_b, persons=with_b, named_objects=doc),
            _p("AGREE", actors=with_a, persons=with_a, named_objects=doc),
        )
        is not None
    )


def test_disjoint_named_objects_are_different_but_acronyms_undecided() -> None:
    assert object_similarity("Gwadar", "Karot") == 0.0
    assert object_similarity("Harbour Declaration", "Declaration on Strategic Partnership") == 0.0
    assert object_similarity("Sahiwal power plant", "Baku-Tbilisi-Kars railway") == 0.0
    assert object_similarity("ASEAN summit", "Association of Southeast Asian Nations summit") is None
    assert object_similarity("Gwadar", "Gwadar port") is None


def test_occasions_in_sentences() -> None:
    text = "The ministers met in May, on the sidelines of the Caspian Energy Forum, and discussed tariffs."
    assert occasions_in(text) == ("Caspian Energy Forum",)
    assert occasions_in("During the Astana SCO Summit, leaders met.") == ("Astana SCO Summit",)
    assert occasions_in("They met at the summit in May.") == ()


def test_meeting_dated_only_by_its_gathering_joins_it() -> None:
    forum = _p(
        lower=D(2019, 4, 1),
        upper=D(2019, 4, 30),
        mode="multilateral",
        actors=ALIYEV,
        persons=ALIYEV,
        named_objects=("Second Caspian Energy Forum",),
        keywords=frozenset({"forum", "participat"}),
    )
    occasion = ("Caspian Energy Forum",)
    meeting = _p(
        lower=D(2019, 4, 1),
        upper=D(2019, 4, 30),
        states=STATES,
        keywords=frozenset({"meet"}),
        occasions=occasion,
    )
    m = same_event(meeting, forum)
    assert m is not None and m.reasons == ("occasion",)
    own_day = _p(lower=D(2019, 4, 26), states=STATES, keywords=frozenset({"meet"}), occasions=occasion)
    assert same_event(own_day, forum) is None
    elsewhere = _p(
        lower=D(2019, 4, 1), upper=D(2019, 4, 30), keywords=frozenset({"meet"}), occasions=("Arctic Forum",)
    )
    assert same_event(elsewhere, forum) is None


def test_one_article_needs_a_strong_signal() -> None:
    """One story, one person, two same-day happenings: apart unless they share what happened."""
    a = _p("AGREE", actors=ALIYEV, persons=ALIYEV, keywords=frozenset({"establish", "partnership"}))
    b = _p("AGREE", actors=ALIYEV, persons=ALIYEV, keywords=frozenset({"declar"}))
    one = frozenset({7})
    assert (
        same_event(Profile(**{**_fields(b), "sources": one}), Profile(**{**_fields(a), "sources": one}))
        is None
    )
    assert same_event(
        Profile(**{**_fields(b), "sources": frozenset({8})}), Profile(**{**_fields(a), "sources": one})
    )
    again = Profile(**{**_fields(a), "sources": one})
    assert same_event(again, Profile(**{**_fields(a), "sources": one})) is not None


def _fields(p: Profile) -> dict:
    return {f: getattr(p, f) for f in Profile.__dataclass_fields__}


def test_quote_names_skip_function_words_dates_and_titles() -> None:
    names = quote_names("On Monday, President Ana Lopez opened the Rio-Verde dam in Oruba's north.")
    assert names == frozenset({"ana", "lopez", "rio", "verde", "oruba"})


def test_object_overlap_counts_the_shorter_names_distinctive_words() -> None:
    assert object_overlap("Northern Sea Corridor Project", "Corridor of the Northern Sea") == (1.0, 3)
    assert object_overlap("Second Harbour Forum", "Third Harbour Forum") == (0.0, 0)


def test_year_claim_of_another_article_joins_through_combined_evidence() -> None:
    """A shared person plus shared place names of the quotes: strong enough for a year-vs-day join."""
    leader = frozenset({"Leader A"})
    day = _p(
        "COOPERATE",
        lower=D(2009, 12, 14),
        actors=leader,
        persons=leader,
        names=frozenset({"ostra", "velka", "lumen"}),
        sources=frozenset({1}),
    )
    year = _p(
        "COOPERATE",
        lower=D(2009, 1, 1),
        upper=D(2009, 12, 31),
        actors=leader,
        persons=leader,
        names=frozenset({"ostra", "velka", "lumen"}),
        sources=frozenset({2}),
    )
    assert same_event(year, day) is not None
    # the same article's sentences share its topic's names: not evidence there
    assert same_event(year, Profile(**{**_asdict(day), "sources": frozenset({2})})) is None
    # the person alone (no names) is not enough for a vaguer claim
    assert same_event(Profile(**{**_asdict(year), "names": frozenset()}), day) is None


def test_partly_matching_names_and_keywords_join_across_articles() -> None:
    """"Belt and Road Initiative" (year) vs "Silk Road Economic Belt" (day) sharing content keywords."""
    day = _p(
        "COOPERATE",
        lower=D(2013, 9, 7),
        named_objects=("Coastal Road Economic Belt",),
        keywords=frozenset({"belt", "road", "coastal", "economic"}),
        sources=frozenset({1}),
    )
    year = _p(
        "COOPERATE",
        lower=D(2013, 1, 1),
        upper=D(2013, 12, 31),
        named_objects=("Belt and Road Initiative",),
        keywords=frozenset({"belt", "road", "initiative"}),
        sources=frozenset({2}),
    )
    assert same_event(year, day) is not None
    other = _p(
        "COOPERATE",
        lower=D(2013, 1, 1),
        upper=D(2013, 12, 31),
        named_objects=("Belt Tunnel Initiative",),
        keywords=frozenset({"belt", "tunnel"}),
        sources=frozenset({2}),
    )
    assert same_event(other, day) is None


def _asdict(p: Profile) -> dict:
    return {f: getattr(p, f) for f in Profile.__slots__}
