"""Round 11 (session 9): which date of the sentence or the context dates a claim.

- "On the same day" / "that day" is the day of the last event told (a claim's date, also one an event borrowed:
  "Following the talks, ..." after talks dated by a lead sentence), not a date inside a noun phrase ("the
  elections of 1 September") that no event took.
- An undated cue of a relative clause on an occasion ("The March 2019 forum, at which ...", "The December 2015
  state visit, during which ...") takes the date that modifies its antecedent noun.
- "Following/After the talks, A and B signed ..." takes the day of those talks however they were dated, before the
  interval of the visit around them; a range of years after a long "for the development of ..." phrase is the
  document's period, so the signing borrows the talks' day.
- "<day or month> marks the Nth anniversary of X" dates X on that calendar day (month) N years back, and gives no
  commemoration event of its own.
- A date in an ordinal's scope ("the first train of this year") yields to another date of the sentence ("Two weeks
  ago"); a later clause's future bound ("but they will not be delivered before 2027") does not date a past act.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[Claim]:
    text = "Report\nASTANA, 14 May 2026 -- Officials gave details of the week.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round11d.txt"), published=published)).claims


def dated(body: str, words: str) -> list[tuple[str, str]]:
    return [(c.rule, c.date.value or "") for c in claims(body) if words in c.quote]


# -- "On the same day": the last event's day, not a date inside a noun phrase


def test_same_day_skips_a_date_inside_a_noun_phrase() -> None:
    for background in ("Murat Nurtleu said the council was formed anew after the parliamentary elections of 19 March "
                       "2023 and now has eleven members.",
                       "The delegation recalled the decree of 2 February 2024 on border trade."):
        body = ("On 12 May, a welcoming ceremony was held in Beijing. After the ceremony Murat Nurtleu and Wang Yi "
                "held talks.\n\n" + background + "\n\nTrade was discussed.\n\n"
                "On the same day, Murat Nurtleu met with Li Qiang.")
        found = dated(body, "Li Qiang")
        assert found and all(value == "2026-05-12" for _, value in found), (background, found)


def test_same_day_takes_the_day_an_event_borrowed() -> None:
    body = ("The constitution adopted in the referendum of 5 June 2022 gave the senate new powers.\n\n"
            "On 12 May, a welcoming ceremony for the speaker was held in Astana. After the ceremony Maulen Ashimbayev "
            "and Zhao Leji held talks.\n\n"
            "Following the talks, Maulen Ashimbayev and Zhao Leji signed a memorandum on parliamentary exchanges.\n\n"
            "That day, Maulen Ashimbayev also met with Wang Huning.")
    assert [v for _, v in dated(body, "signed a memorandum")] == ["2026-05-12"]
    found = dated(body, "Wang Huning")
    assert found and all(value == "2026-05-12" for _, value in found), found


def test_same_day_still_takes_a_day_told_by_an_event() -> None:
    found = dated("Mukhtar Tileuberdi arrived in Beijing on 10 May.\n\nOn the same day he met with Wang Yi.", "Wang Yi")
    assert found and all(value == "2026-05-10" for _, value in found), found


# -- a relative clause on an occasion takes its antecedent's date


def test_relative_clause_takes_the_date_of_its_occasion_noun() -> None:
    cases = [
        ("Trade grew quickly after 2005.\n\nThe March 2019 forum, at which the ministers of Kazakhstan and China "
         "signed a transit agreement, drew 300 delegates.", "transit agreement", "2019-03"),
        ("Kazakhstan and China opened a border crossing in 2012.\n\nThe September 2013 state visit, during "
         "which the two sides signed a memorandum on the economic belt, opened a new chapter.", "memorandum",
         "2013-09"),
        ("Rail traffic doubled in 2018.\n\nThe June 2024 summit in Astana, in the course of which Kazakhstan and "
         "China signed a treaty on permanent good-neighbourliness, closed with a concert.", "treaty", "2024-06"),
    ]
    for body, words, value in cases:
        found = [v for rule, v in dated(body, words) if rule.startswith("agree.")]
        assert value in found, (body, found)


def test_relative_clause_with_its_own_date_keeps_it() -> None:
    body = ("The March 2019 forum, at which the ministers of Kazakhstan and China signed a transit agreement on "
            "5 April 2019, drew 300 delegates.")
    found = [v for rule, v in dated(body, "transit agreement") if rule.startswith("agree.")]
    assert found == ["2019-04-05"], found


# -- "Following the talks": the talks' day; a document's period is no date


def test_following_the_talks_takes_the_talks_day_not_the_visit() -> None:
    body = ("A delegation led by Speaker Yerlan Koshanov is on an official visit to China from 11 to 15 May.\n\n"
            "On 12 May, a welcoming ceremony was held at the Great Hall of the People. After the ceremony Yerlan "
            "Koshanov and Zhao Leji held talks.\n\nZhao Leji praised the partnership. He recalled the history of "
            "relations. Yerlan Koshanov thanked the hosts.\n\nTrade was discussed at length. Transit was also "
            "discussed.\n\nFollowing the talks, Yerlan Koshanov and Zhao Leji signed a memorandum on cooperation.")
    assert [v for _, v in dated(body, "signed a memorandum")] == ["2026-05-12"]


def test_after_the_meeting_takes_a_borrowed_meeting_day_in_other_wordings() -> None:
    lead = ("Deputy Prime Minister Serik Zhumangarin is on a working visit to China from 4 to 8 May.\n\n"
            "On 5 May, the delegation toured a logistics park in Xi'an. Later, Serik Zhumangarin and He Lifeng held "
            "talks.\n\nHe Lifeng praised the partnership. Serik Zhumangarin thanked the hosts. Grain exports were "
            "discussed. Transit was also discussed.\n\n")
    for tail in ("After the talks, Serik Zhumangarin and He Lifeng signed a protocol on grain exports.",
                 "At the end of the talks, Serik Zhumangarin and He Lifeng signed a protocol on grain exports."):
        found = [v for rule, v in dated(lead + tail, "signed a protocol") if rule.startswith("agree.")]
        assert found == ["2026-05-05"], (tail, found)


def test_period_after_a_long_phrase_is_the_documents_and_the_signing_borrows() -> None:
    body = ("Roman Sklyar today met with Erkin Tuniyaz, who is in Kazakhstan on a working visit from 12 to 15 May.\n\n"
            "The sides discussed border trade.\n\n"
            "Following the meeting, the parties signed a programme for the development of trade, transport and "
            "humanitarian cooperation between the Republic of Kazakhstan and the Xinjiang Uygur Autonomous Region "
            "for 2026-2028.")
    found = [v for rule, v in dated(body, "signed a programme") if rule.startswith("agree.")]
    assert found == ["2026-05-14"], found


def test_a_range_that_is_not_a_documents_period_still_dates() -> None:
    body = "Kazakhstan and China held joint exercises from 2021 to 2023, and trade grew."
    assert all("2021" in v for _, v in dated(body, "exercises")), dated(body, "exercises")


# -- anniversaries of a calendar day


def test_a_calendar_day_anniversary_keeps_month_and_day() -> None:
    cases = [
        ("April 5 this year marks the 30th anniversary of the signing of the border treaty between China and "
         "Kazakhstan.", "1996-04-05"),
        ("3 January marks the 34th anniversary of the establishment of diplomatic relations between Kazakhstan "
         "and China.", "1992-01-03"),
        ("June 2 marked the 25th anniversary of the signing of the friendship treaty between Kazakhstan and "
         "Kyrgyzstan.", "2000-06-02"),
    ]
    for body, value in cases:
        found = claims(body)
        assert value in [c.date.value for c in found if c.rule.endswith("+anniversary")], (body, found)
        assert not [c for c in found if c.rule.endswith("+commemoration")], body


def test_a_year_label_stays_a_year() -> None:
    found = claims("This year marks the 30th anniversary of the signing of the border treaty between China and "
                   "Kazakhstan.")
    assert "1996" in [c.date.value for c in found if c.rule.endswith("+anniversary")]


def test_parties_celebrating_on_a_day_are_not_a_calendar_label() -> None:
    found = claims("On 5 April, Kazakhstan and China celebrated the 30th anniversary of the signing of the border "
                   "treaty.")
    assert [c.date.value for c in found if c.rule.endswith("+anniversary")] == ["1996"]


# -- the ordinal's year and another clause's future bound


def test_a_relative_date_beats_the_year_of_an_ordinal() -> None:
    for body, value in [
        ("Three days ago, the first freight train of this year from Xi'an to Almaty reached Almaty.", "2026-05-11"),
        ("Last week, the largest cargo ship of 2026 docked at the port of Aktau.", "2026-05-04/2026-05-10"),
    ]:
        found = [v for rule, v in dated(body, body[:20]) if rule.startswith("cooperate.")]
        assert found == [value], (body, found)


def test_the_ordinal_year_alone_still_dates() -> None:
    found = [v for rule, v in dated("The first block train of this year arrived in Aktau from Chongqing.", "block")
             if rule.startswith("cooperate.")]
    assert found == ["2026"], found


def test_a_future_bound_of_another_clause_does_not_date_a_past_act() -> None:
    for body in ("Kazakhstan's national shipping company has ordered new vessels, but they will not be delivered "
                 "before 2027.",
                 "Uzbekistan ordered 20 locomotives from China, and they are expected to arrive in 2027."):
        assert all("2027" not in v for rule, v in dated(body, "ordered") if rule.startswith("cooperate.order")), body


def test_a_past_act_keeps_its_own_date_before_a_future_clause() -> None:
    found = dated("Kazakhstan signed the contract in March, but the works will start in 2027.", "contract")
    assert ("agree.sign", "2026-03") in found, found



def test_a_date_opening_a_new_clause_with_its_own_subject_is_not_the_cues() -> None:
    for body, words, value in [
        ("The first Confucius Institute in Kazakhstan opened at the Eurasian National University in 2007, and today "
         "Chinese is taught in dozens of schools.", "Confucius", "2007"),
        ("The Khorgos dry port opened in 2015, and last year its traffic doubled.", "dry port", "2015"),
        ("The cement plant opened in 2019, but in 2023 it was closed.", "cement", "2019"),
    ]:
        found = [v for rule, v in dated(body, words) if rule.startswith("cooperate.open")]
        assert found == [value], (body, found)


def test_coordinated_dates_of_one_verb_still_give_one_claim_each() -> None:
    found = [v for rule, v in dated("Kazakhstan hosted the summit in 2019, and in 2024, and in 2025.", "hosted")]
    assert found == ["2019", "2024", "2025"], found


def test_a_name_joined_by_and_or_of_before_a_document_noun_is_whole() -> None:
    for body, name in [
        ("The Belt and Road memorandum was signed in Beijing on 10 December 2015.", "Belt and Road memorandum"),
        ("The Oil and Gas memorandum was signed by Kazakhstan and China in Astana in 2018.", "Oil and Gas memorandum"),
        ("Kazakhstan and China signed the Trade and Transit agreement on 3 May.", "Trade and Transit agreement"),
    ]:
        found = [c.named_object for c in claims(body) if c.event_type == "AGREE"]
        assert name in found, (body, found)


def test_two_separate_names_before_a_lowercase_word_are_not_joined() -> None:
    found = [c.named_object for c in claims("Kazakhstan and China signed a memorandum on 3 May.")
             if c.event_type == "AGREE"]
    assert all(not n or "Kazakhstan and China" not in n for n in found), found
