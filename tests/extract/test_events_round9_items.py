"""Round 9 (session 7): verbless parts of a chronology's dated items.

In a list of dated items, a ';' part that no cue reads and that has no verb gives one claim dated by its item:
"X in <foreign capital>" is X's visit (rule ``item.visit``), "<gathering>, <place>" is the gathering held there
(rule ``item.gathering``). Never in prose, nor for a person at home. Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

HEAD = "# Georgia and Armenia: key dates\n\n*Compiled by staff · 12 March 2024*\n\n"


def claims_of(text: str, suffix: str = ".md") -> list[Claim]:
    article = read_text(text, f"test://items{suffix}")
    return extract(replace(article, published=dt.date(2024, 3, 12))).claims


def ruled(found: list[Claim], prefix: str) -> list[Claim]:
    return [c for c in found if c.rule.startswith(prefix)]


def test_person_in_a_foreign_capital_is_a_visit() -> None:
    found = claims_of(HEAD + "- **12 May 2014** — Nikol Pashinyan in Tbilisi; transit treaty signed.\n"
                      "- **2020** — Georgia and Armenia sign a transit agreement.\n")
    visits = ruled(found, "item.visit")
    assert [c.date.value for c in visits] == ["2014-05-12"]
    assert {(a.name, a.role) for a in visits[0].actors} >= {("Nikol Pashinyan", "actor"), ("Georgia", "recipient")}


def test_person_at_home_is_no_visit() -> None:
    found = claims_of(HEAD + "- **3 June 2019** — Irakli Kobakhidze in Tbilisi; parliament session.\n"
                      "- **2020** — Georgia and Armenia sign a transit agreement.\n")
    assert ruled(found, "item.") == []


def test_gathering_with_its_place_is_held() -> None:
    found = claims_of(HEAD + "18-19 May 2023 — First Caucasus Energy summit, Yerevan.\n\n"
                      "2 June 2024 — Second Georgia–Armenia Business Forum in Tbilisi.\n", ".txt")
    held = ruled(found, "item.gathering")
    assert sorted(c.date.value for c in held) == ["2023-05-18/2023-05-19", "2024-06-02"]
    assert all(c.event_type == "CONSULT" for c in held)


def test_no_verbless_claims_in_prose_or_a_lone_item() -> None:
    prose = ("Leaders meet\nTBILISI, 12 March 2024 -- Nikol Pashinyan in Tbilisi, officials said, was a rare sight. "
             "First Caucasus Energy summit, Yerevan, is a big event.\n")
    assert ruled(claims_of(prose, ".txt"), "item.") == []
    lone = HEAD + "- **12 May 2014** — Nikol Pashinyan in Tbilisi.\n\nThe visit was short.\n"
    assert ruled(claims_of(lone), "item.") == []


def test_a_part_with_a_verb_is_left_to_the_cues() -> None:
    found = claims_of(HEAD + "- **12 May 2014** — Nikol Pashinyan arrived in Tbilisi.\n"
                      "- **2 June 2015** — the summit was postponed, Yerevan.\n")
    assert ruled(found, "item.") == []


def test_plain_text_rows_with_double_dashes() -> None:
    text = ("Subject: weekly\nFrom: desk@example.com\nDate: Tue, 12 Mar 2024 09:00:00 +0000\n\nKey dates\n\n"
            "3 September 2013 -- Nikol Pashinyan on a state visit to Tbilisi; relations raised.\n"
            "12 May 2014 -- Nikol Pashinyan in Tbilisi; Treaty of Friendship and Cooperation signed.\n"
            "18-19 May 2023 -- First Georgia-Armenia summit, Yerevan.\n\nMore next week.\n")
    found = claims_of(text, ".txt")
    assert [c.date.value for c in ruled(found, "item.visit")] == ["2014-05-12"]
    assert [c.date.value for c in ruled(found, "item.gathering")] == ["2023-05-18/2023-05-19"]
