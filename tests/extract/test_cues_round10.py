"""Cue dictionary, session 8 round 10: business and infrastructure milestones, written per CATEGORY.

Each class is worded the way different outlets write it (wire, ministry page, business paper, logistics trade
press, company release, embassy newsletter, think-tank brief, TV transcript, parliament page): verbs, nouns,
passives, reduced relatives, participle clauses and planned forms. Every class has negatives (habits, counts,
talks instead of construction, intentions, generic objects). Sentences are written for these tests (no dev-set
sentence).

Classes: construction completed or to be completed; companies bought, merged, registered; negotiations
opened, rounds held and concluded; transport services beginning, scheduled, running since a date, single
demonstration runs; first products off a new line; loans approved, extended and received (passive, reduced
relative, participle); contract awards to long company names; partners named or selected; elliptical ordinals
after a colon; a session with a long body name.
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
    art = Article(
        uri=f"mem://cues-round10/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(rule without suffixes, PLOVER type, date value) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


# (sentence, rule (alternatives joined by "|": an older cue with a longer match may win), type, date)
POSITIVES = [
    # construction completed, or to be completed (COOPERATE)
    ("Turkish and Chinese builders completed the southern section of the Almaty ring road in May 2024.",
     "cooperate.complete", "COOPERATE", "2024-05"),
    ("The consortium finished the Kyzylorda bypass in 2023, the ministry of transport said.",
     "cooperate.complete", "COOPERATE", "2023"),
    ("The second stage of the cement plant will be completed in 2026.",
     "cooperate.complete", "COOPERATE", "2026"),
    ("According to the port authority, the first phase of the deep-water terminal is "
     "expected to be completed in 2028.", "cooperate.complete|cooperate.open", "COOPERATE", "2028"),
    ("The Aktau grain terminal, completed in 2022 with Chinese funding, handles wheat for Iran.",
     "cooperate.complete", "COOPERATE", "2022"),
    # planned openings (COOPERATE)
    ("The glass factory is slated to open in 2026.", "cooperate.open_planned", "COOPERATE", "2026"),
    ("The new logistics centre in Khorgos will open its doors in May 2026.", "cooperate.open_planned",
     "COOPERATE", "2026-05"),
    # companies bought, stakes taken, subsidiaries registered (COOPERATE)
    ("Shenzhen-listed Tianrui Holdings acquired Steppe Cement Logistics in March 2023.", "cooperate.acquire",
     "COOPERATE", "2023-03"),
    ("Kazyna Bank was bought by the Shandong Heavy Group in 2014, the regulator confirmed.",
     "cooperate.acquire",
     "COOPERATE", "2014"),
    ("The sovereign fund took a 49% stake in the container terminal operator in April 2024.",
     "cooperate.acquire",
     "COOPERATE", "2024-04"),
    ("In 2021 the Chinese carmaker registered a subsidiary in Kazakhstan to assemble electric buses.",
     "cooperate.register", "COOPERATE", "2021"),
    # negotiations: opening is CONSULT, conclusion AGREE
    ("Negotiations opened in November 2019.", "consult.negotiations_start", "CONSULT", "2019-11"),
    ("Talks on a free trade agreement between Kyrgyzstan and China were launched in March 2021.",
     "consult.negotiations_start", "CONSULT", "2021-03"),
    ("The third round of negotiations on the investment treaty was held in Astana on 12 June 2023.",
     "consult.negotiations_start", "CONSULT", "2023-06-12"),
    ("Negotiations between Kazakhstan and China on the treaty were concluded in August 2018.",
     "agree.negotiations_concluded|agree.agree", "AGREE", "2018-08"),
    # transport services (COOPERATE)
    ("A third weekly Chengdu-Tashkent freight service began in September 2024.", "cooperate.service_start",
     "COOPERATE", "2024-09"),
    ("KTZ says the new Aktau-Baku ferry link is due to start in July 2025.", "cooperate.service_start",
     "COOPERATE", "2025-07"),
    ("A trial container train from Lanzhou to Turkmenbashi is scheduled for November 2025.",
     "cooperate.service_start", "COOPERATE", "2025-11"),
    ("In 2016 a demonstration block train ran from Lianyungang to Almaty in nine days.",
     "cooperate.service_start",
     "COOPERATE", "2016"),
    ("The Almaty-Urumqi bus service was relaunched on 3 May 2024 after a four-year pause.",
     "cooperate.service_start", "COOPERATE", "2024-05-03"),
    ("Uzbekistan Airways has been flying directly between Tashkent and Guangzhou since June 2023.",
     "cooperate.service_start", "COOPERATE", "2023-06"),
    ("Since March, Air Astana has also been flying directly between Astana and Beijing, the carrier said.",
     "cooperate.service_start", "COOPERATE", "2025-03"),
    # first products off a new line (COOPERATE)
    ("The first electric buses rolled off the assembly line in Almaty in May 2024.",
     "cooperate.production_start",
     "COOPERATE", "2024-05"),
    ("The first tractors are expected to leave the production line in 2026, the company said.",
     "cooperate.production_start", "COOPERATE", "2026"),
    # loans (AID): passive, reduced relative, participle
    ("A $150 million loan was approved by the Asian Infrastructure Investment Bank in April 2024.",
     "aid.loan", "AID", "2024-04"),
    ("The rest comes from a loan from the Asian Infrastructure Investment Bank, "
     "approved by its board in autumn 2024.", "aid.loan", "AID", "2024-23"),
    ("Kyrgyzstan joined the Asian Infrastructure Investment Bank in 2015, receiving a loan for the Bishkek "
     "heating plant in 2019.", "aid.loan", "AID", "2019"),
    # contracts and partners
    ("In July 2024 Kazakhstan Temir Zholy awarded China Railway 20th Bureau Group a contract "
     "worth $200 million.",
     "lex.agree.choose", "AGREE", "2024-07"),
    ("In 2023 Uzbekistan named PowerChina as its strategic partner for the Pskem dam.",
     "lex.cooperate.select",
     "COOPERATE", "2023"),
    ("The next session of the Uzbek-Chinese intergovernmental committee is expected in Tashkent in the "
     "autumn of 2026.", "lex.consult.takes_place", "CONSULT", "2026-23"),
    # rounds of a dialogue; leading a delegation to a gathering; a first train using a new line
    ("The two sides agreed that the third round of the China-Kazakhstan strategic dialogue will be held in "
     "Astana in the second half of 2026.", "consult.negotiations_start", "CONSULT", "2026-07/2026-12"),
    ("Minister Sklyar is also expected to lead the Kazakh delegation to the China International Import "
     "Expo in Shanghai in November 2025.", "consult.multilateral.attend", "CONSULT", "2025-11"),
    ("In 2019 the first China–Europe block train used the new line on its way from Xi'an to Prague.",
     "cooperate.transport.first", "COOPERATE", "2019"),
    # relations of two states established, in reported speech without "diplomatic" (AGREE, not a founding)
    ("Wang Yi noted that relations between the two countries were established in 1992.", "agree.relations",
     "AGREE", "1992"),
    ("Relations between Kazakhstan and China were established on 3 January 1992, the minister recalled.",
     "agree.relations", "AGREE", "1992-01-03"),
    # elliptical ordinals after a colon; a session with a long body name
    ("Kyrgyzstan has two Confucius Institutes: the first opened at the Kyrgyz National University in "
     "2008, the second at Osh State University in 2013.", "cooperate.open_ordinal", "COOPERATE", "2013"),
    ("The 9th session of the Kazakh-Chinese Intergovernmental Committee on Trade, Economic and Scientific "
     "Cooperation was held in Astana on 3 May 2024.", "lex.consult.takes_place", "CONSULT", "2024-05-03"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES, ids=[p[0][:50] for p in POSITIVES])
def test_positive(text: str, rule: str, etype: str, date: str) -> None:
    got = found(text)
    assert any((r, etype, date) in got for r in rule.split("|")), got


# (sentence, rules that must not produce a claim)
NEGATIVES = [
    # talks, counts and intentions are no construction
    ("The two delegations completed the talks in Astana in 2019.", {"cooperate.complete"}),
    ("The airline completed 200 flights to Urumqi in 2024.", {"cooperate.complete"}),
    ("The sides agreed to complete the railway by 2027.", {"cooperate.complete"}),
    ("The terminal was expected to be completed in 2020 but is still unfinished.", {"cooperate.complete"}),
    ("Honestly, I think the motorway will be finished eventually, but I would not bet on the schedule.",
     {"cooperate.complete"}),
    ("The plant was expected to open in 2020 but was delayed.", {"cooperate.open_planned"}),
    ("The shop will open at 9 am on 3 May 2024.", {"cooperate.open_planned"}),
    ("Wang Yi noted that trade relations between Kazakhstan and China were established in 1992.",
     {"agree.relations"}),
    # generic purchases and offices are no acquisitions
    ("Kazakhstan bought Chinese buses in 2023.", {"cooperate.acquire"}),
    ("Kazakhstan took over the chairmanship of the organisation in 2024.", {"cooperate.acquire"}),
    # talks stalling; habits and counts of trains and flights
    ("Talks began to stall in 2019.", {"consult.negotiations_start"}),
    ("Freight trains between Kazakhstan and China run every week.", {"cooperate.service_start"}),
    ("Flights between Almaty and Urumqi operate daily.", {"cooperate.service_start"}),
    ("In 2019 the train ran every week from Xi'an to Almaty.", {"cooperate.service_start"}),
    ("In January-September 2024, 412 container trains ran from China to Kazakhstan.",
     {"cooperate.service_start"}),
    ("Cars roll off the assembly line every day at the Kostanay plant.", {"cooperate.production_start"}),
    # a running total of loans; a loan agreement approved is the agreement's
    ("The bank has provided loans to Kyrgyzstan since 2010.", {"aid.loan"}),
    ("A loan agreement was approved by the parliament of Kyrgyzstan in May 2024.", {"aid.loan"}),
    # discipline: counts over a period, career clauses, a brief's self-description
    ("In January-September 2024, 412 container trains arrived in Kazakhstan from China.",
     {"cooperate.transport.arrive"}),
    ("By the end of October, 470 container trains had arrived in Kazakhstan from China this year, against "
     "260 in all of 2023.", {"cooperate.transport.arrive"}),
    ("Roman Sklyar, who served as deputy prime minister from 2019 to 2023 before being appointed "
     "first deputy prime minister, met Wang Yi in Beijing in May 2024.", {"cooperate.appoint"}),
    ("This brief reviews the agreements signed between Kazakhstan and China since 2022.", {"agree.sign"}),
    ("The paper examines all the documents signed by Kyrgyzstan and China in 2023.", {"agree.sign"}),
    # an ordinal without a colon list is no opening
    ("Kazakhstan won two medals in 2019, the second in Tokyo.", {"cooperate.open_ordinal"}),
]


@pytest.mark.parametrize(("text", "rules"), NEGATIVES, ids=[n[0][:50] for n in NEGATIVES])
def test_negative(text: str, rules: set[str]) -> None:
    assert not {r for r, _, _ in found(text)} & rules


def test_small_convoy_still_arrives() -> None:
    """The count guard leaves a handful of vehicles alone: five trucks arriving is an event."""
    text = "Five Chinese trucks arrived in Almaty on 3 May 2024 with medical supplies."
    rules = {r for r, _, _ in found(text)}
    assert rules & {"cooperate.transport.arrive", "cooperate.transport.run"}


def test_appointment_outside_career_clause_kept() -> None:
    got = found("Roman Sklyar was appointed deputy prime minister in 2019.")
    assert ("cooperate.appoint", "COOPERATE", "2019") in got


def test_dated_agreements_outside_a_brief_kept() -> None:
    got = found("The agreements signed between Kazakhstan and China in May 2023 cover trade and transit.")
    assert ("agree.sign", "AGREE", "2023-05") in got


def test_ordinal_first_clause_also_found() -> None:
    got = found("Kyrgyzstan has two Confucius Institutes: the first opened at the Kyrgyz National "
                "University in 2008, the second at Osh State University in 2013.")
    assert ("cooperate.open_ordinal", "COOPERATE", "2008") in got


def test_background_completion_does_not_hide_the_main_event() -> None:
    """"..., after construction was completed in late 2005" is background: the operation start keeps
    its date."""
    got = found("The Kazakh oil pipeline started commercial operation in July 2006, after construction was "
                "completed in late 2005.")
    assert ("cooperate.complete", "COOPERATE", "2005") not in got
    assert any(date == "2006-07" for _, _, date in got)


def test_relations_in_reported_speech_are_no_founding() -> None:
    text = "Wang Yi noted that relations between the two countries were established in 1992."
    rules = {r for r, _, _ in found(text)}
    assert "cooperate.found" not in rules
