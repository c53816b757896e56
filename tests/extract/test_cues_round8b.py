"""Cue dictionary, session 6 round 8b: a date, a place or a companion between the parts of a cue.

News prose (agency style especially) puts the day or the place right after the verb: "established in Beijing
diplomatic relations", "sent on Tuesday a letter of congratulations", "issued on Tuesday a joint statement",
"laid on Tuesday the cornerstone", "launched last week a joint fund", "agreed in principle to", "attended,
together with X, the opening ceremony". The {WHEN} macro admits only words of a date or time adverbial there.

Sentences are written for these tests (no dev-set sentence); positives and negatives.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)  # a Saturday: "Tuesday" is 2025-02-25, "last week" 2025-02-17/2025-02-23


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-round8b/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> set[tuple[str, str | None]]:
    return {(c.rule.split("+")[0], c.date.value if c.date else None) for c in claims(text)}


POSITIVES = [
    ("Kazakhstan and China established in Beijing diplomatic relations at ambassador level on 3 January 1992.",
     "agree.relations", "1992-01-03"),
    ("On 5 May 2024 Tajikistan and China established officially full diplomatic relations.",
     "agree.relations", "2024-05-05"),
    ("Aliyev sent on Tuesday a letter of congratulations to Xi Jinping.", "support.congratulate", "2025-02-25"),
    ("On 3 May 2024 Mirziyoyev addressed a congratulatory message to Tokayev.", "support.congratulate",
     "2024-05-03"),
    ("Tokayev sent on Tuesday a message of condolences to Erdogan.", "support.condolence", "2025-02-25"),
    ("Kazakhstan and China issued on Tuesday a joint statement.", "lex.agree.issue_joint", "2025-02-25"),
    ("Kazakhstan and China jointly laid on Tuesday the cornerstone of the new plant.", "cooperate.groundbreaking",
     "2025-02-25"),
    ("Kazakhstan and China launched last week a joint investment fund.", "cooperate.create",
     "2025-02-17/2025-02-23"),
    ("On 3 May 2024 Kazakhstan and China agreed in principle to build a new pipeline.", "agree.agree",
     "2024-05-03"),
    ("On 3 May 2024 Tokayev attended, together with Xi Jinping, the opening ceremony of the games.",
     "consult.multilateral.attend", "2024-05-03"),
    # an amount after a modified package noun
    ("On 4 April 2025 the President of the European Commission announced a connectivity investment package of "
     "10 billion euros for the Caucasus.", "aid.announce_package", "2025-04-04"),
    ("On 3 May 2024 Japan unveiled a new development aid package worth $2 billion for Central Asia.",
     "aid.announce_package", "2024-05-03"),
    ("On 3 May 2024 the World Bank announced financing of $300 million for Uzbekistan's water sector.",
     "aid.announce_package", "2024-05-03"),
    # an apposition after a "between" phrase (blanked by grammar.masked_views, leaving spaces before the comma)
    ("Trade grew fast, and the direct flight between Urumqi and Tashkent, launched by China Southern Airlines in "
     "March 2024, is popular with traders.", "cooperate.open", "2024-03"),
    ("The railway line between Kashgar and Osh, opened in June 2024 by the two presidents, carries freight.",
     "cooperate.open", "2024-06"),
]


@pytest.mark.parametrize(("text", "rule", "date"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_date_or_place_between_the_parts(text: str, rule: str, date: str) -> None:
    assert (rule, date) in found(text), found(text)


NEGATIVES = [
    # the slot takes only words of a date: other words in between still end the cue
    ("On 3 May 2024 Aliyev sent his officials a note on the congratulations received.", "support.congratulate"),
    ("On 3 May 2024 the ministry established that the embassy had kept diplomatic relations files.",
     "agree.relations"),
    ("On 3 May 2024 the bank issued its annual report and a declaration of assets.", "lex.agree.issue_joint"),
    ("On 3 May 2024 Kazakhstan and China formed a view on the new fund.", "cooperate.create"),
    ("On 3 May 2024 Tokayev attended, and later described, the talks on the border.",
     "consult.multilateral.attend"),
    ("On 3 May 2024 China announced the package of measures for 2025.", "aid.announce_package"),
    ("On 3 May 2024 the ministry announced the results of the tender worth $300 million.", "aid.announce_package"),
]


@pytest.mark.parametrize(("text", "rule"), NEGATIVES, ids=[n[0][:40] for n in NEGATIVES])
def test_other_words_between_the_parts_end_the_cue(text: str, rule: str) -> None:
    assert rule not in {r for r, _ in found(text)}, found(text)
