"""Cue dictionary, session 7 round 9: vocabulary of the neighbouring domains, written per class.

Each class is worded the way different outlets write it (wire, ministry page, business paper, logistics trade
press, embassy newsletter, think-tank chronology, TV transcript); every class has positives and negatives
(habitual present, figures, metaphors, other objects). Sentences are written for these tests (no dev-set
sentence).

Classes: cultural and educational events (COOPERATE, not CONSULT); vehicles and goods arriving; orders placed;
routes and frequencies launched or added; proposals and speeches; addressing a gathering; messages and letters;
sessions of standing bodies; holding an office since a date; documents exchanged; disputes settled by a document.
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
    art = Article(uri=f"mem://cues-round9/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(rule without suffixes, PLOVER type, date value) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


# (sentence, rule, type, date)
POSITIVES = [
    # culture and education: COOPERATE, not a CONSULT meeting
    ("On 14 August 2023 the embassy and the Confucius Institute co-hosted a photo exhibition of Chinese landscapes "
     "in Baku.", "cooperate.cultural", "COOPERATE", "2023-08-14"),
    ("The Days of Culture of Uzbekistan will be held in China in June 2026, the ministry said.",
     "cooperate.cultural", "COOPERATE", "2026-06"),
    ("A festival of Kazakh cinema was held in Beijing on 3 May 2024.", "cooperate.cultural", "COOPERATE",
     "2024-05-03"),
    ("The Kazakh embassy staged a concert of folk music in Beijing on 12 March 2024.", "cooperate.cultural",
     "COOPERATE", "2024-03-12"),
    ('The national round of the "Silk Bridge" language competition will take place at the university in '
     "September 2025.", "cooperate.cultural", "COOPERATE", "2025-09"),
    ("Students of the Confucius Institute took part in a calligraphy competition held in Baku on 3 May 2024.",
     "cooperate.cultural", "COOPERATE", "2024-05-03"),
    ("On 3 May 2024 the two ministries launched the Year of Tourism of China in Kyrgyzstan.", "cooperate.cultural",
     "COOPERATE", "2024-05-03"),
    ("A week of Chinese cinema kicked off in Bishkek on 3 May 2024.", "cooperate.cultural", "COOPERATE",
     "2024-05-03"),
    ("The first Confucius Institute in Kyrgyzstan was opened at Bishkek University in 2008.",
     "cooperate.cultural_institution", "COOPERATE", "2008"),
    # transport: vehicles and consignments arriving or handed over
    ("A 40-car container train rolled into the dry port of Khorgos on 4 November 2024.",
     "cooperate.transport.arrive", "COOPERATE", "2024-11-04"),
    ("The first 30 electric buses ordered from a Chinese maker arrived in Tashkent on 5 March 2024.",
     "cooperate.transport.arrive", "COOPERATE", "2024-03-05"),
    ("Six locomotives built in China were handed over to Uzbek Railways on 3 April 2024.",
     "cooperate.transport.arrive", "COOPERATE", "2024-04-03"),
    ("The tanker carrying Kazakh crude docked at Baku on 2 February 2025.", "cooperate.transport.arrive",
     "COOPERATE", "2025-02-02"),
    ("The 20 trucks crossed the border at Khorgos on 3 May 2024.", "cooperate.transport.arrive", "COOPERATE",
     "2024-05-03"),
    ("On 3 May 2024 Kazakhstan made its first export of wheat to Vietnam via China.", "cooperate.first_flow",
     "COOPERATE", "2024-05-03"),
    # trade: orders placed
    ("The order, for 120 trolleybuses, was placed in March 2024, the city said.", "cooperate.order", "COOPERATE",
     "2024-03"),
    ("Uzbekistan Airways placed an order with Airbus for ten jets on 9 October 2024.", "cooperate.order",
     "COOPERATE", "2024-10-09"),
    ("A Kazakh company signed an order for 200 Chinese railcars on 3 May 2024.", "cooperate.order", "COOPERATE",
     "2024-05-03"),
    # routes and frequencies
    ("Air Astana added a third weekly frequency on its Almaty-Urumqi route on 1 June 2024.", "cooperate.route",
     "COOPERATE", "2024-06-01"),
    ("China Southern added a daily flight between Guangzhou and Tashkent on 2 July 2024.", "cooperate.route",
     "COOPERATE", "2024-07-02"),
    # speeches and proposals (PLOVER AGREE: proposals)
    ("On 7 September 2013 Xi Jinping proposed jointly building a Silk Road Economic Belt at a university in "
     "Astana.", "agree.propose_speech", "AGREE", "2013-09-07"),
    ("In September 2013 Xi first described the economic belt in a speech at a university in Astana.",
     "agree.propose_speech", "AGREE", "2013-09"),
    ("In his address to parliament on 3 May 2024, Tokayev outlined a new foreign policy concept.",
     "agree.propose_speech", "AGREE", "2024-05-03"),
    ("In May 2017 Tokayev put forward the idea of a Eurasian transport ring.", "agree.propose_speech", "AGREE",
     "2017-05"),
    ("Tokayev addressed the UN General Assembly on 20 September 2022.", "consult.multilateral.address", "CONSULT",
     "2022-09-20"),
    ("Mirziyoyev delivered a speech at the Boao forum on 26 March 2024.", "consult.multilateral.address",
     "CONSULT", "2024-03-26"),
    # messages
    ("In January 2022 Xi sent Tokayev a message backing the measures taken to restore order.", "consult.message",
     "CONSULT", "2022-01"),
    ("On 2 January 2022 Xi Jinping and Ilham Aliyev exchanged congratulatory messages.", "consult.message",
     "CONSULT", "2022-01-02"),
    ("Putin sent a letter to Tokayev on 5 May 2024, the Kremlin said.", "consult.message", "CONSULT",
     "2024-05-05"),
    ("On 3 May 2024 Mirziyoyev received a letter from Xi Jinping.", "consult.message_received", "CONSULT",
     "2024-05-03"),
    # institutions: sessions of standing bodies; office held since
    ("The intergovernmental commission held its 11th session in Beijing in May 2023.", "consult.body_session",
     "CONSULT", "2023-05"),
    ("The joint committee on trade convened in Tashkent on 4 March 2024.", "consult.body_session", "CONSULT",
     "2024-03-04"),
    ("Since March 2023 he has chaired the Senate of Uzbekistan, the upper house.", "cooperate.office_since",
     "COOPERATE", "2023-03"),
    ("Tokayev took over as chairman of the Security Council on 28 January 2022.", "cooperate.office_since",
     "COOPERATE", "2022-01-28"),
    # documents exchanged; disputes settled by a document
    ("On 2 July 2024 Kyrgyzstan and Tajikistan exchanged instruments of ratification of the border treaty.",
     "agree.documents", "AGREE", "2024-07-02"),
    ("On 3 July 2024, in the presence of Xi and Tokayev, the sides exchanged a package of intergovernmental "
     "documents.", "agree.documents", "AGREE", "2024-07-03"),
    ("In 1999 a supplementary agreement settled the remaining disputed sections of the border.", "agree.settle",
     "AGREE", "1999"),
    ("In 2002 a protocol demarcated the last disputed stretch of the China-Kyrgyzstan border.", "agree.settle",
     "AGREE", "2002"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES, ids=[p[0][:50] for p in POSITIVES])
def test_class_is_read(text: str, rule: str, etype: str, date: str) -> None:
    assert (rule, etype, date) in found(text), found(text)


# (sentence, rule that must not fire)
NEGATIVES = [
    ("An exhibition is a good way to show the public what the partnership has built since 2013.",
     "cooperate.cultural"),
    ("The embassy holds a film festival every autumn, most recently in October 2024.", "cooperate.cultural"),
    ("Exhibitions of Chinese art are usually held in the spring of 2024.", "cooperate.cultural"),
    ("On 3 May 2024 the ministers held a meeting at the exhibition centre in Baku.", "cooperate.cultural"),
    ("Competition from Chinese carmakers intensified in 2024, the minister said.", "cooperate.cultural"),
    ("Trains arrive at the port every week, the operator said on 3 May 2024.", "cooperate.transport.arrive"),
    ("Trucks crossed the border every day in 2024.", "cooperate.transport.arrive"),
    ("The commission meets once a year, alternately in Astana and Beijing, since 2015.", "consult.body_session"),
    ("As part of the expo, scheduled for October 2030, an order has been placed for 40 trams.", "cooperate.order"),
    ("Cargo through the port reached 2 million tonnes in 2024.", "cooperate.transport.arrive"),
    ("Kazakhstan made its exports of wheat more competitive in 2024.", "cooperate.first_flow"),
    ("The two railway companies reached an agreement on tariffs on 3 May 2024.", "cooperate.transport.arrive"),
    ("The buses were ordered in 2023 after the mayor arrived in Beijing on a visit.",
     "cooperate.transport.arrive"),
    ("Airlines add flights every summer, and 2024 was no exception.", "cooperate.route"),
    ("He often speaks of the Silk Road in his speeches, as he did in May 2024.", "agree.propose_speech"),
    ("On 3 May 2024 the minister proposed that the sides meet again in autumn.", "agree.propose_speech"),
    ("On 3 May 2024 Aliyev addressed the issue of transit tariffs with Xi.", "consult.multilateral.address"),
    ("On 3 May 2024 the minister said the corridor sent a clear message to investors.", "consult.message"),
    ("Xi and Tokayev exchange letters every New Year, most recently in January 2024.", "consult.message"),
    ("The commission met the standards set in 2023, the auditors said.", "consult.body_session"),
    ("After years of cooperation the two firms merged in 2024.", "cooperate.cultural"),
    ("Tokayev received letters from citizens every week in 2024.", "consult.message_received"),
    ("The plan, the minister said on 3 May 2024, sets out the steps for the corridor.", "agree.propose_speech"),
    ("Tokayev heads the Security Council, a body created in 1991.", "cooperate.office_since"),
    ("On 3 May 2024 the presidents exchanged views on the documents prepared by their ministers.",
     "agree.documents"),
    ("The treaty resolves disputes through consultations, its article 7 says, in force since 2001.",
     "agree.settle"),
]


@pytest.mark.parametrize(("text", "rule"), NEGATIVES, ids=[n[0][:50] for n in NEGATIVES])
def test_not_an_event_of_the_class(text: str, rule: str) -> None:
    assert rule not in {r for r, _, _ in found(text)}, found(text)


def test_cultural_event_is_not_a_meeting() -> None:
    """A co-hosted exhibition is cultural cooperation, not a CONSULT gathering (the type decides the match)."""
    types = {t for _, t, _ in found("On 14 August 2023 the embassy and the Confucius Institute co-hosted an "
                                    "exhibition of calligraphy in Baku.")}
    assert types == {"COOPERATE"}, types


def test_vehicles_arriving_are_no_visit() -> None:
    """Buses that arrive in a city are a delivery, never a CONSULT visit."""
    got = found("The first 50 electric buses from Zhengzhou arrived in Baku on 8 March 2024.")
    assert ("cooperate.transport.arrive", "COOPERATE", "2024-03-08") in got
    assert all(t != "CONSULT" for _, t, _ in got), got
