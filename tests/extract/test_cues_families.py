"""Cue families of session 3: PLOVER typing and verb/noun forms, on sentences written for these tests.

Each family has positive sentences (the event comes out with the expected PLOVER type, mode and date)
and negative ones (the same words used for news, naming, figures or opinions give no such claim).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)


def claims(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    art = Article(uri="mem://cue-families", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    return extract(art).claims


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.event_type, c.mode, c.date.value if c.date else None) for c in claims(text)]


# (sentence, expected type, expected mode or None, expected date)
POSITIVE = [
    # CONSULT/phone: verbs, video calls, "spoke ... by telephone"
    ("On 12 March 2022, Tokayev telephoned Mirziyoyev to discuss water sharing.", "CONSULT", "phone", "2022-03-12"),
    ("Pashinyan phoned Macron on 4 October 2023 after the exodus from Karabakh.", "CONSULT", "phone", "2023-10-04"),
    ("Japarov called Tokayev on 15 September 2022 about the border clashes.", "CONSULT", "phone", "2022-09-15"),
    ("On 9 May 2021 Aliyev spoke with Zelensky by telephone.", "CONSULT", "phone", "2021-05-09"),
    ("Mirziyoyev and Xi Jinping held a video call on 20 January 2022.", "CONSULT", "phone", "2022-01-20"),
    # CONSULT/multilateral: opening a forum is hosting it, not opening a building
    ("On 6 June 2023, Tokayev opened the Astana International Forum at the Palace of Independence.", "CONSULT",
     "multilateral", "2023-06-06"),
    # AGREE: diplomatic relations, told passively with the pair in between
    ("Diplomatic relations between Mongolia and Kazakhstan were established on 22 January 1992.", "AGREE", None,
     "1992-01-22"),
    # AGREE: diplomatic recognition (PLOVER), verb, "as independent" and nominal forms
    ("Russia recognised the independence of Abkhazia on 26 August 2008.", "AGREE", None, "2008-08-26"),
    ("In February 2008 Turkey recognised Kosovo as an independent state.", "AGREE", None, "2008-02"),
    # AGREE: proposals and offers
    ('In October 2019, Tokayev proposed creating a "Eurasian Water Council" at a summit in Ashgabat.', "AGREE",
     None, "2019-10"),
    ("In March 2020 Kazakhstan put forward a peace plan for the region.", "AGREE", None, "2020-03"),
    # AGREE: an intergovernmental body founded
    ("The Organization of Turkic States was established in 2009 in Nakhchivan.", "AGREE", None, "2009"),
    ("The Eurasian Development Bank, founded in 2006 by Russia and Kazakhstan, lends to both.", "AGREE", None,
     "2006"),
    # AGREE: contract awards; COOPERATE: selection of a contractor
    ("Kazakhstan's railway company won the contract for the Tbilisi bypass in 2021.", "AGREE", None, "2021"),
    ("In June 2022 Georgia's tender for the Kars terminal was awarded to a Kazakh company.", "AGREE", None,
     "2022-06"),
    ("In April 2023 Uzbekistan selected a Saudi consortium to build three wind farms.", "COOPERATE", None,
     "2023-04"),
    # COOPERATE: a programme announced, a project financed, a building that opened
    ("In May 2017, Mirziyoyev announced a national programme of road building.", "COOPERATE", None, "2017-05"),
    ("The Asian Development Bank financed the construction of the Almaty ring road in 2018.", "COOPERATE", None,
     "2018"),
    ("The Kazakh trade house opened there in 2016 with twelve staff.", "COOPERATE", None, "2016"),
    # COOPERATE/governance: a bill adopted, an election won with a figure
    ("The Kyrgyz parliament passed the bill on media on 19 March 2024.", "COOPERATE", None, "2024-03-19"),
    ("Sadyr Japarov won 79% of the vote in January 2021.", "COOPERATE", None, "2021-01"),
    # AID: money announced for a partner
    ("On 3 April 2025 the EU announced a €10 billion aid package for Central Asia.", "AID", None, "2025-04-03"),
    # RETREAT: giving up an office, troops withdrawn with an adverb
    ("In January 2024 Garibashvili handed the premiership to a party colleague.", "RETREAT", None, "2024-01"),
    ("Russian peacekeepers were also withdrawn in April 2024 from Karabakh.", "RETREAT", None, "2024-04"),
    # ASSAULT: a named place seized
    ("Azerbaijani forces seized Lachin in August 2022.", "ASSAULT", None, "2022-08"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "date"), POSITIVE, ids=[p[1] + ":" + p[0][:40] for p in POSITIVE])
def test_family_cue_gives_typed_event(text: str, etype: str, mode: str | None, date: str) -> None:
    got = found(text)
    assert (etype, mode, date) in got, got


# (sentence, types none of its claims may have; "*" = no claim at all)
NEGATIVE = [
    # naming, not calling
    ("The river, once called Oxus by the Greeks, was diverted in 1960.", {"CONSULT"}),
    ("In 1921 the rebels entered the town now called Ulaanbaatar.", {"CONSULT"}),
    ("On 4 May 2024 Tokayev called water a strategic resource.", {"CONSULT"}),
    # news announced is not an agreement; a past act reported by an announcement is not a second event
    ("Tokayev announced the death of the former president on 5 March 2024.", {"AGREE"}),
    ("On 2 May 2024 the ministry announced that a Turkish firm had been chosen to build the bridge.", {"AGREE"}),
    # a company's foundation is no agreement between states
    ("The Kazakh oil firm, founded in 2002 by a group of engineers, now drills offshore.", {"AGREE"}),
    # seized goods are not a captured place
    ("Customs officers seized Iranian cigarettes in May 2023.", {"ASSAULT"}),
    # the noun "vote" is no vote to do something
    ("Japarov won 79% of the vote in 2021, according to official results.", {"AGREE"}),
    # a building opened inside a forum's name: the forum, not a building, is what opened
    ("On 6 June 2023 Tokayev opened the Astana Forum at the Palace of Independence.", {"COOPERATE"}),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE, ids=[n[0][:40] for n in NEGATIVE])
def test_family_words_in_other_uses_give_no_event(text: str, forbidden: set[str]) -> None:
    got = [(c.rule, c.event_type) for c in claims(text)]
    assert all(t not in forbidden for _, t in got), got


def test_report_of_a_selection_gives_one_cooperate_claim() -> None:
    text = "On 2 May 2024 the ministry announced that a Turkish firm had been chosen to build the bridge."
    assert {c.event_type for c in claims(text)} <= {"COOPERATE"}


def test_anchors_cover_every_match_of_the_family_sentences() -> None:
    """Anchors are a prefilter only: a sentence a pattern matches must hold one of its cue's anchors."""
    from timeline.extract.events import load_cues

    texts = [p[0] for p in POSITIVE] + [n[0] for n in NEGATIVE]
    for cue in load_cues().cues:
        for pattern, own in zip(cue.patterns, cue.pattern_anchors, strict=True):
            for text in texts:
                if pattern.search(text):
                    low = text.lower()
                    assert not cue.anchors or any(a in low for a in cue.anchors), (cue.id, text)
                    assert not own or any(a in low for a in own), (cue.id, text)
