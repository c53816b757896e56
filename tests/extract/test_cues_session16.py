"""Cues, grammar and precision, session 16: a partnership raised to an "all-weather strategic cooperative
partnership" (and "the relationship was elevated to"), one state recognising another ("was among the first countries
to recognize X, doing so on ..."), a courtesy call ("called on the President at the Palace") apart from an appeal
("called on the two sides to ..."), a counted shift kept when a finer date opens a coordinated clause, a visit told by
ellipsis ("X followed in November 2006"), a signing "during his stay", a signed document and its entry into force told
in a relative clause; and what is none of these.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2024, 5, 20)
LEAD = "Officials of both countries met.\n\n"


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    text = LEAD + text
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-session16/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def by_rule(text: str, rule: str, published: dt.date = PUBLISHED) -> list[Claim]:
    return [c for c in claims(text, published) if c.rule.split("+")[0] == rule]


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


# ----------------------------------------------------------------------------- partnership levels


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In April 2015 Xi Jinping visited Chile and raised the relationship to an All-Weather Strategic "
         "Cooperative Partnership.", "2015-04"),
        ("He also referred to President Xi's 2016 state visit to Santiago, when the relationship was elevated to an "
         "all-weather strategic cooperative partnership.", "2016"),
    ],
)
def test_cooperative_partnership_raised(text: str, date: str) -> None:
    assert [c.date.value for c in by_rule(text, "agree.partnership")] == [date]


# ----------------------------------------------------------------------------- recognition of a state


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chile was among the first countries to recognize the People's Republic, doing so on 4 January 1950.",
         "1950-01-04"),
        ("Chile was one of the first countries to recognize the People's Republic of China, in 1950, he recalled.",
         "1950"),
        ("For new readers: Chile recognised the People's Republic in January 1950.", "1950-01"),
        ("Vietnam recognized Kazakhstan on 2 January 1992.", "1992-01-02"),
    ],
)
def test_a_state_recognised(text: str, date: str) -> None:
    found = by_rule(text, "cooperate.recognise.state")
    assert [c.date.value for c in found] == [date]
    assert found[0].event_type == "AGREE"
    assert len(names(found[0])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 Vietnam recognized China's contribution to regional stability.",
        "Officials urged the Gulf states to recognize Palestine in 2024.",
        "Chile did not recognize Kosovo in 2008.",
        "In 2016 Vietnam recognized the Paris Agreement.",
        "Chile was the first country to recognise Vietnam's market economy status, in May 2004.",
    ],
)
def test_no_recognition_of_a_state(text: str) -> None:
    assert not by_rule(text, "cooperate.recognise.state")


# ----------------------------------------------------------------------------- courtesy calls and appeals


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023 Prime Minister Nawaz Sharif called on the President of Vietnam, Nguyen Xuan Phuc, at the "
        "Presidential Palace.",
        "Wang Yi also called on Prime Minister Pham Minh Chinh and the army chief on Thursday, state media reported.",
        "On 3 May 2023, Wang Yi called on Vietnamese Vice President Vo Thi Anh Xuan in Hanoi.",
    ],
)
def test_courtesy_call_is_a_meeting(text: str) -> None:
    found = claims(text)
    assert [c.event_type for c in found if c.rule.startswith("consult.courtesy_call")] == ["CONSULT"]
    assert not [c for c in found if c.rule.startswith("request.call")]


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin called on Ukraine to negotiate in March 2023.",
        "Vietnam called upon Chile for restraint on 4 May 2023.",
        "On 4 May 2023 Li Qiang called on the two sides to make good use of the committee.",
    ],
)
def test_appeal_stays_a_request(text: str) -> None:
    found = claims(text)
    assert [c.event_type for c in found if c.rule.startswith("request.call")] == ["REQUEST"]
    assert not [c for c in found if c.rule.startswith("consult.courtesy_call")]


# ----------------------------------------------------------------------------- visits told by shift or ellipsis


def test_counted_shift_kept_before_a_coordinated_clause() -> None:
    text = ("On 2 March 1963 Chile and Vietnam signed a trade agreement in Hanoi. A year later, Premier Zhou Enlai "
            "paid his first visit to Chile, and in April 1964 LAN Airlines inaugurated the first regular service "
            "to Vietnam.")
    assert [c.date.value for c in by_rule(text, "consult.visit.paid")] == ["1964"]


@pytest.mark.parametrize(
    "text",
    [
        "Premier Wen Jiabao visited Chile in April 2005, and President Hu Jintao followed in November 2006.",
        "Premier Wen Jiabao's visit to Santiago in April 2005 produced a treaty. President Hu Jintao followed in "
        "November 2006.",
    ],
)
def test_visit_told_by_ellipsis(text: str) -> None:
    found = by_rule(text, "consult.visit.followed")
    assert [c.date.value for c in found] == ["2006-11"]
    assert "Hu Jintao" in names(found[0])


def test_visit_told_by_ellipsis_goes_where_the_earlier_one_went() -> None:
    text = "Premier Wen Jiabao visited Chile in April 2005, and President Hu Jintao followed in November 2006."
    found = by_rule(text, "consult.visit.followed")
    assert [a.name for a in found[0].actors if a.role == "recipient"] == ["Chile"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile recognised Kosovo in 2008. President Hu Jintao followed in May 2009.",
        "The talks were followed in May 2009 by a summit.",
        "President Wen Jiabao visited Hanoi in 2004; the Chilean embassy in Hanoi followed in 2009.",
    ],
)
def test_followed_without_a_visit_before_is_no_visit(text: str) -> None:
    assert not by_rule(text, "consult.visit.followed")


def test_signing_during_the_stay_and_entry_into_force() -> None:
    text = ("President Hu Jintao visited Chile in November 2006; during his stay the two sides signed a free trade "
            "agreement, which entered into force on 1 July 2007.")
    assert [c.date.value for c in by_rule(text, "agree.sign")] == ["2006-11"]
    assert [c.date.value for c in by_rule(text, "cooperate.in_force")] == ["2007-07-01"]


# ----------------------------------------------------------------------------- launches, operators, agreements


def _pair_context(text: str) -> str:
    return "Vietnam and China have close ties. China is Vietnam's largest partner. " + text


def test_satellite_put_into_orbit_by_a_long_march_rocket() -> None:
    text = _pair_context("On 30 May 2023 a Chinese Long March rocket put the VNREDSat-2 communications satellite "
                         "into orbit from Xichang.")
    found = by_rule(text, "cooperate.satellite_launch")
    assert [c.date.value for c in found] == ["2023-05-30"]
    assert {"Vietnam", "China"} <= names(found[0])


def test_a_satellite_programme_is_no_launch() -> None:
    assert not by_rule(_pair_context("In 2023 Vietnam launched a satellite programme with Chinese help."),
                       "cooperate.satellite_launch")


def test_agencies_agreed_on_an_indefinite_persons_training() -> None:
    text = _pair_context("In February 2023 the two space agencies agreed that a Vietnamese astronaut would train "
                         "in China and fly to the Tiangong station.")
    found = by_rule(text, "agree.agree")
    assert [c.date.value for c in found] == ["2023-02"]
    assert {"Vietnam", "China"} <= names(found[0])


def test_operation_of_a_port_passed_to_a_company() -> None:
    text = _pair_context("Operational control of the port passed to the state-owned China Harbour Engineering "
                         "Company in February 2013, after the Singaporean operator withdrew.")
    found = by_rule(text, "cooperate.control_passed")
    assert [c.date.value for c in found] == ["2013-02"]
    assert "China Harbour Engineering Company" in names(found[0])


def test_control_of_a_party_is_no_operator() -> None:
    assert not by_rule("Control of the party passed to the reformers in 2012.", "cooperate.control_passed")


# ----------------------------------------------------------------------------- planned visits


def test_second_that_clause_of_an_agreement_is_a_plan() -> None:
    text = ("They agreed that the 9th meeting of the joint commission would be held in Hanoi in July, and that "
            "Prime Minister Nawaz Sharif would visit Vietnam later this year.")
    found = [c for c in claims(text) if c.rule.startswith("consult.visit")]
    assert [(c.date.value, c.status) for c in found] == [("2024", "planned")]


def test_expected_return_is_a_planned_visit() -> None:
    text = "Shehbaz Sharif is expected to return to Vietnam before the end of the year."
    found = by_rule(text, "consult.visit.travel")
    assert [(c.date.value, c.status) for c in found] == [("2024", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Nawaz Sharif returned to Lahore on 4 May 2023.",
        "Nawaz Sharif would visit Vietnam if invited in 2025.",
    ],
)
def test_no_planned_visit(text: str) -> None:
    assert not [c for c in claims(text) if c.rule.startswith("consult.visit")]


def test_expected_in_a_capital_is_a_planned_visit() -> None:
    found = by_rule("Foreign Minister Jeyhun Bayramov is expected in Beijing in March, the ministry has said.",
                    "consult.visit.travel")
    assert [(c.date.value, c.status) for c in found] == [("2025-03", "planned")]


def test_growth_expected_in_a_state_is_no_visit() -> None:
    assert not by_rule("Growth is expected in China in 2025.", "consult.visit.travel")


# ----------------------------------------------------------------------------- precision


def test_inverted_condition_is_no_event() -> None:
    text = ("Should Xi Jinping visit Hanoi in 2026, it would be the first visit to Vietnam by a Chinese head of "
            "state.")
    assert not [c for c in claims(text) if c.event_type == "CONSULT"]


def test_object_relative_clause_of_the_subject_is_no_event() -> None:
    text = "People remember that at the start of 2021 the first doses Vietnam received were Chinese."
    assert not [c for c in claims(text) if c.rule.startswith("fallback")]


def test_compound_funded_adjective_is_no_aid() -> None:
    text = ("Chile and Vietnam have agreed to set up a joint mechanism to protect nationals working on "
            "Beijing-funded projects, officials said on 4 May 2023.")
    assert not [c for c in claims(text) if c.event_type == "AID"]


def test_fronted_noting_clause_does_not_date_the_appeal() -> None:
    text = ("Noting that Chile and Vietnam established a strategic partnership in July 2014 and that the "
            "relationship has since reached a new height, Li Qiang called on the two sides to make good use of the "
            "committee.")
    assert not [c for c in claims(text) if c.event_type == "REQUEST" and c.date.value == "2014-07"]
    assert [c.date.value for c in by_rule(text, "agree.partnership")] == ["2014-07"]


# ----------------------------------------------------------------------------- the story's day


NEWS = ("HANOI, May 4 (VNA): Vietnamese Foreign Minister Bui Thanh Son and Chinese Foreign Minister Wang Yi on "
        "Thursday held talks in Hanoi as the two countries marked an anniversary.\n\n"
        "Wang Yi said the two countries had stood together since diplomatic relations were established on "
        "18 January 1950.\n\n")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Earlier in the day, President Xi Jinping and President Nguyen Xuan Phuc exchanged congratulatory "
         "messages on the anniversary.", "consult.message"),
        ("Later in the evening, Wang Yi called on President Nguyen Xuan Phuc at the Presidential Palace.",
         "consult.courtesy_call"),
    ],
)
def test_same_day_phrase_takes_the_lead_day(text: str, rule: str) -> None:
    found = by_rule(NEWS + text, rule, published=dt.date(2023, 5, 5))
    assert [c.date.value for c in found] == ["2023-05-04"]


def test_same_day_phrase_without_a_news_lead_claims_nothing() -> None:
    text = ("Vietnam and China established relations on 18 January 1950.\n\nEarlier in the day, President Xi "
            "Jinping and President Nguyen Xuan Phuc exchanged congratulatory messages.")
    assert not by_rule(text, "consult.message", published=dt.date(2023, 5, 5))


# ----------------------------------------------------------------------------- joint exercises


@pytest.mark.parametrize(
    "text",
    [
        "In October 2002 the armies of Chile and Peru held a joint counter-terrorism exercise in the mountains.",
        "Russian and Chinese warships held joint naval drills in July 2023, the first joint drills of the year.",
    ],
)
def test_joint_exercise_is_cooperation(text: str) -> None:
    found = claims(text)
    assert [c.event_type for c in found if c.rule.startswith("cooperate.joint_exercise")] == ["COOPERATE"]
    assert not [c for c in found if c.event_type == "MOBILIZE"]


def test_a_states_own_exercise_stays_a_mobilisation() -> None:
    text = "Iran held large military exercises near the Azerbaijani border in October 2021."
    assert [c.event_type for c in claims(text)] == ["MOBILIZE"]


def test_relations_of_the_two_countries_raised_to_the_level_of_a_partnership() -> None:
    text = _pair_context("Nguyen Xuan Phuc recalled the state visit of Xi Jinping to Vietnam in July 2023, which "
                         "raised the relations of the two countries to the level of comprehensive strategic "
                         "cooperative partnership.")
    assert [c.date.value for c in by_rule(text, "agree.partnership")] == ["2023-07"]


def test_due_in_a_capital_to_chair_a_meeting_is_the_meeting() -> None:
    text = ("First Deputy Prime Minister Roman Sklyar is due in Beijing next month to co-chair the 11th meeting of "
            "the cooperation committee with Vice Premier Ding Xuexiang.")
    assert not by_rule(text, "consult.visit.travel")
