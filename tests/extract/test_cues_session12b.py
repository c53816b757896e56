"""Cue over-generality, session 12 round 2: a resumptive appositive ("..., a move announced days after X") re-names
the clause's own act and is no second AGREE announcement.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 14)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        uri=f"mem://cues-session12b/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def rules(text: str) -> set[str]:
    return {c.rule.split("+")[0] for c in claims(text)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On 3 March Tbilisi withdrew its ambassador from Minsk, a move announced two days after the election.",
         "retreat.withdraw"),
        ("On 12 May Kyrgyzstan formally applied to join the Eurasian Development Bank, an application announced "
         "only a week after a visit to Bishkek by the Kazakh president.", None),
        ("In June 2019 Mongolia suspended the coal tender, a decision announced shortly after talks in Ulaanbaatar.",
         None),
    ],
)
def test_resumptive_appositive_is_no_announcement(text: str, kept: str | None) -> None:
    found = rules(text)
    assert "agree.declare" not in found
    if kept:
        assert kept in found


@pytest.mark.parametrize(
    "text",
    [
        "On 4 April Astana and Bishkek declared their intention to demarcate the whole border by 2027.",
        "The plan, announced on 4 April by Tashkent, foresees a new bridge over the Amu Darya.",
        "Tajikistan on 2 June pledged to reopen the crossing, a promise made in Dushanbe.",
    ],
)
def test_announcement_itself_still_counts(text: str) -> None:
    assert "agree.declare" in rules(text)


# --------------------------------------------------------------------------------------------------------------
# A force noun's reduced relative ("troops deployed in X after the 2014 war") is no MOBILIZE of its own, and the
# modifier date inside its time phrase ("the 2014 war") does not date the verb that follows


def test_reduced_relative_deployment_is_no_mobilisation() -> None:
    text = ("Last month the two governments agreed on a new customs regime, and Turkish soldiers deployed in "
            "northern Cyprus after the 1974 war began withdrawing.")
    found = claims(text)
    assert "MOBILIZE" not in {c.event_type for c in found}
    retreats = [c for c in found if c.event_type == "RETREAT"]
    assert retreats and all(c.date is None or c.date.value != "1974" for c in retreats)


@pytest.mark.parametrize(
    "text",
    [
        "In May 2021 Azerbaijani troops deployed to the border with Iran.",
        "In May Russia deployed troops in Tajikistan.",
        "Belarus mobilised reservists in March 2022.",
    ],
)
def test_deployment_as_main_verb_still_counts(text: str) -> None:
    assert "MOBILIZE" in {c.event_type for c in claims(text)}


def test_modifier_date_of_subject_noun_still_dates_its_event() -> None:
    found = claims("After the 2008 war ended, Moscow recognised Abkhazia.")
    assert any(c.date is not None and c.date.value == "2008" for c in found)
