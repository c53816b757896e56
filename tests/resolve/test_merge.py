"""The resolver on real databases (SQLite and PostgreSQL), with hand-made claims."""

from __future__ import annotations

import datetime as dt

import pytest
from resolve_helpers import AZ, CN, GE, actor, claim, date, events_by_id, extraction, source
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timeline.extract.types import Observation
from timeline.models import Citation, Event, EventActor, ObservationRow
from timeline.resolve.merge import recompute_event, remove_source, replace_source, store_extraction

ALIYEV = actor("Ilham Aliyev", role="actor")
XI = actor("Xi Jinping", role="recipient")
DECL_000 = "Declaration on the Establishment of a Strategic Partnership"
DECL_002 = "Joint Declaration on Establishing a Strategic Partnership between Azerbaijan and China"
DECL_003 = (
    "Joint Declaration on Establishment of Strategic Partnership between the Republic of Azerbaijan "
    "and the People's Republic of China"
)


def _visit(when: str, **kw) -> object:
    return claim(
        "Aliyev's state visit to China",
        "CONSULT",
        when,
        mode="visit",
        actors=[ALIYEV, AZ, CN],
        keywords=("state visit",),
        **kw,
    )


def _declaration(when: str, name: str, **kw) -> object:
    return claim(
        f"Azerbaijan and China sign the {name}",
        "AGREE",
        when,
        actors=[AZ, CN],
        named_object=name,
        keywords=("declaration", "strategic partnership"),
        **kw,
    )


def test_merge_across_sources(session: Session) -> None:
    a = source(session, "a.txt", outlet="Outlet A", published=dt.date(2015, 12, 12))
    b = source(session, "b.txt", outlet="Outlet B", published=dt.date(2021, 6, 7))
    s1 = store_extraction(session, a, extraction(a, _visit("2015-12-08/2015-12-11")))
    s2 = store_extraction(session, b, extraction(b, _visit("2015-12-08/2015-12-11")))
    assert (s1.events_created, s1.citations, s2.events_created, s2.events_merged) == (1, 1, 0, 1)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2 and not ev.has_conflict
    assert (ev.edtf, ev.precision) == ("2015-12-08/2015-12-11", "interval")
    roles = {(link.actor.name, link.role) for link in ev.actors}
    assert ("Ilham Aliyev", "actor") in roles and ("China", "participant") in roles
    assert ev.date_rule.startswith("2 sources")


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_vaguer_claim_joins_precise_without_blurring(session: Session, order: tuple[int, ...]) -> None:
    claims = [_visit("2015-12-08/2015-12-11"), _visit("2015-12"), _visit("2015")]
    for i in order:
        src = source(session, f"{i}.txt", outlet=f"O{i}")
        store_extraction(session, src, extraction(src, claims[i]))
    [ev] = events_by_id(session)
    assert ev.edtf == "2015-12-08/2015-12-11"
    assert (ev.date_start, ev.date_end, ev.precision) == (
        dt.date(2015, 12, 8),
        dt.date(2015, 12, 11),
        "interval",
    )
    assert not ev.has_conflict and ev.date_rule.startswith("3 sources, no conflict")
    assert sorted(c.claimed_edtf for c in ev.citations) == ["2015", "2015-12", "2015-12-08/2015-12-11"]


def test_conflicting_days_one_event_majority_wins(session: Session) -> None:
    """July 5 without a year (no publication date) vs July 3 in two outlets: one event, July 3."""
    undated = source(session, "000.txt", outlet="News.Az")
    s2 = source(session, "002.txt", outlet="Outlet B", published=dt.date(2024, 7, 5))
    s3 = source(session, "003.txt", outlet="Outlet C", published=dt.date(2024, 7, 4))
    store_extraction(
        session,
        undated,
        extraction(
            undated,
            _declaration("XXXX-07-05", DECL_000, start=0, end=50),
            _declaration("XXXX-07-05", "Joint " + DECL_000, start=100, end=150),
        ),
    )
    store_extraction(session, s2, extraction(s2, _declaration("2024-07-03", DECL_002)))
    store_extraction(session, s3, extraction(s3, _declaration("2024-07-03", DECL_003)))
    [ev] = events_by_id(session)
    assert (ev.edtf, ev.date_start, ev.precision) == ("2024-07-03", dt.date(2024, 7, 3), "day")
    assert ev.has_conflict
    assert ev.date_rule.startswith("2 sources vs 1; day precision")
    claimed = sorted((c.source.uri, c.claimed_edtf) for c in ev.citations)
    assert claimed == [
        ("000.txt", "XXXX-07-05"),
        ("000.txt", "XXXX-07-05"),
        ("002.txt", "2024-07-03"),
        ("003.txt", "2024-07-03"),
    ]


