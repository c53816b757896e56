"""Merging rules added in session 3 (issue #3): one sentence coding one happening as AGREE and
COOPERATE, visit hosts, the only-candidate rule for coarse claims (two shared leaders, shared topic
words), date conflicts of different precision. Hand-made claims on real databases."""

from __future__ import annotations

import datetime as dt

from resolve_helpers import AZ, CN, actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Profile, judge, topic_words, vague_candidate

TR = actor("Türkiye", "state")
KZ = actor("Kazakhstan", "state")
UZ = actor("Uzbekistan", "state")
KG = actor("Kyrgyzstan", "state")
ALIYEV = actor("Ilham Aliyev")
XI = actor("Xi Jinping")
ERDOGAN = actor("Recep Tayyip Erdoğan")


def _store(session: Session, uri: str, *claims, outlet: str | None = None) -> None:
    src = source(session, uri, outlet=outlet or uri, published=dt.date(2025, 1, 10))
    store_extraction(session, src, extraction(src, *claims))


def test_one_sentence_coded_agree_and_cooperate_is_one_event(session: Session) -> None:
    quote = "On 3 March 1998 the two countries established diplomatic relations and opened embassies."
    established = claim(
        "Relations established", "AGREE", "1998-03-03", actors=[AZ, TR], keywords=("diplomatic",), quote=quote
    )
    opened = claim(
        "Embassies opened", "COOPERATE", "1998-03-03", actors=[AZ, TR], keywords=("embassy",), quote=quote
    )
    _store(session, "a.txt", established, opened)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_one_sentence_with_talks_and_a_signing_stays_two_events(session: Session) -> None:
    """A meeting and the signing it produced are two timeline lines (other quad-class pairs apart)."""
    quote = "The presidents held talks on Friday and signed a treaty on the port."
    talks = claim("Talks", "CONSULT", "2024-05-10", actors=[ALIYEV, ERDOGAN], keywords=("talks",), quote=quote)
    treaty = claim("Treaty", "AGREE", "2024-05-10", actors=[ALIYEV, ERDOGAN], keywords=("treaty",), quote=quote)
    _store(session, "a.txt", talks, treaty)
    assert len(events_by_id(session)) == 2


def test_talks_and_the_visit_named_in_one_sentence_stay_apart(session: Session) -> None:
    """Same type, same date, different mode: the talks held on the second day of a visit."""
    quote = "Aliyev held talks with Xi in Beijing on Wednesday, the second day of a state visit."
    talks = claim("Talks", "CONSULT", "2025-04-23", actors=[ALIYEV, XI], keywords=("talks",), quote=quote)
    visit = claim(
        "Visit", "CONSULT", "2025-04-23", mode="visit", actors=[ALIYEV, XI], keywords=("visit",), quote=quote
    )
    _store(session, "a.txt", talks, visit)
    assert len(events_by_id(session)) == 2


def _visit(when: str, host: object, quote: str, **kw) -> object:
    return claim(
        "Visit",
        "CONSULT",
        when,
        mode="visit",
        actors=[actor("Ilham Aliyev", role="actor"), actor(host.name, "state", role="recipient")],  # type: ignore[attr-defined]
        keywords=("visit",),
        quote=quote,
        **kw,
    )


def test_visits_to_different_hosts_are_different_visits(session: Session) -> None:
    _store(session, "a.txt", _visit("2025-04-23", CN, "Aliyev visited China on Wednesday."))
    _store(session, "b.txt", _visit("2025-04-23", AZ, "Aliyev hosted a visit in Azerbaijan on Wednesday."))
    assert len(events_by_id(session)) == 2


def test_a_vague_visit_without_a_host_is_nobody_s_only_candidate(session: Session) -> None:
    """"Xi returned the visit in September": the host is unknown, so a September visit of Xi to
    some state is not evidence enough."""
    xi = actor("Xi Jinping", role="actor")
    _store(
        session,
        "a.txt",
        claim(
            "Xi visits Kazakhstan",
            "CONSULT",
            "2022-09-14",
            mode="visit",
            actors=[xi, actor("Kazakhstan", "state", role="recipient")],
            keywords=("visit",),
        ),
    )
    _store(session, "b.txt", claim("Xi returned the visit", "CONSULT", "2022-09", mode="visit", actors=[xi]))
    assert len(events_by_id(session)) == 2


