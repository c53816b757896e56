"""Cue dictionary, session 9 round 11: cues keyed on the VERB and its grammar, not on lists of subject nouns.

Each class is worded the way different outlets write it (wire, ministry page, business paper, trade press, company
release, embassy newsletter, think-tank brief, TV transcript, parliament page, forum post). Every class has negatives
(habits, markets and sessions that "open", past expectations, weather closures, military orders, generic mentions).
Sentences are written for these tests (no dev-set sentence).

Classes: openings of any named place or institution (intransitive, passive, planned, raising "expect X to");
planned ground-breakings; changes of operating regime; closures told in the passive or intransitively and reopenings;
binding orders of an authority; signing idioms; diplomatic ties set up; membership in apposition; entry into force of
waivers and visa-free regimes; nominal mentions with a date of their own; anaphoric meetings and yearly aggregates.
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
        uri=f"mem://cues-round11/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(rule without suffixes, PLOVER type, date value) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


# (sentence, rule (alternatives joined by "|"), type, date)
POSITIVES = [
    # openings keyed on the verb: any named place, or a place/institution noun of any kind
    ("A Confucius Classroom for Chinese-language teaching is due to open in Khujand in September.",
     "cooperate.open_named", "COOPERATE", "2025-09"),
    ("The Silk Road Gallery opened its doors in May 2024, the culture ministry said.",
     "cooperate.open_named", "COOPERATE", "2024-05"),
    ("The Silk Road Museum opened its doors in May 2024, the culture ministry said.",
     "cooperate.open_named|cooperate.open", "COOPERATE", "2024-05"),
    ("A second customs lane for empty trucks will open on the Kazakh side on 1 June.",
     "cooperate.open_named", "COOPERATE", "2025-06-01"),
    ("The welding workshop that opened at the Almaty polytechnic last autumn trains 200 students a year.",
     "cooperate.open_named", "COOPERATE", "2024-23"),
    ("The new grain terminal was officially opened on 3 May 2024.", "cooperate.open_named|cooperate.open",
     "COOPERATE", "2024-05-03"),
    ("A Chinese-language library, set up by Lanzhou University and the Khujand State University, will open "
     "in Khujand in October.", "cooperate.open_named", "COOPERATE", "2025-10"),
    ("The new bonded warehouse at Khorgos opened on Tuesday, the customs service said.", "cooperate.open_named",
     "COOPERATE", "2025-02-25"),
    ("Our new dealership in Shymkent opens its doors on 15 March 2025!", "cooperate.open_named", "COOPERATE",
     "2025-03-15"),
    # raising and planned forms
    ("Officials expect the motorway to be completed in 2029, when the last bridge is built.",
     "cooperate.complete", "COOPERATE", "2029"),
    ("The ministry expects construction of the bypass to be finished by 2027.", "cooperate.complete",
     "COOPERATE", "2027"),
    ("Kazakh Railways expects the new dry port to open in 2027.", "cooperate.open_planned", "COOPERATE", "2027"),
    # planned ground-breakings
    ("The operator plans to hold a ground-breaking ceremony for the third berth in September.",
     "cooperate.groundbreaking", "COOPERATE", "2025-09"),
    ("A groundbreaking for the logistics hub will be held in October.", "cooperate.groundbreaking",
     "COOPERATE", "2025-10"),
    ("The contractor will break ground on the bypass in May 2026.", "cooperate.groundbreaking", "COOPERATE",
     "2026-05"),
    # a change of operating regime
    ("From 1 June, the Khorgos checkpoint is due to process cargo on Saturdays as well.",
     "cooperate.service_extend", "COOPERATE", "2025-06-01"),
    ("The port began operating round the clock in March 2024.", "cooperate.service_extend", "COOPERATE",
     "2024-03"),
    # closures (SANCTION) and reopenings (CONCEDE) without an agent
    ("Both border crossings were shut in February 2020 as the virus spread.", "sanction.closure", "SANCTION",
     "2020-02"),
    ("When the border closed in March 2020, hundreds of trucks were stranded.", "sanction.closure", "SANCTION",
     "2020-03"),
    ("Flights between Almaty and Urumqi were suspended in January 2020.", "sanction.closure", "SANCTION",
     "2020-01"),
    ("The Kazakh-Chinese border was sealed on 2 February 2020 to contain the outbreak.", "sanction.closure",
     "SANCTION", "2020-02-02"),
    ("The Torugart pass closed to trucks in March 2020.", "sanction.closure", "SANCTION", "2020-03"),
    ("Passenger trains between Almaty and Urumqi were cancelled in February 2020.", "sanction.closure",
     "SANCTION", "2020-02"),
    ("The border reopened in April 2023 after three years.", "concede.reopen", "CONCEDE", "2023-04"),
    # binding orders of an authority
    ("Last year the Cabinet of Ministers of Kyrgyzstan ordered foreign-owned mines to publish their accounts.",
     "coerce.order", "COERCE", "2024"),
    ("In May 2024 the Kyrgyz government issued a resolution obliging Chinese contractors to hire local staff.",
     "coerce.order", "COERCE", "2024-05"),
    ("On 3 May 2024 President Japarov ordered the Chinese operator of the Solton-Sary mine to suspend work.",
     "coerce.order", "COERCE", "2024-05-03"),
    # a rotating chair of an organisation taken over (keyed on the verb)
    ("Kazakhstan assumed the rotating chairmanship of the SCO on 5 July 2024.", "cooperate.appoint", "COOPERATE",
     "2024-07-05"),
    ("On 1 January 2025 Uzbekistan took over the bloc's presidency from Kazakhstan.", "cooperate.appoint",
     "COOPERATE", "2025-01-01"),
    ("Kyrgyzstan took the helm of the Organization of Turkic States in November 2024.", "cooperate.appoint",
     "COOPERATE", "2024-11"),
    # signing idioms
    ("Kazakhstan and China put their names to a memorandum on green energy in Astana on 4 April 2024.",
     "agree.sign", "AGREE", "2024-04-04"),
    ("Kazakhstan and China put a memorandum on cooperation in the digital economy on paper in May 2024.",
     "agree.sign", "AGREE", "2024-05"),
    ("KazMunayGas and CNPC sealed a deal on gas supplies in June 2024.", "agree.sign", "AGREE", "2024-06"),
    ("Negotiators from Kazakhstan and China initialled the treaty in Astana in July 2024.",
     "lex.agree.finalise|agree.sign", "AGREE", "2024-07"),
    ("The accord between Kazakhstan and China was sealed in Astana on 3 May 2024.", "agree.sign", "AGREE",
     "2024-05-03"),
    ("Kazakhstan and China put pen to paper on a deal for a new pipeline on 3 May 2024.", "agree.sign", "AGREE",
     "2024-05-03"),
    # status and membership
    ("Diplomatic ties between Kazakhstan and China were set up in January 1992.", "agree.relations", "AGREE",
     "1992-01"),
    # (session 12: a partner status is the status acquisition, the family of "was granted the status", AGREE)
    ("Azerbaijan became an SCO dialogue partner in 2015.", "lex.agree.status_received", "AGREE", "2015"),
    ("The visa waiver between Kazakhstan and China took effect in June 2024.", "cooperate.in_force",
     "COOPERATE", "2024-06"),
    ("The visa-free regime between Kazakhstan and China came into force on 1 May 2024.", "cooperate.in_force",
     "COOPERATE", "2024-05-01"),
    ("Kazakh citizens have been able to enter China without visas since 10 November 2023.",
     "cooperate.visa_free", "COOPERATE", "2023-11-10"),
    # nominal mentions with a date of their own
    ("The bus plant built under the 2023 agreement with Yutong began production in April 2025.",
     "agree.sign_nominal", "AGREE", "2023"),
    ("After the summit in Astana in July 2024, Kazakhstan and China agreed to expand student exchanges.",
     "consult.summit_nominal", "CONSULT", "2024-07"),
]


@pytest.mark.parametrize(("text", "rule", "etype", "date"), POSITIVES, ids=[p[0][:50] for p in POSITIVES])
def test_positive(text: str, rule: str, etype: str, date: str) -> None:
    got = found(text)
    assert any((r, etype, date) in got for r in rule.split("|")), got


OPENINGS = {"cooperate.open_named", "cooperate.open", "cooperate.open_planned"}

# (sentence, rules that must not produce a claim)
NEGATIVES = [
    # markets, sessions, talks and cases open too; habits and past expectations are no openings
    ("The Kazakhstan stock exchange opened higher on 3 May 2024.", OPENINGS),
    ("Trading opened on 3 May 2024 with gains.", OPENINGS),
    ("The museum opens at 10 am daily.", OPENINGS),
    ("The checkpoint will open at 9 am on 3 May 2024.", OPENINGS),
    ("The plant was expected to open in 2020 but was delayed.", OPENINGS),
    ("A criminal case was opened in March 2024.", OPENINGS),
    ("Officials expected the line to be finished in 2020, but work stalled.", {"cooperate.complete"}),
    ("The company broke new ground in 2020 with its first electric bus.", {"cooperate.groundbreaking"}),
    # habits of a checkpoint
    ("The checkpoint opens on weekdays.", {"cooperate.service_extend"}),
    ("The terminal works round the clock.", {"cooperate.service_extend"}),
    # closures that are habits, repairs, states or economic
    ("The Torugart checkpoint was closed on Sundays in 2019.", {"sanction.closure"}),
    ("The border crossing was closed for repairs in May 2024.", {"sanction.closure"}),
    ("The crossing remained closed until 2023.", {"sanction.closure"}),
    ("The market closed lower on 3 May 2024.", {"sanction.closure"}),
    # purchases and military orders are no coercion
    ("Kazakhstan ordered 20 locomotives from China in 2024.", {"coerce.order"}),
    ("Putin ordered the troops to withdraw on 3 May 2024.", {"coerce.order"}),
    ("The president took over the chairmanship talks in May 2024.", {"cooperate.appoint"}),
    ("Kyrgyzstan took over the rotating chairmanship of the bloc from Kazakhstan for the coming year.",
     {"cooperate.appoint"}),
    ("Kazakhstan took the helm in the second half of the match on 3 May 2024.", {"cooperate.appoint"}),
    # sealing a border or a friendship signs nothing
    ("Kazakhstan and China sealed their friendship with a banquet in May 2024.", {"agree.sign"}),
    # generic and future mentions of documents and gatherings
    ("Kazakhstan and China have signed many agreements in recent years.", {"agree.sign_nominal"}),
    ("A future agreement between Kazakhstan and China could cover gas.", {"agree.sign_nominal"}),
    ("The 2024-2028 programme between Kazakhstan and China covers trade.", {"agree.sign_nominal"}),
    ("A future summit in Astana could help Kazakhstan and China.", {"consult.summit_nominal"}),
    ("Kazakhs can travel to Georgia without a visa.", {"cooperate.visa_free"}),
    # a yearly aggregate of contracts; an anaphoric meeting
    ("Last year, Chinese enterprises signed new project contracts worth 1.1 billion US dollars in Kazakhstan.",
     {"agree.sign"}),
    ("Tokayev met Xi Jinping in Astana on 3 May 2024. The meeting coincided with a flood in the south.",
     set()),
]


@pytest.mark.parametrize(("text", "rules"), NEGATIVES, ids=[n[0][:50] for n in NEGATIVES])
def test_negative(text: str, rules: set[str]) -> None:
    assert not {r for r, _, _ in found(text)} & rules


def test_anaphoric_meeting_is_not_a_second_meeting() -> None:
    """"The meeting coincided with ..." refers back: one meeting, dated by its own sentence."""
    text = "Tokayev met Xi Jinping in Astana on 3 May 2024. The meeting coincided with a flood in the south."
    meetings = [c for c in claims(text) if c.rule.startswith("consult.meeting")]
    assert len(meetings) == 1 and meetings[0].date is not None and meetings[0].date.value == "2024-05-03"


def test_single_signing_of_contracts_kept() -> None:
    """A dated signing of contracts by named companies stays a signing (only generic yearly totals are dropped)."""
    got = found("On 3 May 2024 KazMunayGas and CNPC signed contracts worth 2 billion dollars.")
    assert ("agree.sign", "AGREE", "2024-05-03") in got


def test_initial_in_a_chronology_row_is_a_signing() -> None:
    """The historical present of a dated row: "initial the treaty" is the verb (the adjective "initial" is not)."""
    text = ("- 8 August 2025: Kazakhstan and Kyrgyzstan initial the border treaty in Astana.\n"
            "- 9 May 2024: Tokayev visits Beijing.\n"
            "The initial agreement between Kazakhstan and China was modest.\n")
    signed = [c for c in claims(text) if c.rule.startswith(("agree.sign", "lex.agree.finalise"))]
    assert [c.date.value for c in signed if c.date] == ["2025-08-08"]


def test_forum_opening_is_the_forum_not_a_place() -> None:
    """A named gathering that opens is hosted (CONSULT), not a place opened."""
    got = found("The Astana International Forum opened on 29 May 2024.")
    assert not {r for r, _, _ in got} & {"cooperate.open_named"}
