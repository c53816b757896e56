"""Round 9 (session 7): "Last year marked the Nth anniversary of X, and A and B exchanged messages": the year is
only labelled as an anniversary; the commemoration is what the sentence says was done (the messages), so no
separate commemoration claim. Without such an act, or when the parties themselves mark it, the commemoration
stays. Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

LEAD = ("Ceremony\nASTANA, 12 March 2024 -- Russia and Kazakhstan are neighbours, and Kazakhstan and Russia trade "
        "a lot.\n\n")


def claims_of(body: str) -> list[Claim]:
    return extract(replace(read_text(LEAD + body + "\n", "test://anniv.txt"), published=dt.date(2024, 3, 12))).claims


def test_year_label_with_an_act_gives_no_commemoration() -> None:
    found = claims_of("Last year marked the 31st anniversary of the establishment of diplomatic relations, and "
                      "Vladimir Putin and Kassym-Jomart Tokayev exchanged congratulatory messages.")
    assert not [c for c in found if c.rule.endswith("+commemoration") or c.rule.startswith("cooperate.anniv")]
    assert [c.date.value for c in found if c.event_type == "CONSULT"] == ["2023"]


def test_year_label_alone_keeps_the_commemoration() -> None:
    found = claims_of("Last year marked the 31st anniversary of the establishment of diplomatic relations between "
                      "Russia and Kazakhstan.")
    assert [c.date.value for c in found if c.rule.endswith("+commemoration")] == ["2023"]


def test_parties_marking_the_anniversary_keep_it() -> None:
    found = claims_of("Russia and Kazakhstan marked the 30th anniversary of diplomatic relations in Astana in 2022, "
                      "and Vladimir Putin and Kassym-Jomart Tokayev exchanged congratulatory messages.")
    assert any(c.event_type == "COOPERATE" and c.date.value == "2022" for c in found)
