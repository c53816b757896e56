"""Fallback verbs, session 11 round 13b: participles on a common-noun subject and attitude speech.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2024, 11, 20)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        uri=f"mem://cues-round13b/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


# --------------------------------------------------------------------------------------------------------------
# Fallback verbs: a reduced relative on a common-noun subject ("a report released on Monday expressed concern") is a
# participle, not the clause's verb; attitude speech ("expressed concern", "voiced support") is no event verb.


@pytest.mark.parametrize(
    "text",
    [
        "A Mongolian government report released on Monday expressed concern about Russia's military exercises near "
        "Mongolia.",
        "A Korean defence ministry paper published on 3 March 2025 expressed concern about China's naval drills near "
        "Korea.",
    ],
)
def test_participle_on_subject_and_attitude_speech_are_no_events(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "date"),
    [
        # a finite verb with an adjunct and then its object (no second verb): still an event
        ("The Kyrgyz police released on 4 February 2025 two Uzbek journalists.", "retreat.withdraw", "2025-02-04"),
        # coordinated second verb: the first stays finite
        ("The Kyrgyz delegation arrived in Astana on 3 May 2024 and signed a transit memorandum.", "agree.sign",
         "2024-05-03"),
        # a name subject is no reduced relative
        ("On 5 March 2024 Kazakhstan released two Chinese citizens detained at the border.", "retreat.withdraw",
         "2024-03-05"),
    ],
)
def test_finite_verbs_stay(text: str, rule: str, date: str) -> None:
    found = {(c.rule.split("+")[0], c.date.value if c.date else None) for c in claims(text)}
    assert (rule, date) in found
