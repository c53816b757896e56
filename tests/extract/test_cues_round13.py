"""Cue dictionary, session 11 round 13: whole CATEGORIES of cues, over-general cues and typing.

Categories: scheduled runs of a determined train, flight or ferry ("is scheduled to depart", "will take off");
selection of a company to lead a consortium (active and passive); a financing deal with a figure between the verb and
its object ("agreed a 10 billion dollar loan package"); stakes bought with a qualifier ("a combined 49 per cent
stake"); a referendum told before the voters' choice; copular founding membership with its own date; demarcation
completed; a meeting or visit told by the document it produced; a facility opening in a relative clause after a named
"Port of X"; a participle apposition of a cultural institution; the bare infinitive plan "is to open"; an unveiled
initiative typed as a proposal (AGREE).
Over-general cues: "agreed to hold the next meeting" is no AGREE; "X joined Y and the presidents at the summit" is
attendance, not membership; "Ankara wants the railway to be completed" is a wish, no plan.
Every sentence is written for these tests (other names, places and dates than the dev sets).
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
        uri=f"mem://cues-round13/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(rule without suffixes, PLOVER type, date value) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


# (sentence, rule, type, date)
POSITIVES = [
    # scheduled runs of a determined vehicle
    ("A pilot freight train from Lanzhou to Tashkent is scheduled to depart on July 14.",
     "cooperate.transport.scheduled", "COOPERATE", "2025-07-14"),
    ("The first flight from Kashgar to Bishkek will take off on 3 May.",
     "cooperate.transport.scheduled", "COOPERATE", "2025-05-03"),
    ("The new ferry is due to arrive in Turkmenbashi on 2 June 2026.",
     "cooperate.transport.scheduled", "COOPERATE", "2026-06-02"),
    # selection of a contractor to lead
    ("In May 2024 Uzbekistan chose PowerChina to lead the consortium for the Pskem dam.",
     "lex.cooperate.select", "COOPERATE", "2024-05"),
    ("The energy ministry said on 12 January 2025 that Sinohydro had been chosen to lead the consortium building "
     "the plant.", "lex.cooperate.select", "COOPERATE", "2025-01-12"),
    ("In May 2024 the ministry selected China Road and Bridge Corporation to build the Dushanbe bypass.",
     "lex.cooperate.select", "COOPERATE", "2024-05"),
    # financing with a figure between verb and object
    ("In March 2011 the Export-Import Bank of China agreed a 3 billion dollar loan package with Turkmengaz.",
     "agree.agree", "AGREE", "2011-03"),
    ("In June 2016 the Asian Infrastructure Investment Bank agreed a $600m financing deal with Tajikistan.",
     "agree.agree", "AGREE", "2016-06"),
    # stakes
    ("China Merchants and the port of Qingdao bought a combined 30 per cent stake in the Poti terminal in 2019.",
     "cooperate.acquire", "COOPERATE", "2019"),
    # referendum told first
    ("In the referendum of 9 April about 80 percent of voters backed the new constitution of Kyrgyzstan.",
     "lex.cooperate.referendum", "COOPERATE", "2024-04-09"),
    # copular founding membership with a date
    ("Uzbekistan and Tajikistan were founding members of the Commonwealth of Independent States in 1991.",
     "lex.cooperate.member", "COOPERATE", "1991"),
    # demarcation completed
    ("Demarcation of the border between Kyrgyzstan and Tajikistan was completed in 2025.",
     "cooperate.complete", "COOPERATE", "2025"),
    # a meeting told by the document it produced
    ("Mirziyoyev's state visit of May 2017 produced a joint declaration on strategic partnership with China.",
     "agree.sign", "AGREE", "2017-05"),
    # a named facility opening in a relative clause; a participle apposition of an institution
    ("The Port of Kuryk, which opened at Mangistau in 2016, is being enlarged.",
     "cooperate.open", "COOPERATE", "2016"),
    ("The Confucius Institute at Tajik National University, established in 2009, has 900 students.",
     "cooperate.cultural_institution", "COOPERATE", "2009"),
    # bare infinitive plan
    ("The new terminal at Turkmenbashi is to open in September 2026.",
     "cooperate.open_planned", "COOPERATE", "2026-09"),
    # an unveiled initiative is a proposal (AGREE)
    ("The Global Development Initiative, which Xi unveiled at the United Nations in 2021, was discussed.",
     "agree.propose", "AGREE", "2021"),
    ("In October 2024 President Tokayev unveiled the initiative of a Central Asian water council.",
     "agree.propose", "AGREE", "2024-10"),
    # joining others at a gathering is attending it
    ("On 4 July 2024 Putin joined Erdogan and the leaders of Mongolia and Belarus at the summit in Astana.",
     "consult.multilateral.attend", "CONSULT", "2024-07-04"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES)
def test_category_fires(text: str, rule: str, etype: str, date: str) -> None:
    got = found(text)
    assert (rule, etype, date) in got, got


def test_scheduled_run_is_planned() -> None:
    cs = [c for c in claims("A trial block train from Xi'an to Aktau is scheduled to depart on July 14.")
          if c.rule.startswith("cooperate.transport.scheduled")]
    assert cs and all(c.status == "planned" for c in cs)


# (sentence, rules that must NOT fire)
NEGATIVES = [
    # a habit or a count is no scheduled run
    ("The trains are scheduled to depart every Tuesday from 2 May.", {"cooperate.transport.scheduled"}),
    ("About 200 container trains are expected to arrive in Aktau in 2026.", {"cooperate.transport.scheduled"}),
    # a planned meeting is not an agreement
    ("The two sides agreed to hold the next meeting of the intergovernmental commission in Tashkent in May 2025.",
     {"agree.agree"}),
    ("The ministers agreed to meet again in Dushanbe in April 2025.", {"agree.agree"}),
    # attendance is not membership
    ("On 4 July 2024 Putin joined Erdogan and the leaders of Mongolia and Belarus at the summit in Astana.",
     {"lex.cooperate.member"}),
    # a wish inside speech is no plan
    ("The minister said last week that Tbilisi wants the Anaklia port to be completed by 2030.",
     {"cooperate.complete"}),
    # a talk that produced nothing signed
    ("The talks in Ashgabat in May 2024 produced no agreement.", {"agree.sign"}),
    ("The visit in May 2024 produced a draft treaty on water sharing.", {"agree.sign"}),
    # a standing membership has no date
    ("Kazakhstan is a founding member of the Eurasian Economic Union.", {"lex.cooperate.member"}),
    # an unveiled initiative is not an opening
    ("The Global Development Initiative, which Xi unveiled at the United Nations in 2021, was discussed.",
     {"cooperate.open"}),
    # a past plan is no plan ("was to open")
    ("The port was to open in 2020 but the work stalled.", {"cooperate.open_planned"}),
]


@pytest.mark.parametrize(("text", "rules"), NEGATIVES)
def test_category_does_not_fire(text: str, rules: set[str]) -> None:
    got = {r for r, _, _ in found(text)}
    assert not (got & rules), got


def test_membership_still_fires() -> None:
    got = found("Hungary joined the Organization of Turkic States in 2019.")
    assert ("lex.cooperate.member", "COOPERATE", "2019") in got, got


def test_agreed_to_open_still_agrees() -> None:
    assert ("agree.agree", "AGREE", "2024-06") in found(
        "In June 2024 Kyrgyzstan and Uzbekistan agreed to open two new border crossings."
    )


def test_message_on_anniversary_is_no_commemoration() -> None:
    got = claims(
        "On 2 April 2022 President Tokayev and President Mirziyoyev exchanged congratulatory messages on the 30th "
        "anniversary of the establishment of diplomatic relations."
    )
    rules = {c.rule for c in got}
    assert any(r.startswith("consult.message") for r in rules), rules
    assert not any(r.endswith("+commemoration") for r in rules), rules


def test_celebrated_anniversary_still_an_event() -> None:
    got = found(
        "On 2 April 2022 the two countries celebrated the 30th anniversary of diplomatic relations with a concert in "
        "Astana."
    )
    assert ("cooperate.anniversary", "COOPERATE", "2022-04-02") in got, got


def test_second_founding_membership_of_the_clause() -> None:
    got = found(
        "Tajikistan and Kyrgyzstan were founding members of the Eurasian Economic Community in 2000 and of the "
        "Collective Security Treaty Organization in May 2002."
    )
    assert ("lex.cooperate.member", "COOPERATE", "2000") in got, got
    assert ("lex.cooperate.member", "COOPERATE", "2002-05") in got, got


@pytest.mark.parametrize(
    ("text", "rule", "date"),
    [
        ("The Mejlis of Turkmenistan elected Dunyagozel Gulmanova speaker on 5 May 2024.", "cooperate.appoint",
         "2024-05-05"),
        ("The contract for the Poti port went to China Communications Construction Company in May 2024.",
         "lex.agree.choose", "2024-05"),
    ],
)
def test_offices_and_awards(text: str, rule: str, date: str) -> None:
    assert rule in {r for r, _, d in found(text) if d == date}, found(text)


def test_contract_going_nowhere_is_no_award() -> None:
    assert "lex.agree.choose" not in {r for r, _, _ in found("The contract went to waste in May 2024.")}


def test_named_facility_participle_apposition() -> None:
    got = found("The Georgian consulate in Urumqi, set up in 2016, issues visas to traders.")
    assert ("cooperate.open", "COOPERATE", "2016") in got, got
    assert "cooperate.open" not in {r for r, _, _ in found("The park, established by law, is large.")}


def test_construction_start_with_a_long_subject() -> None:
    got = found(
        "Construction of a 50-megawatt wind farm in the Kelbajar district, agreed with PowerChina last year, began in "
        "March 2024, and the farm is to open next year."
    )
    assert ("lex.cooperate.produce", "COOPERATE", "2024-03") in got, got
    assert "lex.cooperate.produce" not in {
        r for r, _, _ in found("Work on the dam stalled in 2023 and talks began in March 2024.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "In March 2023 Tokayev told the senate that Kazakhstan would leave the CSTO.",
        "On 5 May 2024 Baku announced that it would withdraw from the Energy Charter Treaty.",
    ],
)
def test_announced_exit_is_a_rejection(text: str) -> None:
    assert "REJECT" in {t for r, t, _ in found(text) if r == "reject.announce_exit"}, found(text)


def test_no_exit_announced() -> None:
    for text in ("In June 2024 Tokayev said Kazakhstan would not leave the Eurasian Economic Union.",
                 "In June 2024 analysts said Armenia could leave the CSTO."):
        assert "reject.announce_exit" not in {r for r, _, _ in found(text)}, text
