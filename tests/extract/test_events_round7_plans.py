"""Round 7 (session 5): first-person and impersonal plans with a future year are planned events, typed by
the verb ("We plan to open traffic in 2030", "the bridge is to be completed by 2029", "construction will
start next year"); past plans, negated and conditional plans claim nothing. Sentences are written for the test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims_of(sentence: str) -> list[Claim]:
    text = "Transport corridors\n\nBy our correspondent, 9 May 2025\n\n" + sentence + "\n"
    return extract(replace(read_text(text, "test://plans.txt"), published=dt.date(2025, 5, 9))).claims


@pytest.mark.parametrize(
    ("sentence", "etype", "year"),
    [
        ('"We plan to open traffic on the new railway in 2030," Azerbaijan\'s transport minister said.',
         "COOPERATE", "2030"),
        ("The Kars-Gyumri bridge is to be completed by 2029, Georgia's infrastructure ministry said.",
         "COOPERATE", "2029"),
        ("Kazakhstan plans to build a second nuclear power plant by 2035.", "COOPERATE", "2035"),
        ("Construction of the Aktau container terminal will start next year, Kazakhstan's ports authority said.",
         "COOPERATE", "2026"),
        ("Georgia and Armenia intend to sign the transit agreement in 2026.", "AGREE", "2026"),
    ],
)
def test_plans_with_a_future_year_are_planned_events(sentence: str, etype: str, year: str) -> None:
    planned = [c for c in claims_of(sentence) if c.status == "planned"]
    assert [(c.event_type, c.date.value) for c in planned] == [(etype, year)]
    if "Construction" not in sentence:  # an impersonal subject may stay without parties
        assert any(a.role != "location" for a in planned[0].actors)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan does not plan to build a nuclear power plant by 2035.",  # negated
        "Kazakhstan planned to build a nuclear power plant in 2019.",  # a past plan, not a future event
        "If funding is found, the bridge between Georgia and Armenia is to be completed by 2029.",  # conditional
        "Georgia's parliament must approve the budget by 2026.",  # a deadline, no plan verb
    ],
)
def test_no_planned_event(sentence: str) -> None:
    assert not [c for c in claims_of(sentence) if c.status == "planned" and c.rule.startswith("plan.")]
    assert not [c for c in claims_of(sentence) if c.date.value in {"2035", "2029", "2026"}]


def test_a_quoted_first_person_clause_is_speech_not_a_title() -> None:
    found = claims_of('"We will open the new border crossing in 2027," Georgia\'s prime minister said.')
    assert [(c.event_type, c.date.value, c.status) for c in found] == [("COOPERATE", "2027", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgia plans to launch a public tender for the new airport terminal in 2026.",
        "Azerbaijan intends to start a feasibility study for the Caspian cable in 2027.",
    ],
)
def test_planned_procedures_are_no_events(sentence: str) -> None:
    assert not [c for c in claims_of(sentence) if c.rule.startswith("plan.")]
