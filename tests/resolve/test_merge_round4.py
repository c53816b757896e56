"""Merging rules of session 4, round 4: vague and year-unknown claims joining the only dated event
that fits. Hand-made claims from invented outlets, merged into real databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Profile, judge, ordinal_gatherings

AZ = replace(actor("Azerbaijan", "state"), country="AZE")
CN = replace(actor("China", "state"), country="CHN")
KZ = actor("Kazakhstan", "state")
GE = actor("Georgia", "state")
TM = actor("Turkmenistan", "state")
ALIYEV = replace(actor("Ilham Aliyev"), country="AZE")
XI = replace(actor("Xi Jinping"), country="CHN")


def _store(session: Session, uri: str, *claims, published: dt.date | None = dt.date(2025, 5, 2)) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=published)
    store_extraction(session, src, extraction(src, *claims))


def _signing(when: str, quote: str, *, actors=None, keywords=("pipeline", "memorandum"), **kw) -> object:
    return claim("Memorandum signed", "AGREE", when, actors=actors or [AZ, KZ], keywords=keywords, quote=quote, **kw)


# --- year-unknown claims ---------------------------------------------------------------------------


def test_year_unknown_claim_joins_the_only_dated_event_of_that_day(session: Session) -> None:
    _store(
        session,
        "caspian-herald.txt",
        _signing("2025-04-23", "Baku and Astana signed a pipeline memorandum on 23 April 2025."),
    )
    undated = _signing("XXXX-04-23", "On April 23 the two governments put their names to the pipeline memorandum.")
    _store(session, "steppe-digest.md", undated, published=None)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2
    assert ev.edtf == "2025-04-23"  # the known year wins over the unknown one


def test_year_unknown_month_claim_joins_the_only_event_of_that_month(session: Session) -> None:
    _store(
        session,
        "gulf-wire.txt",
        _signing("2024-03-12", "Kazakhstan and Azerbaijan signed a memorandum on the pipeline on Tuesday, March 12."),
    )
    _store(
        session, "blog.md", _signing("XXXX-03", "In March the two states agreed a pipeline memorandum."), published=None
    )
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-03-12"  # the vaguer claim does not blur the precise date


def test_year_unknown_claim_with_two_candidate_years_joins_neither(session: Session) -> None:
    _store(
        session,
        "caspian-herald.txt",
        _signing("2019-04-23", "A first pipeline memorandum was signed on 23 April 2019.", start=0, end=40),
        _signing("2025-04-23", "A second pipeline memorandum was signed on 23 April 2025.", start=50, end=90),
    )
    _store(
        session, "digest.md", _signing("XXXX-04-23", "The pipeline memorandum was signed on April 23."), published=None
    )
    assert len(events_by_id(session)) == 3


def test_year_unknown_claim_sharing_only_a_person_stays_apart(session: Session) -> None:
    """Any year fits an undated claim: the same leader is not enough, the same thing must be named."""
    visit = claim(
        "Visit",
        "CONSULT",
        "2019-04-24",
        mode="multilateral",
        actors=[ALIYEV, CN],
        keywords=("forum",),
        quote="Aliyev attended a forum in Beijing on 24 April 2019.",
    )
    _store(session, "forum-report.html", visit)
    meeting = claim(
        "Meeting",
        "CONSULT",
        "XXXX-04-24",
        actors=[ALIYEV, CN],
        keywords=("business",),
        quote="On April 24 Aliyev met Chinese business leaders before flying home.",
    )
    _store(session, "newsletter.md", meeting, published=None)
    assert len(events_by_id(session)) == 2


def test_year_unknown_claim_of_another_type_stays_apart(session: Session) -> None:
    _store(
        session,
        "a.txt",
        _signing("2025-04-23", "Azerbaijan and Kazakhstan signed a pipeline memorandum on 23 April 2025."),
    )
    talks = claim(
        "Talks",
        "CONSULT",
        "XXXX-04-23",
        actors=[AZ, KZ],
        keywords=("pipeline",),
        quote="On 23 April the two sides held talks on the pipeline.",
    )
    _store(session, "b.md", talks, published=None)
    assert len(events_by_id(session)) == 2


# --- leaders standing for their states ---------------------------------------------------------------


def test_leaders_day_claim_joins_the_month_event_of_their_states(session: Session) -> None:
    month = claim(
        "Partnership",
        "AGREE",
        "2024-07",
        actors=[AZ, CN],
        keywords=("partnership",),
        quote="Azerbaijan and China agreed on a strategic partnership in July 2024 at a regional summit.",
    )
    _store(session, "eurasia-review.txt", month)
    day = claim(
        "Statement",
        "AGREE",
        "2024-07-03",
        actors=[XI, ALIYEV],
        keywords=("sign", "joint"),
        quote="On July 3, 2024, Xi and Aliyev signed a joint statement on a strategic partnership at the summit.",
    )
    _store(session, "daily-courier.html", day)
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-07-03" and len(ev.citations) == 2


def test_leaders_claim_with_two_month_candidates_joins_neither(session: Session) -> None:
    """Two month events of the leaders' states with the same topic: which one? None."""
    for uri, quote in (
        ("a.txt", "Azerbaijan and China agreed on a strategic partnership for transport in July 2024."),
        ("b.txt", "In July 2024 China and Azerbaijan agreed on a strategic partnership in energy, a separate deal."),
    ):
        _store(
            session,
            uri,
            claim("Partnership", "AGREE", "2024-07", actors=[AZ, CN], keywords=("partnership",), quote=quote),
        )
    n = len(events_by_id(session))
    day = claim(
        "Statement",
        "AGREE",
        "2024-07-03",
        actors=[XI, ALIYEV],
        keywords=("sign",),
        quote="Xi and Aliyev signed a strategic partnership statement on 3 July 2024.",
    )
    _store(session, "c.html", day)
    assert len(events_by_id(session)) == n + 1


