"""Scope rules of the event extractor: which clause a modal, a date or a name belongs to.

Every sentence here is written for the test (none comes from a gold file). A small cue dictionary of
the test's own keeps the tests independent of the shipped ``cues.yaml``; dates and actors come from the
real tagger and actor dictionary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest

from timeline.extract.events import extract_claims, main_pair, parse_cues
from timeline.extract.types import Article, Claim

actors_mod = pytest.importorskip("timeline.extract.actors")
dates_mod = pytest.importorskip("timeline.extract.dates")
from timeline.extract.sentences import split_sentences  # noqa: E402

AUX = r"(?:(?:is|are|was|were|has\s+been|had\s+been|will\s+be|would\s+be)\s+)"
CUES = parse_cues({
    "cues": [
        {"id": "t.protest", "type": "PROTEST", "label": "protest", "roles": "subject",
         "patterns": [r"\b(?P<v>protested|took\s+to\s+the\s+streets)\b"]},
        {"id": "t.sign", "type": "AGREE", "label": "signing", "roles": "symmetric",
         "patterns": [r"\b(?P<v>signed|sign)\s+(?:an?\s+|the\s+)?(?P<obj>treaty|accord|memorandum)\b"]},
        {"id": "t.build", "type": "COOPERATE", "label": "started", "roles": "subject", "thing": True,
         "patterns": [r"\b(?P<obj>construction\s+of\s+(?:[\w'-]+\s+){0,4}?)(?:[^.;!?]){0,80}?\b(?P<v>"
                      + AUX + r"launched)\b"]},
        {"id": "t.election", "type": "COOPERATE", "label": "election", "roles": "subject",
         "patterns": [r"\b(?P<v>election\s+" + AUX + r"?held)\b"]},
        {"id": "t.veto", "type": "REJECT", "label": "veto", "roles": "subject",
         "patterns": [r"\b(?P<v>vetoed|overrode)\b"]},
    ],
})


def run(text: str, published: dt.date | None = dt.date(2024, 5, 20)) -> list[Claim]:
    """Claims of ``text`` (one paragraph per blank-line block, as the pipeline tags body spans)."""
    art = Article(uri="mem://s", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    dictionary = actors_mod.ActorDictionary.default()
    mentions = dictionary.find(text)
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    dates = [replace(d, start=d.start + s, end=d.end + s)
             for s, e in spans for d in dates_mod.tag_dates(text[s:e], reference=published)]
    return extract_claims(art, split_sentences(text, spans), dates, dictionary,
                          cues=CUES, pair=main_pair(mentions), states=mentions)


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.rule, c.title, c.date.value) for c in claims]
    return claims[0]


# ------------------------------------------------------------------ modals and conditions


def test_modal_of_an_earlier_comma_clause_does_not_block_the_main_verb() -> None:
    text = ("Mongolia sells land. In 2016, when word spread that foreign firms would be allowed to buy farmland, "
            "farmers protested in Ulaanbaatar.")
    c = only(run(text))
    assert (c.event_type, c.date.value) == ("PROTEST", "2016")


@pytest.mark.parametrize(
    "text",
    [
        "Officials warned in 2016 that farmers could have protested in Ulaanbaatar.",
        "If prices rise, farmers took to the streets in Ulaanbaatar in 2016, officials fear.",
    ],
)
def test_modal_of_the_cue_clause_or_a_condition_still_blocks(text: str) -> None:
    assert run(text) == []


def test_would_be_held_is_not_a_past_tense() -> None:
    """'would be held on June 28': a year-less date after publication stays in the coming June."""
    c = only(run("Iran's leaders agreed on Monday that the election would be held on June 28."))
    assert c.date.value == "2024-06-28"


def test_plain_past_still_moves_a_future_day_to_the_last_year() -> None:
    c = only(run("Iran's election was held on June 28, officials said."))
    assert c.date.value == "2023-06-28"


# ------------------------------------------------------------------ relative clauses


def test_date_of_a_prepositional_relative_clause_is_not_the_cue_date() -> None:
    text = ("In March 2021, Georgia and Armenia signed a memorandum under which Armenia aims to build "
            "a new road by 2030.")
    c = only(run(text))
    assert c.date.value == "2021-03" and c.status == "occurred"


def test_plain_which_clause_may_still_date_the_noun() -> None:
    c = only(run("Georgia and Armenia signed a memorandum on 4 May 2021, which opened the border."))
    assert c.date.value == "2021-05-04"


def test_names_inside_a_relative_clause_of_the_cue_are_not_parties() -> None:
    text = ("In 2015, construction of the Line X pipeline, which would cross Uzbekistan, Tajikistan and "
            "Kyrgyzstan, was launched near Dushanbe.")
    c = only(run(text))
    assert c.date.value == "2015"
    assert not {"Uzbekistan", "Kyrgyzstan"} & {a.name for a in c.actors if a.role != "location"}
