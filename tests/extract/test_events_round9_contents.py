"""Round 9 (session 7): a newsletter's contents line ("This week: the border crossing, X's Tbilisi trip, trade
numbers ...") lists topics, not events; a line with a verb after the label ("Today: X visited Y on Monday") is
news. Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

HEAD = "Subject: Caucasus weekly\nFrom: desk@example.com\nDate: Tue, 12 Mar 2024 09:00:00 +0000\n\nDear readers,\n\n"


def claims_of(body: str) -> list[Claim]:
    article = read_text(HEAD + body + "\n", "test://contents.txt")
    return extract(replace(article, published=dt.date(2024, 3, 12))).claims


@pytest.mark.parametrize(
    "line",
    [
        "This week: the new border crossing with Armenia, Pashinyan's Tbilisi trip, trade numbers and what to watch.",
        "In this issue: Nikol Pashinyan's visit to Tbilisi, the transit agreement and gas prices.",
        "**Inside:** the Georgia–Armenia summit, a rail deal and our reading list.",
    ],
)
def test_contents_line_claims_nothing(line: str) -> None:
    assert claims_of(line) == []


def test_label_with_a_verb_is_news() -> None:
    found = claims_of("Today: Nikol Pashinyan visited Tbilisi on Monday and met Irakli Kobakhidze.")
    assert [c.date.value for c in found if c.event_type == "CONSULT"][:1] == ["2024-03-11"]
