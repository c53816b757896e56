"""Round 9 (session 7): a time adverbial between a past verb and its "to" complement ("had agreed last month to
set up", "agreed in 2023 to build") no longer hides the agreement (``grammar.masked_views``). Every text here is
written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.grammar import insertion_spans
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims_of(body: str) -> list[Claim]:
    text = "Transit\nTBILISI, 12 March 2024 -- Georgia and Armenia are neighbours.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://grammar.txt"), published=dt.date(2024, 3, 12))).claims


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Georgian Railway and Armenian Railways had agreed last month to set up a joint transit company.", "2024-02"),
        ("Georgia and Armenia agreed in 2023 to build a bridge over the Debed.", "2023"),
        ("Georgia and Armenia agreed in May 2023 to build a bridge over the Debed.", "2023-05"),
    ],
)
def test_agreement_with_a_time_adverbial_before_to(body: str, value: str) -> None:
    agreed = [c for c in claims_of(body) if c.event_type == "AGREE"]
    assert [c.date.value for c in agreed] == [value]


def test_vague_agreement_stays_no_event() -> None:
    assert [c for c in claims_of("Georgia and Armenia agreed last month to expand cooperation.")
            if c.event_type == "AGREE"] == []


@pytest.mark.parametrize(
    "text",
    ["The talks ended last month.", "Georgia agreed to build a bridge.", "He returned last month from Yerevan."],
)
def test_no_insertion_without_a_to_complement(text: str) -> None:
    assert insertion_spans(text) == []
