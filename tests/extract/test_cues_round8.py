"""Cue dictionary, session 6 round 8: patterns the event engine used to work around, and words between the
parts of a cue.

1. a date between the verb and its object ("took part on 17 June in the ... summit"; the {WHEN} macro) and a
   dash inside a gathering's name; plans and programmes signed as documents; grants/loans announced with the
   amount after the noun;
2. modifiers between the parts of multi-part cues (a date before the object of "presented ... credentials",
   "received ... the visiting minister"; a place before the guests of "hosted"; the object inside "put ... into
   operation"; an adverbial inside "spoke ... by phone"; a hyphenated modifier in "struck a ... deal");
3. the closing formula "agreed that the next round of talks will be held in X" is no agreement event.

Sentences are written for these tests (no dev-set sentence); positives and negatives.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)  # a Saturday: "Tuesday" is 2025-02-25


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-round8/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


def rules(text: str) -> set[str]:
    return {r for r, _, _ in found(text)}


# --------------------------------------------------------------------------- 1a. taking part, a date in between
ATTEND = [
    ("President Tokayev took part on 17 June 2025 in the Second China–Central Asia Summit.", "2025-06-17"),
    ("Mirziyoyev took part on Tuesday in the Central Asia—China summit in Astana, his office said.", "2025-02-25"),
    ("Japarov participated last week in the Turkic states' informal summit in Budapest.", "2025-02-17/2025-02-23"),
    ("President Aliyev took part the day before yesterday in the Antalya Diplomacy Forum.", "2025-02-27"),
    ("On 4 July 2024 Prime Minister Shehbaz Sharif took part in the SCO summit in Astana.", "2024-07-04"),
]


@pytest.mark.parametrize(("text", "date"), ATTEND, ids=[a[0][:40] for a in ATTEND])
def test_taking_part_with_a_date_before_the_gathering(text: str, date: str) -> None:
    assert ("consult.multilateral.attend", "CONSULT", date) in found(text), found(text)


ATTEND_NEGATIVE = [
    # the date slot holds only words of a date: a clause in between is not skipped
    "Tokayev took part in the talks on energy, then flew home; the ministers met again at the next summit.",
    "The president took part in planting trees on 3 May 2024.",
]


@pytest.mark.parametrize("text", ATTEND_NEGATIVE, ids=[n[:40] for n in ATTEND_NEGATIVE])
def test_taking_part_in_something_else_is_no_attendance(text: str) -> None:
    assert "consult.multilateral.attend" not in rules(text), found(text)


# --------------------------------------------------------------------------- 1b. plans and programmes signed
SIGNED_PLANS = [
    ("Kazakhstan and China signed a programme of comprehensive cooperation for 2024-2028 on 3 May 2024.",
     "2024-05-03"),
    ("Uzbekistan and China signed a cooperation plan for 2025-2027 on 3 May 2024.", "2024-05-03"),
    ("On 12 March 2024 Azerbaijan and China inked an action programme on green energy.", "2024-03-12"),
    ("Kyrgyzstan and China signed on Tuesday a plan of consultations between their foreign ministries.",
     "2025-02-25"),
    ("The cooperation plan between Uzbekistan and China for 2025-2027 was signed in Tashkent on 3 May 2024.",
     "2024-05-03"),
]


@pytest.mark.parametrize(("text", "date"), SIGNED_PLANS, ids=[s[0][:40] for s in SIGNED_PLANS])
def test_signed_plan_or_programme_is_a_signing(text: str, date: str) -> None:
    assert ("agree.sign", "AGREE", date) in found(text), found(text)


SIGNED_NEGATIVE = [
    "On 3 May 2024 Tokayev signed a decree approving the state programme for 2025-2029.",
    "On 3 May 2024 Kazakhstan signed up to the Chinese plan.",
    "On 3 May 2024 China announced a plan to double freight on the route.",
]


@pytest.mark.parametrize("text", SIGNED_NEGATIVE, ids=[n[:40] for n in SIGNED_NEGATIVE])
def test_plan_not_signed_as_a_document(text: str) -> None:
    assert "agree.sign" not in rules(text), found(text)


# --------------------------------------------------------------------------- 1c. grants/loans of an amount
AID = [
    ("China announced grants of 1.5 billion yuan for projects in Central Asia on 3 May 2024.", "2024-05-03"),
    ("On 3 May 2024 Japan pledged loans of $500 million to Uzbekistan.", "2024-05-03"),
    ("On 3 May 2024 the EU pledged new loans worth €300 million to Kyrgyzstan.", "2024-05-03"),
    ("Beijing on Tuesday announced additional grant aid totalling 200 million yuan for Tajikistan.", "2025-02-25"),
]


@pytest.mark.parametrize(("text", "date"), AID, ids=[a[0][:40] for a in AID])
def test_announced_grants_of_an_amount_are_aid(text: str, date: str) -> None:
    assert ("aid.announce_package", "AID", date) in found(text), found(text)


AID_NEGATIVE = [
    "On 3 May 2024 China pledged assistance of every kind to Uzbekistan.",
    "On 3 May 2024 the bank announced loans of small businesses had doubled.",
]


@pytest.mark.parametrize("text", AID_NEGATIVE, ids=[n[:40] for n in AID_NEGATIVE])
def test_aid_without_an_amount_is_no_package(text: str) -> None:
    assert "aid.announce_package" not in rules(text), found(text)


# --------------------------------------------------------------------------- 2. words between a cue's parts
GAPS = [
    ("The new Chinese ambassador presented on Tuesday his credentials to President Aliyev.",
     "cooperate.credentials", "2025-02-25"),
    ("Aliyev received on Tuesday the visiting Chinese foreign minister Wang Yi in Baku.",
     "consult.receive", "2025-02-25"),
    ("On 3 May 2024 Tokayev hosted in Astana the leaders of Central Asia and China.", "consult.receive",
     "2024-05-03"),
    ("Kazakhstan and China on 3 May 2024 formally put the Khorgos dry port into operation.", "cooperate.open",
     "2024-05-03"),
    ("On 3 May 2024 Tokayev spoke late in the evening with Xi Jinping by telephone.", "consult.phone",
     "2024-05-03"),
    ("On 3 May 2024 Kazakhstan and China struck a long-awaited deal on gas prices.", "agree.agree", "2024-05-03"),
]


@pytest.mark.parametrize(("text", "rule", "date"), GAPS, ids=[g[0][:40] for g in GAPS])
def test_words_between_the_parts_of_a_cue(text: str, rule: str, date: str) -> None:
    assert any(r == rule and d == date for r, _, d in found(text)), found(text)


GAPS_NEGATIVE = [
    ("On 3 May 2024 Tokayev put the question into perspective.", "cooperate.open"),
    ("Kazakhstan received last year 300 tonnes of Chinese aid, the ministry said on 3 May 2024.",
     "consult.receive"),
    ("On 3 May 2024 Aliyev spoke to reporters after the session, which Xi had joined by phone.", "consult.phone"),
]


@pytest.mark.parametrize(("text", "rule"), GAPS_NEGATIVE, ids=[g[0][:40] for g in GAPS_NEGATIVE])
def test_gap_does_not_reach_another_phrase(text: str, rule: str) -> None:
    assert rule not in rules(text), found(text)


# --------------------------------------------------------------------------- 3. the next meeting agreed
NEXT_MEETING = [
    "On 3 May 2024 Kazakhstan and China agreed that the next round of talks will be held in Astana.",
    "The sides agreed that the third meeting of the intergovernmental commission would take place in Baku "
    "next year, the ministry said on 3 May 2024.",
    "Uzbekistan and China agreed that their next strategic dialogue will be held in Tashkent in the autumn, "
    "the statement of 3 May 2024 said.",
]


@pytest.mark.parametrize("text", NEXT_MEETING, ids=[n[:40] for n in NEXT_MEETING])
def test_next_meeting_agreed_is_no_agreement(text: str) -> None:
    assert "agree.agree" not in rules(text), found(text)


AGREED = [
    "On 3 May 2024 Kazakhstan and China agreed that tariffs on grain would be cut.",
    "On 3 May 2024 Kazakhstan and China agreed that a referendum on the border will be held.",
    "On 3 May 2024 Kazakhstan and China agreed to hold talks on the border.",
]


@pytest.mark.parametrize("text", AGREED, ids=[n[:40] for n in AGREED])
def test_other_agreements_stay(text: str) -> None:
    assert "agree.agree" in rules(text), found(text)
