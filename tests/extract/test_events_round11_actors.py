"""Round 11 (session 9): the parties of a claim told through the context.

- "The two foreign ministers met ..." takes the people told before only when they hold that office on the claim's
  date; otherwise the office holders of the article's two main states (ActorDictionary.group_holders).
- "He and Wang Yi met ...": "He" is the person the previous sentence is about.
- A visit noun without a named visitor ("The September 2013 state visit, during which ...") is the visit of the
  visiting person told before in the article; failing that, of the head of state of the article's other state when
  the host is named ("a state visit to China").
- The names of a first clause ("She mentioned the visit of X to Beijing and said that the next meeting of the
  commission ...") are no parties of the event reported after "and said that".
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

PAIR = ("Kazakhstan and China are close partners. Kazakhstan exports grain to China, and China builds roads in "
        "Kazakhstan.\n\n")


def claims(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[Claim]:
    text = "Report\nASTANA, 14 May 2026 -- Officials gave details of the week.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round11a.txt"), published=published)).claims


def actors_of(body: str, words: str) -> list[list[str]]:
    return [[a.name for a in c.actors] for c in claims(body) if words in c.quote]


def test_two_foreign_ministers_are_not_the_presidents_told_before() -> None:
    body = PAIR + ("Presidents Kassym-Jomart Tokayev and Xi Jinping spoke by phone on 4 May.\n\n"
                   "The two foreign ministers met in Beijing on 6 May.")
    found = actors_of(body, "two foreign ministers")
    assert found, found
    for names in found:
        assert "Kassym-Jomart Tokayev" not in names and "Xi Jinping" not in names, names
        assert "Wang Yi" in names, names


def test_two_presidents_take_the_presidents_told_before() -> None:
    body = PAIR + ("Kassym-Jomart Tokayev and Xi Jinping spoke by phone on 4 May.\n\n"
                   "The two presidents met in Astana on 6 May.")
    found = actors_of(body, "two presidents")
    assert found and all({"Kassym-Jomart Tokayev", "Xi Jinping"} <= set(names) for names in found), found


def test_two_leaders_of_a_third_state_told_before_stay() -> None:
    body = PAIR + ("Kassym-Jomart Tokayev and Ilham Aliyev opened a forum in Astana on 3 May.\n\n"
                   "The two presidents then held talks on 4 May.")
    found = actors_of(body, "two presidents")
    assert found and all("Ilham Aliyev" in names for names in found), found


def test_he_and_a_named_partner_take_the_previous_sentences_person() -> None:
    for body, person in [
        ("Murat Nurtleu last visited China in 2023. He and Wang Yi last met on 26 September in New York.",
         "Murat Nurtleu"),
        ("Ilham Aliyev spoke at the forum on Monday. He and Kassym-Jomart Tokayev then held talks on Tuesday.",
         "Ilham Aliyev"),
    ]:
        found = actors_of(body, body.split(". ")[1][:20])
        assert found and all(person in names for names in found), (body, found)


def test_he_without_a_partner_is_left_to_the_older_rule() -> None:
    body = "Murat Nurtleu arrived in Beijing on Monday. Wang Yi and Li Qiang received him on Tuesday."
    found = actors_of(body, "received him")
    assert all("Murat Nurtleu" not in names or "Wang Yi" in names for names in found), found


def test_unnamed_state_visit_is_the_visitor_told_before() -> None:
    body = PAIR + ("Kassym-Jomart Tokayev made his first trip to China as president in 2019.\n\n"
                   "The September 2023 state visit, during which the two sides signed a memorandum, opened a new "
                   "chapter.")
    found = [[a.name for a in c.actors] for c in claims(body) if c.rule.startswith("consult.visit")
             and "September 2023" in c.quote]
    assert found and all("Kassym-Jomart Tokayev" in names for names in found), found


def test_unnamed_visit_to_a_named_host_is_the_other_states_head() -> None:
    body = PAIR + "A state visit to China in September 2023 opened a new chapter."
    found = [[a.name for a in c.actors] for c in claims(body) if c.rule.startswith("consult.visit")]
    assert found and all("Kassym-Jomart Tokayev" in names for names in found), found


def test_a_named_visitor_is_kept() -> None:
    body = PAIR + ("Kassym-Jomart Tokayev made his first trip to China as president in 2019.\n\n"
                   "Li Qiang's visit to Astana in September 2023 opened a new chapter.")
    found = [[a.name for a in c.actors] for c in claims(body) if c.rule.startswith("consult.visit")
             and "Li Qiang" in c.quote]
    assert found and all("Kassym-Jomart Tokayev" not in names for names in found), found


def test_names_of_the_first_clause_are_no_parties_after_and_said_that() -> None:
    for body in (
        "She also mentioned the visit of Foreign Minister Murat Nurtleu to Beijing in March and said that the next "
        "meeting of the intergovernmental commission is expected to be held in Astana in the autumn.",
        "Roman Sklyar recalled the talks of Murat Nurtleu with Wang Yi in April and noted that the next session of "
        "the business council will take place in Almaty in October.",
    ):
        found = [[a.name for a in c.actors] for c in claims(body)
                 if c.status == "planned" and not c.rule.startswith("consult.visit")]
        assert found, body
        assert all("Murat Nurtleu" not in names and "Wang Yi" not in names for names in found), (body, found)


def test_an_unnamed_state_visit_is_the_head_of_state_then() -> None:
    body = PAIR + ("Nursultan Nazarbayev paid his first visit to Beijing in 1993.\n\n"
                   "A further state visit took place from 10 to 12 September 2019.")
    found = [[a.name for a in c.actors] for c in claims(body) if c.rule.startswith("consult.visit")
             and "further" in c.quote]
    assert found and all("Kassym-Jomart Tokayev" in names and "Nursultan Nazarbayev" not in names
                         for names in found), found


def test_a_first_person_visit_takes_no_visitor_from_the_context() -> None:
    body = PAIR + ("Xi Jinping paid a state visit to Astana in 2022.\n\n"
                   "\"Last year I visited Xi'an with President Tokayev,\" the minister said.")
    found = [[a.name for a in c.actors] for c in claims(body) if "I visited" in c.quote]
    assert all("Xi Jinping" not in names for names in found), found


def test_a_reported_act_of_the_first_clauses_people_keeps_them() -> None:
    for body, people in [
        ("Murat Nurtleu met Wang Yi in Astana on 3 May and said that they had agreed to open a third border "
         "crossing.", {"Murat Nurtleu", "Wang Yi"}),
        ("Roman Sklyar received Li Qiang on 3 May and noted that the two sides signed a transit agreement on 3 May.",
         {"Roman Sklyar", "Li Qiang"}),
    ]:
        found = [{a.name for a in c.actors} for c in claims(body) if c.event_type == "AGREE"]
        assert found and all(people <= names for names in found), (body, found)
