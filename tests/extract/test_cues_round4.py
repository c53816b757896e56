"""Cue dictionary, session 4: every tense of the older cues and the verb families chronologies and wires use.

Sentences are written for these tests (no dev-set sentence). Positives sit in a dated chronology, where the
engine keeps the historical present, or in the past tense in a plain paragraph; negatives are wishes,
infinitives, questions, generic statements and metaphors that must give no claim of the family.
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
    art = Article(uri=f"mem://cues-round4/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def chronology(item: str, day: str = "14 June 2019") -> str:
    """One dated item of a chronology list (historical present is an event there)."""
    return f"Key dates\n\n- 2 May 2018 — Talks resume in Vienna.\n- {day} — {item}\n"


def rules(text: str, day: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)
            if day is None or (c.date and c.date.value == day)]


# (chronology item, expected cue id, expected PLOVER type) — tense coverage of the older cues
PRESENT_OF_OLD_CUES = [
    ("Georgia and Russia agree on a monitoring mechanism at talks in Geneva.", "agree.agree", "AGREE"),
    ("Kazakhstan and the EU agree a roadmap for visa liberalisation.", "agree.agree", "AGREE"),
    ("Uzbekistan and Kyrgyzstan announce that negotiations on the border treaty are complete.", "agree.agree",
     "AGREE"),
    ("Ukraine and Moldova initial the border treaty in Kyiv.", "lex.agree.finalise", "AGREE"),
    ("Turkish jets strike positions in northern Iraq.", "assault.attack", "ASSAULT"),
    ("Azerbaijan launches an offensive near Agdam.", "assault.attack", "ASSAULT"),
    ("Russia invades Ukraine.", "assault.attack", "ASSAULT"),
    ("Armenia's parliament elects Nikol Pashinyan prime minister.", "cooperate.appoint", "COOPERATE"),
    ("Tajikistan and Kyrgyzstan withdraw their troops from the disputed border.", "retreat.withdraw", "RETREAT"),
    ("Foreign ministers of Armenia and Azerbaijan hold three days of talks in Almaty.", "consult.meeting",
     "CONSULT"),
    ("Aliyev and Putin speak by phone about the border.", "consult.phone", "CONSULT"),
    ("The Azerbaijani embassy in Astana opens in the presence of both ministers.", "cooperate.open", "COOPERATE"),
    ("Uzbekistan leaves the CSTO.", "lex.retreat.leave", "RETREAT"),
    ("Some 300 Armenian and Azerbaijani soldiers are killed on the front line.", "lex.assault.kill", "ASSAULT"),
    ("Armenia and Azerbaijan exchange prisoners of war.", "lex.retreat.release", "RETREAT"),
    ("Tokayev dismisses the prime minister and the government.", "lex.cooperate.dismiss", "COOPERATE"),
    ("Russia declares a partial mobilisation.", "lex.mobilize.alert", "MOBILIZE"),
    ("Azerbaijani forces recapture Shusha.", "lex.assault.take", "ASSAULT"),
    ("Kazakhstan brokers talks between Armenia and Azerbaijan.", "lex.consult.mediate", "CONSULT"),
]

# (chronology item, expected cue id, expected PLOVER type) — families added in session 4
NEW_FAMILIES = [
    ("Azerbaijani activists block the road to Stepanakert.", "lex.coerce.block", "COERCE"),
    ("The Lachin corridor is blockaded by protesters from Baku.", "lex.coerce.block", "COERCE"),
    ("President Tokayev signs a decree on a state of emergency.", "lex.cooperate.decree", "COOPERATE"),
    ("Kyrgyzstan reopens its embassy in Kabul.", "lex.cooperate.reopen", "COOPERATE"),
    ("The Azerbaijan–Georgia business forum takes place in Tbilisi.", "lex.consult.takes_place", "CONSULT"),
    ("Some 400 Russian troops arrive in Bishkek.", "lex.mobilize.arrive", "MOBILIZE"),
    ("Protests over gas prices erupt in Kazakhstan.", "lex.protest.begin", "PROTEST"),
    ("Tokayev says Kazakhstan would not recognise the breakaway republics.", "lex.reject.recognition", "REJECT"),
    ("A counter-terrorist operation is launched in Karabakh by Azerbaijan.", "lex.assault.operation", "ASSAULT"),
    ("Kazakh voters back the construction of a nuclear plant in a referendum.", "lex.cooperate.referendum",
     "COOPERATE"),
    ("The Turkic Council renames itself the Organization of Turkic States.", "lex.agree.rename", "AGREE"),
    ("Uzbekistan expels two Kyrgyz diplomats.", "lex.sanction.expel", "SANCTION"),
    ("Kazakhstan receives observer status at the Arab League.", "lex.agree.status_received", "AGREE"),
    ("Armenia and Georgia resume direct flights between Yerevan and Batumi.", "lex.cooperate.resume_links",
     "COOPERATE"),
    ("The Russian peacekeepers begin pulling out of Karabakh.", "lex.retreat.troops", "RETREAT"),
]


@pytest.mark.parametrize(("item", "rule", "etype"), PRESENT_OF_OLD_CUES + NEW_FAMILIES)
def test_chronology_item_gives_typed_event_on_its_date(item: str, rule: str, etype: str) -> None:
    assert (rule, etype, "2019-06-14") in rules(chronology(item), "2019-06-14")


# past tense in ordinary news prose (the same families outside chronologies)
PAST_PROSE = [
    ("Azerbaijani activists blocked the road to Khankendi on 10 March 2020.", "lex.coerce.block", "2020-03-10"),
    ("Mirziyoyev signed the budget bill into law on 28 December 2021.", "lex.cooperate.decree", "2021-12-28"),
    ("Azerbaijan's consulate in Tabriz, closed for years, reopened in July 2024.", "lex.cooperate.reopen",
     "2024-07"),
    ("The first Caspian investment forum will take place in Aktau on 12 August 2025.", "lex.consult.takes_place",
     "2025-08-12"),
    ("Russian paratroopers were sent to Almaty on 6 January 2022.", "lex.mobilize.arrive", "2022-01-06"),
    ("The protests that began in Osh on 3 October 2020 spread to Bishkek.", "lex.protest.begin", "2020-10-03"),
    ("In June 2022 Tokayev said Kazakhstan would not recognise the separatist republics.", "lex.reject.recognition",
     "2022-06"),
    ("Voters approved the new constitution in a referendum on 30 August 1995.", "lex.cooperate.referendum",
     "1995-08-30"),
    ("The lease on the port was extended in 2019 for another 49 years.", "lex.agree.extend", "2019"),
    ("Tajikistan extended the agreement on the Russian base for another 30 years in 2012.", "lex.agree.extend",
     "2012"),
    ("Gas has flowed from Azerbaijan to Turkey since 2007.", "lex.cooperate.flow_since", "2007"),
    ("In April 2023 Georgia and Russia resumed direct flights after a four-year break.",
     "lex.cooperate.resume_links", "2023-04"),
]


@pytest.mark.parametrize(("sentence", "rule", "date"), PAST_PROSE)
def test_past_tense_prose(sentence: str, rule: str, date: str) -> None:
    assert rule in [r for r, _, d in rules(sentence) if d == date]


def test_second_verb_after_a_signing_enters_into_force_without_auxiliary() -> None:
    text = ("The Enhanced Partnership Agreement between Kazakhstan and the EU, signed in Astana in December 2015 "
            "and in force since 1 March 2020, covers 29 areas.")
    found = {(r, d) for r, _, d in rules(text)}
    assert ("agree.sign", "2015-12") in found
    assert ("cooperate.in_force", "2020-03-01") in found


def test_into_force_after_a_long_relative_clause() -> None:
    text = ("The customs treaty, which was negotiated for six years by the three governments and their many "
            "expert groups in Minsk, came into force in 2015.")
    assert ("cooperate.in_force", "2015") in {(r, d) for r, _, d in rules(text)}


def test_signing_and_taking_effect_in_one_sentence_are_two_events() -> None:
    text = ("Georgia signed a free trade agreement with Armenia in May 2016, the first deal Tbilisi concluded in "
            "the region, and it took effect the following year.")
    found = {r for r, _, _ in rules(text)}
    assert {"agree.sign", "cooperate.in_force"} <= found


# sentences that must yield no claim of these families
NEGATIVE = [
    "Azerbaijan hopes to reopen its embassy in Damascus in 2026.",
    "Will Georgia and Armenia agree on a new border regime in 2026?",
    "Officials want to agree a roadmap by March 2026.",
    "The initial agreement of 2001 covered only oil.",
    "Ankara threatened to block the corridor in 2021.",
    "The road was blocked by snow on 3 January 2024.",
    "The number of block trains on the route doubled in 2023.",
    "Kazakhstan does not recognise Kosovo, a spokesman said in 2023.",
    "The forum, which takes place every year in Baku, drew 3,000 guests in 2024.",
    "In a 2024 interview, Aliyev said the two countries agree on most issues.",
    "Voters will back the ruling party in the referendum on 5 October 2026, polls suggest.",
    "The lease, signed in 1994, runs until 2050.",
    "The real foundation of this friendship was laid by Heydar Aliyev in 1994, the ambassador recalled.",
    "The cornerstone of our partnership was laid in 1997 by the two presidents.",
    "Those talks in 2008 laid the foundation for a bridge between the two nations.",
    "The 2004 visit opened a new chapter in the history of the port, officials said.",
    "Trade with Russia came to nearly $28 billion in 2024, and most oil leaves through the port at Novorossiysk.",
    "Lukashenko held the view that a summit in 2021 was pointless.",
    "Soldiers on leave were sent home in May 2021.",
    "A storm on Tuesday closed roads in Baku on 4 May 2021.",
]

FAMILY_RULES = {
    "agree.agree", "lex.agree.finalise", "lex.coerce.block", "lex.cooperate.reopen", "lex.consult.takes_place",
    "lex.reject.recognition", "lex.cooperate.referendum", "lex.agree.extend", "cooperate.groundbreaking",
    "cooperate.open", "consult.visit.travel", "consult.meeting", "lex.cooperate.resume_links", "lex.retreat.troops",
    "lex.retreat.leave", "lex.assault.take", "lex.mobilize.arrive",
}


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_claim_of_the_family(sentence: str) -> None:
    assert not [r for r, _, _ in rules(sentence) if r in FAMILY_RULES]


def test_war_beginning_is_not_a_later_pull_out() -> None:
    text = "Russian peacekeepers deployed in Karabakh after the 2020 war began pulling out in April 2024."
    found = rules(text)
    assert not [r for r, t, _ in found if t == "ASSAULT"]
    assert ("lex.retreat.troops", "RETREAT", "2024-04") in found


def test_literal_foundation_stone_still_counts() -> None:
    found = rules("The foundation stone of the new terminal was laid on 4 June 2021.")
    assert ("cooperate.groundbreaking", "COOPERATE", "2021-06-04") in found


def test_plain_commentary_in_present_tense_without_date_gives_nothing() -> None:
    assert claims("Baku signs deals with everyone these days. Azerbaijan exports gas to Europe.") == []