def test_year_unknown_claim_after_dated_ones(session: Session) -> None:
    s2 = source(session, "002.txt", outlet="B")
    s3 = source(session, "003.txt", outlet="C")
    undated = source(session, "000.txt")
    store_extraction(session, s2, extraction(s2, _declaration("2024-07-03", DECL_002)))
    store_extraction(session, s3, extraction(s3, _declaration("2024-07-03", DECL_003)))
    stats = store_extraction(session, undated, extraction(undated, _declaration("XXXX-07-05", DECL_000)))
    assert stats.events_merged == 1
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-07-03" and ev.has_conflict


def test_same_sentence_claims_of_different_types_are_not_merged(session: Session) -> None:
    """One sentence naming talks and a signing: two events (same-type twins join, see below)."""
    src = source(session, "a.txt")
    c1 = claim(
        "Aliyev met Xi", "CONSULT", "2019-04-25", start=0, end=80, actors=[ALIYEV, XI], keywords=("talks",)
    )
    c2 = claim(
        "Aliyev and Xi signed",
        "AGREE",
        "2019-04-25",
        start=0,
        end=80,
        actors=[ALIYEV, XI],
        keywords=("talks",),
    )
    stats = store_extraction(session, src, extraction(src, c1, c2))
    assert stats.events_created == 2 and len(events_by_id(session)) == 2


def test_two_sentences_of_one_article_may_be_one_event(session: Session) -> None:
    src = source(session, "a.txt")
    c1 = _declaration("2024-07-03", DECL_002, start=0, end=80)
    c2 = _declaration("2024-07-03", DECL_003, start=100, end=180)
    stats = store_extraction(session, src, extraction(src, c1, c2))
    assert (stats.events_created, stats.events_merged) == (1, 1)


