"""Cue over-generality and typing, session 12: ceremony attendance, people counts, off-pair press questions, agreed
future acts, adjectival "-backed", medical aid shipments, a partner status "since".
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 14)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        uri=f"mem://cues-session12/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def rules(text: str) -> set[str]:
    return {c.rule.split("+")[0] for c in claims(text)}


def types(text: str) -> set[str]:
    return {c.event_type for c in claims(text)}


# --------------------------------------------------------------------------------------------------------------
# Attending a ceremony of an act is that act (the attendees are its parties), not a CONSULT attendance


@pytest.mark.parametrize(
    ("text", "rule", "party"),
    [
        ("Kazakh Energy Minister Almasadam Satkaliyev and the Chinese ambassador attended a groundbreaking ceremony on "
         "Monday for a 300-megawatt solar park near Turkestan.", "cooperate.groundbreaking", "Almassadam Satkaliyev"),
        ("On 4 February the Kyrgyz prime minister took part in the ceremony marking the start of construction of a "
         "cement plant near Osh.", "cooperate.start", None),
        ("On 2 March the Georgian economy minister attended the opening ceremony of a Chinese-built tunnel near "
         "Kutaisi.", "cooperate.open", None),
    ],
)
def test_ceremony_attendance_is_the_act(text: str, rule: str, party: str | None) -> None:
    found = claims(text)
    assert not any(c.rule.startswith("consult.multilateral.attend") for c in found)
    hit = [c for c in found if c.rule.split("+")[0] == rule]
    assert hit
    if party:
        assert party in {a.name for a in hit[0].actors}


@pytest.mark.parametrize(
    "text",
    [
        # the ceremony of a gathering, a summit, a plain ceremony: attendance stays
        "On 2 March Tokayev attended the opening ceremony of the Asian Winter Games in Harbin.",
        "On 9 February Mirziyoyev attended the summit of the Organisation of Turkic States in Budapest.",
    ],
)
def test_attendance_of_a_gathering_stays(text: str) -> None:
    assert "consult.multilateral.attend" in rules(text)


def test_definite_ceremony_of_an_act_told_before_stays_attendance() -> None:
    found = claims("On 6 February the intergovernmental agreement on the joint construction of the Kazakhstan-Turkey "
                   "ferry line was signed in Ankara. Tokayev and Japarov took part in the signing ceremony by video "
                   "link.")
    assert sum(c.event_type == "AGREE" for c in found) == 1
    assert any(c.rule.startswith("consult.multilateral.attend") for c in found)


def test_bare_ceremony_after_an_act_is_that_act() -> None:
    found = claims("Kazakhstan began construction of a new border terminal near Khorgos on 3 February. Deputy Prime "
                   "Minister Serik Zhumangarin and the Chinese ambassador attended a ceremony near the border.")
    assert [c.rule.split("+")[0] for c in found] == ["cooperate.start"]


@pytest.mark.parametrize(
    "text",
    [
        # an occasion of its own, or the ceremony told before: attendance as ever
        "On 3 February Tokayev and Mirziyoyev signed a joint statement. The two leaders then attended a ceremony "
        "marking the 30th anniversary of the treaty.",
        "On 3 February Tokayev and Mirziyoyev signed a joint statement. Tokayev took part in the ceremony together "
        "with President Mirziyoyev.",
    ],
)
def test_qualified_or_definite_ceremony_after_an_act_stays(text: str) -> None:
    assert "consult.multilateral.attend" in rules(text)


def test_bare_ceremony_alone_stays_attendance() -> None:
    assert "consult.multilateral.attend" in rules("Deputy Prime Minister Serik Zhumangarin attended a ceremony in "
                                                  "Astana on 3 February.")


# --------------------------------------------------------------------------------------------------------------
# A count of people as the subject of a visit or attendance is a statistic


@pytest.mark.parametrize(
    "text",
    [
        "Last year more than 25,000 Kazakh tourists visited Georgia.",
        "In 2024, some 1,500 delegates from 30 countries attended the forum in Almaty.",
        "Last year thousands of Uzbek pilgrims visited Turkey.",
    ],
)
def test_people_counts_are_no_visits(text: str) -> None:
    assert not any(c.event_type == "CONSULT" for c in claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "In January a 200-strong delegation led by Prime Minister Aripov visited Ankara.",
        "In January two Kazakh ministers visited Tbilisi.",
    ],
)
def test_delegations_still_visit(text: str) -> None:
    assert "CONSULT" in types(text)


# --------------------------------------------------------------------------------------------------------------
# A journalist's question about another matter, in a press conference of a pair's article

_BRIEFING = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
    "Mao Ning: Kazakhstan and China are comprehensive strategic partners. President Tokayev will pay a state "
    "visit to China from 20 to 22 March.\n\n"
    "Xinhua: Kazakhstan and China marked 33 years of relations this year. How does China view the ties?\n\n"
    "Mao Ning: China and Kazakhstan are good neighbours.\n\n"
    "{question}\n\n"
    "Mao Ning: I would refer you to the organisers.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Phoenix TV: The third China International Consumer Products Expo will be held in Hainan next year. Could you "
        "share more?",
        "CCTV: The annual Summer Davos forum concluded in Dalian last week. What is your comment?",
    ],
)
def test_off_pair_question_gives_no_event(question: str) -> None:
    text = _BRIEFING.format(question=question)
    start = text.index(question.split(":")[0])
    found = claims(text)
    assert not [c for c in found if c.start >= start and c.start < start + len(question)]
    assert any(c.event_type == "CONSULT" and c.status == "planned" for c in found)  # the state visit stays


def test_question_naming_both_sides_keeps_its_event() -> None:
    question = ("Reuters: Kazakh Foreign Minister Murat Nurtleu will travel to Beijing next week. Can you confirm "
                "the dates?")
    text = _BRIEFING.format(question=question)
    start = text.index("Reuters")
    assert [c for c in claims(text) if start <= c.start < start + len(question)]


def test_question_naming_the_other_side_keeps_its_event() -> None:
    question = ("Kazinform: The Kazakh side said the intergovernmental committee on cooperation will meet in Astana "
                "this year. Has a date been set?")
    text = _BRIEFING.format(question=question)
    start = text.index("Kazinform")
    assert [c for c in claims(text) if start <= c.start < start + len(question)]


def test_spokesperson_turn_is_no_question() -> None:
    text = _BRIEFING.format(question="Mao Ning: The Boao Forum for Asia will be held in Hainan next year. Any more?")
    start = text.index("The Boao Forum")
    assert [c for c in claims(text) if start <= c.start < start + 60]


# --------------------------------------------------------------------------------------------------------------
# An agreement whose content is a future visit gives the planned visit, not an AGREE


def test_agreed_that_someone_will_visit_is_the_visit() -> None:
    found = claims("The two presidents agreed that Foreign Minister Saidov will visit Ankara in the autumn.")
    assert not any(c.event_type == "AGREE" for c in found)
    assert any(c.event_type == "CONSULT" and c.status == "planned" for c in found)


def test_agreed_that_documents_will_be_signed_keeps_the_signing() -> None:
    found = claims("The presidents agreed that Kazakhstan and Turkey will sign a visa waiver agreement in May.")
    assert any(c.event_type == "AGREE" for c in found)


# --------------------------------------------------------------------------------------------------------------
# "a Beijing-backed project" is an adjective, no SUPPORT event; "backed the project" is


def test_adjectival_backed_is_no_support() -> None:
    found = claims("Kyrgyzstan began building its section of the railway on 3 March, an Ankara-backed project that "
                   "the region had discussed for decades.")
    assert not any(c.event_type == "SUPPORT" for c in found)


def test_backed_the_project_is_support() -> None:
    assert "SUPPORT" in types("On 3 March Ankara publicly backed the project.")


# --------------------------------------------------------------------------------------------------------------
# Medical goods shipped or sent are aid; goods of trade stay deliveries


@pytest.mark.parametrize(
    "text",
    [
        "In March 2020 Turkey shipped test kits, masks and ventilators to Bishkek.",
        "In April 2020 Russia sent a team of doctors to Tashkent.",
    ],
)
def test_medical_shipments_are_aid(text: str) -> None:
    assert "AID" in types(text)


def test_goods_shipments_stay_deliveries() -> None:
    assert "AID" not in types("In 2023 Turkey shipped 120 buses to Bishkek.")


# --------------------------------------------------------------------------------------------------------------
# A partner or observer status "since YEAR" is the status acquisition (AGREE, the family of "was granted the status")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has been a dialogue partner of the SCO since 2012.",
        "Mongolia has been an observer of the Organisation since 2004.",
        "Turkey, an SCO dialogue partner since 2012, applied for observer status in 2024.",
        "In 2012 Afghanistan became an SCO observer.",
    ],
)
def test_partner_status_since_is_status(text: str) -> None:
    assert "lex.agree.status_received" in rules(text)


@pytest.mark.parametrize(
    "text", ["Kazakhstan has been a member of the SCO since 2001.", "In 2001 Uzbekistan became an SCO member."]
)
def test_membership_stays_membership(text: str) -> None:
    assert "lex.cooperate.member" in rules(text)
