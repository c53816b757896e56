"""Coordination (session 9): a second event of a sentence keeps its own claim.

", and a state visit by X is expected on the same occasion" / ", and X is expected to pay a state visit at the same
time" (a second event coordinated with a subject of its own shares the first clause's date), ", followed by the
X summit in Y" (a gathering after a visit, dated by the month of the event it follows), "negotiations began in 2015
and concluded in 2017" (two acts, two dates). A clause that only describes the first event (", which was attended
by 300 guests", ", and the meeting lasted three hours") gives nothing more. Every text here is written for the test
(none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

LEAD = "Leaders to meet\nTBILISI, 12 March 2024 -- Georgian officials spoke to reporters on Tuesday.\n\n"


def claims_of(body: str) -> list[Claim]:
    article = read_text(LEAD + body + "\n", "test://coord.txt")
    return extract(replace(article, published=dt.date(2024, 3, 12))).claims


def in_sentence(found: list[Claim], words: str) -> list[Claim]:
    return [c for c in found if words in c.quote]


def visits(found: list[Claim]) -> list[Claim]:
    return [c for c in found if c.event_type == "CONSULT" and c.mode == "visit"]


@pytest.mark.parametrize(
    "body",
    [
        "Georgia will host the Black Sea Economic Forum in Batumi in 2025, and a state visit by Armenian Prime "
        "Minister Nikol Pashinyan is expected on the same occasion.",
        "Armenia will host the Eastern Partnership summit in Yerevan in 2025, and an official visit by Georgian "
        "Prime Minister Irakli Kobakhidze is planned for the same days.",
        "The foreign ministers of Georgia and Armenia will hold talks in Tbilisi in 2025, and a visit by Armenian "
        "President Vahagn Khachaturyan will take place at the same time.",
    ],
)
def test_a_visit_noun_in_a_coordinated_clause_shares_the_date(body: str) -> None:
    found = claims_of(body)
    (visit,) = visits(found)
    assert visit.date.value == "2025" and visit.status == "planned"
    assert [a.role for a in visit.actors if a.kind == "person"] == ["actor"]  # "a visit by X": X visits
    assert len([c for c in found if c.event_type == "CONSULT"]) == 2


def test_a_visit_verb_in_a_coordinated_clause_shares_the_date() -> None:
    found = claims_of("Armenia will host the Eastern Partnership summit in Yerevan in 2026, and Irakli Kobakhidze "
                      "is expected to pay a state visit to Armenia at the same time.")
    (visit,) = visits(found)
    assert visit.date.value == "2026"
    assert {(a.name, a.role) for a in visit.actors} == {("Irakli Kobakhidze", "actor"), ("Armenia", "recipient")}


def test_talks_of_a_new_subject_after_a_summit_are_a_second_event() -> None:
    found = claims_of("Armenia hosted the Caucasus Energy Summit in Yerevan in 2022, and the two prime ministers "
                      "held talks on the sidelines.")
    consult = sorted(c.rule for c in found if c.event_type == "CONSULT")
    assert consult == ["consult.meeting+shared-date", "consult.multilateral.host"]


@pytest.mark.parametrize(
    "body",
    [
        "Irakli Kobakhidze held talks with Nikol Pashinyan in Yerevan on 4 May 2023, and the meeting lasted three "
        "hours.",
        "Kobakhidze visited Yerevan on 9 June 2023, and the visit included a stop in Gyumri.",
        "Kobakhidze opened the Batumi forum on 3 May 2023, which was attended by 300 guests.",
        "Kobakhidze visited Yerevan on 9 June 2023, and it was his first trip abroad as prime minister.",
    ],
)
def test_a_clause_describing_the_first_event_is_no_second_one(body: str) -> None:
    assert len(claims_of(body)) == 1


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Irakli Kobakhidze visited Yerevan on 4 May 2023, followed by the Caucasus Energy Summit in Tbilisi.",
         "2023-05"),
        ("Nikol Pashinyan paid a state visit to Georgia on 8-9 June 2021, followed shortly by the Black Sea Forum "
         "in Batumi.", "2021-06"),
        ("Irakli Kobakhidze visited Armenia in 2019, followed by a regional summit in Yerevan.", "2019"),
    ],
)
def test_followed_by_a_gathering_is_a_second_event(body: str, value: str) -> None:
    found = claims_of(body)
    (held,) = [c for c in found if c.rule == "item.gathering"]
    assert held.date.value == value and held.event_type == "CONSULT"
    assert any(a.role == "location" for a in held.actors)
    (visit,) = visits(found)  # the summit's place is not the visit's
    assert not {a.name for a in visit.actors} & {"Tbilisi", "Batumi", "Yerevan"} or "Yerevan" in body[:40]


def test_followed_by_without_a_gathering_and_place_gives_nothing_more() -> None:
    found = claims_of("Irakli Kobakhidze visited Yerevan on 4 May 2023, followed by a press conference.")
    assert [c.rule for c in found if c.rule == "item.gathering"] == []


def test_two_acts_of_one_negotiation_keep_their_dates() -> None:
    found = claims_of("Negotiations on the transit treaty between Georgia and Armenia began in 2015 and concluded "
                      "in 2017.")
    assert sorted((c.event_type, c.date.value) for c in found) == [("AGREE", "2017"), ("CONSULT", "2015")]
    assert all({a.name for a in c.actors} == {"Georgia", "Armenia"} for c in found)


def test_a_membership_is_not_dated_by_its_relative_clause() -> None:
    found = claims_of("Georgia became a founding member of the Black Sea Trade and Development Bank, which in "
                      "December 2016 approved a loan for the Batumi port.")
    assert [c.date.value for c in found if c.event_type == "AID"] == ["2016-12"]
    assert [c for c in found if c.event_type == "COOPERATE" and c.date.value == "2016-12"] == []


def test_a_relative_clause_without_a_cue_still_dates_the_main_verb() -> None:
    found = claims_of("Georgia signed the transit treaty with Armenia, which in May 2016 was still a candidate.")
    assert [c.date.value for c in found if c.event_type == "AGREE"] in ([], ["2016-05"])


def test_a_ceremony_lead_does_not_share_its_quote_with_the_talks() -> None:
    found = claims_of("On 11 March, an official welcoming ceremony for the Chair of the Parliament of Georgia was "
                      "held at the Government House in Yerevan. After the ceremony Shalva Papuashvili and Speaker "
                      "of the National Assembly of Armenia Alen Simonyan held talks, first in private and then with "
                      "the delegations.")
    (talks,) = in_sentence(found, "held talks")
    assert talks.quote.startswith("After the ceremony") and talks.date.value == "2024-03-11"


def test_a_date_only_lead_still_spans_the_quote() -> None:
    found = claims_of("On 11 March, an important event took place. Georgia and Armenia signed a memorandum on "
                      "energy cooperation.")
    (signed,) = in_sentence(found, "signed a memorandum")
    assert signed.quote.startswith("On 11 March") and signed.date.value == "2024-03-11"


def test_a_later_act_in_the_coordinated_clause_does_not_share_the_date() -> None:
    found = claims_of("The Georgian parliament ratified the transit treaty in May 2022, and the Armenian parliament "
                      "approved it shortly afterwards.")
    assert [c.date.value for c in found] == ["2022-05"]
    found = claims_of("The Georgian parliament ratified the transit treaty in May 2022, and the Armenian parliament "
                      "approved it a month later.")
    assert sorted(c.date.value for c in found) == ["2022-05", "2022-06"]  # a counted shift dates it


def test_an_act_at_an_occasion_takes_the_occasion_date() -> None:
    found = claims_of("Relations between Georgia and Armenia have grown since 2005. In March 2005 Georgia opened an "
                      "embassy in Armenia. The May 2016 state visit, during which the two sides signed a memorandum "
                      "on transit, marked a turning point.")
    (signed,) = [c for c in found if c.event_type == "AGREE"]
    assert signed.date.value == "2016-05" and {a.name for a in signed.actors} == {"Georgia", "Armenia"}


def test_following_the_talks_takes_the_day_the_talks_took_from_their_lead() -> None:
    article = read_text(
        "Speaker in Yerevan\nYEREVAN, 14 March 2024 -- The Chair of the Parliament of Georgia Shalva Papuashvili "
        "paid an official visit to Armenia from 10 to 13 March.\n\nOn 11 March, an official welcoming ceremony for "
        "the Chair of the Parliament of Georgia was held at the Government House in Yerevan. After the ceremony "
        "Shalva Papuashvili and Speaker of the National Assembly of Armenia Alen Simonyan held talks.\n\nThe sides "
        "discussed trade, energy and transport.\n\nFollowing the talks, Shalva Papuashvili and Alen Simonyan signed a "
        "memorandum of understanding between the two parliaments.\n", "test://speaker.txt")
    found = extract(replace(article, published=dt.date(2024, 3, 14))).claims
    (signed,) = [c for c in found if c.event_type == "AGREE"]
    assert signed.date.value == "2024-03-11"  # the talks' day, not the visit's four days


def test_a_visit_due_at_the_same_time_is_planned_and_kept() -> None:
    found = claims_of("The Black Sea Economic Forum will be held in Batumi in July, and Armenian Prime Minister "
                      "Nikol Pashinyan is due to pay a state visit to Georgia at the same time.")
    (visit,) = visits(found)
    assert (visit.date.value, visit.status) == ("2024-07", "planned")


def test_followed_by_talks_is_a_second_event_of_the_occasion() -> None:
    found = claims_of("Irakli Kobakhidze arrived in Yerevan on 5 March, followed by talks with Armenian Prime "
                      "Minister Nikol Pashinyan.")
    (talks,) = [c for c in found if c.event_type == "CONSULT" and c.mode != "visit"]
    assert talks.date.value == "2024-03-05" and "Nikol Pashinyan" in {a.name for a in talks.actors}
    assert len(visits(found)) == 1


def test_followed_by_a_gathering_with_its_own_day() -> None:
    found = claims_of("Nikol Pashinyan visited Tbilisi on 3 March, followed by the Black Sea Economic Forum in "
                      "Batumi on 5 March.")
    (held,) = [c for c in found if c.rule == "item.gathering"]
    assert held.date.value == "2024-03-05" and "Batumi" in {a.name for a in held.actors}