def _signing(when: str, quote: str, actors: list, **kw) -> object:
    return claim("Signing", "AGREE", when, actors=actors, quote=quote, **kw)


def test_month_claim_with_the_same_two_leaders_joins_the_only_signing(session: Session) -> None:
    """Vaguer joins precise without blurring it: the day stays the canonical date."""
    day = _signing("2025-04-23", "On April 23 Aliyev and Xi signed a joint statement.", [ALIYEV, XI])
    _store(session, "a.txt", day)
    _store(
        session,
        "b.txt",
        _signing("2025-04", "In April Aliyev and Xi agreed on a closer partnership.", [ALIYEV, XI]),
    )
    [ev] = events_by_id(session)
    assert ev.edtf == "2025-04-23" and len(ev.citations) == 2 and not ev.has_conflict


def test_month_claim_with_two_candidate_signings_joins_neither(session: Session) -> None:
    _store(
        session,
        "a.txt",
        _signing("2025-04-03", "On April 3 Aliyev and Xi signed a port deal.", [ALIYEV, XI], start=0, end=40),
        _signing("2025-04-23", "On April 23 Aliyev and Xi signed a statement.", [ALIYEV, XI], start=50, end=90),
    )
    _store(session, "b.txt", _signing("2025-04", "In April Aliyev and Xi agreed on a partnership.", [ALIYEV, XI]))
    assert len(events_by_id(session)) == 3


def test_month_claim_sharing_topic_words_joins_the_only_day_claim(session: Session) -> None:
    day = _signing(
        "2024-06-06",
        "The intergovernmental agreement on the construction of the railway was signed in Beijing on June 6.",
        [CN, KG],
    )
    month = _signing(
        "2024-06",
        "In June, China, Kyrgyzstan and Uzbekistan signed an intergovernmental agreement on a railway.",
        [CN, KG, UZ],
        keywords=("intergovernmental",),  # only one side has it: no shared keyword
    )
    _store(session, "a.txt", day)
    _store(session, "b.txt", month)
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-06-06"


def test_topic_words_skip_common_news_words() -> None:
    words = topic_words("The presidents signed an intergovernmental agreement on the railway on Wednesday.")
    assert words == {"intergovernmental", "railway"}


def test_two_distinct_same_year_visits_are_not_merged() -> None:
    """Two visits of one person to one host in one year: a year claim sharing only the person,
    the host and the kind word "visit" is no evidence for either (planted-corpus case)."""
    base = {
        "event_type": "CONSULT",
        "mode": "visit",
        "actors": frozenset({"Ilham Aliyev"}),
        "persons": frozenset({"Ilham Aliyev"}),
        "states": frozenset({"Türkiye"}),
        "hosts": frozenset({"Türkiye"}),
        "keywords": frozenset({"visit"}),
    }
    may = Profile(lower=dt.date(2003, 5, 9), upper=dt.date(2003, 5, 9), sources=frozenset({1}), **base)
    year = Profile(lower=dt.date(2003, 1, 1), upper=dt.date(2003, 12, 31), sources=frozenset({2}), **base)
    match = judge(year, may)
    assert not isinstance(match, str) and match.coarse
    # A coarse match joins only when it is the only one (the merger counts: see the next test).
    assert vague_candidate(year, may)


def test_two_visits_of_one_year_stay_apart_and_a_year_claim_joins_neither(session: Session) -> None:
    _store(session, "a.txt", _visit("2003-05-09", TR, "Aliyev visited Türkiye on 9 May 2003."))
    _store(session, "b.txt", _visit("2003-10-20", TR, "Aliyev visited Türkiye on 20 October 2003."))
    _store(session, "c.txt", _visit("2003", TR, "Aliyev visited Türkiye in 2003."))
    assert len(events_by_id(session)) == 3


def _pipeline(when: str, name: str, quote: str) -> object:
    return claim("Pipeline inaugurated", "COOPERATE", when, named_object=name, keywords=("pipeline",), quote=quote)


