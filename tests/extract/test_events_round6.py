"""Round-6 structure of the event engine (session 5): wire leads whose main verb is separated from its date by
a relative clause, signings witnessed by leaders, and paragraphs that continue the story of a group.

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


def claims(text: str, published: dt.date | None = dt.date(2024, 5, 14)) -> list[Claim]:
    article = replace(read_text(text, "test://round6"), published=published)
    return extract(article).claims


def of_type(found: list[Claim], etype: str) -> list[Claim]:
    return [c for c in found if c.event_type == etype]


# --------------------------------------------------------------------------- 1. wire lead, relative clause


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "ANKARA, May 14 (Newswire) -- Turkish President Recep Tayyip Erdogan held talks with Kazakh President "
            "Kassym-Jomart Tokayev, who is on an official visit to Turkey, at the presidential complex on Tuesday.",
            dt.date(2024, 5, 14), "2024-05-14",
        ),
        (
            "MOSCOW, Oct 10 -- Russian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan, who had "
            "visited Minsk for an economic summit, in the Kremlin on Thursday.",
            dt.date(2024, 10, 10), "2024-10-10",
        ),
        (
            "Uzbek President Shavkat Mirziyoyev held talks with Azerbaijani President Ilham Aliyev, who arrived in "
            "Tashkent on a state visit, at the Kuksaroy residence on Monday, the presidential press office said.",
            dt.date(2024, 8, 20), "2024-08-19",
        ),
    ],
)
def test_talks_take_the_date_behind_a_relative_clause(text: str, published: dt.date, day: str) -> None:
    found = claims("Leaders meet\n\n" + text + "\n", published)
    meetings = [c for c in of_type(found, "CONSULT") if c.rule.startswith("consult.meeting")]
    assert [c.date.value for c in meetings] == [day]
    names = {a.name for a in meetings[0].actors}
    assert len(names & {"Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev", "Vladimir Putin", "Nikol Pashinyan",
                        "Shavkat Mirziyoyev", "Ilham Aliyev"}) == 2


def test_an_event_inside_the_relative_clause_does_not_take_the_main_clause_date() -> None:
    found = claims(
        "Leaders meet\n\nMOSCOW, Oct 10 -- Russian President Vladimir Putin met Armenian Prime Minister Nikol "
        "Pashinyan, who had visited Minsk for an economic summit, in the Kremlin on Thursday.\n",
        dt.date(2024, 10, 10),
    )
    assert not [c for c in found if "Minsk" in c.title or c.mode in {"visit", "multilateral"}]


def test_a_relative_clause_with_its_own_date_keeps_it() -> None:
    found = claims(
        "Leaders meet\n\nRussian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan, who had "
        "visited Minsk in May 2023, in the Kremlin on Thursday.\n",
        dt.date(2024, 10, 10),
    )
    meetings = [c for c in of_type(found, "CONSULT") if c.rule.startswith("consult.meeting")]
    assert [c.date.value for c in meetings] == ["2024-10-10"]
    assert "2023-05" not in [c.date.value for c in meetings]


# --------------------------------------------------------------------------- 2. witnessed signings

LEAD = (
    "Leaders meet in Ankara\n\nANKARA, May 14 (Newswire) -- Turkish President Recep Tayyip Erdogan held talks with "
    "Kazakh President Kassym-Jomart Tokayev at the presidential complex on Tuesday.\n\n"
    "Erdogan said the two countries share a common history and language.\n\n"
    "Tokayev said Kazakhstan regards Turkey as a strategic partner.\n\n"
    "Both leaders also discussed regional security.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks, the presidents of Turkey and Kazakhstan witnessed the signing of 15 cooperation "
        "documents on energy, transport and education.",
        "Following the talks, Erdogan and Tokayev oversaw the signing of a package of agreements on trade.",
        "After the meeting, the two presidents attended the signing of an intergovernmental agreement on "
        "transit.",
    ],
)
def test_a_witnessed_signing_is_an_agreement_of_the_talks_day(sentence: str) -> None:
    found = claims(LEAD + sentence + "\n")
    signed = of_type(found, "AGREE")
    assert [c.date.value for c in signed] == ["2024-05-14"]
    assert signed[0].status == "occurred"


def test_a_signing_the_leaders_are_expected_to_witness_is_no_occurred_agreement() -> None:
    found = claims(LEAD + "After the talks, the two presidents are expected to witness the signing of several "
                          "agreements.\n")
    assert not [c for c in of_type(found, "AGREE") if c.status == "occurred"]


# --------------------------------------------------------------------------- 3. a paragraph of the group

STORY = (
    "Leaders meet in Ankara\n\nANKARA, May 14 (Newswire) -- The presidents of Turkey and Kazakhstan held talks "
    "at the presidential complex on Tuesday.\n\n"
    "After the talks, Erdogan and Tokayev witnessed the signing of 15 cooperation documents.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides also signed a memorandum on a joint investment fund.",
        "Both sides then signed a protocol on customs cooperation.",
        "The two governments also signed an agreement on air services.",
    ],
)
def test_a_paragraph_opening_with_the_group_continues_the_day(sentence: str) -> None:
    found = claims(STORY + sentence + "\n")
    dated = {c.date.value for c in of_type(found, "AGREE") if c.quote.startswith(sentence[:20])}
    assert dated == {"2024-05-14"}


def test_the_group_paragraph_continues_only_the_paragraph_just_before() -> None:
    filler = (
        "Erdogan said the two countries share a common history and language.\n\n"
        "Tokayev said Kazakhstan regards Turkey as a strategic partner.\n\n"
        "Trade between the two countries has grown steadily.\n\n"
    )
    found = claims(STORY + filler + "The two sides also signed a memorandum on a joint investment fund.\n")
    assert not [c for c in found if c.quote.startswith("The two sides also")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to speed up work on the transport corridor.",
        "The two sides agreed to make full use of the joint commission and to encourage more investment.",
        "The two sides agreed to push relations to a higher level.",
    ],
)
def test_an_agreed_intention_is_no_agreement_event(sentence: str) -> None:
    found = claims(STORY + sentence + "\n")
    assert not [c for c in found if c.quote.startswith(sentence[:20])]


def test_an_agreed_concrete_step_stays_an_agreement() -> None:
    sentence = "The two sides agreed to open a consulate in Turkistan."
    found = claims(STORY + sentence + "\n")
    assert [c.date.value for c in of_type(found, "AGREE") if c.quote.startswith(sentence[:20])] == ["2024-05-14"]


# --------------------------------------------------------------------------- 5. protocol and retold occasions

COMMISSION = (
    "Commission meets in Tashkent\n\nTASHKENT, 12.03.2024 -- The fifth meeting of the Uzbekistan-Turkey "
    "Intergovernmental Commission was held in Tashkent on 11 March 2024.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Representatives of ministries, banks and large companies of both countries took part in the meeting.",
        "Deputy ministers and heads of agencies also participated in the session.",
        "Business leaders from both sides attended the ceremony.",
    ],
)
def test_taking_part_in_the_occasion_just_told_is_no_event_of_its_own(sentence: str) -> None:
    found = claims(COMMISSION + sentence + "\n", dt.date(2024, 3, 12))
    assert not [c for c in found if c.quote.startswith(sentence[:15]) and c.event_type == "CONSULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Shavkat Mirziyoyev took part in the opening of the Asian Winter Games in Almaty in February 2011.",
        "Prime Minister Nikol Pashinyan attended the meeting of the Eurasian Intergovernmental Council in Minsk "
        "in June 2023.",
    ],
)
def test_taking_part_in_a_named_occasion_stays_an_event(sentence: str) -> None:
    found = claims("Chronicle\n\n" + sentence + "\n", dt.date(2024, 3, 12))
    assert len(of_type(found, "CONSULT")) == 1


def test_a_named_person_taking_part_in_the_ceremony_stays_an_event() -> None:
    found = claims(COMMISSION + "On 11 March 2024 Prime Minister Abdulla Aripov attended the ceremony with the "
                                "Turkish vice-president.\n", dt.date(2024, 3, 12))
    assert [c.date.value for c in found if c.quote.startswith("On 11 March") and c.mode == "multilateral"] == [
        "2024-03-11"
    ]


def test_taking_part_in_a_summit_stays_an_event() -> None:
    found = claims("Summit\n\nPresident Ilham Aliyev took part in the summit of the Organization of Turkic States in "
                   "Astana on 3 November 2023.\n", dt.date(2023, 11, 4))
    assert [c.date.value for c in of_type(found, "CONSULT")] == ["2023-11-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 July 2024, President Sadyr Japarov landed in Astana and was met at the airport by the Kazakh "
        "prime minister.",
        "Prime Minister Nikol Pashinyan was met by a deputy foreign minister at Vnukovo airport on 4 July 2024.",
    ],
)
def test_being_met_at_the_airport_is_arrival_protocol_not_a_meeting(sentence: str) -> None:
    found = claims("Arrival\n\n" + sentence + "\n", dt.date(2024, 7, 5))
    assert not [c for c in of_type(found, "CONSULT") if c.rule.startswith("consult.meeting")]


def test_meeting_someone_in_the_active_voice_stays_a_meeting() -> None:
    found = claims("Talks\n\nPresident Sadyr Japarov met the Kazakh prime minister Olzhas Bektenov in Astana on "
                   "4 July 2024.\n", dt.date(2024, 7, 5))
    assert [c.date.value for c in of_type(found, "CONSULT")] == ["2024-07-04"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 July 2024 the Kazakh president hosted a gala dinner for the heads of delegation.",
        "On 3 July 2024 Tokayev gave an official reception for all summit participants.",
    ],
)
def test_a_banquet_for_the_heads_of_delegation_is_no_meeting(sentence: str) -> None:
    found = claims("Summit diary\n\n" + sentence + "\n", dt.date(2024, 7, 5))
    assert not of_type(found, "CONSULT")


# --------------------------------------------------------------------------- a diary's told days

DIARY = (
    "Notes from Samarkand\n\nI spent the weekend in Samarkand at the forum of Turkic states, which ran from "
    "14 to 15 September 2024.\n\n"
    "On the first day, Foreign Minister Jeyhun Bayramov met Uzbek Foreign Minister Bakhtiyor Saidov.\n\n"
    "The following morning President Ilham Aliyev and President Shavkat Mirziyoyev held their bilateral meeting, "
    "the first since their talks in the spring.\n\n"
    "After the meeting, the two presidents signed a declaration on allied relations.\n"
)


def test_a_diary_counts_its_days_from_the_written_dates() -> None:
    found = claims(DIARY, dt.date(2024, 9, 17))
    by_quote = {c.quote.split(",")[0][:25]: c.date.value for c in found if c.event_type in {"CONSULT", "AGREE"}}
    assert by_quote.get("On the first day") == "2024-09-14"  # the forum's first day, not the weekend's
    assert "2024-09-15" in [c.date.value for c in found if "bilateral meeting" in c.quote]
    assert [c.date.value for c in of_type(found, "AGREE")] == ["2024-09-15"]  # after the meeting just told


# --------------------------------------------------------------------------- two signings in coordinated clauses


@pytest.mark.parametrize(
    "sentence",
    [
        "Today we signed with the Uzbek side a credit agreement for the first phase of the plant, and the "
        "shareholders of the company signed the founding agreement.",
        "On 3 May 2024 Kazakhstan signed with China a loan agreement for the pipeline, and the two operators "
        "signed a transit contract.",
    ],
)
def test_each_coordinated_clause_signs_its_own_document(sentence: str) -> None:
    found = claims("Press statement\n\n" + sentence + "\n", dt.date(2024, 5, 3))
    signed = of_type(found, "AGREE")
    assert len(signed) == 2
    assert {c.date.value for c in signed} == {"2024-05-03"}


def test_an_object_first_passive_signing_still_matches() -> None:
    found = claims("Press statement\n\nThe agreement on transit between Kazakhstan and China was signed in Astana "
                   "on 3 May 2024.\n", dt.date(2024, 5, 4))
    assert [c.date.value for c in of_type(found, "AGREE")] == ["2024-05-03"]


# --------------------------------------------------------------------------- 3. a past act in reported speech

REPORT = (
    "Georgia and Turkey to build ferry line\n\nTBILISI, March 3 (Newswire) - Georgia and Turkey will set up a "
    "joint ferry company on the Black Sea, Georgian Economy Minister Levan Davitashvili said on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at a news conference, Davitashvili said the two sides had signed a memorandum on the company.",
        "A Turkish official told reporters that the sides had signed a protocol on port fees.",
        "Davitashvili added that Georgia and Turkey had signed an agreement on vessel registration.",
    ],
)
def test_a_signing_reported_without_a_date_takes_the_report_day(sentence: str) -> None:
    found = claims(REPORT + sentence + "\n", dt.date(2026, 3, 3))
    signed = [c for c in of_type(found, "AGREE") if c.quote.startswith(sentence[:12])]
    assert [c.date.value for c in signed] == ["2026-03-03"]


def test_no_report_day_no_borrowed_date() -> None:
    text = ("Ferry plans\n\nGeorgia and Turkey want a joint ferry company on the Black Sea.\n\n"
            "Analysts said the two sides had signed a memorandum on the company.\n")
    assert not of_type(claims(text, dt.date(2026, 3, 3)), "AGREE")


def test_a_reported_future_signing_is_not_dated_as_occurred() -> None:
    found = claims(REPORT + "Davitashvili said the two sides would sign a memorandum on the company.\n",
                   dt.date(2026, 3, 3))
    assert not [c for c in of_type(found, "AGREE") if c.status == "occurred"]


def test_a_part_of_the_day_continues_the_day_told_last() -> None:
    text = DIARY + (
        "In the afternoon Aliyev also met Kyrgyz President Sadyr Japarov, with whom he discussed a credit line "
        "announced earlier in the summer.\n"
    )
    found = claims(text, dt.date(2024, 9, 17))
    met = [c for c in of_type(found, "CONSULT") if c.quote.startswith("In the afternoon")]
    assert [c.date.value for c in met] == ["2024-09-15"]  # not the summer of the relative clause


def test_a_part_of_the_day_without_a_day_told_before_borrows_nothing() -> None:
    text = ("Notes\n\nThe forum of Turkic states met in Samarkand in September 2024.\n\n"
            "In the afternoon Aliyev also met Kyrgyz President Sadyr Japarov.\n")
    found = claims(text, dt.date(2024, 10, 17))
    assert not [c for c in found if c.quote.startswith("In the afternoon") and c.date.precision == "day"]
