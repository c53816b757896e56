"""Cue dictionary, session 6 round 8c: modifiers inside two multi-part cues.

- consult.meeting: a hyphenated modifier and up to five words between "held" and "talks"/"consultations"
  ("held their long-delayed first round of consultations"), but not an infinitive ("began to prepare for the
  next talks") nor a clause ("held that the latest round of talks had failed");
- cooperate.start: an adverb before the verb ("construction officially started") and a place after the noun
  ("production at the new plant in Navoi began").

Sentences are written for these tests (no dev-set sentence); positives and negatives.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-round8c/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> set[tuple[str, str | None]]:
    return {(c.rule.split("+")[0], c.date.value if c.date else None) for c in claims(text)}


POSITIVES = [
    ("On 3 May 2024 Kazakhstan and China held their long-delayed first round of consultations.",
     "consult.meeting", "2024-05-03"),
    ("Uzbekistan and China opened a wide-ranging round of trade negotiations on 12 June 2024.",
     "consult.meeting", "2024-06-12"),
    ("On 3 May 2024 construction officially started on the China-Kyrgyzstan-Uzbekistan railway.",
     "cooperate.start", "2024-05-03"),
    ("On 3 May 2024 production at the Chinese-built plant in Navoi officially began.", "cooperate.start",
     "2024-05-03"),
    ("Deliveries of Turkmen gas to China finally resumed on 9 January 2024, the company said.",
     "cooperate.start", "2024-01-09"),
]


@pytest.mark.parametrize(("text", "rule", "date"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_modifier_inside_the_cue(text: str, rule: str, date: str) -> None:
    assert (rule, date) in found(text), found(text)


NEGATIVES = [
    ("On 3 May 2024 Kazakhstan and China began to prepare for the next talks on the border.", "consult.meeting"),
    ("On 3 May 2024 Tokayev held that the latest round of talks had failed.", "consult.meeting"),
    ("On 3 May 2024 the minister said construction costs at the plant in Navoi had begun to rise sharply.",
     "cooperate.start"),
]


@pytest.mark.parametrize(("text", "rule"), NEGATIVES, ids=[n[0][:40] for n in NEGATIVES])
def test_no_cue_across_other_words(text: str, rule: str) -> None:
    assert rule not in {r for r, _ in found(text)}, found(text)