def test_day_and_next_month_of_one_named_object_are_one_event_with_a_conflict(session: Session) -> None:
    """"12 June 2018" vs "in July 2018" for the same pipeline: one event, both claims kept, the
    conflict flagged, the canonical date by the rule (one source each → more precise: the day)."""
    month = _pipeline("2018-07", "Karst gas pipeline", "The Karst gas pipeline, inaugurated in July 2018.")
    _store(session, "a.txt", month)
    _store(
        session,
        "b.txt",
        _pipeline("2018-06-12", "Karst Natural Gas Pipeline", "On 12 June 2018 the Karst Natural Gas Pipeline opened."),
    )
    [ev] = events_by_id(session)
    assert ev.has_conflict and ev.edtf == "2018-06-12"
    assert sorted(c.claimed_edtf for c in ev.citations) == ["2018-06-12", "2018-07"]


def test_adjacent_years_without_the_same_named_object_stay_apart(session: Session) -> None:
    _store(session, "a.txt", claim("Treaty", "AGREE", "1991", actors=[AZ, CN], keywords=("treaty",)))
    _store(session, "b.txt", claim("Treaty", "AGREE", "1992-04-02", actors=[AZ, CN], keywords=("treaty",)))
    assert len(events_by_id(session)) == 2


def test_one_article_naming_three_parties_then_their_leaders_is_one_signing(session: Session) -> None:
    aliyev, tokayev = actor("Ilham Aliyev"), actor("Kassym-Jomart Tokayev")
    mirziyoyev = actor("Shavkat Mirziyoyev")
    first = claim("Signed", "AGREE", "2024-11-13", actors=[AZ, KZ, UZ], start=0, end=60)
    second = claim("Signed", "AGREE", "2024-11-13", actors=[aliyev, tokayev, mirziyoyev], start=100, end=160)
    _store(session, "a.txt", first, second)
    assert len(events_by_id(session)) == 1


def test_states_another_article_adds_do_not_make_a_retelling(session: Session) -> None:
    """Article B: "he and Xi signed a joint statement" … "more than a dozen agreements were signed
    the same day": the states of the second sentence come only from article A's citation."""
    first = claim("Statement", "AGREE", "2025-04-23", actors=[AZ, CN, ALIYEV, XI], keywords=("joint",))
    _store(session, "a.txt", first)
    statement = claim("Statement", "AGREE", "2025-04-23", actors=[XI], keywords=("joint",), start=0, end=60)
    dozen = claim("Agreements", "AGREE", "2025-04-23", actors=[AZ, CN], start=100, end=160)
    _store(session, "b.txt", statement, dozen)
    [one, two] = events_by_id(session)
    assert len(one.citations) == 2 and len(two.citations) == 1


def test_what_a_summit_agreed_in_the_summit_sentence_is_the_summit(session: Session) -> None:
    quote = "At the fourth summit, in Astrakhan on 29 September 2014, the presidents agreed to close the sea."
    summit = claim("Summit", "CONSULT", "2014-09-29", mode="multilateral", keywords=("summit",), quote=quote)
    agreed = claim("Agreed", "AGREE", "2014-09-29", actors=[KZ, UZ], quote=quote)
    _store(session, "a.txt", summit, agreed)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_a_named_document_signed_at_a_summit_stays_its_own_event(session: Session) -> None:
    quote = "The summit in Samarkand ended on 5 April 2025 with the Samarkand Joint Declaration on transport."
    summit = claim("Summit", "CONSULT", "2025-04-05", mode="multilateral", keywords=("summit",), quote=quote)
    declaration = claim(
        "Declaration", "AGREE", "2025-04-05", named_object="Samarkand Joint Declaration on transport", quote=quote
    )
    _store(session, "a.txt", summit, declaration)
    assert len(events_by_id(session)) == 2


def test_a_recurring_gathering_one_year_apart_is_two_events(session: Session) -> None:
    """"the Harbour Energy Forum" of 2017 and of 2018 (March): adjacent dates, same name, but
    gatherings recur — no conflict join for CONSULT."""
    name = "Harbour Energy Forum"
    _store(session, "a.txt", claim("Forum", "CONSULT", "2017", mode="multilateral", named_object=name))
    _store(session, "b.txt", claim("Forum", "CONSULT", "2018-03-05", mode="multilateral", named_object=name))
    assert len(events_by_id(session)) == 2