def test_one_leader_is_not_the_pair_of_states(session: Session) -> None:
    """A day claim naming one leader and "his guest" does not join another country's partnership."""
    _store(
        session,
        "tbilisi-times.txt",
        claim(
            "Partnership",
            "AGREE",
            "2023-01",
            actors=[GE, CN],
            keywords=("partnership",),
            quote="Georgia and China declared a strategic partnership in January 2023.",
        ),
    )
    _store(
        session,
        "ashgabat-news.txt",
        claim(
            "Upgrade",
            "AGREE",
            "2023-01-06",
            actors=[XI],
            keywords=("partnership",),
            quote="Xi and his guest raised relations to a comprehensive strategic partnership on Friday.",
        ),
    )
    assert len(events_by_id(session)) == 2


# --- across the type wall ----------------------------------------------------------------------------

AM = replace(actor("Armenia", "state"), country="ARM")
RU = replace(actor("Russia", "state"), country="RUS")
PASHINYAN = replace(actor("Nikol Pashinyan"), country="ARM")
PUTIN = replace(actor("Vladimir Putin"), country="RUS")
ALIYEV_AZ = replace(actor("Ilham Aliyev"), country="AZE")


def _statement(quote: str, when: str = "2020-11-10", **kw) -> object:
    return claim(
        "Statement signed",
        "AGREE",
        when,
        actors=[ALIYEV_AZ, PASHINYAN, PUTIN],
        keywords=("trilateral",),
        quote=quote,
        **kw,
    )


def _truce(quote: str, when: str = "2020-11", actors=None) -> object:
    return claim("Truce", "RETREAT", when, actors=actors or [AM, RU], keywords=("truce",), quote=quote)


def test_signed_ceasefire_statement_and_the_truce_of_another_article_are_one_event(session: Session) -> None:
    _store(
        session,
        "frontline-daily.txt",
        _statement("On 10 November 2020 a statement signed by the three leaders ended the fighting."),
    )
    _store(
        session,
        "yerevan-review.md",
        _truce("Russian peacekeepers arrived after the Moscow-brokered truce of November 2020."),
    )
    [ev] = events_by_id(session)
    assert {c.event_type for c in ev.citations} == {"AGREE", "RETREAT"}
    assert ev.edtf == "2020-11-10" and not ev.has_conflict


def test_truce_article_first_then_the_signed_ceasefire(session: Session) -> None:
    _store(
        session, "moscow-bulletin.txt", _truce("Armenia and Russia welcomed the ceasefire reached in November 2020.")
    )
    _store(
        session, "caucasus-wire.txt", _statement("The three leaders signed a ceasefire statement on 10 November 2020.")
    )
    assert len(events_by_id(session)) == 1


def test_a_signing_that_tells_no_ceasefire_stays_apart_from_the_truce(session: Session) -> None:
    _store(
        session,
        "energy-monitor.txt",
        _statement("On 10 November 2020 the three leaders signed a statement on gas transit."),
    )
    _store(session, "yerevan-review.md", _truce("Russian peacekeepers arrived after the truce of November 2020."))
    assert len(events_by_id(session)) == 2


def test_a_truce_of_other_parties_stays_apart(session: Session) -> None:
    _store(
        session,
        "frontline-daily.txt",
        _statement("On 10 November 2020 a statement signed by the three leaders ended the fighting."),
    )
    other = _truce(
        "Georgia and Abkhazia agreed a truce in November 2020.",
        actors=[replace(actor("Georgia", "state"), country="GEO"), replace(actor("Turkey", "state"), country="TUR")],
    )
    _store(session, "black-sea-post.txt", other)
    assert len(events_by_id(session)) == 2


