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