def test_different_events_on_the_same_day_stay_apart(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    visit = claim(
        "Hajiyev visits China",
        "CONSULT",
        "2024-03-12",
        mode="visit",
        actors=[actor("Hikmet Hajiyev", role="actor"), CN],
        keywords=("visit",),
    )
    signing = claim(
        "Ministers sign a visa agreement",
        "AGREE",
        "2024-03-12",
        actors=[actor("Jeyhun Bayramov"), actor("Wang Yi"), AZ, CN],
        named_object="Agreement on Visa Exemption",
        keywords=("agreement",),
    )
    other = claim(
        "Railways sign a freight memorandum",
        "AGREE",
        "2024-03-12",
        actors=[actor("Azerbaijan Railways", "organisation"), AZ, CN],
        named_object="Memorandum on Freight Transit",
        keywords=("memorandum",),
    )
    store_extraction(session, a, extraction(a, visit, signing))
    store_extraction(session, b, extraction(b, other))
    assert len(events_by_id(session)) == 3


def test_other_country_pair_is_another_event(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(session, a, extraction(a, _declaration("2024-07-03", DECL_002)))
    georgia = claim(
        "China and Georgia sign a statement",
        "AGREE",
        "2024-07-03",
        actors=[GE, CN],
        named_object="Joint Statement on the Establishment of a Strategic Partnership",
        keywords=("strategic partnership",),
    )
    store_extraction(session, b, extraction(b, georgia))
    assert len(events_by_id(session)) == 2


def test_independent_sources_are_distinct_outlets(session: Session) -> None:
    """Two articles of one outlet count once: 1 vs 1, tie → earliest published."""
    a1 = source(session, "a1.txt", outlet="Same Outlet", published=dt.date(2024, 7, 10))
    a2 = source(session, "a2.txt", outlet="same outlet ", published=dt.date(2024, 7, 11))
    b = source(session, "b.txt", outlet="Other", published=dt.date(2024, 7, 4))
    for src, when in ((a1, "2024-07-05"), (a2, "2024-07-05"), (b, "2024-07-03")):
        store_extraction(session, src, extraction(src, _declaration(when, DECL_002)))
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-07-03" and ev.has_conflict
    assert ev.date_rule == "1 source vs 1; day precision; tie → earliest published"


def test_replace_source_keeps_event_ids(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(
        session,
        a,
        extraction(
            a, _visit("2015-12-08/2015-12-11"), _declaration("2024-07-03", DECL_002, start=50, end=90)
        ),
    )
    store_extraction(session, b, extraction(b, _visit("2015-12-08/2015-12-11")))
    before = {e.edtf: e.id for e in events_by_id(session)}
    stats = replace_source(
        session,
        a,
        extraction(
            a,
            _visit("2015-12-08/2015-12-11", start=5, end=20),
            _declaration("2024-07-03", DECL_003, start=60, end=99),
        ),
    )
    assert stats.events_created == 0 and stats.events_merged == 2
    after = {e.edtf: e.id for e in events_by_id(session)}
    assert after == before
    assert session.scalar(select(func.count()).select_from(Citation)) == 3


def test_replace_source_drops_events_no_longer_claimed(session: Session) -> None:
    a = source(session, "a.txt")
    store_extraction(
        session,
        a,
        extraction(
            a, _visit("2015-12-08/2015-12-11"), _declaration("2024-07-03", DECL_002, start=50, end=90)
        ),
    )
    replace_source(session, a, extraction(a, _visit("2015-12-08/2015-12-11")))
    assert [e.edtf for e in events_by_id(session)] == ["2015-12-08/2015-12-11"]


def test_remove_source_deletes_orphans_keeps_curated_and_rejected(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(
        session,
        a,
        extraction(
            a,
            _visit("2015-12-08/2015-12-11"),
            _declaration("2024-07-03", DECL_002, start=50, end=90),
            claim(
                "Phone call", "CONSULT", "2021-06-02", mode="phone", actors=[XI, ALIYEV], start=100, end=140
            ),
            claim(
                "Forum",
                "CONSULT",
                "2019-04-25",
                mode="multilateral",
                actors=[ALIYEV],
                start=150,
                end=190,
                named_object="Second Belt and Road Forum",
            ),
        ),
    )
    store_extraction(session, b, extraction(b, _visit("2015-12-08/2015-12-11")))
    by_edtf = {e.edtf: e for e in events_by_id(session)}
    by_edtf["2024-07-03"].curated = {"title": "Strategic partnership declaration"}
    recompute_event(session, by_edtf["2024-07-03"])
    by_edtf["2019-04-25"].rejected = True
    shared_id = by_edtf["2015-12-08/2015-12-11"].id
    session.flush()
    touched = remove_source(session, a.id)
    assert len(touched) == 4
    left = {e.edtf: e for e in events_by_id(session)}
    assert set(left) == {"2015-12-08/2015-12-11", "2024-07-03", "2019-04-25"}
    assert left["2015-12-08/2015-12-11"].id == shared_id and len(left["2015-12-08/2015-12-11"].citations) == 1
    assert left["2024-07-03"].title == "Strategic partnership declaration"
    assert session.scalar(select(func.count()).select_from(Citation).where(Citation.source_id == a.id)) == 0


def test_curated_fields_survive_recomputation(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(session, a, extraction(a, _declaration("2024-07-03", DECL_002)))
    [ev] = events_by_id(session)
    ev.curated = {"title": "Hand-made title", "date": "2024-07-04"}
    recompute_event(session, ev)
    assert (ev.title, ev.edtf, ev.date_start, ev.date_rule) == (
        "Hand-made title",
        "2024-07-04",
        dt.date(2024, 7, 4),
        "curated",
    )
    store_extraction(session, b, extraction(b, _declaration("2024-07-03", DECL_003)))
    assert (ev.title, ev.edtf, len(ev.citations)) == ("Hand-made title", "2024-07-04", 2)


def test_rejected_event_gains_citations_and_stays_rejected(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(session, a, extraction(a, _declaration("2024-07-03", DECL_002)))
    [ev] = events_by_id(session)
    ev.rejected = True
    store_extraction(session, b, extraction(b, _declaration("2024-07-03", DECL_003)))
    [ev] = events_by_id(session)
    assert ev.rejected and len(ev.citations) == 2


def test_title_is_stable_and_prefers_named_objects(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    plain = claim(
        "Azerbaijan and China upgrade ties",
        "AGREE",
        "2024-07-03",
        actors=[AZ, CN],
        keywords=("strategic partnership",),
    )
    store_extraction(session, a, extraction(a, plain))
    store_extraction(session, b, extraction(b, _declaration("2024-07-03", DECL_002)))
    [ev] = events_by_id(session)
    assert ev.title == f"Azerbaijan and China sign the {DECL_002}" and ev.named_object == DECL_002
    replace_source(session, a, extraction(a, plain))
    assert events_by_id(session)[0].title == f"Azerbaijan and China sign the {DECL_002}"


def test_observations_and_citation_details_are_written(session: Session) -> None:
    a = source(session, "a.txt")
    obs = Observation(
        indicator="trade_turnover",
        value=2.2e9,
        unit="USD",
        period=date("2019"),
        quote="trade reached $2.2 billion in 2019",
        start=10,
        end=45,
        subject="Azerbaijan–China",
    )
    stats = store_extraction(
        session, a, extraction(a, _declaration("2024-07-03", DECL_002), observations=[obs])
    )
    assert stats.observations == 1 and stats.actors_created == 2
    row = session.scalars(select(ObservationRow)).one()
    assert (row.indicator, row.value, row.period_edtf, row.period_start, row.period_end) == (
        "trade_turnover",
        2.2e9,
        "2019",
        dt.date(2019, 1, 1),
        dt.date(2019, 12, 31),
    )
    cit = session.scalars(select(Citation)).one()
    assert cit.details["named_object"] == DECL_002
    assert {a["name"] for a in cit.details["actors"]} == {"Azerbaijan", "China"}
    assert cit.details["keywords"] == ["declaration", "strategic partnership"]
    assert (cit.claimed_edtf, cit.claimed_precision, cit.event_type) == ("2024-07-03", "day", "AGREE")
    assert session.scalar(select(func.count()).select_from(EventActor)) == 2


@pytest.mark.parametrize("vague_first", [True, False])
def test_vague_claim_joins_through_states_and_keywords(session: Session, vague_first: bool) -> None:
    """No person, no named object: the same two states plus two shared content keywords identify it."""
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    vague = claim(
        "Diplomatic relations established",
        "AGREE",
        "1992",
        actors=[AZ, CN],
        keywords=("diplomatic", "relation", "establish"),
    )
    precise = claim(
        "Diplomatic ties established",
        "AGREE",
        "1992-04-02",
        actors=[AZ, CN],
        keywords=("diplomatic", "relation", "establish"),
    )
    for src, c in ((a, vague), (b, precise)) if vague_first else ((b, precise), (a, vague)):
        store_extraction(session, src, extraction(src, c))
    [ev] = events_by_id(session)
    assert (ev.edtf, ev.has_conflict) == ("1992-04-02", False)
    unrelated = claim("Trade agreement signed", "AGREE", "1992", actors=[AZ, CN], keywords=("trade",))
    c = source(session, "c.txt", outlet="C")
    store_extraction(session, c, extraction(c, unrelated))
    assert len(events_by_id(session)) == 2


def test_replace_source_keeps_a_split_off_citation_in_its_event(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    store_extraction(session, b, extraction(b, _declaration("2024-07-03", DECL_002)))
    split_off = _declaration("2024-07-03", DECL_003, quote="A sentence an analyst split off.")
    store_extraction(session, a, extraction(a, split_off))
    [main] = events_by_id(session)
    # What a "split" correction does: the citation moves to its own event and is marked curated.
    cit = next(c for c in main.citations if c.source_id == a.id)
    own = Event(title="Split", event_type="AGREE", curated={"split": True})
    session.add(own)
    session.flush()
    cit.event_id, cit.curated = own.id, True
    session.flush()
    session.expire_all()
    replace_source(session, a, extraction(a, split_off))
    moved = session.scalars(select(Citation).where(Citation.source_id == a.id)).one()
    assert moved.event_id == own.id and moved.curated
    assert len(session.get(Event, main.id).citations) == 1


def test_rejected_event_kept_by_remove_source_takes_the_claims_back(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    store_extraction(session, a, extraction(a, _declaration("2024-07-03", DECL_002)))
    [ev] = events_by_id(session)
    ev.rejected = True
    remove_source(session, a.id)
    assert [e.id for e in events_by_id(session)] == [ev.id] and not ev.citations
    stats = store_extraction(session, a, extraction(a, _declaration("2024-07-03", DECL_002)))
    assert stats.events_merged == 1 and events_by_id(session)[0].rejected


def test_same_day_meetings_with_other_counterparts_stay_apart(session: Session) -> None:
    src = source(session, "wire.txt", outlet="Wire")
    host = actor("Host President", role="actor")
    talks = claim(
        "Talks with the guest president",
        "CONSULT",
        "2025-04-23",
        start=0,
        end=60,
        actors=[host, actor("Guest President", role="recipient"), AZ, CN],
        keywords=("talk",),
    )
    earlier = claim(
        "Meeting with the guest premier",
        "CONSULT",
        "2025-04-23",
        start=200,
        end=260,
        actors=[host, actor("Guest Premier", role="recipient")],
        keywords=("meet",),
    )
    stats = store_extraction(session, src, extraction(src, talks, earlier))
    assert stats.events_created == 2 and len(events_by_id(session)) == 2


def test_one_source_days_of_a_visit_make_its_span(session: Session) -> None:
    """Arrival on the 4th and departure on the 8th in one article: a five-day visit, no conflict."""
    a = source(session, "a.txt", outlet="A", published=dt.date(2024, 6, 10))
    guest = actor("Visiting Premier", role="actor")
    arrive = claim(
        "Premier arrives",
        "CONSULT",
        "2024-06-04",
        mode="visit",
        start=0,
        end=40,
        actors=[guest, CN],
        keywords=("visit",),
    )
    leave = claim(
        "Visit ends",
        "CONSULT",
        "2024-06-08",
        mode="visit",
        start=100,
        end=140,
        actors=[guest, CN],
        keywords=("visit",),
    )
    store_extraction(session, a, extraction(a, arrive, leave))
    [ev] = events_by_id(session)
    assert (ev.edtf, ev.date_start, ev.date_end, ev.has_conflict) == (
        "2024-06-04/2024-06-08",
        dt.date(2024, 6, 4),
        dt.date(2024, 6, 8),
        False,
    )
    assert ev.date_rule.endswith("days of one source joined")
    assert sorted(c.claimed_edtf for c in ev.citations) == ["2024-06-04", "2024-06-08"]
    # Another outlet dating the visit to a disjoint day is a real conflict.
    b = source(session, "b.txt", outlet="B", published=dt.date(2024, 6, 20))
    store_extraction(
        session,
        b,
        extraction(
            b,
            claim(
                "Premier visits",
                "CONSULT",
                "2024-06-12",
                mode="visit",
                actors=[guest, CN],
                keywords=("visit",),
            ),
        ),
    )
    [ev] = events_by_id(session)
    assert ev.has_conflict and ev.date_rule.startswith("1 source vs 1")


def test_vague_claim_with_only_generic_words_stays_apart(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    line = claim(
        "Railway inaugurated",
        "COOPERATE",
        "2017-10-30",
        start=0,
        end=50,
        named_object="Harbour–Valley railway",
        keywords=("harbour", "valley", "railway", "inaugurat"),
    )
    plant = claim(
        "Plant commissioned",
        "COOPERATE",
        "2017",
        start=100,
        end=150,
        actors=[CN],
        keywords=("plant", "commission"),
    )
    store_extraction(session, a, extraction(a, line, plant))
    assert len(events_by_id(session)) == 2


def test_storing_a_source_twice_does_not_duplicate(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    ex = extraction(
        a, _declaration("2024-07-03", DECL_002), _visit("2015-12-08/2015-12-11", start=50, end=90)
    )
    store_extraction(session, a, ex)
    ids = [e.id for e in events_by_id(session)]
    stats = store_extraction(session, a, ex)
    assert stats.events_created == 0 and [e.id for e in events_by_id(session)] == ids
    assert session.scalar(select(func.count()).select_from(Citation)) == 2


def test_meeting_at_a_named_gathering_joins_it(session: Session) -> None:
    a = source(session, "a.txt", outlet="A")
    b = source(session, "b.txt", outlet="B")
    forum = claim(
        "President attends the forum",
        "CONSULT",
        "2019-04",
        mode="multilateral",
        actors=[ALIYEV],
        named_object="Second Caspian Energy Forum",
        keywords=("caspian", "energy", "forum", "participat"),
    )
    meeting = claim(
        "Presidents meet",
        "CONSULT",
        "2019-04",
        actors=[AZ, CN],
        keywords=("meet",),
        quote="The two presidents met in April 2019, as part of the Caspian Energy Forum, and praised trade.",
    )
    store_extraction(session, a, extraction(a, forum))
    stats = store_extraction(session, b, extraction(b, meeting))
    assert stats.events_merged == 1
    [ev] = events_by_id(session)
    assert ev.named_object == "Second Caspian Energy Forum" and len(ev.citations) == 2


def test_one_sentence_coding_one_happening_twice_is_one_event(session: Session) -> None:
    """Two same-type, same-date claims of one sentence join; another named object stays apart."""
    src = source(session, "twin.txt")
    quote = "Aliyev and Xi agreed to raise relations and signed a joint statement on Friday."
    a = claim(
        "Relations raised", "AGREE", "2023-01-06", actors=[ALIYEV, XI], keywords=("raise",), quote=quote
    )
    b = claim(
        "Statement signed", "AGREE", "2023-01-06", actors=[ALIYEV, XI], keywords=("joint",), quote=quote
    )
    store_extraction(session, src, extraction(src, a, b))
    assert len(events_by_id(session)) == 1
    src2 = source(session, "twin2.txt")
    q2 = "On Friday Aliyev and Xi signed the Harbour Accord and the Tunnel Charter."
    c = claim("Harbour", "AGREE", "2023-01-06", actors=[ALIYEV, XI], named_object="Harbour Accord", quote=q2)
    d = claim("Tunnel", "AGREE", "2023-01-06", actors=[ALIYEV, XI], named_object="Tunnel Charter", quote=q2)
    store_extraction(session, src2, extraction(src2, c, d))
    objects = {e.named_object for e in events_by_id(session)}
    assert {"Harbour Accord", "Tunnel Charter"} <= objects


def test_adjacent_months_of_the_same_document_join_with_a_conflict(session: Session) -> None:
    """One article says the status was granted in November, another "last December": one event,
    both months kept as a conflict (never averaged)."""
    s1, s2 = source(session, "m1.txt"), source(session, "m2.txt")
    kw = ("candidate", "status")
    c1 = claim(
        "Status granted",
        "SUPPORT",
        "2023-11",
        actors=[GE],
        named_object="Union candidate status",
        keywords=kw,
    )
    c2 = claim(
        "Status granted",
        "SUPPORT",
        "2023-12",
        actors=[GE],
        named_object="Union candidate status",
        keywords=kw,
    )
    store_extraction(session, s1, extraction(s1, c1))
    store_extraction(session, s2, extraction(s2, c2))
    (ev,) = events_by_id(session)
    assert ev.has_conflict and ev.edtf in ("2023-11", "2023-12")
    assert sorted(c.claimed_edtf for c in ev.citations) == ["2023-11", "2023-12"]


def _memo(when: str, *actors_: object) -> object:
    return claim("Memorandum signed", "AGREE", when, actors=list(actors_), keywords=("memorandum", "sign"))


def test_vague_claim_joins_the_only_day_event_it_can_be(session: Session) -> None:
    """A year claim of another article joins the single day-like event of that year sharing a state
    and a content keyword, keeping the precise date; with two such events it joins neither."""
    s1, s2 = source(session, "d1.txt"), source(session, "d2.txt")
    store_extraction(session, s1, extraction(s1, _memo("2021-01-21", AZ, CN)))
    store_extraction(session, s2, extraction(s2, _memo("2021", AZ)))
    (ev,) = events_by_id(session)
    assert ev.edtf == "2021-01-21" and not ev.has_conflict and len(ev.citations) == 2


def test_day_claim_joins_the_only_vague_event_stored_before(session: Session) -> None:
    s1, s2 = source(session, "v1.txt"), source(session, "v2.txt")
    store_extraction(session, s1, extraction(s1, _memo("2021", AZ)))
    store_extraction(session, s2, extraction(s2, _memo("2021-01-21", AZ, CN)))
    (ev,) = events_by_id(session)
    assert ev.edtf == "2021-01-21" and len(ev.citations) == 2


def test_vague_claim_with_two_possible_day_events_joins_neither(session: Session) -> None:
    s1, s2, s3 = source(session, "t1.txt"), source(session, "t2.txt"), source(session, "t3.txt")
    store_extraction(session, s1, extraction(s1, _memo("2021-01-21", AZ, CN)))
    store_extraction(session, s2, extraction(s2, _memo("2021-06-02", AZ, CN)))
    store_extraction(session, s3, extraction(s3, _memo("2021", AZ)))
    assert sorted(e.edtf for e in events_by_id(session)) == ["2021", "2021-01-21", "2021-06-02"]


def test_vague_claim_of_another_country_pair_stays_apart(session: Session) -> None:
    s1, s2 = source(session, "p1.txt"), source(session, "p2.txt")
    store_extraction(session, s1, extraction(s1, _memo("2021-01-21", AZ, CN)))
    store_extraction(session, s2, extraction(s2, _memo("2021", AZ, GE)))
    assert len(events_by_id(session)) == 2


def _rail(when: str, *actors_: object) -> object:
    return claim("Rail agreement signed", "AGREE", when, actors=list(actors_), keywords=("sign",))


KZ = actor("Kazakhstan", "state")
ASTANA = actor("Astana", "place")


def test_day_claims_of_two_articles_days_apart_join_as_a_conflict(session: Session) -> None:
    """Same governments, same place, June 4 vs June 6 in two articles: one event, both dates kept."""
    s1, s2 = source(session, "r1.txt"), source(session, "r2.txt")
    store_extraction(session, s1, extraction(s1, _rail("2024-06-06", CN, KZ, AZ, ASTANA)))
    store_extraction(session, s2, extraction(s2, _rail("2024-06-04", KZ, AZ, ASTANA)))
    (ev,) = events_by_id(session)
    assert ev.has_conflict and ev.edtf in ("2024-06-04", "2024-06-06")
    assert sorted(c.claimed_edtf for c in ev.citations) == ["2024-06-04", "2024-06-06"]


def test_days_apart_without_a_shared_place_or_with_two_candidates_stay_apart(session: Session) -> None:
    s1, s2, s3 = source(session, "n1.txt"), source(session, "n2.txt"), source(session, "n3.txt")
    store_extraction(session, s1, extraction(s1, _rail("2024-06-06", KZ, AZ, ASTANA)))
    store_extraction(session, s2, extraction(s2, _rail("2024-06-03", KZ, AZ)))  # no place, no keyword
    assert len(events_by_id(session)) == 2
    store_extraction(session, s3, extraction(s3, _rail("2024-06-05", KZ, AZ, ASTANA)))
    assert len(events_by_id(session)) == 2  # the only candidate with the place: June 6


def test_days_apart_with_two_possible_events_joins_neither(session: Session) -> None:
    s1, s2, s3 = source(session, "w1.txt"), source(session, "w2.txt"), source(session, "w3.txt")
    store_extraction(session, s1, extraction(s1, _rail("2024-06-02", KZ, AZ, ASTANA)))
    store_extraction(session, s2, extraction(s2, _rail("2024-06-10", KZ, AZ, ASTANA)))
    assert len(events_by_id(session)) == 2  # eight days apart: not near
    store_extraction(session, s3, extraction(s3, _rail("2024-06-06", KZ, AZ, ASTANA)))
    assert sorted(e.edtf for e in events_by_id(session)) == ["2024-06-02", "2024-06-06", "2024-06-10"]
