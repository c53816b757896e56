"""Coverage of the cue dictionary by PLOVER category, on sentences written for these tests.

Each category has positive sentences (ordinary news prose: the event must come out with the expected
PLOVER type) and negative ones (the same words used as ordinary words, as figures, as reporter's
formulas or as background), so a regression of either recall or precision fails here.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.events import load_cues
from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)


def claims(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    art = Article(uri="mem://cue-coverage", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    return extract(art).claims


def types_of(text: str) -> set[str]:
    return {c.event_type for c in claims(text)}


# (sentence, expected PLOVER type, expected date value)
POSITIVE = [
    # ASSAULT: killings, crashes, fighting, taking places
    ("Two Armenian soldiers were killed in a border shooting on 12 May 2021, the ministry said.", "ASSAULT",
     "2021-05-12"),
    ("Georgian President Salome Zourabichvili's helicopter crashed in the mountains on 4 June 2024.",
     "ASSAULT", "2024-06-04"),
    ("In August 1941, Soviet and British troops entered Iran from the north and the south.", "ASSAULT", "1941-08"),
    ("In June 2020, Azerbaijani forces fought Armenian troops along the border.", "ASSAULT", "2020-06"),
    ("In November 2020, Azerbaijan recaptured the city of Shusha.", "ASSAULT", "2020-11"),
    ("The offensive against the Armenian positions began on 19 September 2023.", "ASSAULT", "2023-09-19"),
    # RETREAT: evacuation, withdrawal of troops, resignation, ceasefire
    ("On 2 March 2022, Kazakhstan evacuated its citizens from Ukraine.", "RETREAT", "2022-03-02"),
    ("The last Russian troops left Georgia in November 2007.", "RETREAT", "2007-11"),
    ("Russian border guards were withdrawn from Armenia's airport in August 2024.", "RETREAT", "2024-08"),
    ("The withdrawal of Soviet forces from Afghanistan was completed in February 1989.", "RETREAT", "1989-02"),
    ("On 13 December 2023, Armenia and Azerbaijan exchanged prisoners of war.", "RETREAT", "2023-12-13"),
    ("In May 2024, Armenia handed over four villages to Azerbaijan.", "RETREAT", "2024-05"),
    ("On 10 November 2020, Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.", "RETREAT",
     "2020-11-10"),
    # ACCUSE: legal steps and verbal disapproval
    ("On 17 March 2023, the International Criminal Court issued an arrest warrant for Vladimir Putin.",
     "ACCUSE", "2023-03-17"),
    ("On 4 May 2024, Azerbaijan lodged a formal protest with France over the remarks.", "ACCUSE", "2024-05-04"),
    # REQUEST
    ("In January 2022, Kazakhstan formally asked Russia for help to restore order.", "REQUEST", "2022-01"),
    ("Georgia applied for EU membership on 3 March 2022.", "REQUEST", "2022-03-03"),
    # REJECT
    ("In May 2023, Armenia refused to sign the joint declaration.", "REJECT", "2023-05"),
    # CONCEDE: debt relief
    ("In 2007, Russia wrote off most of Kyrgyzstan's Soviet-era debt.", "CONCEDE", "2007"),
    # AGREE: ratification of a statute, normalisation of relations
    ("In February 2024, Armenia ratified the Rome Statute of the International Criminal Court.", "AGREE", "2024-02"),
    ("Turkey and Armenia normalised their relations in December 2024.", "AGREE", "2024-12"),
    ("On 9 June 2023, China and Kazakhstan issued a joint statement on their partnership.", "AGREE", "2023-06-09"),
    # elections and office (PLOVER has none; typed COOPERATE like appointments)
    ("Presidential elections were held in Azerbaijan on 7 February 2024.", "COOPERATE", "2024-02-07"),
    ("Kassym-Jomart Tokayev was sworn in as president of Kazakhstan on 26 November 2022.", "COOPERATE",
     "2022-11-26"),
    # COOPERATE: ground broken for a project
    ("China and Kyrgyzstan broke ground on the new railway on 27 December 2024.", "COOPERATE", "2024-12-27"),
    # SANCTION: bans, severed relations
    ("In June 2023, Russia banned imports of Georgian wine.", "SANCTION", "2023-06"),
    ("Georgia severed diplomatic relations with Russia in August 2008.", "SANCTION", "2008-08"),
    # PROTEST
    ("Thousands of Georgians took to the streets of Tbilisi on 28 November 2024.", "PROTEST", "2024-11-28"),
    # MOBILIZE
    ("On 21 September 2022, Russia declared a partial mobilisation.", "MOBILIZE", "2022-09-21"),
    # THREATEN
    ("In March 2024, Azerbaijan issued an ultimatum to Armenia.", "THREATEN", "2024-03"),
    # COERCE
    ("The journalist was extradited to Azerbaijan in April 2023.", "COERCE", "2023-04"),
    # SUPPORT
    ("On 5 May 2022, Turkey expressed its full support for Azerbaijan's peace agenda.", "SUPPORT", "2022-05-05"),
    # AID: asylum
    ("In July 2021, Georgia granted political asylum to the Belarusian activist.", "AID", "2021-07"),
]


@pytest.mark.parametrize(("text", "etype", "date"), POSITIVE, ids=[p[1] + ":" + p[0][:40] for p in POSITIVE])
def test_category_cue_gives_event(text: str, etype: str, date: str) -> None:
    found = [(c.event_type, c.date.value) for c in claims(text)]
    assert (etype, date) in found, found


# (sentence, PLOVER types none of its claims may have; "*" = no claim at all)
NEGATIVE = [
    # ordinary uses of the same words
    ("The delegation entered the conference hall on 12 May 2023 to applause.", "*"),
    ("Armenia's farmers left the valley in 2021 to find work in the cities.", "RETREAT"),
    ("Kazakhstan asked in May 2023 whether the tariffs would change.", "REQUEST"),
    ("The minister dismissed the reports as speculation on 2 May 2024 in Baku, Azerbaijan.", "COOPERATE"),
    ("Georgia's president fired a warning at the ruling party on 2 May 2024.", "COOPERATE"),
    ("Georgia returned the bodies of water to their natural state in 2021.", "RETREAT"),
    # figures are not events
    ("Azerbaijan exported nearly 12 billion cubic metres of gas to Europe in 2023.", "*"),
    ("Georgia's exports declined by 5 percent in 2023.", "*"),
    # background in a relative clause, present perfect
    ("In 2024 Armenia joined the International Criminal Court, which has issued an arrest warrant for Putin.",
     "ACCUSE"),
    # gerund complements are not events of their own
    ("In 2022 Mongolia abstained in U.N. votes condemning Russia.", "ACCUSE"),
    ("In 2024 Georgian diplomats signed open letters criticising the decision.", "ACCUSE"),
    # a natural death is not a PLOVER event
    ("Heydar Aliyev died in December 2003 in Cleveland.", "*"),
    # one side's statement is not a joint text
    ("The foreign ministry of Armenia issued a statement on 2 May 2024 about the border.", "AGREE"),
    # the reporter's formula is not a refusal
    ("A spokesman for Armenia declined to comment on 3 March 2024.", "REJECT"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE, ids=[n[0][:40] for n in NEGATIVE])
def test_ordinary_words_give_no_event(text: str, forbidden: str) -> None:
    found = [(c.rule, c.event_type, c.title) for c in claims(text)]
    if forbidden == "*":
        assert found == []
    else:
        assert all(t != forbidden for _, t, _ in found), found


def test_refusal_to_sign_is_a_rejection_not_a_signing() -> None:
    found = claims("In May 2023, Armenia refused to sign the joint declaration.")
    assert {c.event_type for c in found} == {"REJECT"}


def test_scheduled_election_is_planned() -> None:
    found = [c for c in claims("The presidential vote in Georgia is scheduled for 14 December 2024.",
                               published=dt.date(2024, 12, 1)) if c.event_type == "COOPERATE"]
    assert [(c.date.value, c.status) for c in found] == [("2024-12-14", "planned")]


def test_negated_and_hypothetical_category_cues_are_dropped() -> None:
    assert types_of("Russia did not withdraw its troops from Georgia in 2008.") <= {"REJECT"}
    assert "SANCTION" not in types_of("Georgia could ban imports of Russian wine in 2026.")
    assert "PROTEST" not in types_of("No protests took place in Baku in 2023.")


def test_every_category_has_cues_and_fallback_verbs() -> None:
    cues = load_cues()
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT",
              "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert {c.type for c in cues.cues} == plover
    fallback_types = {t for t, _ in cues.fallback_verbs.values()}
    assert fallback_types == plover - {"CONSULT", "THREATEN"}
    # figure verbs never count as events of their own
    assert not {"exported", "imported", "grew", "reached", "declined", "rose", "fell"} & set(cues.fallback_verbs)


def test_anchors_cover_every_match_of_the_test_sentences() -> None:
    """Anchors are a prefilter only: a sentence a pattern matches must hold one of its cue's anchors."""
    cues = load_cues()
    texts = [p[0] for p in POSITIVE] + [n[0] for n in NEGATIVE]
    for cue in cues.cues:
        for pattern, own in zip(cue.patterns, cue.pattern_anchors, strict=True):
            for text in texts:
                if pattern.search(text):
                    low = text.lower()
                    assert not cue.anchors or any(a in low for a in cue.anchors), (cue.id, text)
                    assert not own or any(a in low for a in own), (cue.id, text)