def test_a_truce_years_away_stays_apart(session: Session) -> None:
    _store(
        session,
        "frontline-daily.txt",
        _statement("On 10 November 2020 a statement signed by the three leaders ended the fighting."),
    )
    _store(session, "archive.txt", _truce("Armenia and Russia backed the ceasefire of May 1994.", when="1994-05"))
    assert len(events_by_id(session)) == 2


def test_two_documents_signed_on_one_day_stay_two_events(session: Session) -> None:
    """A state visit yields many signings: other documents of the same parties and day are other events."""
    green = claim(
        "Memorandum signed",
        "AGREE",
        "2025-04-23",
        actors=[AZ, CN],
        named_object="Memorandum on Green Energy",
        keywords=("green", "energy"),
        quote="The ministers signed a memorandum on green energy on Wednesday.",
    )
    visas = claim(
        "Agreement signed",
        "AGREE",
        "2025-04-23",
        actors=[AZ, CN],
        named_object="Agreement on Visa Exemption",
        keywords=("visa",),
        quote="An agreement on visa exemption was also signed on 23 April.",
    )
    _store(session, "agency.html", green)
    _store(session, "gazette.txt", visas)
    assert len(events_by_id(session)) == 2


def test_agreement_and_the_meeting_that_was_its_occasion_are_one_event(session: Session) -> None:
    quote = "The two countries agreed on a transport partnership in May, when their presidents met in Tashkent."
    agreed = claim("Partnership", "AGREE", "2023-05", actors=[AZ, KZ], keywords=("partnership",), quote=quote)
    met = claim("Meeting", "CONSULT", "2023-05", actors=[AZ, KZ], keywords=("meet",), quote=quote)
    _store(session, "silk-post.txt", agreed, met)
    assert len(events_by_id(session)) == 1


def test_talks_then_a_signing_in_one_sentence_stay_two_events(session: Session) -> None:
    quote = "The prime ministers signed a customs protocol after talks in Astana on Monday."
    signed = claim("Protocol", "AGREE", "2023-05-08", actors=[AZ, KZ], keywords=("customs",), quote=quote)
    talks = claim("Talks", "CONSULT", "2023-05-08", actors=[AZ, KZ], keywords=("talks",), quote=quote)
    _store(session, "steppe-news.txt", signed, talks)
    assert len(events_by_id(session)) == 2


def test_a_visit_and_the_document_signed_when_the_leaders_met_stay_apart(session: Session) -> None:
    quote = "A visa agreement was signed on Tuesday, when the visiting president met his host in Baku."
    signed = claim("Visa", "AGREE", "2023-05-09", actors=[AZ, KZ], keywords=("visa",), quote=quote)
    visit = claim("Visit", "CONSULT", "2023-05-09", mode="visit", actors=[AZ, KZ], keywords=("visit",), quote=quote)
    _store(session, "baku-herald.txt", signed, visit)
    assert len(events_by_id(session)) == 2


# --- over-merges: other places, other ordinal gatherings -----------------------------------------------

MICHEL = actor("Charles Michel")
MACRON = actor("Emmanuel Macron")
EU = actor("European Union", "organisation")


def test_a_month_claim_sharing_only_a_persons_name_words_stays_apart(session: Session) -> None:
    """The only-candidate rule's "two shared topic words" do not count the shared person's name."""
    prague = claim(
        "Meeting",
        "CONSULT",
        "2022-10-06",
        actors=[MICHEL, MACRON, ALIYEV],
        keywords=("meet",),
        quote="At a European summit meeting in Prague on 6 October 2022, Charles Michel and Macron received Aliyev.",
    )
    _store(session, "continent-daily.txt", prague)
    astana = claim(
        "Meeting",
        "CONSULT",
        "2022-10",
        actors=[MICHEL, EU],
        keywords=("meet",),
        quote="The dialogue began with a high-level meeting in Astana in October 2022, chaired by Charles Michel.",
    )
    _store(session, "steppe-analysis.md", astana)
    assert len(events_by_id(session)) == 2


def _ministers(when: str, quote: str) -> object:
    return claim("Meeting", "CONSULT", when, actors=[CN, KZ, TM], keywords=("ministerial",), quote=quote)


def test_first_and_second_meeting_of_a_format_stay_apart(session: Session) -> None:
    _store(
        session,
        "a.txt",
        _ministers("2021-05-12", "The second China–Central Asia ministerial meeting opened in Xi'an on 12 May 2021."),
    )
    _store(
        session,
        "b.txt",
        _ministers(
            "2021-05",
            "The first China–Central Asia ministerial meeting, held online in May 2021, set up a secretariat.",
        ),
    )
    assert len(events_by_id(session)) == 2


