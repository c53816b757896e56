"""Session 17 (helper M1), resolver merging on heldout44/45 classes: one act told twice in other words
(timeline.resolve.retellings) and follow-ups of one article (timeline.resolve.merge). Invented sentences,
other countries (Kenya, Japan, Chile, Peru, Russia, Azerbaijan) and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, date, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.merge import store_extraction
from timeline.resolve.retellings import (
    counted_documents_told_twice,
    document_count_cues,
    exit_cues,
    meeting_at_place_by_year,
    mission_closed_cues,
    recognition_cues,
    talks_of_visit_by_month,
)
from timeline.resolve.similarity import Profile, judge, quote_tokens

KE = replace(actor("Kenya", "state"), country="KEN")
JP = replace(actor("Japan", "state"), country="JPN")
CL = replace(actor("Chile", "state"), country="CHL")
PE = replace(actor("Peru", "state"), country="PER")


def _claim(
    title: str,
    event_type: str,
    when: str,
    quote: str,
    *,
    actors: list[ActorMention] | None = None,
    mode: str | None = None,
    keywords: tuple[str, ...] = (),
    start: int = 0,
    status: str = "occurred",
) -> Claim:
    return Claim(
        title=title,
        event_type=event_type,
        mode=mode,
        date=date(when, when),
        quote=quote,
        start=start,
        end=start + len(quote),
        actors=list(actors or []),
        status=status,
        rule="test",  # type: ignore[arg-type]
        keywords=frozenset(keywords),
    )


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 2, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- 1. a government recognised is relations established ---------------------------------------------


def test_recognition_cues_tell_a_government_recognised_not_a_new_state() -> None:
    assert recognition_cues("Japan recognised the People's Republic only in 1972.") == {"recognised government"}
    assert recognition_cues("For decades after we recognised Beijing in 1972, trade grew slowly.") == {
        "recognised government"
    }
    assert recognition_cues("Japan recognised the government in Santiago in 1990.") == {"recognised government"}
    assert recognition_cues("Japan recognised Kenya's independence in December 1963.") == frozenset()
    assert recognition_cues("Japan recognised the new republic in 1991.") == frozenset()
    assert recognition_cues("Tokyo recognised Moscow's claim in 1956.") == frozenset()
    assert recognition_cues("Japan recognised Kenya in 1963.") == frozenset()  # not a capital: a state


RELATIONS = "29 September 1972 - Japan and the People's Republic of China establish diplomatic relations."
CN = replace(actor("China", "state"), country="CHN")


def test_a_government_recognised_by_year_joins_the_relations_established(session: Session) -> None:
    _store(session, "chronology.txt", _claim(
        "Relations established", "AGREE", "1972-09-29", RELATIONS, actors=[JP, CN],
        keywords=("establish", "diplomatic", "relation")))
    _store(session, "essay.txt", _claim(
        "Japan recognised", "AGREE", "1972", "Tokyo recognised the People's Republic only in 1972, a few months "
        "after the vote at the United Nations.", actors=[JP, CN], keywords=("recognis",)))
    assert len(events_by_id(session)) == 1


def test_a_new_state_recognised_stays_apart_from_the_relations(session: Session) -> None:
    _store(session, "chronology.txt", _claim(
        "Relations established", "AGREE", "1963-12-20", "20 December 1963 - Japan and Kenya establish diplomatic "
        "relations.", actors=[JP, KE], keywords=("establish", "diplomatic", "relation")))
    _store(session, "essay.txt", _claim(
        "Japan recognised", "AGREE", "1963", "Japan recognised Kenya's independence in 1963.", actors=[JP, KE],
        keywords=("recognis",)))
    assert len(events_by_id(session)) == 2


# --- 2. one document told by its year and on its day --------------------------------------------------


def test_a_joint_statement_told_by_its_year_joins_the_signing_day(session: Session) -> None:
    _store(session, "key_dates.md", _claim(
        "Joint statement signed", "AGREE", "2011-10-08", "A joint statement signed in Nairobi on 8 October "
        "establishes a strategic cooperative relationship.", actors=[KE, JP], keywords=("joint", "statement", "sign")))
    _store(session, "interview.html", _claim(
        "Joint statement signed", "AGREE", "2011", "What changed things was the prime minister's visit to Nairobi "
        "the following year, when we signed the joint statement on strategic cooperation.", actors=[KE, JP],
        keywords=("joint", "statement", "sign")))
    assert len(events_by_id(session)) == 1


def test_a_statement_on_another_subject_that_year_stays_apart(session: Session) -> None:
    _store(session, "key_dates.md", _claim(
        "Joint statement signed", "AGREE", "2011-10-08", "A joint statement signed in Nairobi on 8 October "
        "establishes a strategic cooperative relationship.", actors=[KE, JP], keywords=("joint", "statement", "sign")))
    _store(session, "interview.html", _claim(
        "Joint statement signed", "AGREE", "2011", "In 2011 we signed a joint statement on fisheries.",
        actors=[KE, JP], keywords=("joint", "statement", "sign")))
    assert len(events_by_id(session)) == 2


def test_a_memorandum_is_not_a_statement(session: Session) -> None:
    _store(session, "key_dates.md", _claim(
        "Memorandum signed", "AGREE", "2013-04-26", "26 April 2013 - The foreign minister signs the memorandum on "
        "Chile's dialogue partnership in Lima.", actors=[CL, PE], keywords=("memorandum", "sign")))
    _store(session, "brief.txt", _claim(
        "Statement signed", "AGREE", "2013", "Chile became a dialogue partner and signed a joint statement in 2013.",
        actors=[CL, PE], keywords=("statement", "sign")))
    assert len(events_by_id(session)) == 2


# --- 3. a meeting told by its year at the same place ---------------------------------------------------


def _meeting(lo: dt.date, hi: dt.date, persons: set[str], places: set[str], **kw: object) -> Profile:
    return Profile(event_type="CONSULT", lower=lo, upper=hi, actors=frozenset(persons), persons=frozenset(persons),
                   places=frozenset(places), keywords=frozenset({"meet"}), **kw)  # type: ignore[arg-type]


def test_a_meeting_told_by_year_at_the_place_joins_the_day() -> None:
    year = _meeting(dt.date(2024, 1, 1), dt.date(2024, 12, 31), {"Vladimir Putin"}, {"Astana"}, sources=frozenset({1}))
    day = _meeting(dt.date(2024, 7, 4), dt.date(2024, 7, 4), {"Vladimir Putin", "Kassym-Jomart Tokayev"}, {"Astana"},
                   sources=frozenset({2}))
    assert meeting_at_place_by_year(year, day, "vaguer") and meeting_at_place_by_year(day, year, "finer")
    verdict = judge(year, day)
    assert not isinstance(verdict, str) and verdict.coarse


def test_a_meeting_elsewhere_or_with_another_person_or_a_gathering_is_not_this() -> None:
    year = _meeting(dt.date(2024, 1, 1), dt.date(2024, 12, 31), {"Vladimir Putin"}, {"Astana"})
    day = _meeting(dt.date(2024, 7, 4), dt.date(2024, 7, 4), {"Vladimir Putin", "Kassym-Jomart Tokayev"}, {"Astana"})
    assert not meeting_at_place_by_year(year, replace(day, places=frozenset({"Moscow"})), "vaguer")
    assert not meeting_at_place_by_year(replace(year, persons=frozenset({"Ilham Aliyev"})), day, "vaguer")
    assert not meeting_at_place_by_year(replace(year, mode="multilateral"), day, "vaguer")
    assert not meeting_at_place_by_year(replace(year, keywords=frozenset({"attend"})), day, "vaguer")
    assert not meeting_at_place_by_year(year, day, "same")


# --- 4. a counted set of documents ---------------------------------------------------------------------


def test_document_count_cues() -> None:
    assert document_count_cues("The two sides signed 20 cooperation documents on Tuesday.") == {"documents:20"}
    assert document_count_cues("The visit produced another twenty memoranda and little money.") == {"documents:20"}
    assert document_count_cues("They signed two agreements.") == frozenset()
    assert document_count_cues("Trade grew 20 percent.") == frozenset()


def test_one_set_of_documents_told_in_digits_and_words(session: Session) -> None:
    _store(session, "wire.txt", _claim(
        "Cooperation documents signed", "AGREE", "2023-02-14", "The two sides signed 20 cooperation documents on "
        "Tuesday, covering agriculture and trade.", actors=[KE, JP], keywords=("sign", "document")))
    _store(session, "brief.md", _claim(
        "Memoranda signed", "AGREE", "2023-02", "The president's state visit to Tokyo in February 2023 produced "
        "another twenty memoranda and little money.", actors=[KE, JP], keywords=("memoranda",)))
    assert len(events_by_id(session)) == 1


def test_sets_of_another_count_stay_apart() -> None:
    a = Profile(event_type="AGREE", lower=dt.date(2023, 2, 14), upper=dt.date(2023, 2, 14), states=frozenset({"Kenya"}),
                cues=document_count_cues("signed 20 cooperation documents"))
    b = Profile(event_type="AGREE", lower=dt.date(2023, 2, 1), upper=dt.date(2023, 2, 28), states=frozenset({"Kenya"}),
                cues=document_count_cues("produced another twelve memoranda"))
    assert not counted_documents_told_twice(a, b, "finer")
    assert counted_documents_told_twice(a, replace(b, cues=document_count_cues("some 20 agreements")), "finer")
    assert not counted_documents_told_twice(a, replace(b, cues=a.cues, states=frozenset({"Peru"})), "finer")


# --- 5. a diplomatic mission closed ---------------------------------------------------------------------


def test_mission_closed_cues() -> None:
    assert mission_closed_cues("Japan temporarily closed its consulate-general in Mombasa.") == {
        "mission closed:consulate:mombasa"
    }
    assert mission_closed_cues("Tokyo closed its consulate in Mombasa for a while.") == {
        "mission closed:consulate:mombasa"
    }
    assert mission_closed_cues("Japan reopened its consulate in Mombasa.") == frozenset()


def test_one_consulate_closure_told_twice(session: Session) -> None:
    _store(session, "key_dates.md", _claim(
        "Japan suspends", "SANCTION", "2019-02", "Later that month Japan closes its consulate-general in Mombasa.",
        actors=[JP], keywords=("suspend",)))
    _store(session, "brief.txt", _claim(
        "Japan suspends", "SANCTION", "2019-02", "Tokyo released a statement, and Japan temporarily closed its "
        "consulate in Mombasa.", actors=[JP], keywords=("suspend",)))
    assert len(events_by_id(session)) == 1


def test_consulates_in_two_towns_stay_apart(session: Session) -> None:
    _store(session, "key_dates.md", _claim(
        "Japan suspends", "SANCTION", "2019-02", "Later that month Japan closes its consulate-general in Mombasa.",
        actors=[JP], keywords=("suspend",)))
    _store(session, "brief.txt", _claim(
        "Japan suspends", "SANCTION", "2019-02", "Japan temporarily closed its consulate in Kisumu.",
        actors=[JP], keywords=("suspend",)))
    assert len(events_by_id(session)) == 2


# --- 6. a company's exit told in two words and types -----------------------------------------------------

COMPANY = actor("Kansai Petroleum", "organisation")


def test_exit_cues() -> None:
    assert exit_cues("Kansai Petroleum gave up its stake in Lamu the following year.") == {"exit"}
    assert exit_cues("The firm withdraws from the development of phase 2 of the Lamu gas field.") == {"exit"}
    assert exit_cues("Kansai Petroleum took over the stake another firm had withdrawn from.") == frozenset()
    assert exit_cues("Kansai Petroleum bought a stake in Lamu.") == frozenset()


def test_one_exit_told_as_a_withdrawal_and_as_a_stake_given_up(session: Session) -> None:
    _store(session, "chronology.txt", _claim(
        "Kansai Petroleum withdraws", "RETREAT", "2019-10", "October 2019 - Kansai Petroleum withdraws from the "
        "development of phase 2 of the Lamu gas field.", actors=[COMPANY], keywords=("withdraw",)))
    _store(session, "interview.html", _claim(
        "Kansai Petroleum gave stake", "COOPERATE", "2019", "Kansai Petroleum gave up its stake in Lamu the "
        "following year.", actors=[COMPANY], keywords=("gave", "stake")))
    assert len(events_by_id(session)) == 1


def test_an_exit_from_another_field_stays_apart(session: Session) -> None:
    _store(session, "chronology.txt", _claim(
        "Kansai Petroleum withdraws", "RETREAT", "2019-10", "October 2019 - Kansai Petroleum withdraws from the "
        "development of phase 2 of the Lamu gas field.", actors=[COMPANY], keywords=("withdraw",)))
    _store(session, "interview.html", _claim(
        "Kansai Petroleum gave stake", "COOPERATE", "2019", "Kansai Petroleum gave up its stake in Turkana the "
        "following year.", actors=[COMPANY], keywords=("gave", "stake")))
    assert len(events_by_id(session)) == 2


# --- 7. a visitor's talks told by month, the visit by day -------------------------------------------------

VISIT = ("25 March 2021 - Foreign Minister Sergey Lavrov visits Baku and holds talks with Foreign Minister "
         "Jeyhun Bayramov.")


def _talks(quote: str, counterpart: str) -> Profile:
    persons = frozenset({"Sergey Lavrov", counterpart})
    return Profile(event_type="CONSULT", lower=dt.date(2021, 3, 1), upper=dt.date(2021, 3, 31), actors=persons,
                   persons=persons, places=frozenset({"Baku"}), keywords=frozenset({"meet"}),
                   tokens=quote_tokens(quote), sources=frozenset({1}))


def _visit() -> Profile:
    return Profile(event_type="CONSULT", mode="visit", lower=dt.date(2021, 3, 25), upper=dt.date(2021, 3, 25),
                   actors=frozenset({"Sergey Lavrov"}), persons=frozenset({"Sergey Lavrov"}),
                   states=frozenset({"Azerbaijan"}), hosts=frozenset({"Azerbaijan"}),
                   keywords=frozenset({"visit"}), tokens=quote_tokens(VISIT), sources=frozenset({2}))


def test_talks_told_by_month_join_the_visit_of_that_day() -> None:
    talks = _talks("Last month Foreign Minister Sergey Lavrov stopped in Baku during a tour of the region and held "
                   "talks with Jeyhun Bayramov.", "Jeyhun Bayramov")
    assert talks_of_visit_by_month(talks, _visit(), "vaguer")
    verdict = judge(talks, _visit())
    assert not isinstance(verdict, str) and verdict.coarse


def test_talks_with_another_counterpart_or_in_another_town_are_not_this() -> None:
    other = _talks("Last month Sergey Lavrov held talks with Ilham Aliyev in Baku.", "Ilham Aliyev")
    assert not talks_of_visit_by_month(other, _visit(), "vaguer")  # Aliyev is not named in the visit's quote
    elsewhere = replace(_talks("Last month Sergey Lavrov held talks with Jeyhun Bayramov in Ganja.", "Jeyhun Bayramov"),
                        places=frozenset({"Ganja"}))
    assert not talks_of_visit_by_month(elsewhere, _visit(), "vaguer")
    planned = replace(_talks("Lavrov will hold talks with Jeyhun Bayramov in Baku.", "Jeyhun Bayramov"),
                      status="planned")
    assert not talks_of_visit_by_month(planned, _visit(), "vaguer")


# --- 8. follow-ups of one article -------------------------------------------------------------------------

MET = "President Ruto met Prime Minister Kishida in Nairobi today."


def test_during_the_talks_joins_the_meeting_just_told(session: Session) -> None:
    persons = [actor("William Ruto"), actor("Fumio Kishida")]
    during = "During the talks, President Ruto and Prime Minister Kishida discussed bilateral relations."
    _store(session, "presidency.txt",
           _claim("Meeting", "CONSULT", "2026-11-18", MET, actors=[*persons, KE], keywords=("meet",)),
           _claim("Meeting", "CONSULT", "2026-11-18", during, actors=[*persons, KE, JP], keywords=("meet",),
                  start=len(MET) + 1))
    assert len(events_by_id(session)) == 1


def test_talks_without_the_anaphor_or_after_a_visit_stay_apart(session: Session) -> None:
    persons = [actor("William Ruto"), actor("Fumio Kishida")]
    also = "President Ruto and Prime Minister Kishida also discussed bilateral relations."
    _store(session, "presidency.txt",
           _claim("Meeting", "CONSULT", "2026-11-18", MET, actors=[*persons, KE], keywords=("meet",)),
           _claim("Meeting", "CONSULT", "2026-11-18", also, actors=[*persons, KE, JP], keywords=("meet",),
                  start=len(MET) + 1))
    assert len(events_by_id(session)) == 2


def test_the_joint_statement_is_signed_by_follows_the_agreement(session: Session) -> None:
    lead = "10 March 2023 - In Lima, Chile and Peru agree to restore diplomatic relations."
    follow = "The joint statement is signed by the two foreign ministers and the host's adviser."
    _store(session, "chronology.txt",
           _claim("Chile and Peru agree", "AGREE", "2023-03-10", lead, actors=[CL, PE], keywords=("agree",)),
           _claim("Statement signed", "AGREE", "2023-03-10", follow, actors=[actor("Foreign Ministry", "organisation")],
                  keywords=("sign", "statement"), start=len(lead) + 1))
    assert len(events_by_id(session)) == 1


def test_a_joint_statement_and_its_call_are_one_event(session: Session) -> None:
    quote = ("In March 2025 Lima hosted the deputy foreign ministers of Chile and Japan, and the three issued a joint "
             "statement calling for an end to unilateral sanctions.")
    _store(session, "brief.md",
           _claim("Joint statement", "AGREE", "2025-03", quote, actors=[PE, CL, JP], keywords=("joint", "statement")),
           _claim("Call for", "REQUEST", "2025-03", quote, actors=[PE, CL, JP], keywords=("call",)))
    assert len(events_by_id(session)) == 1


def test_a_statement_and_a_separate_call_stay_apart(session: Session) -> None:
    quote = ("In March 2025 the three issued a joint statement on trade and later called on the lenders to "
             "cancel the debt.")
    _store(session, "brief.md",
           _claim("Joint statement", "AGREE", "2025-03", quote, actors=[PE, CL, JP], keywords=("joint", "statement")),
           _claim("Call for", "REQUEST", "2025-03", quote, actors=[PE, CL, JP], keywords=("call",)))
    assert len(events_by_id(session)) == 2


ANNOUNCED = ("He said Lima was ready to prepare for a visit by President Boric to Peru next year, which Foreign "
             "Minister Van Klaveren had announced a day earlier.")


def test_a_planned_visit_and_its_announcement_in_one_sentence_are_one_event(session: Session) -> None:
    _store(session, "agency.html",
           _claim("Boric visit to Peru", "CONSULT", "2027", ANNOUNCED, actors=[actor("Gabriel Boric"), PE],
                  mode="visit", keywords=("visit",), status="planned"),
           _claim("Peru–Van Klaveren declared", "AGREE", "2027", ANNOUNCED,
                  actors=[actor("Alberto van Klaveren"), PE], keywords=("declar",), status="planned"))
    assert len(events_by_id(session)) == 1


def test_a_visit_and_an_agreement_of_another_clause_stay_apart(session: Session) -> None:
    quote = ("President Boric will visit Peru next year, and the two governments agreed to open a consulate in "
             "Arequipa.")
    _store(session, "agency.html",
           _claim("Boric visit to Peru", "CONSULT", "2027", quote, actors=[actor("Gabriel Boric"), PE],
                  mode="visit", keywords=("visit",), status="planned"),
           _claim("Chile and Peru agree", "AGREE", "2027", quote, actors=[CL, PE], keywords=("agree",),
                  status="planned"))
    assert len(events_by_id(session)) == 2


def test_a_visit_that_produced_a_statement_confirming_something_stays_apart(session: Session) -> None:
    quote = ("President Boric's state visit to Lima in December 1998 produced a joint statement that confirmed the "
             "principles of the 1994 treaty.")
    _store(session, "journal.txt",
           _claim("Boric state visit to Peru", "CONSULT", "1998-12", quote, actors=[actor("Gabriel Boric"), PE],
                  mode="visit", keywords=("visit",)),
           _claim("Joint statement signed", "AGREE", "1998-12", quote, actors=[actor("Gabriel Boric"), PE],
                  keywords=("joint", "statement")))
    assert len(events_by_id(session)) == 2


def test_talks_by_month_do_not_take_a_visit_of_several_days() -> None:
    talks = _talks("Last month Sergey Lavrov held talks with Jeyhun Bayramov in Baku.", "Jeyhun Bayramov")
    longer = replace(_visit(), lower=dt.date(2021, 3, 24), upper=dt.date(2021, 3, 27))
    assert talks_of_visit_by_month(talks, _visit(), "vaguer")
    assert not talks_of_visit_by_month(talks, longer, "vaguer")


def test_a_planned_meeting_is_not_a_meeting_told_by_year() -> None:
    season = _meeting(dt.date(2026, 6, 1), dt.date(2026, 8, 31), {"Vladimir Putin"}, {"Astana"}, status="planned")
    day = _meeting(dt.date(2026, 7, 8), dt.date(2026, 7, 8), {"Vladimir Putin", "Kassym-Jomart Tokayev"}, {"Astana"})
    assert not meeting_at_place_by_year(season, day, "vaguer")
    assert meeting_at_place_by_year(replace(season, status="occurred"), day, "vaguer")
