"""Merging rules of session 5 (round 6): a state right after "in"/"at" locates the claim (it is no
party), and one cue of one sentence dated twice (a year heading and "In March") is one event.
Hand-made claims from invented outlets, merged into real databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.merge import located_states, store_extraction

KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
UZ = replace(actor("Uzbekistan", "state"), country="UZB")
TR = replace(actor("Türkiye", "state"), country="TUR")
AZ = replace(actor("Azerbaijan", "state"), country="AZE")
CN = replace(actor("China", "state"), country="CHN")


def _store(session: Session, uri: str, *claims: Claim, published: dt.date = dt.date(2025, 3, 1)) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=published)
    store_extraction(session, src, extraction(src, *claims))


def _at(quote: str, mention: ActorMention, role: str | None = "participant", nth: int = 0) -> ActorMention:
    """``mention`` placed at its ``nth`` occurrence in ``quote`` (claims start at offset 0)."""
    start = -1
    for _ in range(nth + 1):
        start = quote.index(mention.surface, start + 1)
    return replace(mention, start=start, end=start + len(mention.surface), role=role)


def _roles(quote: str, *mentions: ActorMention) -> dict[str, str | None]:
    c = claim("x", "AGREE", "2024-07", quote=quote, end=len(quote), actors=list(mentions))
    return {m.name: m.role for m in located_states(c)}


# --- located_states: the locative preposition ---------------------------------------------------


def test_state_after_in_locates_the_claim() -> None:
    quote = "On the margins of a summit in Kazakhstan, the two presidents signed a declaration."
    assert _roles(quote, _at(quote, KZ)) == {"Kazakhstan": "location"}


def test_state_after_at_the_locates_the_claim() -> None:
    quote = "Talks at the United Arab Emirates pavilion ended with a memorandum."
    uae = replace(actor("United Arab Emirates", "state"), country="ARE")
    assert _roles(quote, _at(quote, uae)) == {"United Arab Emirates": "location"}


def test_possessive_after_in_stays_a_party() -> None:
    """The owner of a region is a party to what happens there (a border deal near its villages)."""
    quote = "The commissions agreed on the border near two villages in Uzbekistan's Fergana region."
    assert _roles(quote, _at(quote, UZ)) == {"Uzbekistan": "participant"}


def test_state_as_subject_stays_a_party() -> None:
    quote = "Kazakhstan and China signed a border agreement in April."
    assert _roles(quote, _at(quote, KZ), _at(quote, CN)) == {"Kazakhstan": "participant", "China": "participant"}


def test_state_after_other_prepositions_stays_a_party() -> None:
    quote = "Baku signed a gas deal with Türkiye and an accord between Azerbaijan and China."
    roles = _roles(quote, _at(quote, TR), _at(quote, AZ), _at(quote, CN))
    assert set(roles.values()) == {"participant"}


def test_recipient_after_in_keeps_its_role() -> None:
    quote = "The president arrived in China for a state visit."
    assert _roles(quote, _at(quote, CN, role="recipient")) == {"China": "recipient"}


# --- merging with a located state ----------------------------------------------------------------


def _agreed(quote: str, *mentions: ActorMention) -> Claim:
    return claim(
        "Strategic partnership agreed",
        "AGREE",
        "2024-07",
        quote=quote,
        end=len(quote),
        actors=list(mentions),
        keywords=("partnership",),
    )


def test_summit_host_named_after_in_does_not_split_the_partnership(session: Session) -> None:
    first = "Tokayev and Mirziyoyev agreed on a strategic partnership in July 2024, Uzbekistan said."
    tok = replace(actor("Kassym-Jomart Tokayev"), surface="Tokayev")
    mir = replace(actor("Shavkat Mirziyoyev"), surface="Mirziyoyev")
    _store(session, "steppe-herald.txt", _agreed(first, _at(first, tok), _at(first, mir), _at(first, UZ)))
    second = (
        "Last July, at a summit in Azerbaijan, Tokayev and Mirziyoyev signed a declaration of strategic partnership."
    )
    _store(
        session,
        "caspian-review.md",
        _agreed(second, _at(second, AZ), _at(second, tok), _at(second, mir)),
    )
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_third_state_as_party_still_clashes(session: Session) -> None:
    first = "Uzbekistan and Kazakhstan agreed on a strategic partnership in July 2024."
    _store(session, "steppe-herald.txt", _agreed(first, _at(first, UZ), _at(first, KZ)))
    second = "Azerbaijan and Kazakhstan agreed on a strategic partnership in July 2024."
    _store(session, "caspian-review.md", _agreed(second, _at(second, AZ), _at(second, KZ)))
    assert len(events_by_id(session)) == 2


# --- one cue dated twice in one sentence ---------------------------------------------------------


def _visit(when: str, quote: str, rule: str = "consult.visit") -> Claim:
    pres = replace(actor("Recep Tayyip Erdoğan"), surface="Erdoğan")
    return replace(
        claim(
            "State visit",
            "CONSULT",
            when,
            mode="visit",
            quote=quote,
            end=len(quote),
            actors=[_at(quote, pres), _at(quote, AZ, role="recipient")],
            keywords=("state", "visit"),
        ),
        rule=rule,
    )


def test_year_heading_and_month_of_one_cue_are_one_event(session: Session) -> None:
    quote = "2011\n\n- In March, President Recep Tayyip Erdoğan pays a state visit to Azerbaijan."
    _store(session, "chronology.md", _visit("2011", quote), _visit("2011-03", quote))
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2
    assert ev.edtf == "2011-03"


def test_one_cue_with_disjoint_dates_stays_two_events(session: Session) -> None:
    quote = "Recep Tayyip Erdoğan paid a state visit to Azerbaijan in 2011 and again in March 2012."
    _store(session, "profile.txt", _visit("2011", quote), _visit("2012-03", quote))
    assert len(events_by_id(session)) == 2


def test_two_cues_of_one_sentence_with_contained_dates_stay_apart(session: Session) -> None:
    quote = "In 2011 Recep Tayyip Erdoğan visited Azerbaijan; in March he paid a state visit to Azerbaijan."
    _store(
        session,
        "digest.txt",
        _visit("2011", quote, rule="consult.visit.travel"),
        _visit("2011-03", quote, rule="consult.visit"),
    )
    assert len(events_by_id(session)) == 2


# --- a year-unknown claim and the dated event: two shared topic words ----------------------------

TOK = replace(actor("Kassym-Jomart Tokayev"), surface="Tokayev", country="KAZ")
MIR = replace(actor("Shavkat Mirziyoyev"), surface="Mirziyoyev", country="UZB")


def _leaders(when: str, quote: str, keywords: tuple[str, ...], **kw) -> Claim:
    return claim(
        "Leaders agree",
        "AGREE",
        when,
        quote=quote,
        end=len(quote),
        actors=[_at(quote, TOK), _at(quote, MIR)],
        keywords=keywords,
        **kw,
    )


SIGNED = (
    "On 4 July 2024 in Almaty, Tokayev and Mirziyoyev signed a joint statement establishing a strategic partnership."
)
ANNOUNCED = "Last July, Tokayev and Mirziyoyev jointly announced the establishment of a strategic partnership."


def test_year_unknown_claim_sharing_two_topic_words_joins_the_dated_event(session: Session) -> None:
    _store(session, "steppe-herald.txt", _leaders("2024-07-04", SIGNED, ("joint", "sign")))
    _store(session, "undated-column.txt", _leaders("XXXX-07", ANNOUNCED, ("announce",)))
    [ev] = events_by_id(session)
    assert ev.edtf == "2024-07-04"


def test_dated_claim_joins_the_year_unknown_event_sharing_two_topic_words(session: Session) -> None:
    _store(session, "undated-column.txt", _leaders("XXXX-07", ANNOUNCED, ("announce",)))
    _store(session, "steppe-herald.txt", _leaders("2024-07-04", SIGNED, ("joint", "sign")))
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_year_unknown_claim_with_one_shared_topic_word_stays_apart(session: Session) -> None:
    _store(session, "steppe-herald.txt", _leaders("2024-07-04", SIGNED, ("joint", "sign")))
    other = "Last July, Tokayev and Mirziyoyev jointly announced a railway through the Fergana valley."
    _store(session, "undated-column.txt", _leaders("XXXX-07", other, ("announce",)))
    assert len(events_by_id(session)) == 2


# --- a claim meets an event holding a citation of its family ------------------------------------

FORUM = "Caspian Economic Forum"


def test_gathering_claim_joins_the_agreement_event_that_holds_the_gathering(session: Session) -> None:
    quote = "Kazakhstan and its neighbours agreed that the third Caspian Economic Forum will be held in Turkmenistan."
    tm = replace(actor("Turkmenistan", "state"), country="TKM")
    decision = claim(
        "Leaders agree",
        "AGREE",
        "2026",
        quote=quote,
        end=len(quote),
        actors=[_at(quote, KZ)],
        status="planned",
        keywords=("agree",),
    )
    forum = claim(
        "Forum to be held",
        "CONSULT",
        "2026",
        quote=quote,
        end=len(quote),
        mode="multilateral",
        actors=[_at(quote, tm, role="location")],
        named_object=FORUM,
        status="planned",
        keywords=("forum",),
    )
    _store(session, "caspian-wire.txt", decision, forum)
    [ev] = events_by_id(session)
    assert ev.event_type == "AGREE"  # the decision was stored first: the forum is held as a citation
    later = "The next Caspian Economic Forum will take place in Turkmenistan in 2026."
    again = claim(
        "Forum to be held",
        "CONSULT",
        "2026",
        quote=later,
        end=len(later),
        mode="multilateral",
        actors=[_at(later, tm, role="location")],
        named_object=FORUM,
        status="planned",
        keywords=("forum",),
    )
    _store(session, "energy-monthly.md", again)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 3


def test_gathering_claim_does_not_join_another_family_without_its_citation(session: Session) -> None:
    quote = "Kazakhstan ratified the Caspian Economic Forum charter in 2026."
    ratified = claim(
        "Charter ratified",
        "AGREE",
        "2026",
        quote=quote,
        end=len(quote),
        actors=[_at(quote, KZ)],
        named_object="Caspian Economic Forum charter",
        keywords=("charter",),
    )
    _store(session, "caspian-wire.txt", ratified)
    later = "The next Caspian Economic Forum will take place in Turkmenistan in 2026."
    forum = claim(
        "Forum to be held",
        "CONSULT",
        "2026",
        quote=later,
        end=len(later),
        mode="multilateral",
        named_object=FORUM,
        status="planned",
        keywords=("forum",),
    )
    _store(session, "energy-monthly.md", forum)
    assert len(events_by_id(session)) == 2


# --- a year-only claim sharing a topic phrase -----------------------------------------------------

TJ = replace(actor("Tajikistan", "state"), country="TJK")
RAHMON = replace(actor("Emomali Rahmon"), surface="Rahmon", country="TJK")


def _raised(when: str, quote: str, mentions: list[ActorMention]) -> Claim:
    return claim("Ties raised", "AGREE", when, quote=quote, end=len(quote), actors=mentions, keywords=("partnership",))


def test_year_only_claim_sharing_a_topic_phrase_joins_the_month_event(session: Session) -> None:
    year = "Ties were upgraded to a comprehensive strategic partnership in 2017, under Rahmon."
    _store(session, "dushanbe-review.md", _raised("2017", year, [_at(year, RAHMON)]))
    month = "In August 2017 Kazakhstan and Tajikistan upgraded ties to a comprehensive strategic partnership."
    _store(session, "steppe-herald.txt", _raised("2017-08", month, [_at(month, KZ), _at(month, TJ)]))
    [ev] = events_by_id(session)
    assert ev.edtf == "2017-08"


def test_year_only_claim_sharing_two_topic_words_stays_apart(session: Session) -> None:
    year = "Kazakhstan and Tajikistan signed a strategic partnership treaty in 2017."
    _store(session, "dushanbe-review.md", _raised("2017", year, [_at(year, KZ), _at(year, TJ)]))
    month = "In August 2017 Kazakhstan and Tajikistan launched a strategic water partnership for the Syr Darya."
    _store(session, "steppe-herald.txt", _raised("2017-08", month, [_at(month, KZ), _at(month, TJ)]))
    assert len(events_by_id(session)) == 2


# --- the same ordinal gathering at the same place ------------------------------------------------

SAMARKAND = actor("Samarkand", "place", role="location")
TASHKENT = actor("Tashkent", "place", role="location")


def _gathering(when: str, quote: str, place: ActorMention, named: str | None = None) -> Claim:
    host = [_at(quote, UZ, role="actor")] if UZ.surface in quote else []
    return claim(
        "Summit held",
        "CONSULT",
        when,
        mode="multilateral",
        quote=quote,
        end=len(quote),
        actors=[*host, _at(quote, place, role="location")],
        named_object=named,
        keywords=("summit", "host"),
    )


def test_year_mention_of_the_same_ordinal_summit_joins_the_dated_summit(session: Session) -> None:
    dated = "The second Steppe Cooperation Summit was held in Samarkand in May 2022."
    _store(session, "silk-wire.txt", _gathering("2022-05", dated, SAMARKAND, "Steppe Cooperation Summit"))
    year = "Uzbekistan recalls that the second summit took place in Samarkand two years ago."
    _store(session, "steppe-herald.txt", _gathering("2022", year, SAMARKAND))
    [ev] = events_by_id(session)
    assert ev.edtf == "2022-05"


def test_another_ordinal_at_the_same_place_stays_apart(session: Session) -> None:
    dated = "The second Steppe Cooperation Summit was held in Samarkand in May 2022."
    _store(session, "silk-wire.txt", _gathering("2022-05", dated, SAMARKAND, "Steppe Cooperation Summit"))
    year = "The third summit took place in Samarkand in 2022 as well."
    _store(session, "steppe-herald.txt", _gathering("2022", year, SAMARKAND))
    assert len(events_by_id(session)) == 2


def test_same_ordinal_at_another_place_stays_apart(session: Session) -> None:
    dated = "The second Steppe Cooperation Summit was held in Samarkand in May 2022."
    _store(session, "silk-wire.txt", _gathering("2022-05", dated, SAMARKAND, "Steppe Cooperation Summit"))
    year = "The second summit of the water council took place in Tashkent in 2022."
    _store(session, "steppe-herald.txt", _gathering("2022", year, TASHKENT))
    assert len(events_by_id(session)) == 2


# --- one article, one day: different documents or topics are different events -------------------


def _signed(quote: str, start: int, mentions: list[ActorMention] | None = None, **kw) -> Claim:
    return claim(
        "Signed",
        "AGREE",
        "2025-06-17",
        quote=quote,
        start=start,
        end=start + len(quote),
        actors=mentions if mentions is not None else [replace(KZ, start=start), replace(UZ, start=start)],
        keywords=kw.pop("keywords", ("sign",)),
        **kw,
    )


def test_treaty_and_joint_statement_of_one_day_stay_apart(session: Session) -> None:
    _store(
        session,
        "tashkent-wire.txt",
        _signed("Kazakhstan and Uzbekistan signed a joint statement on regional security.", 0),
        _signed("Kazakhstan and Uzbekistan also signed a treaty on allied relations.", 100),
    )
    assert len(events_by_id(session)) == 2


def test_one_document_told_twice_in_one_article_is_one_event(session: Session) -> None:
    _store(
        session,
        "tashkent-wire.txt",
        _signed("Kazakhstan and Uzbekistan signed a water-sharing treaty on Tuesday.", 0),
        _signed("Kazakhstan and Uzbekistan signed the treaty on water sharing in Tashkent.", 100),
    )
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_same_day_document_of_another_kind_from_another_article_stays_apart(session: Session) -> None:
    _store(session, "tashkent-wire.txt", _signed("Kazakhstan and Uzbekistan signed a treaty on allied relations.", 0))
    _store(session, "summit-desk.md", _signed("The presidents signed a joint declaration.", 0, mentions=[]))
    assert len(events_by_id(session)) == 2


def test_same_day_document_of_the_same_kind_from_another_article_joins(session: Session) -> None:
    _store(session, "tashkent-wire.txt", _signed("Kazakhstan and Uzbekistan signed a treaty on allied relations.", 0))
    _store(session, "summit-desk.md", _signed("The presidents signed the treaty.", 0, mentions=[]))
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


# --- a trip and the gathering it was made for, in one sentence ------------------------------------

FORUM_NAME = "Third Silk Road Investment Forum"


def _trip_and_forum(
    trip_when: str, forum_when: str, link: str = "travelled to Kazakhstan when he attended"
) -> tuple[Claim, Claim]:
    quote = f"Mirziyoyev {link} the {FORUM_NAME} in Almaty."
    trip = claim(
        "Visit",
        "CONSULT",
        trip_when,
        mode="visit",
        quote=quote,
        end=len(quote),
        actors=[_at(quote, MIR, role="actor"), _at(quote, KZ, role="recipient")],
        keywords=("visit",),
    )
    forum = claim(
        "Forum attended",
        "CONSULT",
        forum_when,
        mode="multilateral",
        quote=quote,
        end=len(quote),
        actors=[_at(quote, MIR, role="actor")],
        named_object=FORUM_NAME,
        keywords=("forum", "investment", "silk", "road"),
    )
    return trip, forum


def test_trip_made_for_a_gathering_in_one_sentence_is_one_event(session: Session) -> None:
    trip, forum = _trip_and_forum("2019-04", "2019-04")
    _store(session, "tashkent-wire.txt", trip, forum)
    [ev] = events_by_id(session)
    assert len(ev.citations) == 2


def test_trip_dated_more_precisely_than_the_gathering_stays_apart(session: Session) -> None:
    trip, forum = _trip_and_forum("2019-04-24", "2019-04")
    _store(session, "tashkent-wire.txt", trip, forum)
    assert len(events_by_id(session)) == 2


def test_state_visit_told_beside_a_gathering_stays_apart(session: Session) -> None:
    trip, forum = _trip_and_forum("2019-04", "2019-04", link="paid a state visit to Kazakhstan and took part in")
    _store(session, "tashkent-wire.txt", trip, forum)
    assert len(events_by_id(session)) == 2