def test_same_ordinal_gathering_of_two_articles_joins(session: Session) -> None:
    _store(
        session,
        "a.txt",
        _ministers("2021-05-12", "The second China–Central Asia ministerial meeting opened in Xi'an on 12 May 2021."),
    )
    _store(
        session,
        "b.txt",
        _ministers("2021-05", "In May 2021 the second China–Central Asia ministerial meeting agreed on a secretariat."),
    )
    assert len(events_by_id(session)) == 1


def test_ordinal_gatherings_are_read_from_names_not_from_days() -> None:
    assert ordinal_gatherings("the 6th Caspian Summit in Ashgabat") == {(6, "summit")}
    assert ordinal_gatherings("The second EU–Central Asia meeting opened") == {(2, "meeting")}
    assert ordinal_gatherings("on the second day of the summit") == frozenset()
    assert ordinal_gatherings("the first high-level ministerial meeting") == {(1, "meeting")}


def test_judge_refuses_two_ordinals_of_one_kind_on_the_same_day() -> None:
    def p(quote: str) -> Profile:
        return Profile(
            "CONSULT",
            "multilateral",
            dt.date(2024, 5, 3),
            dt.date(2024, 5, 3),
            "2024-05-03",
            states=frozenset({"China", "Kazakhstan"}),
            keywords=frozenset({"summit", "ministerial"}),
            sources=frozenset({1 if "Fourth" in quote else 2}),
            ordinals=ordinal_gatherings(quote),
        )

    assert (
        judge(p("the Fourth Astana Summit opened"), p("the Fifth Astana Summit opened")) == "ordinal gatherings differ"
    )


# --- genuine source conflicts -------------------------------------------------------------------------

HEYDAR = actor("Heydar Aliyev", role="actor")
CN_HOST = actor("China", "state", role="recipient")


def _first(when: str, quote: str) -> object:
    return claim("Visit", "CONSULT", when, mode="visit", actors=[HEYDAR, CN_HOST], keywords=("visit",), quote=quote)


def test_one_persons_first_visit_dated_a_year_apart_is_one_event_in_conflict(session: Session) -> None:
    _store(session, "embassy-bulletin.txt", _first("1993", "Heydar Aliyev paid his first visit to China in 1993."))
    _store(session, "history-review.md", _first("1994-03", "His first official trip to Beijing came in March 1994."))
    [ev] = events_by_id(session)
    assert ev.has_conflict and len(ev.citations) == 2


def test_visits_a_year_apart_without_first_stay_two_events(session: Session) -> None:
    _store(session, "embassy-bulletin.txt", _first("1993", "Heydar Aliyev visited China in 1993."))
    _store(session, "history-review.md", _first("1994-03", "He flew to Beijing in March 1994."))
    assert len(events_by_id(session)) == 2


def test_first_trip_since_an_earlier_one_is_no_first_visit(session: Session) -> None:
    _store(session, "embassy-bulletin.txt", _first("2014", "Aliyev made his first trip to China since 2005 in 2014."))
    _store(session, "history-review.md", _first("2015-12", "His first visit to China was in December 2015."))
    assert len(events_by_id(session)) == 2


def test_first_visits_of_two_persons_stay_apart(session: Session) -> None:
    _store(session, "a.txt", _first("1993", "Heydar Aliyev paid his first visit to China in 1993."))
    other = claim(
        "Visit",
        "CONSULT",
        "1994-03",
        mode="visit",
        actors=[actor("Abulfaz Elchibey", role="actor"), CN_HOST],
        keywords=("visit",),
        quote="Elchibey's first visit to China came in March 1994.",
    )
    _store(session, "b.txt", other)
    assert len(events_by_id(session)) == 2


# --- canonical date rule (unchanged) ------------------------------------------------------------------


def test_canonical_date_more_independent_sources_then_more_precise(session: Session) -> None:
    def signing(when: str, quote: str) -> object:
        return claim(
            "Declaration",
            "AGREE",
            when,
            actors=[AZ, CN],
            named_object="Declaration on Strategic Partnership",
            keywords=("partnership",),
            quote=quote,
        )

    _store(session, "wire-one.txt", signing("2024-07-03", "The declaration was signed on 3 July 2024."))
    _store(session, "wire-two.txt", signing("2024-07-03", "Leaders signed the declaration on July 3, 2024."))
    _store(session, "column.txt", signing("2024-07-05", "The declaration, signed on 5 July 2024, ..."))
    _store(session, "digest.txt", signing("2024-07", "In July 2024 the declaration was signed."))
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-07-03" and ev.has_conflict
    assert len(ev.citations) == 4
