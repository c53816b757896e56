"""Cue dictionary, session 4 round 5: ends of fighting, adverbs before the verb, extensions without an end date,
upgraded relations, and the object of an into-force cue after a signing.

Sentences are written for these tests (no dev-set sentence); positives and negatives of each class.
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
    art = Article(uri=f"mem://cues-round5/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def chronology(item: str, day: str = "14 June 2019") -> str:
    """One dated item of a chronology list (historical present is an event there)."""
    return f"Key dates\n\n- 2 May 2018 — Talks resume in Vienna.\n- {day} — {item}\n"


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)]


# (sentence, cue id, PLOVER type, date)
POSITIVES = [
    ("On 10 November 2020 the war between Armenia and Azerbaijan ended with a Russian-brokered deal.",
     "lex.retreat.war_end", "RETREAT", "2020-11-10"),
    ("Hostilities between Armenia and Azerbaijan ceased on 12 May 1994.", "lex.retreat.war_end", "RETREAT",
     "1994-05-12"),
    ("Fighting between Kyrgyz and Tajik border guards stopped late on 16 September 2022.", "lex.retreat.war_end",
     "RETREAT", "2022-09-16"),
    ("The clashes between Kyrgyzstan and Tajikistan finally died down on 1 May 2021, officials in Bishkek said.",
     "lex.retreat.war_end", "RETREAT", "2021-05-01"),
    ("A ceasefire between Armenia and Azerbaijan finally took effect on 12 May 1994.", "lex.retreat.ceasefire",
     "RETREAT", "1994-05-12"),
    ("The truce between Israel and Hamas eventually took hold on 19 January 2025.", "lex.retreat.ceasefire",
     "RETREAT", "2025-01-19"),
    ("On 3 March 2019 Armenia and Azerbaijan eventually agreed on a common text for the border treaty.",
     "agree.agree", "AGREE", "2019-03-03"),
    ("The agreement between Russia and Kazakhstan on the space centre lease was extended ten years later, in 2004.",
     "lex.agree.extend", "AGREE", "2004"),
    ("The gas transit contract between Gazprom and Uzbekistan was renewed in March 2022.", "lex.agree.extend",
     "AGREE", "2022-03"),
    ("The lease on the Kant air base, held by Russia in Kyrgyzstan, was quietly prolonged again in 2017.",
     "lex.agree.extend", "AGREE", "2017"),
    ("On 8 June 2023 Tokayev and Xi raised ties between Kazakhstan and China to a permanent comprehensive strategic "
     "partnership.", "agree.partnership", "AGREE", "2023-06-08"),
    ("Uzbekistan and Turkey upgraded bilateral relations to a comprehensive strategic partnership in March 2022.",
     "agree.partnership", "AGREE", "2022-03"),
    ("In 2024 Georgia elevated its relationship with China to a strategic partnership.", "agree.partnership",
     "AGREE", "2024"),
]

# (sentence, cue id that must not fire)
NEGATIVES = [
    ("Armenia and Azerbaijan said on 3 May 2022 that the war may end soon.", "lex.retreat.war_end"),
    ("Armenia and Azerbaijan said on 3 May 2022 that the fighting will stop before winter.", "lex.retreat.war_end"),
    ("The war ended hopes of a quick deal between Armenia and Azerbaijan, the minister said on 3 May 2022.",
     "lex.retreat.war_end"),
    ("Since the war between Armenia and Azerbaijan, trade has ended up in Georgian hands, a report said on 3 May "
     "2022.", "lex.retreat.war_end"),
    ("Armenia and Azerbaijan must stop the fighting, Kazakhstan said on 3 May 2022.", "lex.retreat.war_end"),
    ("Russia and Ukraine will keep sanctions until the war ends, Tokayev said on 3 May 2022.",
     "lex.retreat.war_end"),
    ("Once the fighting between Russia and Ukraine stops, trade will resume, Tokayev said on 3 May 2022.",
     "lex.retreat.war_end"),
    ("Turkey and Azerbaijan want to raise ties to a comprehensive strategic partnership, the minister said on 3 May "
     "2022.", "agree.partnership"),
    ("Kazakhstan and China would upgrade relations to a strategic partnership if the talks succeed, Tokayev said "
     "on 3 May 2022.", "agree.partnership"),
    ("The contract between Gazprom and Uzbekistan could be extended later, the minister said on 3 May 2022.",
     "lex.agree.extend"),
    ("Russia and Kazakhstan said on 3 May 2022 that the lease could be renewed in 2030.", "lex.agree.extend"),
    ("The deadline set by Russia for Kazakhstan was extended in May 2022.", "lex.agree.extend"),
]

# chronology items in the historical present
CHRONOLOGY = [
    ("Fighting between Kyrgyzstan and Tajikistan stops after a ceasefire brokered by Russia.", "lex.retreat.war_end"),
    ("Hostilities between Armenia and Azerbaijan cease after four days.", "lex.retreat.war_end"),
    ("The war between Georgia and Russia ends with a French-brokered plan.", "lex.retreat.war_end"),
]

# conditions and time clauses in a chronology item are not the event itself
CHRONOLOGY_NEGATIVE = [
    "Russia and Ukraine say talks can start when the fighting stops.",
    "Armenia and Azerbaijan agree to reopen the border once hostilities cease.",
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES)
def test_class_positive(text: str, rule: str, etype: str, date: str) -> None:
    assert (rule, etype, date) in found(text)


@pytest.mark.parametrize(("text", "rule"), NEGATIVES)
def test_class_negative(text: str, rule: str) -> None:
    assert rule not in [r for r, _, _ in found(text)]


@pytest.mark.parametrize(("item", "rule"), CHRONOLOGY)
def test_chronology_present(item: str, rule: str) -> None:
    assert (rule, "RETREAT", "2019-06-14") in found(chronology(item))


@pytest.mark.parametrize("item", CHRONOLOGY_NEGATIVE)
def test_chronology_condition_is_not_an_end_of_fighting(item: str) -> None:
    assert "lex.retreat.war_end" not in [r for r, _, _ in found(chronology(item))]


@pytest.mark.parametrize(("text", "title"), [
    ("Azerbaijan signed a visa waiver agreement with Qatar in 2018, which took effect on 1 February 2019.",
     "visa waiver agreement enters into force"),
    ("Kazakhstan concluded the customs protocol with Kyrgyzstan in 2020; the protocol took effect on 1 May 2021.",
     "protocol enters into force"),
    ("Georgia inked a free trade deal with China in 2017, which entered into force on 1 January 2018.",
     "free trade deal enters into force"),
])
def test_in_force_title_is_the_document(text: str, title: str) -> None:
    titles = [c.title for c in claims(text) if c.rule.startswith("cooperate.in_force")]
    assert titles, "no into-force claim"
    assert title.lower() in titles[0].lower()
    assert "signed" not in titles[0].lower() and "inked" not in titles[0].lower()


# second step: hostage-taking, condolences, applications for membership — (sentence, cue id, type, date)
MORE_POSITIVES = [
    ("Gunmen took 30 Georgian workers hostage near the border with Russia on 4 May 2021.", "lex.assault.hostage",
     "ASSAULT", "2021-05-04"),
    ("Two Turkish engineers were taken hostage by militants in northern Iraq on 4 May 2021.", "lex.assault.hostage",
     "ASSAULT", "2021-05-04"),
    ("Aliyev expressed condolences to Erdogan over the earthquake victims on 7 February 2023.",
     "support.condolence", "SUPPORT", "2023-02-07"),
    ("On 7 February 2023 Tokayev sent a message of condolence to Xi Jinping after the floods.",
     "support.condolence", "SUPPORT", "2023-02-07"),
    ("Mirziyoyev conveyed his deepest sympathy to Tokayev on 5 January 2022.", "support.condolence", "SUPPORT",
     "2022-01-05"),
    ("Azerbaijan applied for membership of the BRICS group on 20 August 2024.", "lex.request.membership",
     "REQUEST", "2024-08-20"),
    ("On 20 August 2024 Azerbaijan submitted an application to join the Shanghai Cooperation Organisation.",
     "lex.request.membership", "REQUEST", "2024-08-20"),
    ("Georgia formally applied to join the European Union on 3 March 2022.", "lex.request.membership", "REQUEST",
     "2022-03-03"),
]

MORE_NEGATIVES = [
    ("Police in Georgia took the hostages to a hospital in Tbilisi on 4 May 2021.", "lex.assault.hostage"),
    ("Georgia and Russia discussed the hostage crisis on 4 May 2021.", "lex.assault.hostage"),
    ("Tokayev declined to express condolences to Putin, the Kremlin said on 7 February 2023.",
     "support.condolence"),
    ("Azerbaijan hopes to apply for membership of the BRICS group, the minister said on 20 August 2024.",
     "lex.request.membership"),
    ("Kazakhstan applied for a loan from the World Bank on 20 August 2024.", "lex.request.membership"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), MORE_POSITIVES)
def test_more_positive(text: str, rule: str, etype: str, date: str) -> None:
    assert (rule, etype, date) in found(text)


@pytest.mark.parametrize(("text", "rule"), MORE_NEGATIVES)
def test_more_negative(text: str, rule: str) -> None:
    assert rule not in [r for r, _, _ in found(text)]


def test_membership_application_title_is_not_a_request_for_help() -> None:
    titles = [c.title for c in claims("Azerbaijan applied for membership of the BRICS group on 20 August 2024.")]
    assert titles and not any("help" in t for t in titles)
