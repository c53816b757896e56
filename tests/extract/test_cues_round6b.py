"""Cue dictionary, session 5 round 6b: scheduled openings of infrastructure, "entered service", a meeting of a
standing body that takes place, and a step the parties agreed to take (the agreement is the event, not the step).

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
    art = Article(uri=f"mem://cues-round6b/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None, c.status) for c in claims(text)]


# (sentence, cue id, PLOVER type, date, status)
POSITIVES = [
    ("The $1 billion port is expected to be commissioned in 2027, the ministry said on 3 May 2025.",
     "cooperate.open", "COOPERATE", "2027", "planned"),
    ("The new terminal at Alat is scheduled to be opened in June 2026, officials in Baku said.", "cooperate.open",
     "COOPERATE", "2026-06", "planned"),
    ("The Kambarata plant is due to be completed in 2028, Japarov said on 3 May 2024.", "cooperate.open",
     "COOPERATE", "2028", "planned"),
    ("The Central Asia–China gas pipeline entered service at the end of 2009.", "cooperate.open", "COOPERATE",
     "2009-12", "occurred"),
    ("The second line of the Tashkent metro entered commercial service on 3 May 2021.", "cooperate.open",
     "COOPERATE", "2021-05-03", "occurred"),
    ("The next meeting of the intergovernmental commission will be held in Tashkent in 2027.",
     "lex.consult.takes_place", "CONSULT", "2027", "planned"),
    ("The tenth meeting of the Kazakh-Chinese cooperation committee was held in Astana on 5 June 2024.",
     "lex.consult.takes_place", "CONSULT", "2024-06-05", "occurred"),
    ("On 3 May 2024 Kazakhstan and China agreed to open a new border crossing.", "agree.agree", "AGREE",
     "2024-05-03", "occurred"),
]

# (sentence, cue id that must not fire)
NEGATIVES = [
    ("The railway was expected to be opened in 2020 but work stalled, Tokayev said on 3 May 2024.",
     "cooperate.open"),
    ("On 3 May 2024 Kazakhstan and China agreed to open a new border crossing.", "cooperate.open"),
    ("Uzbekistan and Kyrgyzstan agreed to launch the new airport project on 3 May 2024.", "cooperate.open"),
    ("The meeting of minds was held up as a model by Tokayev on 3 May 2024.", "lex.consult.takes_place"),
    ("The commission said on 3 May 2024 that the meeting had been useful.", "lex.consult.takes_place"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date", "status"), POSITIVES,
                         ids=[p[1] + ":" + p[0][:30] for p in POSITIVES])
def test_positive(text: str, rule: str, etype: str, date: str, status: str) -> None:
    assert (rule, etype, date, status) in found(text), found(text)


@pytest.mark.parametrize(("text", "rule"), NEGATIVES, ids=[n[1] + ":" + n[0][:30] for n in NEGATIVES])
def test_negative(text: str, rule: str) -> None:
    assert rule not in {r for r, _, _, _ in found(text)}, found(text)
