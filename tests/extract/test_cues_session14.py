"""Cues, grammar and precision, session 14: negotiations launched (also in a chronology's present) and concluded as
the second predicate of their passive, a verb-first session of a standing body (and the signing after it), the
planned readiness of a built part and a subject's descriptive with-phrase, a substitute at a gathering; and what is
none of these: a company's arrival in a market told as a visit, a count of tourists expected to visit.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2024, 5, 20)


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-session14/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def by_rule(text: str, rule: str, published: dt.date = PUBLISHED) -> list[Claim]:
    return [c for c in claims(text, published) if c.rule.split("+")[0] == rule]


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


# ----------------------------------------------------------------------------- negotiations launched and concluded


def test_negotiations_launched_and_concluded_in_one_passive() -> None:
    text = ("Kazakhstan and Vietnam: talks on a visa waiver agreement were launched in May 2019, soon after a working "
            "group was formed, and concluded in March 2021.")
    found = claims(text)
    start = [c for c in found if c.rule.startswith("consult.negotiations_start")]
    end = [c for c in found if c.rule.startswith("agree.negotiations_concluded")]
    assert [c.date.value for c in start] == ["2019-05"]
    assert [c.date.value for c in end] == ["2021-03"]
    assert not [c for c in found if c.rule.startswith("agree.sign")]


def test_negotiations_launched_in_a_chronology_present() -> None:
    text = "- **March 2018** - Negotiations on an investment treaty are formally launched."
    found = by_rule(text, "consult.negotiations_start")
    assert [c.date.value for c in found] == ["2018-03"]


@pytest.mark.parametrize(
    "text",
    [
        # the strike concluded, not the talks
        "Kazakhstan and Vietnam: talks with the union were launched in May 2019 and the strike concluded in June 2019.",
        # the treaty itself concluded in its own clause
        "Kazakhstan and Vietnam: negotiations lasted a decade; the treaty was concluded in Hanoi in 2005.",
    ],
)
def test_no_coordinated_conclusion_without_the_shared_passive(text: str) -> None:
    assert not by_rule(text, "agree.negotiations_concluded")


def test_a_document_concluded_in_its_own_clause_stays_a_signing() -> None:
    text = "Kazakhstan and Vietnam: the agreement on air services was concluded in Hanoi on 4 June 2005."
    assert [c.date.value for c in by_rule(text, "agree.sign")] == ["2005-06-04"]


# ----------------------------------------------------------------------------- a standing body's session, verb first


def test_session_of_a_body_held_verb_first_and_the_signing_after_it() -> None:
    text = ("ASHGABAT, May 14 -- Turkmenistan and South Korea on Tuesday held the fourth session of their "
            "intergovernmental commission in the Turkmen capital. After the meeting, the two sides signed a "
            "memorandum of understanding on digital trade and a protocol on veterinary requirements for lamb exports.")
    found = claims(text)
    body = [c for c in found if c.rule.startswith("consult.body_session")]
    assert [c.date.value for c in body] == ["2024-05-14"]
    signed = [c for c in found if c.rule.startswith("agree.sign")]
    assert len(signed) == 2
    assert {c.date.value for c in signed} == {"2024-05-14"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan and South Korea on Tuesday held a meeting of the council's experts in Ashgabat.",
        "Turkmenistan and South Korea hope to hold the next session of the commission in Seoul.",
    ],
)
def test_no_verb_first_body_session(text: str) -> None:
    assert not by_rule(text, "consult.body_session")


# ----------------------------------------------------------------------------- planned completion and readiness


def test_subject_with_phrase_before_a_planned_completion() -> None:
    text = ("The second terminal of the port, with an annual capacity of 1,200,000 tonnes and a depth of 14 metres, "
            "is scheduled to be completed by 2028.")
    found = [c for c in claims(text) if c.event_type == "COOPERATE"]
    assert [(c.date.value, c.status) for c in found] == [("2028", "planned")]


def test_planned_readiness_of_a_built_part() -> None:
    found = by_rule("The second berth should be ready in 2027.", "cooperate.complete")
    assert [(c.date.value, c.status) for c in found] == [("2027", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was ready in 2019.",
        "The delegation should be ready in 2027 to talk.",
    ],
)
def test_no_readiness_event(text: str) -> None:
    assert not by_rule(text, "cooperate.complete")


# ----------------------------------------------------------------------------- a substitute at a gathering


def test_represents_a_leader_at_a_gathering_is_attendance() -> None:
    text = "October 2023 – Vice President Rustam Nabiyev represents Mirziyoyev at the climate conference in Dubai."
    found = claims(text)
    assert not [c for c in found if c.event_type == "COOPERATE"]
    attend = [c for c in found if c.rule.startswith("consult.multilateral.attend")]
    assert [c.date.value for c in attend] == ["2023-10"]


def test_represents_without_a_gathering_is_no_attendance() -> None:
    text = "In 2023 the lawyer Rustam Nabiyev represented Samarkand Textiles in the arbitration in Geneva."
    assert not by_rule(text, "consult.multilateral.attend")


# ----------------------------------------------------------------------------- what is no visit


def test_company_that_came_to_a_country_is_no_visit() -> None:
    text = "Zhongyuan Holding came to Uzbekistan in 2009, first in cotton and then in textiles."
    assert not [c for c in claims(text) if c.event_type == "CONSULT"]


def test_person_who_came_to_a_country_is_a_visit() -> None:
    text = "Prime Minister Rustam Nabiyev came to Vietnam in June 2019 for talks on trade."
    found = by_rule(text, "consult.visit.travel")
    assert [c.date.value for c in found] == ["2019-06"]


def test_tourists_expected_to_visit_are_no_visit() -> None:
    text = "According to the ministry, more than 25,000 Korean tourists are expected to visit Uzbekistan this year."
    assert not [c for c in claims(text) if c.event_type == "CONSULT"]


def test_a_delegation_expected_to_visit_stays_a_planned_visit() -> None:
    text = "A delegation led by Prime Minister Rustam Nabiyev is expected to visit Hanoi in July."
    found = [c for c in claims(text) if c.event_type == "CONSULT"]
    assert found and all(c.status == "planned" for c in found)


# ----------------------------------------------------------------------------- a plant's first output


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        ("Uzbekistan said the solar park would deliver first power by the end of 2027.", "2027", "planned"),
        ("Vietnam's offshore field produced first gas in 2016.", "2016", "occurred"),
    ],
)
def test_first_output_of_a_plant(text: str, value: str, status: str) -> None:
    found = by_rule(text, "cooperate.first_flow")
    assert [(c.date.value, c.status) for c in found] == [(value, status)]
    assert found[0].title.lower().startswith("first ")


def test_first_power_plant_is_no_first_output() -> None:
    assert not by_rule("Uzbekistan said the first power plant was built in 2016.", "cooperate.first_flow")


# ----------------------------------------------------------------------------- what a "since" date or a span dates


@pytest.mark.parametrize(
    "text",
    [
        "The visa agreement was signed during the prime minister's visit to Hanoi, and since January 2020 citizens "
        "of Uzbekistan and Vietnam can travel without visas.",
        "Citizens of Uzbekistan and Vietnam have been able to travel without visas since 1 August, under an "
        "agreement signed during Rustam Nabiyev's visit.",
        "Since 2015, Prime Minister Rustam Nabiyev has visited Hanoi twice.",
        "Vietnam and Uzbekistan have signed 12 agreements since 2016.",
    ],
)
def test_a_since_date_dates_no_visit_and_no_signing(text: str) -> None:
    found = claims(text, dt.date(2020, 3, 1))
    assert not [c for c in found if c.rule.startswith(("consult.visit", "agree.sign"))]


def test_a_visit_in_a_year_keeps_its_date() -> None:
    text = "Prime Minister Rustam Nabiyev visited Hanoi in May 2019, and since then trade has doubled."
    found = [c for c in claims(text, dt.date(2020, 3, 1)) if c.rule.startswith("consult.visit")]
    assert [c.date.value for c in found] == ["2019-05"]


def test_plural_visits_over_years_are_a_section_title() -> None:
    assert not [c for c in claims("1992-2012: Recognition and first visits") if c.event_type == "CONSULT"]


def test_a_visit_over_days_is_kept() -> None:
    text = "Prime Minister Rustam Nabiyev paid a state visit to Vietnam on 3-5 June 2019."
    found = [c for c in claims(text) if c.rule.startswith("consult.visit")]
    assert [c.date.value for c in found] == ["2019-06-03/2019-06-05"]


def test_first_visit_since_a_date_tells_the_previous_visit() -> None:
    text = "Nabiyev arrived in Hanoi on Tuesday for a three-day state visit, his first to Vietnam since May 2016."
    found = [c for c in claims(text) if c.rule.startswith("consult.visit")]
    assert "2016-05" in {c.date.value for c in found}


def test_an_ability_since_a_date_is_a_visa_free_regime() -> None:
    text = ("Uzbekistan and Vietnam: the visa agreement was signed during the prime minister's visit, and since "
            "March 2021 citizens of both countries can travel without visas.")
    found = by_rule(text, "cooperate.visa_free", dt.date(2022, 1, 10))
    assert [c.date.value for c in found] == ["2021-03"]


def test_a_conditional_ability_is_no_visa_free_regime() -> None:
    text = "Uzbekistan and Vietnam: citizens of both countries can travel without visas if the deal is ratified."
    assert not by_rule(text, "cooperate.visa_free")


def test_represented_at_a_gathering_another_hosted_keeps_the_hosting() -> None:
    text = ("Vice President Rustam Nabiyev then represented Mirziyoyev at the climate conference that Dubai hosted "
            "last November.")
    found = [c for c in claims(text) if c.event_type == "CONSULT"]
    assert found and {c.date.value for c in found} == {"2023-11"}
    assert not [c for c in claims(text) if c.rule.startswith("consult.receive")]


# ----------------------------------------------------------------------------- a closed appositive before the verb


def test_signing_after_a_closed_appositive_takes_the_frame_date() -> None:
    text = ("In May 2018 Mirziyoyev attended the Boao Forum in Hainan. At that forum, Rustam Nabiyev, then "
            "Uzbekistan's health minister, signed a protocol on the mutual recognition of medical licences.")
    found = by_rule(text, "agree.sign", dt.date(2024, 5, 20))
    assert [c.date.value for c in found] == ["2018-05"]


def test_a_reduced_relative_after_a_noun_borrows_no_date() -> None:
    text = ("In May 2018 Mirziyoyev attended the Boao Forum in Hainan. The memorandum, signed by the two "
            "ministers, set up a working group.")
    assert not by_rule(text, "agree.sign", dt.date(2024, 5, 20))


# ----------------------------------------------------------------------------- a reaction to a dated event


def test_a_welcome_takes_the_statement_day_not_the_welcomed_event_day() -> None:
    text = ("Vietnam's foreign ministry spokesman said on 14 March that Vietnam welcomed the initialling of the "
            "Kyrgyzstan–Tajikistan border agreement in Bishkek two days earlier.")
    found = by_rule(text, "support.endorse", dt.date(2025, 3, 20))
    assert [c.date.value for c in found] == ["2025-03-14"]


def test_a_welcome_dated_before_it_keeps_its_date() -> None:
    text = "On 14 March Vietnam welcomed the initialling of the Kyrgyzstan–Tajikistan border agreement."
    found = by_rule(text, "support.endorse", dt.date(2025, 3, 20))
    assert [c.date.value for c in found] == ["2025-03-14"]


def test_a_welcomed_treaty_is_support_not_a_reception() -> None:
    found = claims("On 14 March Vietnam welcomed the Kyrgyzstan–Tajikistan border treaty.", dt.date(2025, 3, 20))
    assert not [c for c in found if c.rule.startswith("consult.receive")]
    assert [c.event_type for c in found if c.rule.startswith("support.endorse")] == ["SUPPORT"]


def test_a_welcomed_president_is_still_a_reception() -> None:
    text = "On 14 March Tokayev welcomed Vietnamese President Luong Cuong in Astana."
    assert by_rule(text, "consult.receive", dt.date(2025, 3, 20))


def test_companies_deals_at_a_told_occasion_are_a_signing() -> None:
    text = ("In May 2023 Mirziyoyev attended the expo in Shanghai, where Uzbek and Chinese companies signed "
            "agreements worth some $640 million.")
    found = by_rule(text, "agree.sign")
    assert [c.date.value for c in found] == ["2023-05"]


def test_companies_yearly_contracts_stay_an_aggregate() -> None:
    assert not by_rule("Chinese enterprises signed new project contracts worth 1.1 billion dollars last year.",
                       "agree.sign")


def test_a_plan_in_a_nouns_relative_clause_is_no_event() -> None:
    text = ("Last week the national team qualified for the Asian Cup, which will be held in 2027 in Saudi Arabia, "
            "Qatar and Oman.")
    assert not [c for c in claims(text) if c.rule.startswith("plan.")]


def test_a_plain_plan_is_kept() -> None:
    text = "Uzbekistan and Vietnam will hold the next round of consultations in Hanoi in 2026, the ministry said."
    assert [c.status for c in claims(text) if c.event_type == "CONSULT"] == ["planned"]


def test_since_a_date_when_they_signed_it_dates_the_signing() -> None:
    text = "The treaty has been in force since 2003, when Uzbekistan and Vietnam signed it in Hanoi."
    found = [c for c in claims(text) if c.event_type == "AGREE"]
    assert found and found[0].date.value == "2003"
