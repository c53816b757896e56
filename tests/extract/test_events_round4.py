"""Round-4 engine rules (session 4): actorless self-contained events, undated follow-up sentences,
guards, subordinate-clause dates, coordinated second events, chronology lead dates.

Every sentence here is written for the test (none comes from a gold file); the whole pipeline runs with
the shipped cue and actor dictionaries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.types import Claim

pytest.importorskip("timeline.extract.actors")
pytest.importorskip("timeline.extract.dates")
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def claims(text: str, published: dt.date | None = dt.date(2024, 6, 1)) -> list[Claim]:
    article = replace(read_text(text, "test://round4"), published=published)
    return extract(article).claims


def find(found: list[Claim], word: str) -> list[Claim]:
    return [c for c in found if word.lower() in c.quote.lower()]


def parties(c: Claim) -> set[str]:
    return {a.name for a in c.actors if a.role != "location"}


# --------------------------------------------------------------------------- 1. self-contained events

BILATERAL = ("Armenia and Azerbaijan fought over Nagorno-Karabakh for three decades, and Azerbaijan and "
             "Armenia still dispute their border.\n\n")


def test_truce_without_parties_takes_the_article_pair() -> None:
    text = BILATERAL + "12 May 1994 — The ceasefire takes effect along the front line.\n"
    truce = find(claims(text), "ceasefire")
    assert truce and truce[0].date.value == "1994-05-12"
    assert parties(truce[0]) == {"Armenia", "Azerbaijan"}


def test_past_tense_truce_in_prose_takes_the_pair() -> None:
    text = BILATERAL + "Mediators were busy for months. The truce took effect in May 1994.\n"
    truce = find(claims(text), "truce")
    assert truce and truce[0].date.value == "1994-05" and parties(truce[0]) == {"Armenia", "Azerbaijan"}


def test_truce_takes_the_parties_of_the_previous_sentence_of_its_paragraph() -> None:
    text = (BILATERAL + "Russia and Georgia clashed over South Ossetia in August 2008. "
            "The ceasefire took effect five days later, on 12 August 2008.\n")
    truce = [c for c in find(claims(text), "ceasefire took") if c.event_type == "RETREAT"]
    assert truce and parties(truce[0]) == {"Russia", "Georgia"}


def test_gathering_of_the_leaders_named_before() -> None:
    text = ("Vladimir Putin, Ilham Aliyev and Nikol Pashinyan spoke by phone in December 2020. "
            "The three leaders met in Sochi on 9 January 2021.\n")
    met = [c for c in find(claims(text), "leaders met") if c.event_type == "CONSULT"]
    assert met and len(parties(met[0])) == 3


def test_self_contained_event_without_any_context_is_still_dropped() -> None:
    assert not find(claims("Weather news.\n\nThe ceasefire took effect on 12 May 1994.\n"), "ceasefire")


def test_ordinary_cue_without_parties_does_not_take_the_pair() -> None:
    text = BILATERAL + "The official resigned on 3 March 2016 after a scandal.\n"
    assert not find(claims(text), "resigned")


# --------------------------------------------------------------------------- 2. undated follow-up sentences

FILLER = ("The sides discussed trade, transport and energy.\n\n"
          "Participants noted the growing volume of cargo.\n\n"
          "Deputy ministers presented reports on the work of the subcommissions.\n\n"
          "The importance of digital customs was underlined.\n\n"
          "Questions of visa facilitation were also raised.\n\n"
          "Both sides praised the level of relations.\n\n")


def test_follow_up_far_after_the_meeting_takes_the_meeting_date() -> None:
    text = ("Commission meets in Baku\n\nOn 28 May 2024 the fifth meeting of the Azerbaijan–China "
            "intergovernmental commission was held in Baku.\n\n" + FILLER
            + "Following the meeting, Mikayil Jabbarov and Wang Wentao signed a protocol.\n\n"
            "In addition, Azerbaijan Railways and China Railway signed an agreement on container transport.\n")
    found = claims(text)
    protocol = [c for c in find(found, "protocol") if c.event_type == "AGREE"]
    assert protocol and protocol[0].date.value == "2024-05-28"
    rail = [c for c in find(found, "container") if c.event_type == "AGREE"]
    assert rail and rail[0].date.value == "2024-05-28"


def test_the_occasion_named_again_in_the_follow_up_is_no_second_meeting() -> None:
    text = ("Commission meets in Baku\n\nOn 28 May 2024 the fifth meeting of the Azerbaijan–China "
            "intergovernmental commission was held in Baku.\n\n" + FILLER
            + "Following the meeting, Mikayil Jabbarov and Wang Wentao signed the protocol of the meeting.\n")
    found = find(claims(text), "protocol")
    assert [c.event_type for c in found] == ["AGREE"]


def test_during_the_visit_takes_the_last_visit_not_an_earlier_meeting() -> None:
    text = ("Kazakhstan and China met in Astana on 3 July 2023. " + FILLER.replace("\n\n", " ")
            + "\n\nKassym-Jomart Tokayev paid a state visit to China on 12 September 2023. "
            "Trade was the main topic.\n\nDuring the visit, Tokayev and Xi Jinping signed a joint statement.\n")
    signed = [c for c in find(claims(text), "joint statement") if c.event_type == "AGREE"]
    assert signed and signed[0].date.value == "2023-09-12"


def test_future_follow_up_and_unrelated_lead_borrow_nothing() -> None:
    text = ("Floods hit the region\n\nOn 28 May 2024 floods hit eastern Georgia.\n\n" + FILLER
            + "Following the meeting, Georgia and Azerbaijan signed a protocol on relief.\n\n"
            "During the visit, Georgia and Azerbaijan will sign a protocol.\n")
    assert not [c for c in claims(text) if "protocol" in c.quote and c.event_type == "AGREE"]


def test_addition_after_claims_of_different_dates_borrows_nothing() -> None:
    text = ("Georgia and Azerbaijan signed a transit deal on 2 May 2024, and on 9 May 2024 Armenia and Iran opened "
            "a new border crossing.\n\n"
            "In addition, Georgian Railway and Azerbaijan Railways signed an agreement on tariffs.\n")
    assert not [c for c in find(claims(text), "tariffs") if c.event_type == "AGREE"]


def test_other_occasion_than_the_lead_takes_only_the_lead_month() -> None:
    text = ("On 24 January 2024, Shavkat Mirziyoyev held talks in Beijing with Xi Jinping.\n\n" + FILLER
            + "During the visit, Mirziyoyev also met Li Qiang.\n")
    met = [c for c in find(claims(text), "Li Qiang") if c.event_type == "CONSULT"]
    assert met and met[0].date.value == "2024-01"


# --------------------------------------------------------------------------- 3. guards

INTERVIEW = ("Interview with the ambassador of Azerbaijan\n\n"
             "Q: How did relations with China develop?\n\n")


def test_first_person_answer_of_an_interview_keeps_its_deictic_date() -> None:
    text = INTERVIEW + ("A: Last month our foreign minister Jeyhun Bayramov held consultations in Beijing "
                        "with Wang Yi.\n")
    held = [c for c in find(claims(text), "consultations") if c.event_type == "CONSULT"]
    assert held and held[0].date.value == "2024-05"


def test_deictic_date_inside_a_quotation_is_still_the_speakers() -> None:
    text = ('"Last month we signed a memorandum with our partners in China on transport and logistics '
            'cooperation," the minister told reporters at a forum in Baku.\n')
    assert not [c for c in find(claims(text), "memorandum") if c.event_type == "AGREE"]
    text = 'The minister said: “Today we signed a memorandum with China.”\n'
    assert not [c for c in find(claims(text), "memorandum") if c.event_type == "AGREE"]


def test_reported_plan_with_would_is_a_planned_claim() -> None:
    text = "China Southern Airlines said it would launch a weekly Urumqi–Baku service on 5 June.\n"
    launch = find(claims(text, published=dt.date(2025, 4, 28)), "launch")
    assert launch and launch[0].status == "planned" and launch[0].date.value == "2025-06-05"


def test_conditional_would_stays_blocked() -> None:
    text = "If talks fail, Georgia would sign a trade agreement with Turkey on 5 June.\n"
    assert not find(claims(text), "sign")


def test_negation_after_the_cue_blocks_the_claim() -> None:
    for text in ("The visit of Xi Jinping to Baku in May did not take place.\n",
                 "Signing of the border treaty in 2025 has not yet been scheduled, Armenia and Azerbaijan said.\n",
                 "The meeting between Aliyev and Pashinyan in Prague in October 2023 never happened.\n"):
        assert not [c for c in claims(text) if c.event_type in {"CONSULT", "AGREE"}], text


def test_negation_of_a_later_coordinated_verb_does_not_block_the_first() -> None:
    text = "Georgia and Turkey signed the accord in 2010; it has not been ratified.\n"
    signed = [c for c in claims(text) if c.event_type == "AGREE"]
    assert signed and signed[0].date.value == "2010"
    text = "Aliyev and Pashinyan met in Prague on 6 October 2022 but did not sign a joint statement.\n"
    found = claims(text)
    assert [c.date.value for c in found if c.event_type == "CONSULT"] == ["2022-10-06"]
    assert not [c for c in found if c.event_type == "AGREE"]


# --------------------------------------------------------------------------- 4. subordinate-clause dates

def test_date_of_a_whose_clause_does_not_date_the_main_verb() -> None:
    text = ("Armenia ratified the Rome Statute of the International Criminal Court, whose judges had ordered "
            "the arrest of Vladimir Putin in March, on 3 October 2023.\n")
    found = [c for c in claims(text) if c.event_type == "AGREE"]
    assert [c.date.value for c in found] == ["2023-10-03"]


def test_date_of_a_who_clause_after_the_cue_is_not_the_cues() -> None:
    text = "Ilham Aliyev received Charles Michel, who had taken office as council president in December 2019.\n"
    assert not [c for c in claims(text) if c.event_type == "CONSULT" and c.date.value == "2019-12"]


def test_a_closed_who_clause_leaves_the_later_date_to_the_main_verb() -> None:
    text = "Aliyev met Costa, who leads the European Council, in Baku on 14 February 2024.\n"
    met = [c for c in claims(text) if c.event_type == "CONSULT"]
    assert met and met[0].date.value == "2024-02-14"


def test_object_relative_clause_has_its_own_subject_not_the_main_clause_actors() -> None:
    text = "Ding Xuexiang represented Xi Jinping at the climate conference that Azerbaijan hosted in November 2024.\n"
    hosted = [c for c in claims(text, published=dt.date(2025, 1, 10)) if "host" in c.rule]
    assert hosted and parties(hosted[0]) == {"Azerbaijan"}


def test_which_clause_describing_the_event_noun_still_dates_it() -> None:
    text = "Kazakhstan and China attended the summit in Astana, which opened on 3 July 2024.\n"
    found = [c for c in claims(text, published=dt.date(2024, 8, 1)) if c.event_type == "CONSULT"]
    assert found and all(c.date.value == "2024-07-03" for c in found)


# --------------------------------------------------------------------------- 5. coordinated second events

def test_second_verb_sharing_the_object_makes_a_second_claim() -> None:
    text = "Kazakhstan and Russia signed the border treaty in January 2005 and ratified it in 2006.\n"
    dates = sorted(c.date.value for c in claims(text) if c.event_type == "AGREE")
    assert dates == ["2005-01", "2006"]


def test_relative_date_of_the_second_verb_counts_from_the_first() -> None:
    text = ("Russia leases the Baikonur cosmodrome from Kazakhstan under an agreement signed in 1994 "
            "and extended ten years later until 2050.\n")
    dates = sorted(c.date.value for c in claims(text) if c.event_type == "AGREE")
    assert dates == ["1994", "2004"]


def test_event_that_followed_takes_the_date_of_the_one_just_told() -> None:
    text = ("Azerbaijan and China grow closer, and China is now a major investor in Azerbaijan.\n\n"
            "Ilham Aliyev and Xi Jinping held talks in Beijing on 23 April 2025.\n\nThe joint statement that "
            "followed raised ties to a comprehensive strategic partnership.\n")
    found = [c for c in find(claims(text, published=dt.date(2025, 5, 1)), "that followed") if c.event_type == "AGREE"]
    assert found and found[0].date.value == "2025-04-23"


def test_followed_by_a_noun_is_no_back_reference() -> None:
    text = ("Ilham Aliyev and Xi Jinping held talks in Beijing on 23 April 2025.\n\nThe joint statement that "
            "followed the elections raised ties to a comprehensive strategic partnership.\n")
    assert not [c for c in find(claims(text, published=dt.date(2025, 5, 1)), "elections") if c.event_type == "AGREE"]


# --------------------------------------------------------------------------- 6. lead date of a list entry

def test_list_entry_lead_date_beats_a_later_since_date() -> None:
    text = BILATERAL + ("- 1-5 April 2016 — The “four-day war”: the heaviest fighting since 1994 ends with a "
                        "ceasefire agreed in Moscow.\n")
    truce = [c for c in claims(text) if c.event_type == "RETREAT"]
    assert truce and truce[0].date.value == "2016-04-01/2016-04-05"


def test_since_date_outside_a_list_entry_still_dates_its_event() -> None:
    text = BILATERAL + "The agreement has been in force since 1994, when Armenia and Azerbaijan signed it.\n"
    signed = [c for c in claims(text) if c.event_type == "AGREE"]
    assert signed and signed[0].date.value == "1994"


def test_list_entry_without_since_keeps_its_other_dates() -> None:
    text = BILATERAL + ("- 3 March 2016: Armenia and Azerbaijan signed a border protocol, and on 9 March 2016 "
                        "Azerbaijan ratified it.\n")
    values = {c.date.value for c in claims(text) if c.event_type == "AGREE"}
    assert "2016-03-09" in values