def test_a_visit_and_the_congratulations_it_was_for_are_one_event(session: Session) -> None:
    quote = "Orban travelled to Tbilisi on 28 October 2024 to congratulate Kobakhidze."
    visit = claim("Visit", "CONSULT", "2024-10-28", mode="visit", actors=[actor("Viktor Orbán")], quote=quote)
    support = claim("Congratulated", "SUPPORT", "2024-10-28", actors=[actor("Viktor Orbán")], quote=quote)
    _store(session, "a.txt", visit, support)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def _at(name: str, kind: str, quote: str, role: str | None = None):  # type: ignore[no-untyped-def]
    from timeline.extract.types import ActorMention

    start = quote.index(name)
    return ActorMention(name=name, kind=kind, start=start, end=start + len(name), surface=name, role=role)  # type: ignore[arg-type]


def test_a_state_that_only_locates_the_event_is_not_a_party(session: Session) -> None:
    """"… at the summit in Aktau, Kazakhstan": Kazakhstan says where, so it does not clash with
    another article's parties (Turkmenistan and Azerbaijan) signing the same named convention."""
    name = "Convention on the Status of the Harbour Sea"
    q1 = "The presidents signed the Convention on the Status of the Harbour Sea in Aktau, Kazakhstan."
    located = claim(
        "Convention signed",
        "AGREE",
        "2018-08-12",
        actors=[_at("Aktau", "place", q1, "location"), _at("Kazakhstan", "state", q1, "participant")],
        named_object=name,
        quote=q1,
        end=len(q1),
    )
    q2 = "Turkmenistan and Azerbaijan signed the Convention on the Status of the Harbour Sea on 12 August 2018."
    parties = claim(
        "Convention signed",
        "AGREE",
        "2018-08-12",
        actors=[_at("Turkmenistan", "state", q2), _at("Azerbaijan", "state", q2)],
        named_object=name,
        quote=q2,
        end=len(q2),
    )
    _store(session, "a.txt", located)
    _store(session, "b.txt", parties)
    [ev] = events_by_id(session)
    roles = {(link.actor.name, link.role) for link in ev.actors}
    assert ("Kazakhstan", "location") in roles and ("Azerbaijan", "participant") in roles


def test_a_claim_quoting_two_sentences_is_no_partner_of_the_first_one(session: Session) -> None:
    """The same-sentence family rule needs the same quote: a claim whose quote adds the previous
    sentence as context ("… inaugurated the plant. During the same trip, they raised relations")
    is not the other claim's happening coded twice."""
    first = "In September 2013 the company financed the development of the field."
    both = first + " During the same trip, the two leaders raised relations to a strategic partnership."
    financed = claim("Financed", "COOPERATE", "2013-09", actors=[CN], quote=first, start=0, end=len(first))
    raised = claim("Raised", "AGREE", "2013-09", actors=[CN], quote=both, start=0, end=len(both))
    _store(session, "a.txt", financed, raised)
    assert len(events_by_id(session)) == 2


def test_a_name_contained_in_another_joins_across_the_agree_cooperate_family(session: Session) -> None:
    """"the Harbour Road Initiative" (COOPERATE, a year) is every distinctive word of "the Southern
    Harbour Road Belt" (AGREE, a day): one initiative, coded either way."""
    xi = actor("Xi Jinping", role="actor")
    day = claim(
        "Belt proposed",
        "AGREE",
        "2013-09-07",
        actors=[xi],
        named_object="Southern Harbour Road Belt",
        keywords=("harbour", "road", "belt"),
    )
    year = claim(
        "Initiative unveiled",
        "COOPERATE",
        "2013",
        actors=[xi],
        named_object="Harbour Road Initiative",
        keywords=("harbour", "road", "initiative"),
    )
    _store(session, "a.txt", day)
    _store(session, "b.txt", year)
    [ev] = events_by_id(session)
    assert ev.edtf == "2013-09-07"
