"""Cue dictionary, session 5 round 6c: a meal given in a guest's honour is hospitality of a meeting (CONSULT),
not the generic 'gave' cooperation fallback.

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
    art = Article(uri=f"mem://cues-round6c/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)]


POSITIVES = [
    ("In the evening of 3 May 2024 Mirziyoyev gave a state banquet in Tokayev's honour.", "2024-05-03"),
    ("Tokayev held a lunch in honour of the Uzbek president on 5 June 2024.", "2024-06-05"),
    ("On 12 October 2023 Japarov gave an official dinner for the visiting Turkmen leader.", "2023-10-12"),
    ("On 3 May 2024 Aliyev hosted an official dinner for Erdogan.", "2024-05-03"),
]

NEGATIVES = [
    "Kazakhstan gave a dinner party at the embassy on 3 May 2024.",
    "The embassy gave a reception for journalists on 3 May 2024.",
]


@pytest.mark.parametrize(("text", "date"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_meal_in_honour_is_a_meeting(text: str, date: str) -> None:
    got = found(text)
    assert ("consult.receive", "CONSULT", date) in got and all(t == "CONSULT" for _, t, _ in got), got


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:40] for n in NEGATIVES])
def test_meal_without_guest_is_no_meeting(text: str) -> None:
    assert "consult.receive" not in {r for r, _, _ in found(text)}, found(text)
