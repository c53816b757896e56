"""Session 11 round 2 actors: the open-verb fallback keeps the engine's non-parties out (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.dates import tag_dates
from timeline.extract.events import not_a_party
from timeline.extract.fallback import sentence_claim
from timeline.extract.types import ActorMention, Claim, Sentence

PUBLISHED = dt.date(2025, 6, 10)


def claim_of(text: str) -> Claim | None:
    dates = tag_dates(text, reference=PUBLISHED)
    return sentence_claim(text, Sentence(0, len(text), text, 0), dates, ActorDictionary.default(), PUBLISHED)


def names(c: Claim | None) -> set[str]:
    return {a.name for a in c.actors} if c is not None else set()


# --- class 4: fallback parties through the engine's filters ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Uzbekistan Airways received two aircraft built in France on 4 March 2024.", "France"),
        ("Georgia bought twelve trams made in the Czech Republic in May 2023.", "Czech Republic"),
        ("Kyrgyzstan joined the organisation in 1998 after the dissolution of the Soviet Union.", "Soviet Union"),
    ],
)
def test_fallback_drops_origins_and_settings(sentence: str, absent: str) -> None:
    c = claim_of(sentence)
    assert c is not None
    assert not any(absent in a.name or absent in a.surface for a in c.actors)


def test_fallback_keeps_state_party_of_the_act() -> None:
    c = claim_of("Uzbekistan Airways received two aircraft from France on 4 March 2024.")
    assert c is not None
    assert any("France" in a.surface for a in c.actors)  # a source, not an origin: it stays


def _mention(text: str, surface: str, kind: str = "state") -> ActorMention:
    i = text.index(surface)
    return ActorMention(name=surface, kind=kind, start=i, end=i + len(surface), surface=surface)


def test_not_a_party_dateline_and_cue_inside_context() -> None:
    text = "TBILISI, May 3 (Wire) - Georgia opened a port."
    assert not_a_party(text, _mention(text, "TBILISI", "place"))
    assert not not_a_party(text, _mention(text, "Georgia"))
    text = "Trade fell after the collapse of the Soviet Union in 1991."
    assert not_a_party(text, _mention(text, "Soviet Union"), text.index("fell"))
    head = text.index("collapse")
    assert not not_a_party(text, _mention(text, "Soviet Union"), head)  # the phrase's noun is the act


# --- class 1 (part): a bare institution subject in an article without a home state ------------------------------

from timeline.extract.pipeline import extract  # noqa: E402
from timeline.ingest.reader import read_text  # noqa: E402

TWO_STATES = "Georgia and Moldova have long histories. Both border larger neighbours.\n\n## Timeline\n\n"


def _rows(body: str) -> list[tuple[str, set[str]]]:
    art = read_text("---\npublished: 2025-06-01\n---\n" + TWO_STATES + body, "s11b.md")
    return [(c.rule, {a.name for a in c.actors if a.role != "location"}) for c in extract(art).claims
            if c.quote and c.quote in body]


def test_parliament_of_the_only_state_the_sentence_names() -> None:
    found = _rows("- 8 February 2024 — Parliament elects party chairman Irakli Kobakhidze prime minister of "
                  "Georgia.\n")
    assert ("cooperate.appoint", {"Georgia"}) in found


def test_parliament_without_a_state_in_the_sentence_stays_unresolved() -> None:
    assert _rows("- 8 February 2024 — Parliament ratified the treaty.\n") == []


def test_parliament_with_people_of_two_states_stays_unresolved() -> None:
    found = _rows("- 8 February 2024 — Parliament elects Irakli Kobakhidze prime minister and thanks Maia Sandu "
                  "of Moldova.\n")
    assert not any(r == "cooperate.appoint" for r, _ in found)
