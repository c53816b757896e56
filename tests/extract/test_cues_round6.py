"""Cue dictionary, session 5 round 6: diplomatic protocol, applications and legislation, economic coercion,
dated military nouns, posts handed over, and four precision guards (naming is no call, released figures are
no release, a journey is no trip of a state, an announcement of a past act is not a second claim).

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
    art = Article(uri=f"mem://cues-round6/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)]


# (sentence, cue id, PLOVER type, date)
POSITIVES = [
    # 1. diplomatic protocol
    ("On 3 February 2023 the new Georgian ambassador presented copies of his credentials to Uzbek Foreign Minister "
     "Bakhtiyor Saidov.", "cooperate.credentials", "COOPERATE", "2023-02-03"),
    ("The credentials of the new Russian ambassador were presented to President Tokayev on 9 January 2024.",
     "cooperate.credentials", "COOPERATE", "2024-01-09"),
    ("Ambassador Mekan Ishanguliyev of Turkmenistan was accredited as ambassador to Kazakhstan on 12 June 2022.",
     "cooperate.accredited", "COOPERATE", "2022-06-12"),
    ("Japan's new envoy handed over his letters of credence to President Mirziyoyev on 5 November 2024.",
     "cooperate.credentials", "COOPERATE", "2024-11-05"),
    # 2. applications and accession steps
    ("On 4 June 2024 Turkmenistan submitted an application for observer status in the Eurasian Economic Union.",
     "lex.request.membership", "REQUEST", "2024-06-04"),
    ("Uzbekistan handed the WTO secretariat its application for membership on 12 March 2023.",
     "lex.request.membership", "REQUEST", "2023-03-12"),
    ("Mongolia has applied to become an observer of the Eurasian Economic Union, Ulaanbaatar said on 2 April 2024.",
     "lex.request.membership", "REQUEST", "2024-04-02"),
    ("In January 2023 Georgia applied for observer status in the Organisation of Islamic Cooperation.",
     "lex.request.membership", "REQUEST", "2023-01"),
    ("An application for full membership was submitted by Uzbekistan to the EAEU in April 2023.",
     "lex.request.membership", "REQUEST", "2023-04"),
    # legislative acts: a reading phrase before the object; endorsement by a government
    ("The Milli Majlis adopted in the final reading the law on media on 30 December 2021.", "cooperate.adopt",
     "COOPERATE", "2021-12-30"),
    ("The Kyrgyz government endorsed the draft law on NGOs on 9 January 2024.", "cooperate.adopt", "COOPERATE",
     "2024-01-09"),
    # 3. economic coercion
    ("Imports of Georgian wine were suspended by Russia on 3 June 2006.", "lex.sanction.halt", "SANCTION",
     "2006-06-03"),
    ("Russia temporarily suspended the import of Tajik apricots on 12 July 2023.", "lex.sanction.halt", "SANCTION",
     "2023-07-12"),
    ("On 5 May 2023 Russia banned imports of Moldovan fruit.", "lex.sanction.halt", "SANCTION", "2023-05-05"),
    # 4. a military noun dated by its own date
    ("Russian peacekeepers left Karabakh in 2024, months after Azerbaijan's offensive of September 2023.",
     "lex.assault.dated_noun", "ASSAULT", "2023-09"),
    ("Kyiv still counts the cost of Russia's February 2022 invasion, Zelensky said on 3 May 2024.",
     "lex.assault.dated_noun", "ASSAULT", "2022-02"),
    ("Aliyev returned to Shusha as the man who won the 44-day war of 2020 with Turkish drones.",
     "lex.assault.dated_noun", "ASSAULT", "2020"),
    ("Thousands fled after the September 2023 operation by Azerbaijan in Karabakh, Pashinyan said on 3 May 2024.",
     "lex.assault.dated_noun", "ASSAULT", "2023-09"),
    # 5. a post given up
    ("Since 1 January Russian border guards no longer staff the Kazakh crossing at Dostyk.", "lex.retreat.post",
     "RETREAT", "2025-01-01"),
    ("Russian border guards handed over the Zvartnots checkpoint to Armenia on 15 July 2024.", "lex.retreat.post",
     "RETREAT", "2024-07-15"),
    ("Russia stopped guarding the Armenian border with Turkey in October 2024.", "lex.retreat.post", "RETREAT",
     "2024-10"),
    # 6. contracts (the contract is the named object); 7. sitting down for talks (regression)
    ("On 4 April 2024 Power China won a contract to build a solar plant in Uzbekistan.", "lex.agree.contract_work",
     "AGREE", "2024-04-04"),
    ("Then, in 2021, a Turkish consortium won a contract to build a section of the railway.",
     "lex.agree.contract_work", "AGREE", "2021"),
    ("In May 2022 an Indian firm was awarded the contract for the construction of the new terminal.",
     "lex.agree.contract_work", "AGREE", "2022-05"),
    ("On 12 July 2024 Bayramov sat down with Lavrov in Moscow to prepare the summit.", "consult.meeting", "CONSULT",
     "2024-07-12"),
    ("Erdogan called Aliyev the next day, 4 May 2024.", "consult.phone", "CONSULT", "2024-05-04"),
    ("Azerbaijan released 32 Armenian prisoners on 5 May 2024.", "retreat.withdraw", "RETREAT", "2024-05-05"),
]

# (sentence, cue id that must not fire)
NEGATIVES = [
    ("Tokayev praised the ambassador's credentials as a reformer on 3 May 2022.", "cooperate.credentials"),
    ("Kazakhstan wants to submit an application for observer status, the minister said on 3 May 2022.",
     "lex.request.membership"),
    ("Mongolia has applied to become an observer of the Eurasian Economic Union, Ulaanbaatar said on 2 April 2024.",
     "lex.cooperate.member"),
    ("Refugees still remember the 2020 war between Armenia and Azerbaijan, the minister said on 3 May 2022.",
     "lex.assault.dated_noun"),
    ("Russia's war in Ukraine changed Central Asia, Tokayev said on 3 May 2024.", "lex.assault.dated_noun"),
    ("Trade has surged since Russia's invasion of Ukraine in 2022, Tokayev said on 3 May 2024.",
     "lex.assault.dated_noun"),
    ("The 2021 operation in Kabul evacuated 120 Uzbek citizens, the ministry said on 3 May 2022.",
     "lex.assault.dated_noun"),
    ("Russian border guards no longer staff the crossing at Dostyk, Tokayev said on 3 May 2024.",
     "lex.retreat.post"),
    ("The team won the bid to host the games in 2023.", "lex.agree.contract_work"),
    ("The team won the bid to host the games in 2023.", "lex.agree.choose"),
    ("The jury handed over the prize to the Kazakh team on 3 May 2024.", "lex.retreat.post"),
    ("Imports from Georgia were suspended for the holidays on 3 May 2024, the port said.", "lex.sanction.halt"),
    # precision: naming is not a call, figures released are no release, a journey is no visit,
    # an announcement of a past act is not a second (AGREE) claim
    ('Xi called Tokayev "a true friend" on 3 May 2024.', "consult.phone"),
    ("Putin called Aliyev a good friend in a speech on 3 May 2024.", "consult.phone"),
    ("Erdogan called Aliyev one of his closest allies on 3 May 2024.", "consult.phone"),
    ("Kazakh railways are moving more freight than ever, according to figures released on 3 May 2024.",
     "retreat.withdraw"),
    ("Georgia released its new budget forecast on 3 May 2024.", "retreat.withdraw"),
    ("A container train from Xian reached Baku in the summer of 2015, a trip that once took a month by sea.",
     "consult.visit.noun"),
    ("Pashinyan announced that Armenia had frozen its participation in the CSTO in February 2024.",
     "agree.declare"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES, ids=[p[1] + ":" + p[0][:30] for p in POSITIVES])
def test_positive(text: str, rule: str, etype: str, date: str) -> None:
    assert (rule, etype, date) in found(text), found(text)


@pytest.mark.parametrize(("text", "rule"), NEGATIVES, ids=[n[1] + ":" + n[0][:30] for n in NEGATIVES])
def test_negative(text: str, rule: str) -> None:
    assert rule not in {r for r, _, _ in found(text)}, found(text)


def test_train_arrival_is_transport_not_visit() -> None:
    """A demonstration train reaching a city is a transport event at most, never a visit of a state."""
    got = found("A demonstration container train from Xian reached Baku in August 2015, a trip that once took "
                "a month.")
    assert all(t != "CONSULT" for _, t, _ in got), got


def test_frozen_participation_is_retreat() -> None:
    """The frozen participation keeps its own RETREAT claim; the announcement adds no AGREE claim."""
    got = found("Pashinyan announced that Armenia had frozen its participation in the CSTO in February 2024.")
    assert ("lex.retreat.leave", "RETREAT", "2024-02") in got and all(t != "AGREE" for _, t, _ in got), got


def test_handover_is_not_a_cooperation_fallback() -> None:
    """A checkpoint handed over is a withdrawal (RETREAT), not the generic 'handed' COOPERATE fallback."""
    got = found("Russian border guards handed over the checkpoint at Zvartnots airport to Armenia on 15 July 2024.")
    assert [t for _, t, _ in got] == ["RETREAT"], got
